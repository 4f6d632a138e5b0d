import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { findVariable } from '../../util/scope';

// Whether a call is one of Node.js's `path` functions, decided from the binding its callee reads.

type SourceCode = Readonly<TSESLint.SourceCode>;

const PATH_MODULES: ReadonlySet<string> = new Set(['path', 'node:path', 'path/posix', 'node:path/posix']);

/** `path.join`, `path.resolve`, …: they return a string whatever they are given (or throw). */
const STRING_FUNCTIONS: ReadonlySet<string> = new Set([
  'basename',
  'dirname',
  'extname',
  'format',
  'join',
  'normalize',
  'relative',
  'resolve',
  'toNamespacedPath',
]);

function isRequireOfPath(node: TSESTree.Node | null | undefined): boolean {
  return (
    node?.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    PATH_MODULES.has(String(node.arguments[0].value))
  );
}

/**
 * What a never-reassigned binding holds of the `path` module: `{ module: true }` for the module itself, the name of
 * one of its functions, or nothing. (Definitions are told apart by their nodes: the scope manager's enum of
 * definition types is not loaded at run time.)
 */
function pathBinding(sourceCode: SourceCode, identifier: TSESTree.Identifier): { module: true } | string | undefined {
  const variable = findVariable(sourceCode, identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition == null || variable?.references.some((use) => use.isWrite() && !use.init)) return undefined;
  const { node } = definition;
  const declaration = node.parent as TSESTree.Node | undefined; // undefined for a definition at the root
  if (declaration?.type === AST_NODE_TYPES.ImportDeclaration) {
    if (!PATH_MODULES.has(declaration.source.value)) return undefined;
    if (node.type !== AST_NODE_TYPES.ImportSpecifier) return { module: true };
    const { imported } = node;
    return imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
  }
  if (node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
  return node.id === definition.name && isRequireOfPath(node.init) ? { module: true } : undefined;
}

/** Whether `call` calls a `path` function that returns a string, through a binding of the `path` module. */
export function isPathStringCall(sourceCode: SourceCode, call: TSESTree.CallExpression): boolean {
  const { callee } = call;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const name = pathBinding(sourceCode, callee);
    return typeof name === 'string' && STRING_FUNCTIONS.has(name);
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return false;
  const { object, property } = callee;
  return (
    property.type === AST_NODE_TYPES.Identifier &&
    STRING_FUNCTIONS.has(property.name) &&
    (object.type === AST_NODE_TYPES.Identifier
      ? typeof pathBinding(sourceCode, object) === 'object'
      : isRequireOfPath(object))
  );
}
