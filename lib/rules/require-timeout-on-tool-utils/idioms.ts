import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { enclosingFunction, isWithin, unwrapExpression } from '../../util/ast';
import { handleUses, isMethodCallOn, isReturned, leavesFunction } from './handleUses';
import { BOUNDED, isLiteral, UNKNOWN } from './judgeOptions';
import type { OptionsView } from './optionsArgument';
import { isRacedOrWrapped } from './racedOrWrapped';
import type { FileCheck, Outcome, ToolRun } from './types';
import { hasWatchdog, localFunctionVariable, runsOnTrigger, type Trigger } from './watchdog';

// Idioms outside the options that bound a run: watchdogs, races, wrappers, long-lived children.

const TIMEOUT_EVENT_TRIGGER: ReadonlySet<Trigger> = new Set(['timeoutEvent']);
const DESTROY_METHODS: ReadonlySet<string> = new Set(['destroy', 'abort']);
const UNREF_METHODS: ReadonlySet<string> = new Set(['unref']);
const KILL_METHODS: ReadonlySet<string> = new Set(['kill', 'destroy', 'abort']);

/** Whether `call` is followed by `.on(event, …)` or `.once(event, …)` on its result. */
function hasChainedListener(call: TSESTree.Node, event: string): boolean {
  const member = call.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== call || member.computed) return false;
  const listen = member.parent;
  const [name] = listen.type === AST_NODE_TYPES.CallExpression && listen.callee === member ? listen.arguments : [];
  return (
    (member.property.name === 'on' || member.property.name === 'once') &&
    name?.type === AST_NODE_TYPES.Literal &&
    name.value === event
  );
}

/** `stdio: 'inherit'` or `['inherit', 'inherit', 'inherit']`: the user sees the child and can interrupt it. */
function isInherit(value: TSESTree.Node): boolean {
  const expression = unwrapExpression(value);
  if (expression.type === AST_NODE_TYPES.Literal) return expression.value === 'inherit';
  return (
    expression.type === AST_NODE_TYPES.ArrayExpression &&
    expression.elements.length > 0 &&
    expression.elements.every((element) => element?.type === AST_NODE_TYPES.Literal && element.value === 'inherit')
  );
}

/** A `.timeout(d)` chained on the run: ``$`cmd`.nothrow().timeout('5s')``. */
function hasChainedTimeout(node: TSESTree.Node): boolean {
  let current = node;
  for (
    let parent = current.parent;
    parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === current;
    parent = current.parent
  ) {
    const call = parent.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) return false;
    // The library's own timer: a value the rule would call no bound may still kill at once, so any call counts.
    if (!parent.computed && parent.property.name === 'timeout') return call.arguments.length > 0;
    current = call;
  }
  return false;
}

/**
 * Whether `use` sits in a function that leaves `owner` (the function that made the handle): a `stop` closure
 * returned in an object, stored on a member, or held in a local that is returned. The caller stops the child then.
 */
function inEscapingFunction(file: FileCheck, use: TSESTree.Node, owner: TSESTree.Node): boolean {
  for (let fn = enclosingFunction(use); fn && fn !== owner; fn = enclosingFunction(fn)) {
    if (leavesFunction(fn)) return true;
    const variable = localFunctionVariable(file.sourceCode, fn);
    if (variable?.references.some((reference) => reference.init !== true && leavesFunction(reference.identifier)))
      return true;
  }
  return false;
}

/** The verdict of the idioms around a run whose options set no certain bound; undefined where none applies. */
export function boundedByIdiom(
  file: FileCheck,
  run: ToolRun,
  view: OptionsView,
  outcome: Outcome,
): Outcome | undefined {
  const { sourceCode } = file;
  const { api, node } = run;
  const { policy } = api;
  const uses = api.handle === true ? handleUses(sourceCode, node, file.memberCache) : [];
  // `req.on('timeout', () => req.destroy())`, also after `req.setTimeout(ms, () => req.destroy())`.
  if (
    policy.destroyedOnTimeoutEvent === true &&
    uses.some((use) => isMethodCallOn(use, DESTROY_METHODS) && runsOnTrigger(sourceCode, use, TIMEOUT_EVENT_TRIGGER))
  ) {
    return BOUNDED;
  }
  // `http.get(url, { timeout }, cb).on('timeout', function () { this.destroy() })`: a handler the rule does not read.
  const onlyEmits = outcome.kind === 'unbounded' && outcome.misleading === 'onlyEmitsEvent';
  if (onlyEmits && hasChainedListener(node, 'timeout')) return UNKNOWN;
  if (uses.length > 0 && hasWatchdog(sourceCode, uses)) return BOUNDED;
  // `spawn(…, { detached: true })` unref'd through its variable or right away (`spawn(…).unref()`).
  const detached = view.entries.get('detached');
  if (
    api.handle === true &&
    detached &&
    isLiteral(detached.value, true) &&
    [node, ...uses].some((use) => isMethodCallOn(use, UNREF_METHODS))
  ) {
    return BOUNDED;
  }
  const stdio = view.entries.get('stdio');
  if (stdio && policy.runsProcess === true && isInherit(stdio.value)) return BOUNDED;
  if (policy.chainedTimeout === true && hasChainedTimeout(node)) return BOUNDED;
  if (isRacedOrWrapped(sourceCode, node, file.isWrapper)) return BOUNDED;
  // A long-lived child that other code stops (`stop() { this.recorder.kill() }`, a `stop` closure handed to the
  // caller), or a handle returned to the caller (`return spawn(...)`, `return { child }`): when it ends, the rule
  // cannot tell.
  // A kill in the same function (an output cap in a 'data' listener) is no such owner.
  const owner = enclosingFunction(node);
  const killedElsewhere = uses.some(
    (use) =>
      isMethodCallOn(use, KILL_METHODS) && (!owner || !isWithin(use, owner) || inEscapingFunction(file, use, owner)),
  );
  if (killedElsewhere) return UNKNOWN;
  return api.handle === true && policy.resultIsHandle === true && isReturned(node, uses) ? UNKNOWN : undefined;
}
