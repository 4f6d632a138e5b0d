import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { staticName, unwrapExpression } from '../../util/ast';
import { findVariable } from '../../util/scope';

// Watchdogs: code that a timer or an abort signal runs, which kills a child or aborts a controller.

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What runs a callback later: a timer, an `'abort'` listener, or a request's `'timeout'` event. */
export type Trigger = 'timer' | 'abort' | 'timeoutEvent';

const TIMER_FUNCTIONS: ReadonlySet<string> = new Set(['setTimeout', 'setInterval']);
const LISTENER_METHODS: ReadonlySet<string> = new Set([
  'addEventListener',
  'addListener',
  'on',
  'once',
  'prependListener',
]);
/** How many local functions a watchdog may pass through before it reaches the handle. */
const MAX_HOPS = 3;

function isStringLiteral(node: TSESTree.Node | undefined, value: string): boolean {
  return node?.type === AST_NODE_TYPES.Literal && node.value === value;
}

/** The trigger that runs `argument` when it is passed to `setTimeout`, `x.on('abort', …)` and the like. */
export function triggerOf(argument: TSESTree.Node): Trigger | undefined {
  const { parent } = argument;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === argument) {
    return staticName(parent.left) === 'onabort'
      ? 'abort'
      : staticName(parent.left) === 'ontimeout'
        ? 'timeoutEvent'
        : undefined;
  }
  if (parent?.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const index = parent.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  if (index < 0) return undefined;
  const callee = unwrapExpression(parent.callee);
  const name = staticName(callee);
  if (name == null) return undefined;
  if (TIMER_FUNCTIONS.has(name) && index === 0) return 'timer';
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (name === 'setTimeout' && index === 1) return 'timeoutEvent';
  if (!LISTENER_METHODS.has(name) || index !== 1) return undefined;
  if (isStringLiteral(parent.arguments[0], 'abort')) return 'abort';
  return isStringLiteral(parent.arguments[0], 'timeout') ? 'timeoutEvent' : undefined;
}

/** The variable a local function is reachable by: `function kill() {}` or `const kill = () => {}`. */
export function localFunctionVariable(
  sourceCode: SourceCode,
  fn: TSESTree.FunctionLike,
): TSESLint.Scope.Variable | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) return findVariable(sourceCode, fn.id);
  const { parent } = fn;
  if (
    parent.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === fn &&
    parent.id.type === AST_NODE_TYPES.Identifier
  ) {
    return findVariable(sourceCode, parent.id);
  }
  return undefined;
}

/** `x.abort.bind(x)`, `kill.bind(null)`: the bound function runs where the `bind` call is passed. */
function throughBind(node: TSESTree.Node): TSESTree.Node {
  const { parent } = node;
  if (
    parent?.type === AST_NODE_TYPES.MemberExpression &&
    parent.object === node &&
    staticName(parent) === 'bind' &&
    parent.parent.type === AST_NODE_TYPES.CallExpression &&
    parent.parent.callee === parent
  ) {
    return parent.parent;
  }
  return node;
}

/**
 * Whether `node` runs in a callback of one of `triggers`: directly (`setTimeout(() => child.kill())`), passed by
 * reference (`setTimeout(c.abort.bind(c))`), or through up to three local functions called from such a callback
 * (`setTimeout(() => killAndReject())`, `function killAndReject() { killTree() }`, `const killTree = () => child.kill()`).
 */
export function runsOnTrigger(sourceCode: SourceCode, node: TSESTree.Node, triggers: ReadonlySet<Trigger>): boolean {
  // Many runs share one handle variable (`child = spawn(…)` in every method): each use is judged once per file.
  let known = triggerMemo.get(node);
  if (!known) {
    known = new Map();
    triggerMemo.set(node, known);
  }
  let result = known.get(triggers);
  if (result == null) {
    result = findTrigger(sourceCode, node, triggers);
    known.set(triggers, result);
  }
  return result;
}

/** Memo of {@link runsOnTrigger}, by node (a file's nodes live as long as its AST) and trigger set. */
const triggerMemo = new WeakMap<TSESTree.Node, Map<ReadonlySet<Trigger>, boolean>>();

function findTrigger(sourceCode: SourceCode, node: TSESTree.Node, triggers: ReadonlySet<Trigger>): boolean {
  const matches = (argument: TSESTree.Node): boolean => {
    const trigger = triggerOf(throughBind(argument));
    return trigger != null && triggers.has(trigger);
  };
  if (node.parent?.type === AST_NODE_TYPES.MemberExpression && matches(node.parent)) return true;
  const visited = new Set<TSESTree.Node>();
  let frontier: TSESTree.Node[] = [node];
  for (let hop = 0; hop <= MAX_HOPS && frontier.length > 0; hop += 1) {
    const next: TSESTree.Node[] = [];
    for (const start of frontier) {
      for (let current: TSESTree.Node | undefined = start.parent; current; current = current.parent) {
        if (!ASTUtils.isFunction(current) || visited.has(current)) continue;
        visited.add(current);
        if (matches(current)) return true;
        const variable = localFunctionVariable(sourceCode, current);
        for (const reference of variable?.references ?? []) {
          if (reference.init === true) continue;
          if (matches(reference.identifier)) return true;
          next.push(reference.identifier);
        }
      }
    }
    frontier = next;
  }
  return false;
}

const WATCHDOG_TRIGGERS: ReadonlySet<Trigger> = new Set(['timer', 'abort']);
const STOP_METHODS: ReadonlySet<string> = new Set(['kill', 'destroy', 'abort']);

/** Whether `identifier` names a global (`console`, `Object`): no variable, or one the configuration declares. */
export function isGlobal(sourceCode: SourceCode, identifier: TSESTree.Identifier): boolean {
  const variable = findVariable(sourceCode, identifier);
  return variable == null || variable.defs.length === 0;
}

/** `console.log(…)` and the like, on the global `console`: it only reads what it is given. */
function isConsoleCall(sourceCode: SourceCode, call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'console' &&
    isGlobal(sourceCode, callee.object)
  );
}

/**
 * Whether a use of a handle stops it: `child.kill()`, `req.destroy()`, `controller.abort()`, or the handle or its
 * pid handed to a call that may (`process.kill(-child.pid)`, `killTree({ pid: child.pid })`). Reading it, to log
 * its pid or test `child.killed`, stops nothing.
 */
export function isStopUse(sourceCode: SourceCode, use: TSESTree.Node): boolean {
  const member = use.parent;
  if (member?.type === AST_NODE_TYPES.MemberExpression && member.object === use) {
    const name = staticName(member);
    if (name != null && STOP_METHODS.has(name)) return true;
  }
  let value: TSESTree.Node = use;
  if (member?.type === AST_NODE_TYPES.MemberExpression && member.object === use && staticName(member) === 'pid')
    value = member;
  if (value.parent?.type === AST_NODE_TYPES.UnaryExpression && value.parent.operator === '-') value = value.parent;
  if (value.parent?.type === AST_NODE_TYPES.Property && value.parent.value === value) value = value.parent.parent;
  const call = value.parent;
  return (
    call?.type === AST_NODE_TYPES.CallExpression &&
    call.arguments.includes(value as TSESTree.CallExpressionArgument) &&
    !isConsoleCall(sourceCode, call)
  );
}

/**
 * Whether a timer callback or an `'abort'` listener stops the handle that a tool call returned
 * (`setTimeout(() => child.kill(), ms)`, `signal.addEventListener('abort', () => killTree(child.pid))`); one that
 * only reads it (logs `child.pid`) is no watchdog.
 */
export function hasWatchdog(sourceCode: SourceCode, uses: readonly TSESTree.Node[]): boolean {
  return uses.some((use) => isStopUse(sourceCode, use) && runsOnTrigger(sourceCode, use, WATCHDOG_TRIGGERS));
}
