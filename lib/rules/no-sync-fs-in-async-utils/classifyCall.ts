import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { type AsyncContext, type AsyncContextOf, createAsyncContexts } from '../../util/asyncContext';
import type { TrackedReference } from '../../util/trackReferences';
import { optionFlag } from './callArguments';
import { calleeRewrite } from './calleeRewrite';
import { createDescriptorFlow, mayBeDescriptor } from './descriptorFlow';
import { suggestionFor } from './fixes';
import type { FileCheck, FlagValue, Outcome, SyncCall } from './types';

// What the rule says about one blocking call, from its API's row, where it runs and what its arguments say.

const OPPOSITE: Readonly<Record<'true' | 'false', FlagValue>> = { true: 'false', false: 'true' };

/** A file's check state as the rule's passes share it: one per file, built when the file has a tracked reference. */
export interface FileState extends FileCheck {
  /** Where each node runs, decided once per node and per scope. */
  readonly asyncContext: AsyncContextOf;
  /** Each helper's sync fs call as decided in the body of its (made async) function; asked again only in a call cycle. */
  readonly bodyOutcomes: Map<TSESTree.CallExpression, Outcome | undefined>;
}

/** What the checks of a file share, from its tracked references: `openSync` calls give descriptors. */
export function createFileCheck(
  sourceCode: Readonly<TSESLint.SourceCode>,
  references: readonly TrackedReference<SyncCall>[],
): FileState {
  const openCalls = new Set(
    references.flatMap(({ node, kind, info }) => (kind === 'call' && info.name === 'openSync' ? [node] : [])),
  );
  const descriptors = createDescriptorFlow(sourceCode, openCalls);
  const asyncContext = createAsyncContexts(sourceCode);
  return { sourceCode, rebound: new Map(), descriptors, asyncContext, bodyOutcomes: new Map() };
}

/**
 * What to say about one call, and how it could be rewritten; `undefined` when it does not block. `where` is where
 * the call runs (a helper's fix asks as if its function were async).
 */
export function classifyCall(
  { sourceCode, descriptors, asyncContext }: FileState,
  call: TSESTree.CallExpression,
  path: readonly string[],
  sync: SyncCall,
  where: AsyncContext = asyncContext(call),
): Outcome | undefined {
  if (where.kind === 'none') return undefined;
  const { api } = sync;
  if (!api) return { kind: 'unknownTwin' };
  // Report-only classes say why first: their advice holds in a callback too.
  if (api.fix === 'descriptor' || (api.fix === 'exactUnlessFd' && mayBeDescriptor(descriptors, call.arguments[0]))) {
    return { kind: 'descriptor' };
  }
  if (api.fix === 'none') return { kind: 'noPromiseVersion' };
  if (where.kind === 'parameter') return { kind: 'inParameter' };

  const rewrite = calleeRewrite(sourceCode, call, path, { ...sync, api });
  const flag = api.flag ? optionFlag(call, api.flag.name) : 'absent';
  const isExact = api.fix !== 'noDropIn' && (flag === 'absent' || flag === api.flag?.exactWhen);
  if (where.kind === 'callback') {
    // The rewrite the body's fix would make, for the callback's own rewrite (callbackLoops.ts).
    const { callback } = where;
    return isExact && rewrite ? { kind: 'inCallback', callback, rewrite } : { kind: 'inCallback', callback };
  }
  if (api.fix !== 'noDropIn') {
    if (isExact) return rewrite ? { kind: 'dropIn', autofix: rewrite } : { kind: 'dropIn' };
    // Only the flag's opposite literal may have a known rewrite; values that cannot be read are left as they are.
    if (!api.suggestion || flag !== OPPOSITE[api.flag.exactWhen]) return { kind: 'dropIn' };
  }
  const suggest = rewrite && api.suggestion ? suggestionFor(sourceCode, call, api, api.suggestion, rewrite) : undefined;
  return suggest ? { kind: 'suggested', suggest } : { kind: 'rewriteByHand' };
}

/**
 * `classifyCall` as if the call ran in the body of `where.fn`, an async function: what a helper's fix converts. Decided
 * once per call: a verdict converts a chain only when all its callers are in it or in async code, so two verdicts ask
 * about one call only when helpers call each other; where it runs is only ever `body`, and an outcome in the body
 * does not depend on the function.
 */
export function classifyInBody(
  file: FileState,
  call: TSESTree.CallExpression,
  path: readonly string[],
  sync: SyncCall,
  where: AsyncContext & { readonly kind: 'body' },
): Outcome | undefined {
  const { bodyOutcomes } = file;
  if (bodyOutcomes.has(call)) return bodyOutcomes.get(call);
  const outcome = classifyCall(file, call, path, sync, where);
  bodyOutcomes.set(call, outcome);
  return outcome;
}
