import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { isWithin } from '../../util/ast';
import { immediateCallbackMethod } from '../../util/asyncContext';
import { mergeFixes } from '../../util/fix/mergeFixes';
import { isDenseArrayReceiver, mutatesReceiver, type ReceiverContext } from './arrayReceiver';
import { planBindings } from './bindingPlan';
import { onlyReads } from './callbackShape';
import { markCheckThenAct } from './checkThenAct';
import type { FileState } from './classifyCall';
import { callFixes } from './fixes';
import { forOfLoopEdits } from './forOfLoop';
import { isReadApi, promiseAllEdits } from './promiseAll';
import type { CalleeRewrite, Decided, FileCheck, MessageId } from './types';

// Suggestions for sync calls in a `forEach` or `map` callback run inside an async function: the `forEach` as a
// `for…of` loop that awaits each call, the `map` of reads as `await Promise.all(….map(async …))`.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Edits = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageId>;

/** A call in a callback whose twin is a drop-in replacement, with the rewrite the body's fix would make. */
interface Convertible {
  readonly decided: Decided;
  readonly rewrite: CalleeRewrite;
}

/** The blocking calls of each callback, or `null` for a callback with a call the rewrite cannot convert. */
function groupByCallback(
  { asyncContext }: FileState,
  decided: readonly Decided[],
): Map<TSESTree.FunctionLike, Convertible[] | null> {
  const groups = new Map<TSESTree.FunctionLike, Convertible[] | null>();
  for (const entry of decided) {
    const { outcome } = entry;
    if (outcome.kind !== 'inCallback' || outcome.callback == null) continue;
    const group = groups.get(outcome.callback);
    if (outcome.rewrite == null || group === null) groups.set(outcome.callback, null);
    else if (group) group.push({ decided: entry, rewrite: outcome.rewrite });
    else groups.set(outcome.callback, [{ decided: entry, rewrite: outcome.rewrite }]);
  }
  if (groups.size === 0) return groups;
  // A call reported for another reason (a descriptor, no promise version) stays sync: no rewrite of its callback.
  for (const { call, outcome } of decided) {
    if (outcome.kind === 'inCallback') continue;
    for (const callback of groups.keys()) {
      if (!isWithin(call, callback)) continue;
      const where = asyncContext(call);
      if (where.kind === 'callback' && where.callback === callback) groups.set(callback, null);
    }
  }
  return groups;
}

/** Whether converting the calls together keeps every check and act in one step, as the body's fix requires. */
function keepsChecksWithActs(file: FileCheck, group: readonly Convertible[]): boolean {
  const asBody = group.map(({ decided, rewrite }): Decided => ({
    ...decided,
    outcome: { kind: 'dropIn', autofix: rewrite },
  }));
  return markCheckThenAct(file, asBody).every(({ outcome }) => outcome.kind === 'dropIn');
}

/** The conversion of every call of the group, binding edits included; `undefined` where a binding cannot change. */
function convertCalls(sourceCode: SourceCode, group: readonly Convertible[]): Edits | undefined {
  const requests = group.flatMap(({ rewrite }) => (rewrite.kind === 'binding' ? [rewrite.request] : []));
  const plan = planBindings(sourceCode, requests);
  if (requests.some((request) => !plan.callee.has(request))) return undefined;
  return (fixer) => [
    ...group.flatMap(({ decided, rewrite }) =>
      callFixes(
        sourceCode,
        fixer,
        decided.call,
        rewrite,
        rewrite.kind === 'binding' ? plan.callee.get(rewrite.request) : undefined,
      ),
    ),
    ...plan.fix(fixer),
  ];
}

/** The rewrite of the callee that runs `callback`, and its message; `undefined` where none is equivalent. */
function calleeEdits(
  file: FileState,
  receivers: ReceiverContext,
  callback: TSESTree.FunctionLike,
  group: readonly Convertible[],
): { messageId: MessageId; edits: Edits } | undefined {
  const { sourceCode } = file;
  const call = callback.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 1 || call.arguments[0] !== callback) {
    return undefined; // a `thisArg`, or the callback is not the argument
  }
  const { callee } = call;
  if (call.optional || callee.type !== AST_NODE_TYPES.MemberExpression || callee.optional) return undefined;
  const method = immediateCallbackMethod(call);
  const where = file.asyncContext(call);
  if ((method !== 'forEach' && method !== 'map') || where.kind !== 'body') return undefined;
  if (!isDenseArrayReceiver(receivers, callee.object) || mutatesReceiver(sourceCode, callee.object, callback)) {
    return undefined;
  }
  if (method === 'map') {
    if (!group.every(({ decided }) => isReadApi(decided.sync.name))) return undefined;
    // Once async, each callback runs on after its first read only when that read completes: any other effect
    // would run in completion order, interleaved across elements.
    if (!onlyReads(sourceCode, callback, new Set(group.map(({ decided }) => decided.call)))) return undefined;
    const edits = promiseAllEdits(sourceCode, call, callback);
    return edits && { messageId: 'usePromiseAll', edits };
  }
  const edits = keepsChecksWithActs(file, group) ? forOfLoopEdits(sourceCode, call, callback, where.fn) : undefined;
  return edits && { messageId: 'useForOfLoop', edits };
}

/**
 * The suggestion each blocking call in a `forEach` or `map` callback gets, where the whole callback can be
 * rewritten: every blocking call in it has a drop-in twin, and the loop or `Promise.all` does what the callee did.
 * One suggestion per callback, shared by its calls, whose one fix converts them all with the callee.
 */
export function callbackLoopSuggestions(
  file: FileState,
  decided: readonly Decided[],
): ReadonlyMap<TSESTree.CallExpression, Suggestion[]> {
  const { sourceCode } = file;
  const suggestions = new Map<TSESTree.CallExpression, Suggestion[]>();
  const groups = groupByCallback(file, decided);
  if (groups.size === 0) return suggestions;
  const arrayCalls = new Set(
    decided.flatMap(({ call, sync }) => (sync.api != null && sync.name === 'readdirSync' ? [call] : [])),
  );
  const receivers: ReceiverContext = { sourceCode, arrayCalls };
  for (const [callback, group] of groups) {
    if (group == null) continue;
    const rewrite = calleeEdits(file, receivers, callback, group);
    const convert = rewrite && convertCalls(sourceCode, group);
    if (!rewrite || !convert) continue;
    let merged: TSESLint.RuleFix | null | undefined;
    const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix | null =>
      (merged ??= mergeFixes(sourceCode.text, [...rewrite.edits(fixer), ...convert(fixer)]));
    for (const { decided: entry } of group) suggestions.set(entry.call, [{ messageId: rewrite.messageId, fix }]);
  }
  return suggestions;
}
