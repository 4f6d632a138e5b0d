import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { staticName, unwrapExpression } from '../../util/ast';
import { findVariable } from '../../util/scope';
import { innermostNodeAt, someTokenWithin } from '../../util/tokens';
import type { SourceCode } from './types';

// Where the handle a tool call returns goes: the variable or class member that keeps it, and what reads it.

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

/** Every `this.<name>` in the class around `node`. */
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
    return name == null ? [] : classMemberUses(sourceCode, parent, name, cache);
  }
  let uses: TSESTree.Node[] = [];
  if (target?.type === AST_NODE_TYPES.Identifier) uses = readsOf(sourceCode, target);
  if (target?.type === AST_NODE_TYPES.MemberExpression && target.object.type === AST_NODE_TYPES.ThisExpression) {
    const name = staticName(target);
    uses = name == null ? [] : classMemberUses(sourceCode, target, name, cache).filter((use) => use !== target);
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
  return name != null && methods.has(name);
}
