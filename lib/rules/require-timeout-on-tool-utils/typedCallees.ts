import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { findVariable } from '../../util/scope';
import { CALL, CONSTRUCT, READ, type TrackedReference, type TraceMapElement } from '../../util/trackReferences';
import { MODULES } from './catalog';
import { reachedNames } from './typedReach';
import { resourceRun } from './typedResources';
import type { TraceInfo } from './types';

// With type information: the catalog API a call resolves to where the tracker cannot see the binding (an import
// from another module of the program, a parameter typed as an SDK client), decided by the declaration the type
// checker resolves the call's signature to, never by the callee's name.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Program = NonNullable<NonNullable<SourceCode['parserServices']>['program']>;
type Checker = ReturnType<Program['getTypeChecker']>;
type TsNode = Parameters<Checker['getSymbolAtLocation']>[0];
type TsSymbol = NonNullable<ReturnType<Checker['getSymbolAtLocation']>>;
type Element = TraceMapElement<TraceInfo>;
type RunReference = TrackedReference<TraceInfo> & { readonly info: Extract<TraceInfo, { kind: 'run' }> };

const MODULES_BY_NAME: Readonly<Record<string, Element>> = MODULES;

/** `ts.SymbolFlags.Alias` (an import or re-export binding), stable since TypeScript 2. */
const ALIAS_FLAG = 2_097_152;

/** The name a call's callee ends in: `exec` in `exec()`, `callTool` in `client.callTool()`. */
function calleeName(callee: TSESTree.Expression): TSESTree.Identifier | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee;
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed) {
    return callee.property.type === AST_NODE_TYPES.Identifier ? callee.property : undefined;
  }
  return undefined;
}

/**
 * The callee names of the catalog modules this file reaches, where a program gives it type information (never under
 * oxlint, nor without a typed parser config); undefined when there is none, or the file reaches no catalog module.
 */
function reachedCatalogNames(sourceCode: SourceCode): ReadonlySet<string> | undefined {
  const services = sourceCode.parserServices;
  const file = services?.esTreeNodeToTSNodeMap?.get(sourceCode.ast);
  return services?.program == null || file == null ? undefined : reachedNames(services.program, file, specifiersOf);
}

/** Whether type information can show this file a catalog call the tracker misses. */
export function typesMayShowCalls(sourceCode: SourceCode): boolean {
  return reachedCatalogNames(sourceCode) != null;
}

/**
 * The cheap filter while the file is walked: a plain call or a method call (which of them the checker is asked
 * about is decided at the end of the file, from the catalog modules the file reaches).
 */
export function mayCallCatalog(call: TSESTree.CallExpression): boolean {
  return calleeName(call.callee) != null;
}

/** `@types/node`'s ambient `"child_process"`, or a package's file: the catalog specifiers it may stand for. */
function specifiersOf(module: string): string[] {
  const at = module.lastIndexOf('/node_modules/');
  if (at < 0) return Object.hasOwn(MODULES, module) ? [module] : [];
  const segments = module.slice(at + '/node_modules/'.length).split('/');
  const scoped = segments[0]?.startsWith('@') === true;
  let name = segments.slice(0, scoped ? 2 : 1).join('/');
  // `@types/cross-spawn` types `cross-spawn`; `@types/scope__name` types `@scope/name`.
  if (name.startsWith('@types/')) name = name.slice('@types/'.length).replace(/^(.+)__/u, '@$1/');
  const normal = (subpath: string): string =>
    subpath
      .replace(/\.[cm]?js$/u, '')
      .replace(/^(?:(?:dist|lib|build|esm|cjs|types|src|out)\/)+/u, '')
      .replace(/(?:^|\/)index$/u, '');
  const file = normal(segments.slice(scoped ? 2 : 1).join('/'));
  const ofPackage = Object.keys(MODULES).filter((key) => key === name || key.startsWith(`${name}/`));
  const exact = ofPackage.filter((key) => normal(key.slice(name.length + 1)) === file);
  return exact.length > 0 ? exact : ofPackage;
}

/** A member of what an element makes: `Client#callTool` of a constructed client, `exec.__promisify__`. */
function memberRun(element: Element, member: string): { info: RunReference['info']; path: string[] } | undefined {
  const made = element[CONSTRUCT];
  if (made?.kind === 'factory' && member !== '' && Object.hasOwn(made.makes.members, member)) {
    const api = made.makes.members[member];
    return api && { info: { kind: 'run', api, family: made.makes }, path: [made.makes.name, member] };
  }
  const read = element[READ];
  const api = read?.kind === 'promisifiable' && member === '__promisify__' ? read.makes.members[''] : undefined;
  return read?.kind === 'promisifiable' && api
    ? { info: { kind: 'run', api, family: read.makes }, path: [read.makes.name] }
    : undefined;
}

/**
 * The run a declaration path names in the element of `module`: an export called (`child_process.exec`), or a member
 * of what an export makes (`Client.callTool`).
 */
function runAt(
  module: string,
  element: Element,
  names: readonly string[],
): { info: RunReference['info']; path: string[] } | undefined {
  let current = element;
  for (const [index, name] of names.entries()) {
    const next = Object.hasOwn(current, name) ? current[name] : undefined;
    if (next) {
      current = next;
      continue;
    }
    return index === names.length - 1 ? memberRun(current, name) : undefined;
  }
  const info = current[CALL];
  return info?.kind === 'run' ? { info, path: [module, ...names] } : undefined;
}

/** The symbol the call resolves to: its signature's declaration, else (a call signature of a type) the callee's. */
function calleeSymbol(checker: Checker, call: TsNode, name: TsNode): TsSymbol | undefined {
  const declaration = checker.getResolvedSignature(call as never)?.declaration as { name?: TsNode } | undefined;
  if (declaration?.name != null) return checker.getSymbolAtLocation(declaration.name);
  const symbol = checker.getSymbolAtLocation(name);
  return symbol != null && (symbol.flags & ALIAS_FLAG) !== 0 ? checker.getAliasedSymbol(symbol) : symbol;
}

/**
 * Whether the tracker can have missed this call: a name the reached catalog modules' APIs are called by, or a plain
 * name imported from another module (a re-export may rename it).
 */
function isCandidate(
  sourceCode: SourceCode,
  names: ReadonlySet<string>,
  call: TSESTree.CallExpression,
  name: TSESTree.Identifier,
): boolean {
  if (names.has(name.name)) return true;
  if (name !== call.callee) return false;
  // By string value: the DefinitionType enum lives in the scope manager, which is not loaded at run time.
  return (findVariable(sourceCode, name)?.defs[0]?.type as string | undefined) === 'ImportBinding';
}

type Run = { info: RunReference['info']; path: string[] };

/** The run a declaration's symbol names, by its module and qualified name; null when it is none. */
function runOf(checker: Checker, symbol: TsSymbol): Run | null {
  const name = checker.getFullyQualifiedName(symbol);
  const qualified = /^"([^"]+)"\.(.+)$/u.exec(name);
  if (!qualified?.[1] || !qualified[2]) return localResourceRun(symbol, name);
  const names = qualified[2].split('.');
  const run = specifiersOf(qualified[1])
    .map((specifier) => runAt(specifier.replace(/^node:/u, ''), MODULES_BY_NAME[specifier] ?? {}, names))
    .find((candidate) => candidate != null);
  return run ?? resourceRun(qualified[1], names) ?? null;
}

/** A method of a class its module declares without exporting it by name (undici's `export default Dispatcher`). */
function localResourceRun(symbol: TsSymbol, name: string): Run | null {
  const file = symbol.declarations?.[0]?.getSourceFile().fileName;
  return file == null ? null : (resourceRun(file.replace(/\.d\.[cm]?ts$|\.[cm]?ts$/u, ''), name.split('.')) ?? null);
}

// Per declaration: many calls resolve to the same few.
const RUNS = new WeakMap<TsSymbol, Run | null>();

function cachedRunOf(checker: Checker, symbol: TsSymbol): Run | null {
  if (RUNS.has(symbol)) return RUNS.get(symbol) ?? null;
  const run = runOf(checker, symbol);
  RUNS.set(symbol, run);
  return run;
}

/**
 * The catalog runs among `calls` that the checker resolves to a declaration of a catalog module (an ambient
 * `declare module 'child_process'`, a package's own files), as references the tracker would have made; calls in
 * `seen` (found by the tracker) are skipped. Nothing without a program, nor in a file that reaches no catalog module.
 */
export function typedReferences(
  sourceCode: SourceCode,
  calls: readonly TSESTree.CallExpression[],
  seen: ReadonlySet<TSESTree.Node>,
): RunReference[] {
  const program = sourceCode.parserServices?.program;
  const map = sourceCode.parserServices?.esTreeNodeToTSNodeMap;
  const names = reachedCatalogNames(sourceCode);
  if (program == null || map == null || names == null) return [];
  const checker = program.getTypeChecker();
  const found: RunReference[] = [];
  for (const call of calls) {
    const name = calleeName(call.callee);
    if (seen.has(call) || name == null || !isCandidate(sourceCode, names, call, name)) continue;
    const [tsCall, tsName] = [map.get(call) as TsNode | undefined, map.get(name) as TsNode | undefined];
    const symbol = tsCall && tsName && calleeSymbol(checker, tsCall, tsName);
    const run = symbol == null ? null : cachedRunOf(checker, symbol);
    if (run) found.push({ node: call, path: run.path, kind: 'call', info: run.info });
  }
  return found;
}
