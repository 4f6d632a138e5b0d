import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { NODE_PROTOCOL, staticPropertyKey } from '../../util/ast';
import { type BindingForm, fsModule } from './fsSyncApis';
import type { BindingRequest } from './types';

// The top-level bindings a file already has to `fs/promises` or a traced module, which a fix can reuse.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** A top-level binding that already reaches `fs/promises`, a traced module, or one export of either. */
export interface ExistingBinding {
  readonly variable: Variable;
  /** The local name: `fsp`, `fs`, `readFile`. */
  readonly name: string;
  /** `fs/promises` (whatever form reaches it), or the module a `require` or an import names. */
  readonly module: string;
  readonly form: BindingForm;
  /** The one export the binding holds (`import { readFile as rf } from 'fs/promises'`); absent for a whole module. */
  readonly exported?: string;
}

const PROMISES_MODULE = 'fs/promises';

export const stripProtocol = (source: string): string =>
  source.startsWith(NODE_PROTOCOL) ? source.slice(NODE_PROTOCOL.length) : source;

/** Whether the `form` binding of `module` holds `fs/promises` as `promises` at run time. */
const hasPromises = (module: string, form: BindingForm): boolean =>
  fsModule(module)?.promisesIn.some((holder) => holder === form) ?? false;

/** The string a `require('x')` call loads, when `require` is not redeclared in the file. */
function requiredModule(sourceCode: SourceCode, node: TSESTree.Node | null | undefined): string | undefined {
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
  if (variable != null && variable.defs.length > 0) return undefined;
  return stripProtocol(argument.value);
}

/** One find: the declaring node, the local name, and what it holds. */
type Found = [node: TSESTree.Node, local: TSESTree.Identifier, holds: Omit<ExistingBinding, 'variable' | 'name'>][];

/** What `{ key: local }` of `module` (bound in `form`) holds: `promises` may be `fs/promises` itself. */
function exportOf(module: string, key: string, form: BindingForm): Omit<ExistingBinding, 'variable' | 'name'> {
  if (key === 'promises' && hasPromises(module, form)) return { module: PROMISES_MODULE, form };
  return { module, form, exported: key };
}

/** `import x from`, `import * as x from`, `import { promises as x, readFile } from`. */
function importBindings(statement: TSESTree.ImportDeclaration): Found {
  if (statement.importKind === 'type') return [];
  const module = stripProtocol(statement.source.value);
  return statement.specifiers.flatMap((specifier): Found => {
    if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) {
      return [[specifier, specifier.local, { module, form: 'default' }]];
    }
    if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) {
      return [[specifier, specifier.local, { module, form: 'namespace' }]];
    }
    if (specifier.importKind === 'type') return [];
    const imported =
      specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
    const holds = imported === 'default' ? { module, form: 'default' as const } : exportOf(module, imported, 'named');
    return [[specifier, specifier.local, holds]];
  });
}

/** `import x = require('fs')`. */
function importEqualsBinding(statement: TSESTree.TSImportEqualsDeclaration): Found {
  if (statement.importKind === 'type' || statement.moduleReference.type !== AST_NODE_TYPES.TSExternalModuleReference) {
    return [];
  }
  const module = stripProtocol(statement.moduleReference.expression.value);
  return [[statement, statement.id, { module, form: 'require' }]];
}

/** `require('fs')` as `require`, `require('fs').promises` as `fs/promises`; the module and its form. */
function requiredValue(sourceCode: SourceCode, init: TSESTree.Expression | null): [string, BindingForm] | undefined {
  const module = requiredModule(sourceCode, init);
  if (module != null) return [module, 'require'];
  if (init?.type !== AST_NODE_TYPES.MemberExpression || init.computed) return undefined;
  const owner = requiredModule(sourceCode, init.object);
  const isPromises =
    init.property.type === AST_NODE_TYPES.Identifier &&
    init.property.name === 'promises' &&
    owner != null &&
    hasPromises(owner, 'require');
  return isPromises ? [PROMISES_MODULE, 'require'] : undefined;
}

/** `const x = require('fs')`, `const x = require('fs').promises`, `const { promises: x, readFile } = require(…)`. */
function requireBindings(sourceCode: SourceCode, declarator: TSESTree.VariableDeclarator): Found {
  const { id } = declarator;
  const required = requiredValue(sourceCode, declarator.init);
  if (!required) return [];
  const [module, form] = required;
  if (id.type === AST_NODE_TYPES.Identifier) return [[declarator, id, { module, form }]];
  if (id.type !== AST_NODE_TYPES.ObjectPattern) return [];
  return id.properties.flatMap((property): Found => {
    const key = property.type === AST_NODE_TYPES.Property ? staticPropertyKey(property) : undefined;
    return key != null && property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier
      ? [[declarator, property.value, exportOf(module, key, form)]]
      : [];
  });
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
    statementBindings(sourceCode, statement).flatMap(([node, local, holds]) => {
      // Only `fs/promises` and the traced modules can give a twin.
      if (holds.module !== PROMISES_MODULE && fsModule(holds.module) == null) return [];
      const variable = sourceCode.scopeManager?.getDeclaredVariables(node).find((v) => v.name === local.name);
      return variable ? [{ variable, name: local.name, ...holds }] : [];
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

/** How good a reuse is: the twin itself (`readFile`), then `fsp.readFile`, then `fs.promises.readFile`. */
export type Reach = 0 | 1 | 2;

/**
 * The callee that reaches `twin` through an existing binding, and how directly, or `undefined` when the binding
 * does not hold it at run time: `fs.promises` only through the forms `FS_MODULES` lists, fs-extra's own
 * helpers only through a form that holds every export.
 */
export function calleeThrough(
  binding: ExistingBinding,
  { twinModule, module, twin }: Pick<BindingRequest, 'twinModule' | 'module' | 'twin'>,
): [callee: string, reach: Reach] | undefined {
  const { name, exported } = binding;
  const inModule = twinModule === 'same-module' ? module : PROMISES_MODULE;
  const holdsAll =
    binding.module === PROMISES_MODULE ||
    (fsModule(binding.module)?.exportsIn.some((form) => form === binding.form) ?? false);
  if (binding.module === inModule && holdsAll) {
    if (exported == null) return [`${name}.${twin}`, 1];
    return exported === twin ? [name, 0] : undefined;
  }
  const viaPromises = twinModule === 'fs/promises' && exported == null && hasPromises(binding.module, binding.form);
  return viaPromises ? [`${name}.promises.${twin}`, 2] : undefined;
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
