import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { staticPropertyKey } from '../../util/ast';

// Where a sync binding is declared, when the fix can add a promises binding beside it and remove it.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** A `{ … }` destructuring of a module in a variable declaration, to which `promises: fsp` can be added. */
export interface PatternSite {
  readonly kind: 'pattern';
  readonly pattern: TSESTree.ObjectPattern;
  readonly declarator: TSESTree.VariableDeclarator;
}

/** `import { … } from 'fs'`: the fix adds `import * as fsp from 'fs/promises'`. */
export interface ImportSite {
  readonly kind: 'import';
  readonly specifier: TSESTree.ImportSpecifier;
  readonly declaration: TSESTree.ImportDeclaration;
}

export type DeclarationSite = PatternSite | ImportSite;

function importSite(sourceCode: SourceCode, specifier: TSESTree.ImportSpecifier): ImportSite | undefined {
  const declaration = specifier.parent;
  if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  if (declaration.importKind === 'type' || specifier.importKind === 'type') return undefined;
  // Comments inside `{ … }` could be dropped along with a specifier.
  if (sourceCode.getCommentsInside(declaration).length > 0) return undefined;
  return { kind: 'import', specifier, declaration };
}

/** Where the sync binding is declared, if it is a form the fixer can extend and shrink. */
export function declarationSite(sourceCode: SourceCode, variable: Variable): DeclarationSite | undefined {
  const [def, ...more] = variable.defs;
  if (!def || more.length > 0) return undefined;
  if (def.node.type === AST_NODE_TYPES.ImportSpecifier) return importSite(sourceCode, def.node);
  const property = def.name.parent;
  if (
    def.node.type !== AST_NODE_TYPES.VariableDeclarator ||
    property.type !== AST_NODE_TYPES.Property ||
    property.value !== def.name ||
    property.parent.type !== AST_NODE_TYPES.ObjectPattern
  ) {
    return undefined;
  }
  const pattern = property.parent;
  // A rest element would change its contents when a property is added or removed.
  if (pattern.properties.some((element) => element.type === AST_NODE_TYPES.RestElement)) return undefined;
  if (sourceCode.getCommentsInside(pattern).length > 0) return undefined;
  return { kind: 'pattern', pattern, declarator: def.node };
}

/** The identifier a pattern already binds `key` to: `promises: fsp` gives `fsp`. */
export function existingProperty(pattern: TSESTree.ObjectPattern, key: string): TSESTree.Identifier | undefined {
  for (const property of pattern.properties) {
    if (
      property.type === AST_NODE_TYPES.Property &&
      staticPropertyKey(property) === key &&
      property.value.type === AST_NODE_TYPES.Identifier
    ) {
      return property.value;
    }
  }
  return undefined;
}

/** Whether `name` read at `reference` means the binding `declared` introduces, not one that shadows it. */
export function resolvesTo(sourceCode: SourceCode, reference: TSESTree.Node, declared: TSESTree.Identifier): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(reference), declared.name);
  return variable?.defs.some((def) => def.name === declared) ?? false;
}

export function isExported(variable: Variable): boolean {
  return variable.defs.some((def) => {
    for (let node: TSESTree.Node = def.node; node.type !== AST_NODE_TYPES.Program; node = node.parent) {
      if (node.type === AST_NODE_TYPES.ExportNamedDeclaration) return true;
      if (node.type === AST_NODE_TYPES.VariableDeclaration || node.type === AST_NODE_TYPES.ImportDeclaration)
        return false;
    }
    return false;
  });
}
