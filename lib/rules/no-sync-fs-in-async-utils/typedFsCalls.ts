import fs from 'node:fs';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';

import { findVariable } from '../../util/scope';
import type { TrackedReference } from '../../util/trackReferences';
import { SYNC_APIS } from './fsSyncApis';
import { tsNodeOf, typedFixAllowed, type TypedChecker, type TypedSync } from './typedFsFix';
import type { SyncApi, SyncCall } from './types';

// With type information: sync fs calls through values the tracker cannot see (`this.fs.readFileSync(p)` with a field
// typed `typeof import('node:fs')`, an `fs` parameter, a function re-exported by another module of the program),
// decided by the declaration the type checker resolves the called name to, never by the name.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Reference = TrackedReference<SyncCall>;

/** `ts.SymbolFlags.Alias` (an import or re-export binding), stable since TypeScript 2. */
const ALIAS_FLAG = 2_097_152;
const SYNC_SUFFIX = 'Sync';
/** The one traced name that does not end in `Sync`: `realpathSync.native`. */
const NATIVE = 'native';
const CALL_OPENERS: ReadonlySet<string> = new Set(['(', '?.', '<']);
/** Where the sync APIs are declared: `@types/node`'s ambient module, or fs-extra's types (by package folder). */
const FS_AMBIENT: ReadonlySet<string> = new Set(['fs', 'node:fs']);
const FS_EXTRA_TYPES = /\/node_modules\/(?:@types\/)?fs-extra\//u;

/** Whether a token may name a traced API: the cheap filter before the checker is asked. */
const mayNameSyncApi = (token: TSESTree.Token): boolean =>
  token.type === AST_TOKEN_TYPES.Identifier &&
  ((token.value.endsWith(SYNC_SUFFIX) && token.value !== SYNC_SUFFIX) || token.value === NATIVE);

/** Every name a traced API is called by as a member: `readFileSync`, `readJsonSync`, `native`. */
const API_NAMES: ReadonlySet<string> = new Set(
  Object.values(SYNC_APIS).flatMap((apis) => Object.keys(apis).flatMap((key) => key.split('.'))),
);

/**
 * The call whose callee is `name` itself or ends in `.name` (not computed), if any, where the name may be a traced
 * API's: a member by its export name, a plain name (which may be renamed) only when imported from another module.
 */
function callNamed(sourceCode: SourceCode, name: TSESTree.Identifier): TSESTree.CallExpression | undefined {
  const { parent } = name;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === name) {
    // By string value: the DefinitionType enum lives in the scope manager, which is not loaded at run time.
    const imported = (findVariable(sourceCode, name)?.defs[0]?.type as string | undefined) === 'ImportBinding';
    return imported ? parent : undefined;
  }
  if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.property !== name || parent.computed) return undefined;
  const call = parent.parent;
  return call.type === AST_NODE_TYPES.CallExpression && call.callee === parent && API_NAMES.has(name.name)
    ? call
    : undefined;
}

/** Calls whose callee ends in a name a traced API may have, found from the file's tokens. */
function candidateCalls(sourceCode: SourceCode): { call: TSESTree.CallExpression; name: TSESTree.Identifier }[] {
  const found: { call: TSESTree.CallExpression; name: TSESTree.Identifier }[] = [];
  const { tokens } = sourceCode.ast;
  for (const [index, token] of tokens.entries()) {
    // A callee's name comes right before its arguments (`(`, `?.(`, or type arguments `<`).
    if (!mayNameSyncApi(token) || !CALL_OPENERS.has(tokens[index + 1]?.value ?? '')) continue;
    const node = sourceCode.getNodeByRangeIndex(token.range[0]);
    const call = node?.type === AST_NODE_TYPES.Identifier ? callNamed(sourceCode, node) : undefined;
    if (call != null && node?.type === AST_NODE_TYPES.Identifier) found.push({ call, name: node });
  }
  return found;
}

/** Every report is made while an async function runs (as the tracker's file filter in the rule says). */
const hasAsyncFunction = (sourceCode: SourceCode): boolean =>
  sourceCode.scopeManager?.scopes.some(
    ({ type, block }) => (type as string) === 'function' && 'async' in block && block.async,
  ) ?? true;

/** The traced module a declaring module stands for: `fs` for `@types/node`'s, `fs-extra` for its package's types. */
function tracedModule(declaring: string): 'fs' | 'fs-extra' | undefined {
  if (FS_AMBIENT.has(declaring)) return 'fs';
  return FS_EXTRA_TYPES.test(declaring) ? 'fs-extra' : undefined;
}

type Checker = TypedChecker['checker'];
type TsSymbol = NonNullable<ReturnType<Checker['getSymbolAtLocation']>>;

/** The source files a hand-written declaration file may stand beside (`cachedFs.d.ts` for `cachedFs.js`). */
const SOURCE_EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts'];
const DECLARATION_FILE = /\.d\.[mc]?ts$/u;
/** Per declaration file: whether a source file stands beside it. Files do not come and go within a lint run. */
const besideSource = new Map<string, boolean>();

/** Whether a program's declaration file (not a package's) has a source file beside it: hand-written types of JS. */
function typesASource({ fileName, isDeclarationFile }: { fileName: string; isDeclarationFile: boolean }): boolean {
  if (!isDeclarationFile || fileName.includes('/node_modules/')) return false;
  let found = besideSource.get(fileName);
  if (found == null) {
    const stem = fileName.replace(DECLARATION_FILE, '');
    found = stem !== fileName && SOURCE_EXTENSIONS.some((extension) => fs.existsSync(`${stem}${extension}`));
    besideSource.set(fileName, found);
  }
  return found;
}

/**
 * Whether the alias chain from a called name passes through a program declaration file beside its source
 * (`export { readFileSync } from 'node:fs'` in cachedFs.d.ts, for cachedFs.js): the code that runs is the source's,
 * which the imported-helpers path reads and reports; the typed path would report the call a second time.
 */
function throughTypedSource(checker: Checker, alias: TsSymbol): boolean {
  let current: TsSymbol | undefined = alias;
  for (let depth = 0; current != null && (current.flags & ALIAS_FLAG) !== 0 && depth < 64; depth += 1) {
    if (current.declarations?.some((declaration) => typesASource(declaration.getSourceFile())) === true) return true;
    current = checker.getImmediateAliasedSymbol(current);
  }
  return false;
}

/** The sync API the checker resolves a called name to, with the module that declares it; undefined for others. */
function resolveSync(typed: TypedChecker, name: TSESTree.Identifier): TypedSync | undefined {
  const { checker } = typed;
  const tsName = tsNodeOf(typed, name);
  let symbol = tsName == null ? undefined : checker.getSymbolAtLocation(tsName);
  if (symbol != null && (symbol.flags & ALIAS_FLAG) !== 0) {
    if (throughTypedSource(checker, symbol)) return undefined;
    symbol = checker.getAliasedSymbol(symbol);
  }
  // Declared in a library's declaration file, not by the project (a look-alike of the same name).
  if (symbol?.declarations?.some((declaration) => declaration.getSourceFile().isDeclarationFile) !== true) {
    return undefined;
  }
  const qualified = /^"([^"]+)"\.(.+)$/u.exec(checker.getFullyQualifiedName(symbol));
  const [, declaring = '', key = ''] = qualified ?? [];
  const module = tracedModule(declaring);
  if (module == null) return undefined;
  const apis: Readonly<Record<string, SyncApi>> = SYNC_APIS[module];
  const api = Object.hasOwn(apis, key) ? apis[key] : undefined;
  return api && { module, declaring, key, api };
}

/** The file's type checker and node map, when it has a program (never under oxlint, nor without a typed config). */
function typedChecker(sourceCode: SourceCode): TypedChecker | undefined {
  const services = sourceCode.parserServices;
  const program = services?.program;
  const map = services?.esTreeNodeToTSNodeMap;
  return program == null || map == null ? undefined : { checker: program.getTypeChecker(), map };
}

/**
 * The tracked references plus, with type information, the sync fs calls the tracker could not see, as references it
 * would have made (`path` from the declaring module, the API's row): they then take every path a tracked call takes
 * (async context, descriptor and check-then-act analysis, fixes, helpers). Those whose rewrite would not hold get no
 * fix (see typedFsFix.ts). Without a program, `tracked` itself.
 */
export function withTypedFsCalls(sourceCode: SourceCode, tracked: readonly Reference[]): readonly Reference[] {
  if (sourceCode.parserServices?.program == null) return tracked;
  const seen = new Set(tracked.flatMap(({ node, kind }) => (kind === 'call' ? [node] : [])));
  const candidates = candidateCalls(sourceCode).filter(({ call }) => !seen.has(call));
  // The checker is asked for only now: creating it is the program's costliest step, where no other rule needs it.
  const typed = candidates.length === 0 || !hasAsyncFunction(sourceCode) ? undefined : typedChecker(sourceCode);
  if (typed == null) return tracked;
  const found: (Reference & { readonly sync: TypedSync })[] = [];
  for (const { call, name } of candidates) {
    const sync = resolveSync(typed, name);
    if (sync == null) continue;
    const info: SyncCall = { name: sync.key, api: sync.api, indirect: false };
    found.push({ node: call, path: [sync.module, ...sync.key.split('.')], kind: 'call', info, sync });
  }
  if (found.length === 0) return tracked;
  const added = found.map(({ node, path, kind, info, sync }): Reference => {
    // `indirect` is the row's "reported, never fixed" (calleeRewrite.ts): for a rewrite the types do not hold.
    const fix = typedFixAllowed(sourceCode, typed, node as TSESTree.CallExpression, sync, found);
    const decided =
      fix === 'none' ? { ...info, indirect: true } : fix === 'suggestion' ? { ...info, byType: true } : info;
    return { node, path, kind, info: decided };
  });
  return [...tracked, ...added];
}
