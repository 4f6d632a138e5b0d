import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { NODE_PROTOCOL, staticPropertyKey } from '../../util/ast';
import { FS_MODULES } from './fsSyncApis';
import type { TwinModule } from './types';

// The top-level bindings a file already has to `fs/promises` or a traced module, which a fix can reuse.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** A top-level binding that already reaches `fs/promises` or a module. */
export interface ExistingBinding {
  readonly variable: Variable;
  /** `fsp` for an `fs/promises` namespace, `fs` for a module namespace. */
  readonly name: string;
  readonly module: string;
}

const PROMISES_MODULE = 'fs/promises';

export const stripProtocol = (source: string): string =>
  source.startsWith(NODE_PROTOCOL) ? source.slice(NODE_PROTOCOL.length) : source;

/** The string a `require('x')` call loads, when `require` is not redeclared in the file. */
function requiredModule(sourceCode: SourceCode, node: TSESTree.Node | null): string | undefined {
  if (
    node?.type !== AST_NODE_TYPES.CallExpression ||
    node.callee.type !== AST_NODE_TYPES.Identifier ||
    node.callee.name !== 'require' ||
    node.arguments.length !== 1
  ) {
    return undefined;
  }
  const [argument] = node.arguments;
  if (argument?.type !== AST_NODE_TYPES.Literal || typeof argument.value !== 'string') return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), 'require');
  if (variable && variable.defs.length > 0) return undefined;
  return stripProtocol(argument.value);
}

/** One binding form's finds: the declaring node, the local name, and the module it reaches. */
type Found = [node: TSESTree.Node, local: TSESTree.Identifier, module: string][];

/** `import x from`, `import * as x from`, `import { promises as x } from 'fs'`. */
function importBindings(statement: TSESTree.ImportDeclaration): Found {
  if (statement.importKind === 'type') return [];
  const module = stripProtocol(statement.source.value);
  return statement.specifiers.flatMap((specifier): Found => {
    if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) return [[specifier, specifier.local, module]];
    const imported =
      specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
    const isPromises = imported === 'promises' && module === 'fs' && specifier.importKind !== 'type';
    return isPromises ? [[specifier, specifier.local, PROMISES_MODULE]] : [];
  });
}

/** `import x = require('fs')`. */
function importEqualsBinding(statement: TSESTree.TSImportEqualsDeclaration): Found {
  if (statement.importKind === 'type' || statement.moduleReference.type !== AST_NODE_TYPES.TSExternalModuleReference) {
    return [];
  }
  return [[statement, statement.id, stripProtocol(statement.moduleReference.expression.value)]];
}

/** `const x = require('fs')`, `const x = require('fs').promises`, `const { promises: x } = require('fs')`. */
function requireBindings(sourceCode: SourceCode, declarator: TSESTree.VariableDeclarator): Found {
  const { id, init } = declarator;
  if (id.type === AST_NODE_TYPES.Identifier) {
    const module = requiredModule(sourceCode, init);
    if (module != null) return [[declarator, id, module]];
    const isPromises =
      init?.type === AST_NODE_TYPES.MemberExpression &&
      !init.computed &&
      init.property.type === AST_NODE_TYPES.Identifier &&
      init.property.name === 'promises' &&
      requiredModule(sourceCode, init.object) === 'fs';
    return isPromises ? [[declarator, id, PROMISES_MODULE]] : [];
  }
  if (id.type !== AST_NODE_TYPES.ObjectPattern || requiredModule(sourceCode, init) !== 'fs') return [];
  return id.properties.flatMap((property): Found =>
    property.type === AST_NODE_TYPES.Property &&
    staticPropertyKey(property) === 'promises' &&
    property.value.type === AST_NODE_TYPES.Identifier
      ? [[declarator, property.value, PROMISES_MODULE]]
      : [],
  );
}

function statementBindings(sourceCode: SourceCode, statement: TSESTree.ProgramStatement): Found {
  switch (statement.type) {
    case AST_NODE_TYPES.ImportDeclaration:
      return importBindings(statement);
    case AST_NODE_TYPES.TSImportEqualsDeclaration:
      return importEqualsBinding(statement);
    case AST_NODE_TYPES.VariableDeclaration:
      if (statement.kind !== 'const') return [];
      return statement.declarations.flatMap((declarator) => requireBindings(sourceCode, declarator));
    default:
      return [];
  }
}

function scanExistingBindings(sourceCode: SourceCode): ExistingBinding[] {
  return sourceCode.ast.body.flatMap((statement) =>
    statementBindings(sourceCode, statement).flatMap(([node, local, module]) => {
      const variable = sourceCode.scopeManager?.getDeclaredVariables(node).find((v) => v.name === local.name);
      return variable ? [{ variable, name: local.name, module }] : [];
    }),
  );
}

const existingBindings = new WeakMap<SourceCode, readonly ExistingBinding[]>();

/** The file's existing bindings, scanned once per file: each suggestion plans its own bindings. */
export function findExistingBindings(sourceCode: SourceCode): readonly ExistingBinding[] {
  let found = existingBindings.get(sourceCode);
  if (!found) {
    found = scanExistingBindings(sourceCode);
    existingBindings.set(sourceCode, found);
  }
  return found;
}

/** Modules whose `promises` export is `fs/promises`. */
const FS_LIKE_MODULES: ReadonlySet<string> = new Set(Object.keys(FS_MODULES));

/** The twin's module through an existing binding: `fsp`, `fs.promises`, or `fse` (fs-extra's own helpers). */
export function textThrough(binding: ExistingBinding, twinModule: TwinModule, module: string): string | undefined {
  if (twinModule === 'same-module') return binding.module === module ? binding.name : undefined;
  if (binding.module === PROMISES_MODULE) return binding.name;
  return FS_LIKE_MODULES.has(binding.module) ? `${binding.name}.promises` : undefined;
}

// Compared by string value: the DefinitionType enum lives in the scope manager, which is not loaded at run time.
const isImportBinding = (variable: Variable): boolean =>
  variable.defs.every((def) => (def.type as string) === 'ImportBinding');

/** The statement of the program body that holds `node`. */
function topLevelStatement(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.Node | undefined {
  return sourceCode.ast.body.find(
    (statement) => statement.range[0] <= node.range[0] && node.range[1] <= statement.range[1],
  );
}

/**
 * Whether `binding` holds its value whenever a call through `sync` can run: ESM imports always do; a `const`
 * (or `import =`, compiled to one) only if it is declared before `sync`, both at top level, since a hoisted
 * function could otherwise run the converted call while `binding` is still in its temporal dead zone.
 */
export function isInitializedFirst(sourceCode: SourceCode, binding: Variable, sync: Variable): boolean {
  if (isImportBinding(binding)) return true;
  const bindingDef = binding.defs[0];
  const syncDef = sync.defs[0];
  if (!bindingDef || !syncDef || isImportBinding(sync)) return false;
  const syncStatement = topLevelStatement(sourceCode, syncDef.node);
  const syncAtTopLevel =
    syncStatement != null &&
    syncStatement === topLevelStatement(sourceCode, syncDef.name) &&
    sourceCode.getScope(syncDef.name).block === sourceCode.ast;
  return syncAtTopLevel && bindingDef.node.range[1] <= syncDef.node.range[0];
}
