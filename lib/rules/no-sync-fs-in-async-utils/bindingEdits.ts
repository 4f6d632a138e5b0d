import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { NODE_PROTOCOL } from '../../util/ast';
import { editBindingList } from '../../util/fix/editBindingList';
import { declarationSite, existingProperty } from './declarationSite';

// Editing the declarations a binding plan changes: new bindings added, emptied sync bindings removed.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** What a binding plan changes in the file's declarations. */
export interface BindingChanges {
  /** Sync bindings whose every use is converted. */
  readonly removed: ReadonlySet<Variable>;
  /** Per destructuring pattern, the properties to add: key → local name. */
  readonly patternAdditions: ReadonlyMap<TSESTree.ObjectPattern, ReadonlyMap<string, string>>;
  /** The name of the new `fs/promises` namespace import, if one is needed. */
  readonly importName: string | undefined;
  /** The import declaration whose quotes and semicolon the new import copies. */
  readonly importModel: TSESTree.ImportDeclaration | undefined;
}

// Where an emptied declaration is removed whole. Narrower than insertAwait's list (no `TSModuleBlock`): in a
// namespace the emptied pattern becomes `{}` instead.
const isStatementList = (node: TSESTree.Node): boolean =>
  node.type === AST_NODE_TYPES.Program ||
  node.type === AST_NODE_TYPES.BlockStatement ||
  node.type === AST_NODE_TYPES.StaticBlock ||
  node.type === AST_NODE_TYPES.SwitchCase;

/** The range of a whole statement plus the rest of its line, when nothing else is on it. */
function statementRange(sourceCode: SourceCode, statement: TSESTree.Node): TSESTree.Range {
  const rest = /^[ \t]*\r?\n/u.exec(sourceCode.text.slice(statement.range[1]));
  return [statement.range[0], statement.range[1] + (rest?.[0].length ?? 0)];
}

/** The statement a destructuring pattern belongs to, when it is the whole of a lone declarator. */
function loneDeclaration(pattern: TSESTree.ObjectPattern): TSESTree.VariableDeclaration | undefined {
  const declarator = pattern.parent;
  const declaration = declarator.parent;
  if (
    declarator.type === AST_NODE_TYPES.VariableDeclarator &&
    declaration?.type === AST_NODE_TYPES.VariableDeclaration &&
    declaration.declarations.length === 1 &&
    isStatementList(declaration.parent)
  ) {
    return declaration;
  }
  return undefined;
}

/** `import * as fsPromises from 'node:fs/promises';`, in the quotes, `node:` style and semicolons of the file. */
function newImportText(sourceCode: SourceCode, model: TSESTree.ImportDeclaration, name: string): string {
  const quote = model.source.raw.startsWith('"') ? '"' : "'";
  const usesProtocol = sourceCode.ast.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration && statement.source.value.startsWith(NODE_PROTOCOL),
  );
  const semicolon = sourceCode.getLastToken(model)?.value === ';' ? ';' : '';
  return `import * as ${name} from ${quote}${usesProtocol ? NODE_PROTOCOL : ''}fs/promises${quote}${semicolon}`;
}

/** The removed bindings grouped by the list they are removed from. */
function removalsBySite(
  sourceCode: SourceCode,
  removed: ReadonlySet<Variable>,
): {
  specifiers: Map<TSESTree.ImportDeclaration, Set<TSESTree.Node>>;
  properties: Map<TSESTree.ObjectPattern, Set<TSESTree.Node>>;
} {
  const specifiers = new Map<TSESTree.ImportDeclaration, Set<TSESTree.Node>>();
  const properties = new Map<TSESTree.ObjectPattern, Set<TSESTree.Node>>();
  for (const variable of removed) {
    const site = declarationSite(sourceCode, variable);
    if (site?.kind === 'import') {
      const set = specifiers.get(site.declaration) ?? new Set();
      specifiers.set(site.declaration, set.add(site.specifier));
    } else if (site?.kind === 'pattern') {
      const set = properties.get(site.pattern) ?? new Set();
      const property = variable.defs[0]?.name.parent;
      if (property) properties.set(site.pattern, set.add(property));
    }
  }
  return { specifiers, properties };
}

/** Each changed destructuring: properties added and removed, or the whole declaration gone. */
function patternEdits(
  sourceCode: SourceCode,
  fixer: TSESLint.RuleFixer,
  removedProperties: ReadonlyMap<TSESTree.ObjectPattern, ReadonlySet<TSESTree.Node>>,
  patternAdditions: BindingChanges['patternAdditions'],
): TSESLint.RuleFix[] {
  const fixes: TSESLint.RuleFix[] = [];
  const patterns = new Set([...removedProperties.keys(), ...patternAdditions.keys()]);
  for (const pattern of patterns) {
    const add = [...(patternAdditions.get(pattern) ?? new Map<string, string>())]
      .filter(([key, local]) => existingProperty(pattern, key)?.name !== local)
      .map(([key, local]) => (key === local ? key : `${key}: ${local}`));
    const edits = editBindingList(fixer, pattern.properties, removedProperties.get(pattern) ?? new Set(), add);
    const statement = edits ? undefined : loneDeclaration(pattern);
    if (edits) fixes.push(...edits);
    else if (statement) fixes.push(fixer.removeRange(statementRange(sourceCode, statement)));
    else fixes.push(fixer.replaceText(pattern, '{}')); // `const { a, b: {} } = …` stays valid
  }
  return fixes;
}

/** Each changed import: specifiers removed, an emptied one replaced by the new import or removed. */
function importEdits(
  sourceCode: SourceCode,
  fixer: TSESLint.RuleFixer,
  removedSpecifiers: ReadonlyMap<TSESTree.ImportDeclaration, ReadonlySet<TSESTree.Node>>,
  { importName, importModel }: BindingChanges,
): TSESLint.RuleFix[] {
  const fixes: TSESLint.RuleFix[] = [];
  let importPlaced = importName == null;
  const importText = (declaration: TSESTree.ImportDeclaration): string =>
    newImportText(sourceCode, declaration, importName ?? '');
  for (const [declaration, specifiers] of removedSpecifiers) {
    const named = declaration.specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier);
    const edits = editBindingList(fixer, named, specifiers, []);
    if (edits) {
      fixes.push(...edits);
    } else if (named.length < declaration.specifiers.length) {
      // `import fs, { readFileSync } from 'fs'` → `import fs from 'fs'`: from the comma to `}`.
      const comma = sourceCode.getTokenAfter(declaration.specifiers[0] ?? declaration);
      const closing = sourceCode.getTokenBefore(declaration.source, { filter: (token) => token.value === '}' });
      if (comma && closing) fixes.push(fixer.removeRange([comma.range[0], closing.range[1]]));
    } else if (!importPlaced) {
      fixes.push(fixer.replaceText(declaration, importText(declaration)));
      importPlaced = true;
    } else {
      fixes.push(fixer.removeRange(statementRange(sourceCode, declaration)));
    }
  }
  if (!importPlaced) {
    const last = sourceCode.ast.body.filter((s) => s.type === AST_NODE_TYPES.ImportDeclaration).at(-1);
    if (last && importModel) fixes.push(fixer.insertTextAfter(last, `\n${importText(importModel)}`));
  }
  return fixes;
}

/** The declaration edits of a binding plan: pattern edits first, then import edits. */
export function bindingEdits(
  sourceCode: SourceCode,
  fixer: TSESLint.RuleFixer,
  changes: BindingChanges,
): TSESLint.RuleFix[] {
  const { specifiers, properties } = removalsBySite(sourceCode, changes.removed);
  return [
    ...patternEdits(sourceCode, fixer, properties, changes.patternAdditions),
    ...importEdits(sourceCode, fixer, specifiers, changes),
  ];
}
