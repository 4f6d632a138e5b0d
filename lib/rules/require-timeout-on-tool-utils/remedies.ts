import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { staticMemberName, unwrapExpression } from '../../util/ast';
import { isLiteral } from './judgeOptions';
import type { OptionsView } from './optionsArgument';
import type { Outcome, SourceCode, ToolRun } from './types';

// Remedies that must not break what the call is for: a fixed deadline kills a detached child the user works in,
// and a fixed `AbortSignal.timeout` also cuts a body that is still streaming.

const DETACHED_REMEDY =
  'it runs `detached`, so a fixed deadline would kill it while it is in use: call `unref()` on it if nothing waits for it, or end it from an `abort` listener the caller controls';
const DOWNLOAD_REMEDY =
  'its body is streamed, and a fixed `AbortSignal.timeout(ms)` would also cut the body: pass a signal the caller controls, from an `AbortController` aborted on cancel or when the transfer stalls';

/** Methods of a response body (web stream or Node stream) that stream it somewhere. */
const STREAMING_METHODS: ReadonlySet<string> = new Set(['pipe', 'pipeTo', 'pipeThrough', 'getReader']);

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

/** A request whose response body streams: a download whose transfer outlasts any fixed deadline. */
function isStreamedDownload(sourceCode: SourceCode, run: ToolRun): boolean {
  if (run.api.policy.add !== 'signal' || run.node.type !== AST_NODE_TYPES.CallExpression) return false;
  const response = responseVariable(sourceCode, run.node);
  return (
    response?.references.some(({ identifier }) => {
      const { parent } = identifier;
      if (isStreamed(identifier, false)) return true;
      const isBody =
        parent.type === AST_NODE_TYPES.MemberExpression &&
        parent.object === identifier &&
        staticMemberName(parent) === 'body';
      return isBody && isStreamed(parent, true);
    }) ?? false
  );
}

/** A child process started `detached`: it outlives its parent, as a browser or an editor the user works in does. */
function isDetached(run: ToolRun, view: OptionsView): boolean {
  const detached = view.entries.get('detached');
  return run.api.policy.runsProcess === true && detached != null && isLiteral(detached.value, true);
}

/**
 * The outcome with a remedy that keeps the call working: no fixed deadline for a detached child or a streamed
 * download, and a message that says what to do instead.
 */
export function fitRemedy(sourceCode: SourceCode, run: ToolRun, view: OptionsView, outcome: Outcome): Outcome {
  if (outcome.kind !== 'unbounded' || (outcome.problem !== 'missingBound' && outcome.problem !== 'valueIsNoBound'))
    return outcome;
  const remedy = isDetached(run, view)
    ? DETACHED_REMEDY
    : isStreamedDownload(sourceCode, run)
      ? DOWNLOAD_REMEDY
      : undefined;
  if (remedy == null) return outcome;
  const { finding } = outcome;
  return { ...outcome, finding: { messageId: finding.messageId, data: { ...finding.data, remedy } } };
}
