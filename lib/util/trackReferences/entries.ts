// Where traced modules and globals enter a file: the exact check of what the pre-scan saw.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import type { IsTraced } from './types';

type Scope = ReturnType<TSESLint.SourceCode['getScope']>;

/** What the pre-scan's listeners saw in a file: the nodes that name a traced module by its specifier. */
export interface Sightings {
  /** An import or re-export of a traced module. */
  readonly esm: boolean;
  /** Top-level `import x = require('…')` of a traced module. */
  readonly importEquals: readonly TSESTree.TSImportEqualsDeclaration[];
  /** `import('…')` of a traced module. */
  readonly dynamicImports: readonly TSESTree.ImportExpression[];
  /** In source order: `require('…')` of a traced module, and `process.getBuiltinModule` or `process[…]` members. */
  readonly moduleCalls: readonly (TSESTree.CallExpression | TSESTree.MemberExpression)[];
  /** Identifiers named like a traced global, outside the places where a name is no reference (`a.fetch`, `{ fetch: 1 }`). */
  readonly globalIdentifiers: readonly TSESTree.Identifier[];
}

/** Where a traced module or global enters the file: the expression that evaluates to it. */
export interface ModuleEntry {
  readonly node: TSESTree.Node;
  readonly specifier: string;
  /** `await import()`: an ES module namespace. */
  readonly namespace: boolean;
}

/** What a file's entry scan found; `esm` when an import or re-export names a traced module. */
export interface Entries {
  esm: boolean;
  readonly modules: ModuleEntry[];
  /** Identifiers that name a traced global. */
  readonly globals: TSESTree.Identifier[];
}

/** The string a `require()`, `import()` or `getBuiltinModule()` call names: a string literal or a plain template. */
export function stringArgument(call: TSESTree.CallExpression | TSESTree.ImportExpression): string | undefined {
  const argument = call.type === AST_NODE_TYPES.ImportExpression ? call.source : call.arguments[0];
  if (argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string') return argument.value;
  if (argument?.type === AST_NODE_TYPES.TemplateLiteral && argument.expressions.length === 0) {
    return argument.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/**
 * Whether an identifier names the global of its name: it declares nothing, and no variable of the file takes it
 * (a variable of the configuration, without definitions, does). Found by name from the identifier's scope outwards,
 * so a file costs what its few candidates cost, not a walk over every unresolved reference. A name in no reference
 * position (a label, a write target) passes too: the tracker finds no use hanging off it.
 */
export function namesGlobal(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): boolean {
  const { name } = identifier;
  for (let scope: Scope | null = sourceCode.getScope(identifier); scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (!variable) continue;
    if (variable.identifiers.includes(identifier)) return false;
    if ((scope.type as string) === 'global' && variable.defs.length === 0) return true;
    // A variable the name does not resolve to (a TypeScript type, a name a `with` or `eval` leaves open) is passed.
    if (variable.references.some((reference) => reference.identifier === identifier)) return false;
  }
  return true;
}

/** The call `process.getBuiltinModule('x')` or `process[key]('x')` whose callee is `member`, if it is one. */
function getBuiltinModuleCall(
  sourceCode: Readonly<TSESLint.SourceCode>,
  member: TSESTree.MemberExpression,
): TSESTree.CallExpression | undefined {
  const call = member.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return undefined;
  // `process.env` is everywhere: ask for a scope only for a computed key, which may be a constant.
  const key = member.computed
    ? ASTUtils.getPropertyName(member, sourceCode.getScope(member))
    : member.property.type === AST_NODE_TYPES.Identifier
      ? member.property.name
      : undefined;
  return key === 'getBuiltinModule' ? call : undefined;
}

/**
 * The exact entry scan, for a file the pre-scan flagged: of the nodes the listeners saw, the ones whose `require`,
 * `process` or global name is the global itself. It allocates nothing until it finds an entry.
 */
export function findEntries(
  sourceCode: Readonly<TSESLint.SourceCode>,
  sightings: Sightings,
  traced: IsTraced,
): Entries | undefined {
  let entries: Entries | undefined;
  const entriesOrNew = (): Entries => (entries ??= { esm: false, modules: [], globals: [] });
  if (sightings.esm) entriesOrNew().esm = true;

  for (const statement of sightings.importEquals) {
    const { expression } = statement.moduleReference as TSESTree.TSExternalModuleReference;
    for (const variable of sourceCode.scopeManager?.getDeclaredVariables(statement) ?? []) {
      for (const use of variable.references) {
        if (use.isRead())
          entriesOrNew().modules.push({ node: use.identifier, specifier: expression.value, namespace: false });
      }
    }
  }

  for (const node of sightings.moduleCalls) {
    if (node.type === AST_NODE_TYPES.CallExpression) {
      // `require('x')`: the selector saw the callee and the argument.
      const specifier = stringArgument(node);
      if (traced(specifier) && namesGlobal(sourceCode, node.callee as TSESTree.Identifier)) {
        entriesOrNew().modules.push({ node, specifier, namespace: false });
      }
      continue;
    }
    const call = getBuiltinModuleCall(sourceCode, node);
    if (!call) continue;
    const specifier = stringArgument(call);
    if (traced(specifier) && namesGlobal(sourceCode, node.object as TSESTree.Identifier)) {
      entriesOrNew().modules.push({ node: call, specifier, namespace: false });
    }
  }

  for (const identifier of sightings.globalIdentifiers) {
    if (namesGlobal(sourceCode, identifier)) entriesOrNew().globals.push(identifier);
  }

  for (const node of sightings.dynamicImports) {
    if (node.parent.type !== AST_NODE_TYPES.AwaitExpression || node.parent.argument !== node) continue;
    const specifier = stringArgument(node);
    if (traced(specifier)) entriesOrNew().modules.push({ node: node.parent, specifier, namespace: true });
  }
  return entries;
}
