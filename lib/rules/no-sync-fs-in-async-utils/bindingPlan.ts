import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import type { TSESLint } from '@typescript-eslint/utils';

import { NODE_PROTOCOL, staticPropertyKey } from '../../util/ast';
import { createNameAllocator } from '../../util/fix/createNameAllocator';
import { editBindingList } from '../../util/fix/editBindingList';

type Variable = TSESLint.Scope.Variable;

/**
 * Where a promise version lives: in `fs/promises` (reached as `fsp.x` or `fs.promises.x`), or on the module
 * itself (fs-extra's own helpers: `fse.readJson`, which return a promise when given no callback).
 */
export type Provider = 'promises' | 'module';

/** A call through a named binding (`readFileSync(p)` after `import { readFileSync }`) that should call `twin`. */
export interface BindingRequest {
  /** The identifier that reads the sync binding in the callee. */
  readonly reference: TSESTree.Identifier;
  readonly variable: Variable;
  readonly provider: Provider;
  /** The module the sync binding comes from, without `node:`: `fs`, `graceful-fs`, `fs-extra`. */
  readonly module: string;
  readonly twin: string;
}

export interface BindingPlan {
  /** What to call instead, per request that can be converted: `fsPromises.readFile`, `fs.promises.readFile`. */
  readonly callee: ReadonlyMap<BindingRequest, string>;
  /** Declarations of new bindings, and removal of sync bindings whose every use is converted. */
  readonly fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
}

const PROMISES_MODULES: ReadonlySet<string> = new Set(['fs/promises']);
/** Modules whose `promises` export is `fs/promises` (fs-extra and graceful-fs copy it from `fs`). */
const FS_LIKE_MODULES: ReadonlySet<string> = new Set(['fs', 'fs-extra', 'graceful-fs']);

const stripProtocol = (source: string): string =>
  source.startsWith(NODE_PROTOCOL) ? source.slice(NODE_PROTOCOL.length) : source;

/** A top-level binding that already reaches `fs/promises` or a module. */
interface ExistingBinding {
  readonly variable: Variable;
  /** `fsp` for an `fs/promises` namespace, `fs` for a module namespace. */
  readonly name: string;
  readonly module: string;
}

/** The string a `require('x')` call loads, when `require` is not redeclared in the file. */
function requiredModule(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node | null): string | undefined {
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

/** `import x from`, `import * as x from`, `import { promises as x } from`, and their CommonJS and `import =` forms. */
const existingBindings = new WeakMap<Readonly<TSESLint.SourceCode>, readonly ExistingBinding[]>();

/** {@link scanExistingBindings}, once per file: each suggestion plans its own bindings. */
function findExistingBindings(sourceCode: Readonly<TSESLint.SourceCode>): readonly ExistingBinding[] {
  let found = existingBindings.get(sourceCode);
  if (!found) {
    found = scanExistingBindings(sourceCode);
    existingBindings.set(sourceCode, found);
  }
  return found;
}

function scanExistingBindings(sourceCode: Readonly<TSESLint.SourceCode>): ExistingBinding[] {
  const found: ExistingBinding[] = [];
  const add = (node: TSESTree.Node, local: TSESTree.Identifier, module: string): void => {
    const variable = sourceCode.scopeManager?.getDeclaredVariables(node).find((v) => v.name === local.name);
    if (variable) found.push({ variable, name: local.name, module });
  };
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration && statement.importKind !== 'type') {
      const module = stripProtocol(statement.source.value);
      for (const specifier of statement.specifiers) {
        if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
          const imported =
            specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
          if (imported === 'promises' && module === 'fs' && specifier.importKind !== 'type') {
            add(specifier, specifier.local, 'fs/promises');
          }
        } else {
          add(specifier, specifier.local, module);
        }
      }
    } else if (
      statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      statement.importKind !== 'type' &&
      statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference
    ) {
      add(statement, statement.id, stripProtocol(statement.moduleReference.expression.value));
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration && statement.kind === 'const') {
      for (const declarator of statement.declarations) {
        const { id, init } = declarator;
        if (id.type === AST_NODE_TYPES.Identifier) {
          const module = requiredModule(sourceCode, init);
          if (module !== undefined) add(declarator, id, module);
          else if (
            init?.type === AST_NODE_TYPES.MemberExpression &&
            !init.computed &&
            init.property.type === AST_NODE_TYPES.Identifier &&
            init.property.name === 'promises' &&
            requiredModule(sourceCode, init.object) === 'fs'
          ) {
            add(declarator, id, 'fs/promises');
          }
        } else if (id.type === AST_NODE_TYPES.ObjectPattern && requiredModule(sourceCode, init) === 'fs') {
          for (const property of id.properties) {
            if (
              property.type === AST_NODE_TYPES.Property &&
              staticPropertyKey(property) === 'promises' &&
              property.value.type === AST_NODE_TYPES.Identifier
            ) {
              add(declarator, property.value, 'fs/promises');
            }
          }
        }
      }
    }
  }
  return found;
}

// Compared by string value: the DefinitionType enum lives in the scope manager, which is not loaded at run time.
const isImportBinding = (variable: Variable): boolean =>
  variable.defs.every((def) => (def.type as string) === 'ImportBinding');

/** The statement of the program body that holds `node`. */
function topLevelStatement(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.Node | undefined {
  return sourceCode.ast.body.find(
    (statement) => statement.range[0] <= node.range[0] && node.range[1] <= statement.range[1],
  );
}

/**
 * Whether `binding` holds its value whenever a call through `sync` can run: ESM imports always do; a `const`
 * (or `import =`, compiled to one) only if it is declared before `sync`, both at top level, since a hoisted
 * function could otherwise run the converted call while `binding` is still in its temporal dead zone.
 */
function isInitializedFirst(sourceCode: Readonly<TSESLint.SourceCode>, binding: Variable, sync: Variable): boolean {
  if (isImportBinding(binding)) return true;
  const bindingDef = binding.defs[0];
  const syncDef = sync.defs[0];
  if (!bindingDef || !syncDef || isImportBinding(sync)) return false;
  const syncStatement = topLevelStatement(sourceCode, syncDef.node);
  const syncAtTopLevel =
    syncStatement !== undefined &&
    syncStatement === topLevelStatement(sourceCode, syncDef.name) &&
    sourceCode.getScope(syncDef.name).block === sourceCode.ast;
  return syncAtTopLevel && bindingDef.node.range[1] <= syncDef.node.range[0];
}

/** `provider`'s text through an existing binding: `fsp`, `fs.promises`, or `fse` (fs-extra's own helpers). */
function textThrough(binding: ExistingBinding, provider: Provider, module: string): string | undefined {
  if (provider === 'module') return binding.module === module ? binding.name : undefined;
  if (PROMISES_MODULES.has(binding.module)) return binding.name;
  return FS_LIKE_MODULES.has(binding.module) ? `${binding.name}.promises` : undefined;
}

/** A `{ … }` destructuring of a module in a variable declaration, to which `promises: fsp` can be added. */
interface PatternSite {
  readonly kind: 'pattern';
  readonly pattern: TSESTree.ObjectPattern;
  readonly declarator: TSESTree.VariableDeclarator;
}

/** `import { … } from 'fs'`: the fix adds `import * as fsp from 'fs/promises'`. */
interface ImportSite {
  readonly kind: 'import';
  readonly specifier: TSESTree.ImportSpecifier;
  readonly declaration: TSESTree.ImportDeclaration;
}

type DeclarationSite = PatternSite | ImportSite;

/** Where the sync binding is declared, if it is a form the fixer can extend and shrink. */
function declarationSite(sourceCode: Readonly<TSESLint.SourceCode>, variable: Variable): DeclarationSite | undefined {
  const [def, ...more] = variable.defs;
  if (!def || more.length > 0) return undefined;
  if (def.node.type === AST_NODE_TYPES.ImportSpecifier) {
    const declaration = def.node.parent;
    if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
    if (declaration.importKind === 'type' || def.node.importKind === 'type') return undefined;
    // Comments inside `{ … }` could be dropped along with a specifier.
    if (sourceCode.getCommentsInside(declaration).length > 0) return undefined;
    return { kind: 'import', specifier: def.node, declaration };
  }
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

/** Whether `variable` is still needed once the `converted` identifiers no longer read it. */
function hasOtherUses(variable: Variable, converted: ReadonlySet<TSESTree.Node>): boolean {
  const declared = new Set<TSESTree.Node>(variable.defs.map((def) => def.name));
  return variable.references.some(
    (reference) => !declared.has(reference.identifier) && !converted.has(reference.identifier),
  );
}

const isStatementList = (node: TSESTree.Node): boolean =>
  node.type === AST_NODE_TYPES.Program ||
  node.type === AST_NODE_TYPES.BlockStatement ||
  node.type === AST_NODE_TYPES.StaticBlock ||
  node.type === AST_NODE_TYPES.SwitchCase;

/** The range of a whole statement plus the rest of its line, when nothing else is on it. */
function statementRange(sourceCode: Readonly<TSESLint.SourceCode>, statement: TSESTree.Node): TSESTree.Range {
  const rest = /^[ \t]*\r?\n/u.exec(sourceCode.text.slice(statement.range[1]));
  return [statement.range[0], statement.range[1] + (rest?.[0].length ?? 0)];
}

/**
 * Decides, for calls through named sync bindings, what each call becomes and which declarations change:
 * reuse a visible `fs/promises` or `fs` binding; else add `promises: fsp` to the `require` destructuring
 * that declared the sync binding, or one `import * as fsp from 'fs/promises'`; drop each sync binding
 * whose every use is converted (projects with `noUnusedLocals` fail otherwise) and leave out a call whose
 * binding would be left unused but cannot be removed cleanly.
 */
export function planBindings(
  sourceCode: Readonly<TSESLint.SourceCode>,
  requests: readonly BindingRequest[],
): BindingPlan {
  if (requests.length === 0) return { callee: new Map(), fix: () => [] };
  const existing = findExistingBindings(sourceCode);
  const throughExisting = new Map<BindingRequest, string>();
  const throughNew = new Map<BindingRequest, DeclarationSite>();

  for (const request of requests) {
    const scope = sourceCode.getScope(request.reference);
    const visible = existing.find(
      (binding) =>
        ASTUtils.findVariable(scope, binding.name) === binding.variable &&
        isInitializedFirst(sourceCode, binding.variable, request.variable),
    );
    const text = visible ? textThrough(visible, request.provider, request.module) : undefined;
    if (text !== undefined) {
      throughExisting.set(request, `${text}.${request.twin}`);
      continue;
    }
    const site = declarationSite(sourceCode, request.variable);
    // `import { readJsonSync } from 'fs-extra'`: Node's ESM loader does not see fs-extra's named exports.
    if (site?.kind === 'import' && request.provider === 'promises') throughNew.set(request, site);
    if (site?.kind === 'pattern') {
      // `const { promises: p, readFileSync } = …` with `p` shadowed where the call is: no name to reach it by.
      const present = existingProperty(site.pattern, request.provider === 'promises' ? 'promises' : request.twin);
      if (!present || resolvesTo(sourceCode, request.reference, present)) throughNew.set(request, site);
    }
  }

  let accepted = requests.filter((request) => throughExisting.has(request) || throughNew.has(request));
  const convertedOf = (list: readonly BindingRequest[]): Set<TSESTree.Node> =>
    new Set(list.map((request) => request.reference));
  // Once per variable and set: thousands of calls through one binding would otherwise each scan all its uses.
  const otherUses = new WeakMap<ReadonlySet<TSESTree.Node>, Map<Variable, boolean>>();
  const mustRemove = (variable: Variable, converted: ReadonlySet<TSESTree.Node>): boolean => {
    const known = otherUses.get(converted) ?? new Map<Variable, boolean>();
    otherUses.set(converted, known);
    let used = known.get(variable);
    if (used === undefined) {
      used = hasOtherUses(variable, converted);
      known.set(variable, used);
    }
    return !used;
  };
  const removable = (variable: Variable, converted: ReadonlySet<TSESTree.Node>): boolean =>
    mustRemove(variable, converted) && declarationSite(sourceCode, variable) !== undefined && !isExported(variable);

  // A sync binding left unused must go; if it cannot, its calls stay as they are.
  const converted = convertedOf(accepted);
  accepted = accepted.filter(
    (request) => !mustRemove(request.variable, converted) || removable(request.variable, converted),
  );
  const finalConverted = convertedOf(accepted);
  const removed = new Set(
    accepted.map((request) => request.variable).filter((variable) => mustRemove(variable, finalConverted)),
  );

  // New bindings: one per destructuring pattern, one import for the file.
  let allocate: ((base: string) => string) | undefined;
  const nameFor = (base: string): string => (allocate ??= createNameAllocator(sourceCode))(base);
  const patternAdditions = new Map<TSESTree.ObjectPattern, Map<string, string>>();
  let importName: string | undefined;
  const callee = new Map<BindingRequest, string>();
  for (const request of accepted) {
    const known = throughExisting.get(request);
    if (known !== undefined) {
      callee.set(request, known);
      continue;
    }
    const site = throughNew.get(request);
    if (!site) continue;
    if (site.kind === 'import') {
      importName ??= nameFor('fsPromises');
      callee.set(request, `${importName}.${request.twin}`);
      continue;
    }
    const additions = patternAdditions.get(site.pattern) ?? new Map<string, string>();
    patternAdditions.set(site.pattern, additions);
    const key = request.provider === 'promises' ? 'promises' : request.twin;
    const present = existingProperty(site.pattern, key);
    const local = additions.get(key) ?? present?.name ?? nameFor(key === 'promises' ? 'fsPromises' : key);
    additions.set(key, local);
    callee.set(request, request.provider === 'promises' ? `${local}.${request.twin}` : local);
  }

  const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] => {
    const fixes: TSESLint.RuleFix[] = [];
    const removedSpecifiers = new Map<TSESTree.ImportDeclaration, Set<TSESTree.Node>>();
    const removedProperties = new Map<TSESTree.ObjectPattern, Set<TSESTree.Node>>();
    for (const variable of removed) {
      const site = declarationSite(sourceCode, variable);
      if (site?.kind === 'import') {
        const set = removedSpecifiers.get(site.declaration) ?? new Set();
        removedSpecifiers.set(site.declaration, set.add(site.specifier));
      } else if (site?.kind === 'pattern') {
        const set = removedProperties.get(site.pattern) ?? new Set();
        const property = variable.defs[0]?.name.parent;
        if (property) removedProperties.set(site.pattern, set.add(property));
      }
    }

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

    let importPlaced = importName === undefined;
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
      const imports = sourceCode.ast.body.filter((s) => s.type === AST_NODE_TYPES.ImportDeclaration);
      const last = imports.at(-1);
      const model = accepted.map((r) => throughNew.get(r)).find((s): s is ImportSite => s?.kind === 'import');
      if (last && model) fixes.push(fixer.insertTextAfter(last, `\n${importText(model.declaration)}`));
    }
    return fixes;
  };

  return { callee, fix };
}

/** The identifier a pattern already binds `key` to: `promises: fsp` gives `fsp`. */
function existingProperty(pattern: TSESTree.ObjectPattern, key: string): TSESTree.Identifier | undefined {
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
function resolvesTo(
  sourceCode: Readonly<TSESLint.SourceCode>,
  reference: TSESTree.Node,
  declared: TSESTree.Identifier,
): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(reference), declared.name);
  return variable?.defs.some((def) => def.name === declared) ?? false;
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

function isExported(variable: Variable): boolean {
  return variable.defs.some((def) => {
    for (let node: TSESTree.Node = def.node; node.type !== AST_NODE_TYPES.Program; node = node.parent) {
      if (node.type === AST_NODE_TYPES.ExportNamedDeclaration) return true;
      if (node.type === AST_NODE_TYPES.VariableDeclaration || node.type === AST_NODE_TYPES.ImportDeclaration)
        return false;
    }
    return false;
  });
}

/** `import * as fsPromises from 'node:fs/promises';`, in the quotes, `node:` style and semicolons of the file. */
function newImportText(
  sourceCode: Readonly<TSESLint.SourceCode>,
  model: TSESTree.ImportDeclaration,
  name: string,
): string {
  const quote = model.source.raw.startsWith('"') ? '"' : "'";
  const usesProtocol = sourceCode.ast.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration && statement.source.value.startsWith(NODE_PROTOCOL),
  );
  const semicolon = sourceCode.getLastToken(model)?.value === ';' ? ';' : '';
  return `import * as ${name} from ${quote}${usesProtocol ? NODE_PROTOCOL : ''}fs/promises${quote}${semicolon}`;
}
