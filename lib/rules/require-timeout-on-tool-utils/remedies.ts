import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { staticMemberName, unwrapExpression } from '../../util/ast';
import { isLiteral } from './judgeOptions';
import type { OptionsView } from './optionsArgument';
import type { Outcome, SourceCode, ToolRun } from './types';

// Remedies that must not break what the call is for: a fixed deadline kills a detached child the user works in,
// and a fixed `AbortSignal.timeout` also cuts a body that is still downloading (fetch aborts a body read under way).

const DETACHED_REMEDY =
  'it runs `detached`, so a fixed deadline would kill it while it is in use: call `unref()` on it if nothing waits for it, or end it from an `abort` listener the caller controls';
const DOWNLOAD_REMEDY =
  'its body is streamed, and a fixed `AbortSignal.timeout(ms)` would also cut the body: pass a signal the caller controls, from an `AbortController` aborted on cancel or when the transfer stalls';

const BYTES_REMEDY =
  'its body is read whole as bytes, as a download is, and a fixed `AbortSignal.timeout(ms)` would also cut the body while it transfers: pass a signal the caller controls, from an `AbortController` aborted on cancel or when the transfer stalls';

const DOWNLOAD_REMEDIES = { streamed: DOWNLOAD_REMEDY, bytes: BYTES_REMEDY } as const;

/** Methods of a response body (web stream or Node stream) that stream it somewhere. */
const STREAMING_METHODS: ReadonlySet<string> = new Set(['pipe', 'pipeTo', 'pipeThrough', 'getReader']);
/**
 * Methods of a response that read its whole body as bytes, as downloads do; `json()` and `text()` read the small
 * bodies of API calls, which a fixed deadline fits.
 */
const BYTES_METHODS: ReadonlySet<string> = new Set(['arrayBuffer', 'blob', 'bytes']);

/** The variable a function's first parameter declares, when it is a plain name. */
function firstParameter(sourceCode: SourceCode, node: TSESTree.Node | undefined): TSESLint.Scope.Variable | undefined {
  const fn = node && unwrapExpression(node);
  if (fn?.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn?.type !== AST_NODE_TYPES.FunctionExpression)
    return undefined;
  const [parameter] = fn.params;
  if (parameter?.type !== AST_NODE_TYPES.Identifier) return undefined;
  return sourceCode.scopeManager?.getDeclaredVariables(fn).find((variable) => variable.name === parameter.name);
}

/** The variable that holds the response: `const res = await fetch()`, `fetch().then((res) => …)`, `get(url, (res) => …)`. */
function responseVariable(sourceCode: SourceCode, call: TSESTree.CallExpression): TSESLint.Scope.Variable | undefined {
  const { parent } = call;
  if (parent.type === AST_NODE_TYPES.AwaitExpression && parent.parent.type === AST_NODE_TYPES.VariableDeclarator) {
    const declarator = parent.parent;
    if (declarator.init !== parent || declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
    return sourceCode.scopeManager?.getDeclaredVariables(declarator).find((variable) => variable.defs.length > 0);
  }
  if (
    parent.type === AST_NODE_TYPES.MemberExpression &&
    parent.object === call &&
    staticMemberName(parent) === 'then'
  ) {
    const then = parent.parent;
    return then.type === AST_NODE_TYPES.CallExpression && then.callee === parent
      ? firstParameter(sourceCode, then.arguments[0])
      : undefined;
  }
  // http.get(url, (res) => res.pipe(file)): the response comes to the callback.
  return firstParameter(sourceCode, call.arguments.at(-1));
}

/** Whether a read of a stream (`res.body`, an http response) streams it: piped, read chunk by chunk, handed on. */
function isStreamed(stream: TSESTree.Node, handedOn: boolean): boolean {
  const { parent } = stream;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === stream) {
    const name = staticMemberName(parent);
    return name != null && STREAMING_METHODS.has(name) && parent.parent.type === AST_NODE_TYPES.CallExpression;
  }
  if (parent.type === AST_NODE_TYPES.ForOfStatement) return parent.await && parent.right === stream;
  // `Readable.fromWeb(res.body)`, `pipeline(res.body, file)`: a body handed to a call is consumed as a stream.
  return (
    handedOn &&
    parent.type === AST_NODE_TYPES.CallExpression &&
    parent.arguments.some((argument) => argument === stream)
  );
}

/** `res.arrayBuffer()`: a call of a method of `response` that reads the whole body as bytes. */
function readsBytes(response: TSESTree.Node): boolean {
  const { parent } = response;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== response) return false;
  const name = staticMemberName(parent);
  return name != null && BYTES_METHODS.has(name) && parent.parent.type === AST_NODE_TYPES.CallExpression;
}

/**
 * How a request's response body is downloaded, when a fixed deadline would cut it: `streamed` (piped, read chunk by
 * chunk, handed on), `bytes` (read whole as an `ArrayBuffer`, `Blob` or bytes); undefined otherwise.
 */
function download(sourceCode: SourceCode, run: ToolRun): 'streamed' | 'bytes' | undefined {
  if (run.api.policy.add !== 'signal' || run.node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  // `(await fetch(url)).arrayBuffer()`: the response is not bound.
  if (run.node.parent.type === AST_NODE_TYPES.AwaitExpression && readsBytes(run.node.parent)) return 'bytes';
  const response = responseVariable(sourceCode, run.node);
  let found: 'streamed' | 'bytes' | undefined;
  for (const { identifier } of response?.references ?? []) {
    const { parent } = identifier;
    const isBody =
      parent.type === AST_NODE_TYPES.MemberExpression &&
      parent.object === identifier &&
      staticMemberName(parent) === 'body';
    if (isStreamed(identifier, false) || (isBody && isStreamed(parent, true))) return 'streamed';
    if (readsBytes(identifier)) found = 'bytes';
  }
  return found;
}

/** A child process started `detached`: it outlives its parent, as a browser or an editor the user works in does. */
function isDetached(run: ToolRun, view: OptionsView): boolean {
  const detached = view.entries.get('detached');
  return run.api.policy.runsProcess === true && detached != null && isLiteral(detached.value, true);
}

/**
 * The outcome with a remedy that keeps the call working: no fixed deadline for a detached child or a download
 * (streamed, or read whole as bytes), and a message that says what to do instead.
 */
export function fitRemedy(sourceCode: SourceCode, run: ToolRun, view: OptionsView, outcome: Outcome): Outcome {
  if (outcome.kind !== 'unbounded' || (outcome.problem !== 'missingBound' && outcome.problem !== 'valueIsNoBound'))
    return outcome;
  const downloaded = isDetached(run, view) ? undefined : download(sourceCode, run);
  const remedy = isDetached(run, view) ? DETACHED_REMEDY : downloaded && DOWNLOAD_REMEDIES[downloaded];
  if (remedy == null) return outcome;
  const { finding } = outcome;
  return { ...outcome, finding: { messageId: finding.messageId, data: { ...finding.data, remedy } } };
}
