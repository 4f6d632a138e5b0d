import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { findVariable } from '../../util/scope';
import { findExistingBindings } from './existingBindings';
import { fsModule } from './fsSyncApis';

// Which export of Node's `fs` (as fs, fs-extra or graceful-fs hold it) a name reaches through the file's bindings:
// `fs.open`, `open` imported from `node:fs`, `typeof fs.openSync`. Decided from the binding, never from the name.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Name = TSESTree.Node;

/** Whether a top-level binding of `module` holds Node's `fs` functions (fs-extra/esm holds only its own helpers). */
const holdsFs = (module: string): boolean => fsModule(module)?.apis.some((api) => api === 'fs') ?? false;

/** The fs binding an identifier reads, with the one export it holds (absent for a whole module). */
function fsBinding(sourceCode: SourceCode, identifier: TSESTree.Identifier): { exported?: string } | undefined {
  const variable = findVariable(sourceCode, identifier);
  if (variable == null) return undefined;
  const binding = findExistingBindings(sourceCode).find((found) => found.variable === variable);
  return binding != null && holdsFs(binding.module) ? { exported: binding.exported } : undefined;
}

/**
 * The `fs` export `node` names: an identifier bound to one (`open`), or a member of a whole-module binding
 * (`fs.open`, and `fs.openSync` in a type query); undefined for anything else.
 */
export function fsExportOf(sourceCode: SourceCode, node: Name): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return fsBinding(sourceCode, node)?.exported;
  let object: Name;
  let property: Name;
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed) {
    ({ object, property } = node);
  } else if (node.type === AST_NODE_TYPES.TSQualifiedName) {
    [object, property] = [node.left, node.right];
  } else {
    return undefined;
  }
  if (object.type !== AST_NODE_TYPES.Identifier || property.type !== AST_NODE_TYPES.Identifier) return undefined;
  const binding = fsBinding(sourceCode, object);
  return binding != null && binding.exported == null ? property.name : undefined;
}

/** The calls that pass `fn` as their last argument: written there, or through the name it is declared under. */
function callsPassing(sourceCode: SourceCode, fn: TSESTree.FunctionLike): TSESTree.CallExpression[] {
  const lastArgumentOf = (node: TSESTree.Node): TSESTree.CallExpression[] => {
    const { parent } = node;
    return parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.at(-1) === node ? [parent] : [];
  };
  const direct = lastArgumentOf(fn);
  let declared: TSESTree.Node | undefined;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) declared = fn;
  else if (fn.parent.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.init === fn) declared = fn.parent;
  const variables = declared == null ? [] : (sourceCode.scopeManager?.getDeclaredVariables(declared) ?? []);
  const named = variables.flatMap((variable) =>
    variable.references.flatMap((reference) => (reference.isRead() ? lastArgumentOf(reference.identifier) : [])),
  );
  return [...direct, ...named];
}

/**
 * Whether `parameter` is the second parameter of a callback that fs's `open` calls (`fs.open(p, (err, fd) => …)`,
 * also through the callback's name): it receives the file descriptor.
 */
export function isOpenCallbackDescriptor(sourceCode: SourceCode, parameter: TSESTree.Identifier): boolean {
  const fn = parameter.parent;
  if (!('params' in fn) || fn.params[1] !== parameter) return false;
  return callsPassing(sourceCode, fn as TSESTree.FunctionLike).some(
    (call) => fsExportOf(sourceCode, call.callee) === 'open',
  );
}
