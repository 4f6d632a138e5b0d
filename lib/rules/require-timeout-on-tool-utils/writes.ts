import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { unwrapExpression } from '../../util/ast';
import { findVariable } from '../../util/scope';
import type { SourceCode } from './types';

// What a write stores: whether a variable or a member that keeps a tracked value may hold another one by the time
// it is read. `null`, `undefined` and `void 0` store nothing a call could be made on.

/**
 * Whether a member is the target of a write that may store another value: `this.http = fake` (not `= null`), a
 * compound or update operator, a destructuring or `for…of` target.
 */
export function isValueWrite(sourceCode: SourceCode, member: TSESTree.Node): boolean {
  let node = member;
  while (node.parent != null && unwrapExpression(node.parent) !== node.parent) node = node.parent;
  const { parent } = node;
  switch (parent?.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.left === node && (parent.operator !== '=' || !isNothing(sourceCode, parent.right));
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.RestElement:
      return true;
    case AST_NODE_TYPES.Property:
      return parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern;
    case AST_NODE_TYPES.AssignmentPattern:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.ForInStatement:
      return parent.left === node;
    default:
      return false;
  }
}

/** Whether `undefined` is the global one, not a local binding (a parameter so named). */
function isGlobalUndefined(sourceCode: SourceCode, identifier: TSESTree.Identifier): boolean {
  return (findVariable(sourceCode, identifier)?.defs.length ?? 0) === 0;
}

/** Whether a written value is none a call could be made on: `null`, `undefined`, `void 0`. */
function isNothing(sourceCode: SourceCode, value: TSESTree.Node | null | undefined): boolean {
  if (value == null) return false;
  const expression = unwrapExpression(value);
  return (
    (expression.type === AST_NODE_TYPES.Literal && expression.value === null) ||
    (expression.type === AST_NODE_TYPES.Identifier &&
      expression.name === 'undefined' &&
      isGlobalUndefined(sourceCode, expression)) ||
    (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === 'void')
  );
}

/** Whether a write stores no value a call could be made on: `null`, `undefined`, `void 0`. */
function storesNothing(sourceCode: SourceCode, reference: TSESLint.Scope.Reference): boolean {
  return isNothing(sourceCode, reference.writeExpr);
}

/**
 * Whether the variable can hold another value than the one written at `identifier`: some other write stores
 * something (`page = await other()`), not just `null` or `undefined`.
 */
export function isReassigned(
  sourceCode: SourceCode,
  variable: TSESLint.Scope.Variable,
  identifier: TSESTree.Identifier,
): boolean {
  return variable.references.some(
    (reference) => reference.isWrite() && reference.identifier !== identifier && !storesNothing(sourceCode, reference),
  );
}

/**
 * Whether a call or a read reaches its tracked value through a variable that may hold another one: the variable at
 * the root of its callee or object (`get` in `get(url)`, `ax` in `ax.get(url)`) is written with a value more than
 * once (`let get = axios.get; get = other;`). A `const`, an import and a `let` written once are not.
 */
export function throughReassigned(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  let root = unwrapExpression(node);
  if (root.type === AST_NODE_TYPES.CallExpression || root.type === AST_NODE_TYPES.NewExpression) {
    root = unwrapExpression(root.callee);
  } else if (root.type === AST_NODE_TYPES.TaggedTemplateExpression) {
    root = unwrapExpression(root.tag);
  }
  while (root.type === AST_NODE_TYPES.MemberExpression) root = unwrapExpression(root.object);
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(sourceCode, root);
  if (variable == null) return false;
  const writes = variable.references.filter(
    (reference) => reference.isWrite() && !storesNothing(sourceCode, reference),
  );
  return writes.length > 1;
}
