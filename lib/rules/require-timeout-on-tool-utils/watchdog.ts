import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { staticName, unwrapExpression } from '../../util/ast';
import { findVariable } from '../../util/scope';
import { innermostNodeAt, someTokenWithin } from '../../util/tokens';

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
/** How many local functions a watchdog may pass through before it reaches the handle (cline: two). */
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
  if (name === undefined) return undefined;
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
  if (result === undefined) {
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
    return trigger !== undefined && triggers.has(trigger);
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

/** Memo of `this.<name>` uses per class body and name, so each is looked up once. */
export type MemberUseCache = Map<TSESTree.Node, Map<string, TSESTree.MemberExpression[]>>;

/**
 * Whether the tokens after the `this` at `index` can make a `this.<name>` member: past any closing parentheses
 * (`(this).x`), a `.` or `?.` and the name (or an escaped name, which the token spells differently), or a `[`.
 */
function mayReadMember(tokens: readonly TSESTree.Token[], index: number, name: string): boolean {
  let next = index + 1;
  while (tokens[next]?.value === ')') next++;
  const punctuator = tokens[next]?.value;
  if (punctuator === '[') return true;
  if (punctuator !== '.' && punctuator !== '?.') return false;
  const property = tokens[next + 1]?.value;
  return property === name || property === '[' || (property?.includes('\\') ?? false);
}

/**
 * Every `this.<name>` (or `this['<name>']`) in a class body, last first. Found from the body's `this` tokens, so
 * a class costs a scan of its tokens and a descent to each candidate, not a visit of every node.
 */
function collectThisMembers(
  sourceCode: SourceCode,
  body: TSESTree.ClassBody,
  name: string,
): TSESTree.MemberExpression[] {
  const found: TSESTree.MemberExpression[] = [];
  someTokenWithin(sourceCode, body, (tokens, index) => {
    const token = tokens[index] as TSESTree.Token;
    if (token.value !== 'this' || !mayReadMember(tokens, index, name)) return false;
    const node = innermostNodeAt(sourceCode, body, token.range[0]);
    const { parent } = node;
    if (
      node.type === AST_NODE_TYPES.ThisExpression &&
      parent?.type === AST_NODE_TYPES.MemberExpression &&
      parent.object === node &&
      staticName(parent) === name
    ) {
      found.push(parent);
    }
    return false;
  });
  return found.reverse();
}

function enclosingClass(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
  }
  return undefined;
}

/** Every `this.<name>` in the class around `node`, except `except`. */
function classMemberUses(
  sourceCode: SourceCode,
  node: TSESTree.Node,
  name: string,
  cache: MemberUseCache,
): TSESTree.MemberExpression[] {
  const body = enclosingClass(node);
  if (!body) return [];
  let members = cache.get(body);
  if (!members) {
    members = new Map();
    cache.set(body, members);
  }
  let uses = members.get(name);
  if (!uses) {
    uses = collectThisMembers(sourceCode, body, name);
    members.set(name, uses);
  }
  return uses;
}

/**
 * The expressions that later read the value `node` produces: the references of `const x = node` / `x = node`, or
 * every `this.x` of the class for `this.x = node` and the field `x = node`. Empty when the value is not kept.
 */
export function handleUses(sourceCode: SourceCode, node: TSESTree.Node, cache: MemberUseCache): TSESTree.Node[] {
  let value: TSESTree.Node = node;
  while (
    value.parent?.type === AST_NODE_TYPES.TSAsExpression ||
    value.parent?.type === AST_NODE_TYPES.TSNonNullExpression ||
    value.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression
  ) {
    value = value.parent;
  }
  const { parent } = value;
  let target: TSESTree.Node | undefined;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value) target = parent.id;
  else if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === value && parent.operator === '=')
    target = parent.left;
  else if (parent?.type === AST_NODE_TYPES.PropertyDefinition && parent.value === value && !parent.computed) {
    const name = parent.key.type === AST_NODE_TYPES.Identifier ? parent.key.name : undefined;
    return name === undefined ? [] : classMemberUses(sourceCode, parent, name, cache);
  }
  let uses: TSESTree.Node[] = [];
  if (target?.type === AST_NODE_TYPES.Identifier) uses = readsOf(sourceCode, target);
  if (target?.type === AST_NODE_TYPES.MemberExpression && target.object.type === AST_NODE_TYPES.ThisExpression) {
    const name = staticName(target);
    uses = name === undefined ? [] : classMemberUses(sourceCode, target, name, cache).filter((use) => use !== target);
  }
  // One alias deep: `const processToClose = this._process; processToClose.kill()`.
  const aliases = uses.flatMap((use) =>
    use.parent?.type === AST_NODE_TYPES.VariableDeclarator &&
    use.parent.init === use &&
    use.parent.id.type === AST_NODE_TYPES.Identifier
      ? readsOf(sourceCode, use.parent.id)
      : [],
  );
  return [...uses, ...aliases];
}

function readsOf(sourceCode: SourceCode, identifier: TSESTree.Identifier): TSESTree.Node[] {
  const variable = findVariable(sourceCode, identifier);
  return (variable?.references ?? [])
    .filter((reference) => reference.isRead())
    .map((reference) => reference.identifier);
}

/** Whether the value of `node` is returned, as itself or through the uses of the variable holding it. */
export function isReturned(node: TSESTree.Node, uses: readonly TSESTree.Node[]): boolean {
  return [node, ...uses].some((value) => {
    let current = value;
    while (current.parent && unwrapExpression(current.parent) !== current.parent) current = current.parent;
    const { parent } = current;
    return (
      parent?.type === AST_NODE_TYPES.ReturnStatement ||
      (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === current)
    );
  });
}

/** Whether `use` is the receiver of a call to one of `methods` (`child.kill()`, `req.destroy()`). */
export function isMethodCallOn(use: TSESTree.Node, methods: ReadonlySet<string>): boolean {
  const { parent } = use;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== use) return false;
  const name = staticName(parent);
  return name !== undefined && methods.has(name);
}

const WATCHDOG_TRIGGERS: ReadonlySet<Trigger> = new Set(['timer', 'abort']);

/**
 * Whether a timer callback or an `'abort'` listener touches the handle that a tool call returned
 * (`setTimeout(() => child.kill(), ms)`, `signal.addEventListener('abort', () => killTree(child.pid))`).
 */
export function hasWatchdog(sourceCode: SourceCode, uses: readonly TSESTree.Node[]): boolean {
  return uses.some((use) => runsOnTrigger(sourceCode, use, WATCHDOG_TRIGGERS));
}
