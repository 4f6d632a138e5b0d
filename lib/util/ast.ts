// Small questions about one node: its static name, what it wraps, where it sits.
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

export const NODE_PROTOCOL = 'node:';

/** Strips what does not change the value: `x as T`, `<T>x`, `x!`, `x satisfies T`. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression
  ) {
    current = current.expression;
  }
  return current;
}

/** A member's property name when it is static: `a.b` and `a['b']` give `b`; `a[b]` and `a.#b` give undefined. */
export function staticMemberName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed) return member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : undefined;
  return member.property.type === AST_NODE_TYPES.Literal && typeof member.property.value === 'string'
    ? member.property.value
    : undefined;
}

/**
 * A member's key as written, for a class member or a member expression: `x` for `.x`, `x: …`, `'x'` and `['x']`,
 * `'0'` for `[0]`, `#x` for a private name; other computed keys give undefined.
 */
export function memberKeyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (key.type === AST_NODE_TYPES.Literal) {
    return typeof key.value === 'string' || typeof key.value === 'number' ? String(key.value) : undefined;
  }
  return !computed && key.type === AST_NODE_TYPES.Identifier ? key.name : undefined;
}

/** An identifier's name, or a member's static property name ({@link staticMemberName}). */
export function staticName(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  return node.type === AST_NODE_TYPES.MemberExpression ? staticMemberName(node) : undefined;
}

/**
 * An identifier's name, or the name after the dot of `a.b`; computed members give undefined, and so do private
 * names (`a.#b`) unless `privateNames` is set, when `a.#b` gives `b`.
 */
export function dotName(node: TSESTree.Node, privateNames = false): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed) return undefined;
  return privateNames || node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined;
}

/** A property's key when it is written as a name or a string: `a`, `'a'`; computed keys give undefined. */
export function staticPropertyKey(property: TSESTree.Property): string | undefined {
  if (property.computed) return undefined;
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return typeof property.key.value === 'string' ? property.key.value : undefined;
}

/**
 * A property's key as the string it names, wider than {@link staticPropertyKey}: literal keys of any kind, computed
 * or not (`[0]` gives `'0'`), and template literals without expressions.
 */
export function propertyKeyName(property: TSESTree.Property): string | undefined {
  const { key } = property;
  if (!property.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0)
    return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The nearest function around `node` (not `node` itself). */
export function enclosingFunction(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (ASTUtils.isFunction(current)) return current;
  }
  return undefined;
}

/** Whether `node`'s source range lies inside `container`'s. */
export function isWithin(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return container.range[0] <= node.range[0] && node.range[1] <= container.range[1];
}
