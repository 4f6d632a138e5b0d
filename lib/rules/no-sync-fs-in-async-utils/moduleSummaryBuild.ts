import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { createAsyncContexts, type AsyncContextOf } from '../../util/asyncContext';
import { analyseHelpers, type HelperAnalysis, type TrackedCall } from './helperChains';
import { isKeyWritten, type Helper } from './helperGraph';
import { importedCalls } from './importedHelpersCalls';
import { syncCallsOutsideAsync } from './moduleSummaryFsCalls';
import { memberKey, nameKey } from './summaryKeys';

// What one module tells its importers: which of its exports block on the filesystem when called, and through which
// chain; which names it re-exports from where. Its blocking helpers are the in-module analysis's (analyseHelpers),
// with one more kind of start: a call, outside async code, of an export of another module that blocks.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** Why an export blocks: the helpers it runs through, then the sync fs call and where it is. */
export interface ExportChain {
  /** The helpers below the export, each as `` `name()` ``, across modules. */
  readonly steps: readonly string[];
  readonly fsName: string;
  /** `config.ts:14`. */
  readonly at: string;
}

/**
 * A name a module exports from another: `export { f as g } from './x'`, or an import it exports again; `name` is
 * undefined for a namespace (`export * as ns from './x'`, `import * as ns …; export { ns }`).
 */
export interface ReExport {
  readonly file: string;
  readonly name: string | undefined;
}

export interface ModuleSummary {
  /** Blocking exports by key (summaryKeys.ts): `f`, `default`, member `m` of a class `C` (static) or an object `o`. */
  readonly exports: ReadonlyMap<string, ExportChain>;
  readonly reexports: ReadonlyMap<string, ReExport>;
  /** The modules of `export * from`, in source order. */
  readonly stars: readonly string[];
  /** Every name the module exports itself, blocking or not: it hides the same name from its `export *` modules. */
  readonly names: ReadonlySet<string>;
}

/** What building a summary asks of the other modules. */
export interface ModuleLinks {
  resolve(specifier: string): string | undefined;
  chainOf(file: string, key: string): ExportChain | undefined;
}

const MAX_STEPS = 12;

/** `` `readRaw()` → `readFileSync` at raw.ts:3 ``. */
export function exportChainText({ steps, fsName, at }: ExportChain): string {
  return [...steps, `\`${fsName}\` at ${at}`].join(' → ');
}

function exportedName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

/** The names under which other modules can import `variable`. */
function exportedNames(variable: Variable): string[] {
  const names: string[] = [];
  for (const { node } of variable.defs) {
    const statement = node.type === AST_NODE_TYPES.VariableDeclarator ? node.parent : node;
    const exporter = statement.parent;
    // An export inside a `namespace` or `declare module` is not one of the module's own.
    if (exporter.parent?.type !== AST_NODE_TYPES.Program) continue;
    if (exporter.type === AST_NODE_TYPES.ExportNamedDeclaration) names.push(variable.name);
    else if (exporter.type === AST_NODE_TYPES.ExportDefaultDeclaration) names.push('default');
  }
  for (const { identifier } of variable.references) {
    const { parent } = identifier;
    if (parent.type === AST_NODE_TYPES.ExportSpecifier && parent.local === identifier) {
      const declaration = parent.parent;
      const topLevel = declaration.parent.type === AST_NODE_TYPES.Program;
      if (topLevel && declaration.source == null) names.push(exportedName(parent.exported));
    } else if (parent.type === AST_NODE_TYPES.ExportDefaultDeclaration && parent.declaration === identifier) {
      names.push('default');
    }
  }
  return names;
}

/** The keys under which importers reach `helper`: its own export names, or its class's or object's with its key. */
function exportKeys(sourceCode: SourceCode, helper: Helper): string[] {
  const { binding } = helper;
  if (binding.kind === 'variable') return exportedNames(binding.variable).flatMap((name) => nameKey(name) ?? []);
  if (binding.kind === 'property') return memberKeys(exportedNames(binding.object), binding.key);
  if (!binding.isStatic) return [];
  const { cls } = binding;
  const owners = new Set<string>();
  if (cls.parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) owners.add('default');
  const variables = [...sourceCode.getDeclaredVariables(cls)];
  if (cls.parent.type === AST_NODE_TYPES.VariableDeclarator && cls.parent.parent.kind === 'const') {
    variables.push(...sourceCode.getDeclaredVariables(cls.parent));
  }
  // `K.m = …` in the module: importers may call the replacement, as the in-module rule assumes of `o.m = …`.
  if (variables.some((variable) => isKeyWritten(variable, binding.key))) return [];
  for (const variable of variables) for (const name of exportedNames(variable)) owners.add(name);
  return memberKeys([...owners], binding.key);
}

function memberKeys(names: readonly string[], member: string): string[] {
  return names.flatMap((name) => memberKey(name, member) ?? []);
}

/** A call of another module's blocking export that makes its caller block, with that export's chain. */
interface ImportedStart {
  readonly callee: string;
  readonly chain: ExportChain;
}

/** A helper's shortest way to a sync fs call: the helper it goes through (none: it makes the call), the call. */
interface Ranked {
  readonly length: number;
  readonly next: Helper | undefined;
  readonly first: TrackedCall;
}

/**
 * Each blocking helper's shortest chain, where a call of another module's export counts as 1 + that export's chain:
 * a helper that makes a sync fs call itself ends there, rather than going round a cycle of modules back to itself.
 */
function rankChains(analysis: HelperAnalysis, starts: ReadonlyMap<TSESTree.Node, ImportedStart>): Map<Helper, Ranked> {
  const ranked = new Map<Helper, Ranked>();
  for (const [helper, calls] of analysis.fsCalls) {
    for (const first of calls) {
      const start = starts.get(first.call);
      const length = start == null ? 0 : 1 + start.chain.steps.length;
      if (length < (ranked.get(helper)?.length ?? Infinity)) ranked.set(helper, { length, next: undefined, first });
    }
  }
  // Bellman-Ford over the in-module calls: each round lengthens the known chains by one call at most.
  for (let changed = true, rounds = 0; changed && rounds <= analysis.blocking.size; rounds++) {
    changed = false;
    for (const [caller, callees] of analysis.callees) {
      for (const callee of callees) {
        const below = ranked.get(callee);
        if (below == null || below.length + 1 >= (ranked.get(caller)?.length ?? Infinity)) continue;
        ranked.set(caller, { length: below.length + 1, next: callee, first: below.first });
        changed = true;
      }
    }
  }
  return ranked;
}

function chainFor(
  file: string,
  ranked: ReadonlyMap<Helper, Ranked>,
  starts: ReadonlyMap<TSESTree.Node, ImportedStart>,
  helper: Helper,
): ExportChain {
  const steps: string[] = [];
  let known = ranked.get(helper);
  for (let next = known?.next; next != null && steps.length < MAX_STEPS; next = known?.next) {
    steps.push(`\`${next.name}()\``);
    known = ranked.get(next);
  }
  const first = known?.first;
  const start = first == null ? undefined : starts.get(first.call);
  if (start) {
    return { ...start.chain, steps: [...steps, `\`${start.callee}()\``, ...start.chain.steps].slice(0, MAX_STEPS) };
  }
  const line = first?.call.loc.start.line ?? 0;
  return { steps, fsName: first?.sync.name ?? '', at: `${path.basename(file)}:${String(line)}` };
}

/** The calls outside async code of other modules' blocking exports: starts for the helper analysis. */
function importedStarts(
  sourceCode: SourceCode,
  asyncContext: AsyncContextOf,
  links: ModuleLinks,
): [TrackedCall[], Map<TSESTree.Node, ImportedStart>] {
  const calls: TrackedCall[] = [];
  const starts = new Map<TSESTree.Node, ImportedStart>();
  for (const { call, specifier, key, callee } of importedCalls(sourceCode)) {
    if (asyncContext(call).kind !== 'none') continue;
    const file = links.resolve(specifier);
    const chain = file == null ? undefined : links.chainOf(file, key);
    if (chain == null) continue;
    starts.set(call, { callee, chain });
    calls.push({ call, path: [specifier], sync: { name: `${callee}()`, api: undefined, indirect: false } });
  }
  return [calls, starts];
}

/** What an import clause binds: an export's name, or undefined for the namespace. */
function importedName(clause: TSESTree.ImportClause): string | undefined {
  if (clause.type === AST_NODE_TYPES.ImportDefaultSpecifier) return 'default';
  return clause.type === AST_NODE_TYPES.ImportSpecifier ? exportedName(clause.imported) : undefined;
}

/** Re-exports: `export … from`, and imports of relative modules exported again (`import { f } …; export { f }`). */
function reExportsOf(program: TSESTree.Program, links: ModuleLinks): [Map<string, ReExport>, string[]] {
  const reexports = new Map<string, ReExport>();
  const stars: string[] = [];
  const imported = new Map<string, ReExport>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      const file = links.resolve(statement.source.value);
      if (file == null) continue;
      for (const clause of statement.specifiers) {
        imported.set(clause.local.name, { file, name: importedName(clause) });
      }
    }
  }
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportAllDeclaration) {
      const file = links.resolve(statement.source.value);
      if (file != null && statement.exported == null) stars.push(file);
      else if (file != null && statement.exported != null) {
        reexports.set(exportedName(statement.exported), { file, name: undefined });
      }
      continue;
    }
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const { declaration } = statement;
      const target = declaration.type === AST_NODE_TYPES.Identifier ? imported.get(declaration.name) : undefined;
      if (target) reexports.set('default', target);
      continue;
    }
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
    const file = statement.source == null ? undefined : links.resolve(statement.source.value);
    for (const specifier of statement.specifiers) {
      const local = exportedName(specifier.local);
      const target = statement.source == null ? imported.get(local) : file == null ? undefined : { file, name: local };
      if (target) reexports.set(exportedName(specifier.exported), target);
    }
  }
  return [reexports, stars];
}

/** The names a module's own `export` statements give (not its `export *` ones), whatever they are bound to. */
function ownExportNames(sourceCode: SourceCode): Set<string> {
  const names = new Set<string>();
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) names.add('default');
    if (statement.type === AST_NODE_TYPES.ExportAllDeclaration && statement.exported != null) {
      names.add(exportedName(statement.exported));
    }
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
    for (const specifier of statement.specifiers) names.add(exportedName(specifier.exported));
    if (statement.declaration == null) continue;
    for (const variable of sourceCode.getDeclaredVariables(statement.declaration)) names.add(variable.name);
    const { declaration } = statement;
    if ('id' in declaration && declaration.id?.type === AST_NODE_TYPES.Identifier) names.add(declaration.id.name);
  }
  return names;
}

/**
 * One memo of where each node runs per parsed module: shared by the three passes that ask, and by every round of a
 * summary computed again in a cycle of modules (the parse, and so the nodes, are kept for the linted file's lint).
 */
const asyncContexts = new WeakMap<SourceCode, AsyncContextOf>();

function asyncContextsOf(sourceCode: SourceCode): AsyncContextOf {
  let found = asyncContexts.get(sourceCode);
  if (found == null) {
    found = createAsyncContexts(sourceCode);
    asyncContexts.set(sourceCode, found);
  }
  return found;
}

/** The summary of a parsed module at `file`. */
export function buildSummary(file: string, sourceCode: SourceCode, links: ModuleLinks): ModuleSummary {
  const [reexports, stars] = reExportsOf(sourceCode.ast, links);
  const exports = new Map<string, ExportChain>();
  const asyncContext = asyncContextsOf(sourceCode);
  const [importCalls, starts] = importedStarts(sourceCode, asyncContext, links);
  const calls = [...syncCallsOutsideAsync(sourceCode, asyncContext), ...importCalls].sort(
    (a, b) => a.call.range[0] - b.call.range[0],
  );
  const analysis = calls.length === 0 ? undefined : analyseHelpers(sourceCode, asyncContext, calls);
  const ranked = analysis == null ? new Map<Helper, Ranked>() : rankChains(analysis, starts);
  for (const helper of analysis?.blocking.keys() ?? []) {
    const keys = exportKeys(sourceCode, helper);
    if (keys.length === 0) continue;
    const chain = chainFor(file, ranked, starts, helper);
    for (const key of keys) if (!exports.has(key)) exports.set(key, chain);
  }
  return { exports, reexports, stars, names: ownExportNames(sourceCode) };
}
