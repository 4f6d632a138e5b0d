import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { dotName, enclosingFunction, unwrapExpression } from '../../util/ast';
import { constantInit, findVariable } from '../../util/scope';
import { innermostNodeAt, someTokenWithin } from '../../util/tokens';
import { localFunctionVariable } from './watchdog';

// A call whose promise a timer races (`Promise.race`, `pTimeout`, a configured `withTimeout`) is bounded.

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Names of promise helpers that settle after a delay (`setTimeout` of `timers/promises`, `delay`, `sleep`). */
const TIMER_PROMISES: ReadonlySet<string> = new Set(['setTimeout', 'delay', 'sleep', 'wait', 'timeout']);
const PROMISE_COMBINATORS: ReadonlySet<string> = new Set(['all', 'allSettled']);
const RACE: ReadonlySet<string> = new Set(['race']);

function isPromiseMethod(call: TSESTree.Node | undefined, names: ReadonlySet<string>): call is TSESTree.CallExpression {
  if (call?.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(call.callee);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Promise' &&
    names.has(dotName(callee, true) ?? '')
  );
}

const isSetTimeoutCall = (node: TSESTree.Node): boolean =>
  node.type === AST_NODE_TYPES.CallExpression && dotName(unwrapExpression(node.callee), true) === 'setTimeout';

/**
 * Whether a subtree calls `setTimeout` (the body of a `new Promise` executor). Such a call's callee holds a
 * `setTimeout` token, so only the calls around those tokens are tested.
 */
function callsSetTimeout(sourceCode: SourceCode, root: TSESTree.Node): boolean {
  return someTokenWithin(sourceCode, root, (tokens, index) => {
    const token = tokens[index] as TSESTree.Token;
    // `x.#setTimeout()` is spelled with the `#` by some parsers, and an escaped name differently.
    if (token.value !== 'setTimeout' && token.value !== '#setTimeout' && !token.value.includes('\\')) return false;
    for (
      let node: TSESTree.Node | undefined = innermostNodeAt(sourceCode, root, token.range[0]);
      node;
      node = node.parent
    ) {
      if (isSetTimeoutCall(node)) return true;
      if (node === root) break;
    }
    return false;
  });
}

/** A promise that settles after a delay: `new Promise(r => setTimeout(r, ms))`, `delay(ms)`, `sleep(ms).then(…)`. */
export function isTimerPromise(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): boolean {
  let expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.AwaitExpression) expression = unwrapExpression(expression.argument);
  if (expression.type === AST_NODE_TYPES.Identifier) {
    const init = depth < 2 ? constantInit(sourceCode, expression) : undefined;
    return init != null && isTimerPromise(sourceCode, init, depth + 1);
  }
  if (expression.type === AST_NODE_TYPES.NewExpression) {
    const [executor] = expression.arguments;
    return (
      expression.callee.type === AST_NODE_TYPES.Identifier &&
      expression.callee.name === 'Promise' &&
      executor != null &&
      ASTUtils.isFunction(executor) &&
      callsSetTimeout(sourceCode, executor.body)
    );
  }
  if (expression.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(expression.callee);
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    ['then', 'catch', 'finally'].includes(dotName(callee, true) ?? '')
  ) {
    return isTimerPromise(sourceCode, callee.object, depth);
  }
  return TIMER_PROMISES.has(dotName(callee, true) ?? '');
}

/** Whether `call` (a configured wrapper, a `p-timeout` call) bounds the promises and functions passed to it. */
export type WrapperTest = (call: TSESTree.CallExpression) => boolean;

/**
 * The outermost node that still evaluates to the promise of `node`: through `await`, casts, method chains
 * (`.then()`) and `Promise.all([...])`.
 */
function flowsInto(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (let parent = current.parent; parent; parent = current.parent) {
    if (
      unwrapExpression(parent) !== parent ||
      parent.type === AST_NODE_TYPES.AwaitExpression ||
      parent.type === AST_NODE_TYPES.ChainExpression
    ) {
      current = parent;
    } else if (
      parent.type === AST_NODE_TYPES.MemberExpression &&
      parent.object === current &&
      parent.parent.type === AST_NODE_TYPES.CallExpression
    ) {
      current = parent.parent;
    } else if (parent.type === AST_NODE_TYPES.ArrayExpression && isPromiseMethod(parent.parent, PROMISE_COMBINATORS)) {
      current = parent.parent;
    } else {
      break;
    }
  }
  return current;
}

/** Whether `node` is an element of `Promise.race([...])` beside a timer promise. */
function isRaceTarget(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  const array = node.parent;
  if (array?.type !== AST_NODE_TYPES.ArrayExpression || !isPromiseMethod(array.parent, RACE)) return false;
  return array.elements.some(
    (element) =>
      element !== null &&
      element !== node &&
      element.type !== AST_NODE_TYPES.SpreadElement &&
      isTimerPromise(sourceCode, element),
  );
}

/** Whether `node` is an argument of a wrapper call (`pTimeout(p, …)`, `withTimeout(p, ms)`). */
function isWrappedArgument(node: TSESTree.Node, isWrapper: WrapperTest): boolean {
  const call = node.parent;
  return (
    call?.type === AST_NODE_TYPES.CallExpression &&
    call.arguments.includes(node as TSESTree.CallExpressionArgument) &&
    isWrapper(call)
  );
}

/** Whether the promise is raced further away: through the `const` holding it, or returned from a raced function. */
function isHandedOnRaced(sourceCode: SourceCode, node: TSESTree.Node, isWrapper: WrapperTest): boolean {
  const { parent } = node;
  if (
    parent?.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === node &&
    parent.id.type === AST_NODE_TYPES.Identifier
  ) {
    const variable = findVariable(sourceCode, parent.id);
    return (variable?.references ?? []).some(
      (reference) => reference.isRead() && racedOrWrappedAt(sourceCode, reference.identifier, isWrapper, false),
    );
  }
  if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === node)
    return isReturnRaced(sourceCode, parent, isWrapper);
  if (parent?.type !== AST_NODE_TYPES.ReturnStatement) return false;
  const fn = enclosingFunction(parent);
  return fn != null && isReturnRaced(sourceCode, fn, isWrapper);
}

/** `followIndirect`: also through a `const`, a returning function and an awaiting async function (one step only). */
function racedOrWrappedAt(
  sourceCode: SourceCode,
  node: TSESTree.Node,
  isWrapper: WrapperTest,
  followIndirect: boolean,
): boolean {
  const end = flowsInto(node);
  if (isRaceTarget(sourceCode, end) || isWrappedArgument(end, isWrapper)) return true;
  if (followIndirect && isHandedOnRaced(sourceCode, end, isWrapper)) return true;
  return (
    (followIndirect && isAwaitedInRacedFunction(sourceCode, node, isWrapper)) ||
    isInsideWrappedFunction(node, isWrapper)
  );
}

/**
 * Whether the promise of `node` is bounded by what it flows into: an element of `Promise.race([...])` beside a timer
 * promise, an argument of a wrapper (`pTimeout(p, …)`, `withTimeout(p, ms)`), also through `await`, `.then()`
 * chains, `Promise.all`, a `const` holding the promise, and the functions passed to a wrapper (`withTimeout(() => …)`).
 */
export function isRacedOrWrapped(sourceCode: SourceCode, node: TSESTree.Node, isWrapper: WrapperTest): boolean {
  return racedOrWrappedAt(sourceCode, node, isWrapper, true);
}

/**
 * Whether `node` is awaited in an async function whose promise is raced or wrapped: a local function
 * (`Promise.race([check(), timer])`) or one invoked on the spot (`Promise.race([(async () => { await fetch(u) })(), timer])`).
 */
function isAwaitedInRacedFunction(sourceCode: SourceCode, node: TSESTree.Node, isWrapper: WrapperTest): boolean {
  let awaited = false;
  let current: TSESTree.Node | undefined = node.parent;
  for (; current && !ASTUtils.isFunction(current); current = current.parent) {
    if (current.type === AST_NODE_TYPES.AwaitExpression) awaited = true;
  }
  if (!awaited || !current?.async) return false;
  let invoked: TSESTree.Node = current;
  while (invoked.parent && unwrapExpression(invoked.parent) !== invoked.parent) invoked = invoked.parent;
  const call = invoked.parent;
  if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === invoked)
    return racedOrWrappedAt(sourceCode, call, isWrapper, false);
  return isReturnRaced(sourceCode, current, isWrapper);
}

/** A local function that returns the promise, and whose calls are raced: `Promise.race([probe(), timer])`. */
function isReturnRaced(sourceCode: SourceCode, fn: TSESTree.FunctionLike, isWrapper: WrapperTest): boolean {
  const variable = localFunctionVariable(sourceCode, fn);
  return (variable?.references ?? []).some(({ identifier }) => {
    const call = identifier.parent;
    return (
      call.type === AST_NODE_TYPES.CallExpression &&
      call.callee === identifier &&
      racedOrWrappedAt(sourceCode, call, isWrapper, false)
    );
  });
}

/** Whether `node` runs in a function passed straight to a wrapper: `withTimeout(async () => { await fetch(u) }, ms)`. */
function isInsideWrappedFunction(node: TSESTree.Node, isWrapper: WrapperTest): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (!ASTUtils.isFunction(current)) continue;
    const { parent } = current;
    if (
      parent.type === AST_NODE_TYPES.CallExpression &&
      parent.arguments.includes(current as TSESTree.CallExpressionArgument) &&
      isWrapper(parent)
    )
      return true;
  }
  return false;
}
