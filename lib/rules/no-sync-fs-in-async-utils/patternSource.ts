import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { unwrapExpression } from '../../util/ast';

// What a binding written by a declaration, an assignment, a parameter default or a destructuring receives.

/**
 * The expressions a write may put in the binding: `values` (`'undefined'` for a declaration without one), all of
 * them when `whole`, or some value not known here besides them; `forIn` for a `for…in` key (a string).
 */
export type PatternSource =
  | { readonly kind: 'values'; readonly values: readonly (TSESTree.Node | 'undefined')[]; readonly whole: boolean }
  | { readonly kind: 'forIn' }
  | { readonly kind: 'unknown' };

const UNKNOWN: PatternSource = { kind: 'unknown' };

type Step = string | number;

/** The key of a destructuring property: `{ a }`, `{ 'a': x }`, `{ [0]: x }`; other computed keys give undefined. */
function keyOf(property: TSESTree.Property): string | undefined {
  const { key } = property;
  if (!property.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal ? String(key.value) : undefined;
}

/** The expression at `path` inside literal objects and arrays, `'undefined'` where it is missing. */
function follow(source: TSESTree.Node, path: readonly Step[]): TSESTree.Node | 'undefined' | undefined {
  let current: TSESTree.Node = source;
  for (const step of path) {
    const node = unwrapExpression(current);
    if (node.type === AST_NODE_TYPES.ObjectExpression && typeof step === 'string') {
      if (node.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement)) return undefined;
      const found = (node.properties as TSESTree.Property[]).findLast((property) => keyOf(property) === step);
      if (found == null) return 'undefined';
      current = found.value;
    } else if (node.type === AST_NODE_TYPES.ArrayExpression && typeof step === 'number') {
      const before = node.elements.slice(0, step + 1);
      if (before.some((element) => element?.type === AST_NODE_TYPES.SpreadElement)) return undefined;
      const element = node.elements[step];
      if (element == null) return 'undefined';
      current = element;
    } else {
      return undefined;
    }
  }
  return current;
}

/** Where the pattern holding the binding gets its value, or how the loop gives it one. */
type Root =
  { readonly kind: 'source'; readonly node: TSESTree.Node | 'undefined' } | { readonly kind: 'param' } | PatternSource;

function rootSource(root: TSESTree.Node): Root {
  const { parent } = root;
  if (parent == null) return UNKNOWN;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id === root) {
    if (parent.init != null) return { kind: 'source', node: parent.init };
    const loop = parent.parent.parent;
    if (loop.type === AST_NODE_TYPES.ForInStatement && loop.left === parent.parent) return { kind: 'forIn' };
    // A `for…of` element is not known here, but the pattern's defaults may still be given.
    if (loop.type === AST_NODE_TYPES.ForOfStatement && loop.left === parent.parent) return { kind: 'param' };
    return { kind: 'source', node: 'undefined' };
  }
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === root) {
    return parent.operator === '=' ? { kind: 'source', node: parent.right } : UNKNOWN;
  }
  if (parent.type === AST_NODE_TYPES.ForInStatement && parent.left === root) return { kind: 'forIn' };
  if ('params' in parent && (parent.params as TSESTree.Node[]).includes(root)) return { kind: 'param' };
  if (parent.type === AST_NODE_TYPES.TSParameterProperty) return { kind: 'param' };
  return UNKNOWN;
}

/** The values a write of `identifier` may give it, from its place in a declaration, assignment or pattern. */
export function patternSource(
  identifier: TSESTree.Identifier | TSESTree.MemberExpression,
  resolve?: (name: TSESTree.Identifier) => TSESTree.Node | undefined,
): PatternSource {
  const path: Step[] = [];
  const defaults: TSESTree.Node[] = [];
  let node: TSESTree.Node = identifier;
  for (let parent = node.parent; ; parent = node.parent) {
    if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === node) {
      defaults.push(parent.right);
    } else if (parent.type === AST_NODE_TYPES.Property && parent.value === node) {
      const key = keyOf(parent);
      if (key == null || parent.parent.type !== AST_NODE_TYPES.ObjectPattern) return UNKNOWN;
      path.unshift(key);
      parent = parent.parent;
    } else if (parent.type === AST_NODE_TYPES.ArrayPattern) {
      path.unshift(parent.elements.indexOf(node));
    } else if (parent.type === AST_NODE_TYPES.RestElement) {
      return { kind: 'values', values: [], whole: true }; // an array or an object
    } else {
      break;
    }
    node = parent;
  }
  const root = rootSource(node);
  if (root.kind === 'param') return { kind: 'values', values: defaults, whole: false };
  if (root.kind !== 'source') return root;
  const value = root.node === 'undefined' ? 'undefined' : follow(root.node, path);
  if (value == null) {
    // Through a `const` holding a literal (`const [x] = arr`): its elements may have changed since, so not whole.
    const named = root.node === 'undefined' ? undefined : unwrapExpression(root.node);
    const init = named?.type === AST_NODE_TYPES.Identifier && path.length > 0 ? resolve?.(named) : undefined;
    const through = init == null ? undefined : follow(init, path);
    const values = through == null || through === 'undefined' ? defaults : [through, ...defaults];
    return { kind: 'values', values, whole: false };
  }
  return { kind: 'values', values: [value, ...defaults], whole: true };
}
