import type { TSESLint } from '@typescript-eslint/utils';

import { NODE_PROTOCOL } from '../../util/ast';
import { CALL, CONSTRUCT, READ, type TraceMapElement } from '../../util/trackReferences';
import { MODULES } from './catalog';
import type { TraceInfo } from './types';

// With type information, the files whose calls the checker is asked about: those that import a catalog module, type
// imports included, directly or through the program's own modules (a call can only resolve to a catalog declaration
// whose module the file reaches that way). Worked out once per program; a project's files that declare globals (a
// script, a `declare global` block) or augment a module (`declare module '…'`) count as reached from every file.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Program = NonNullable<NonNullable<SourceCode['parserServices']>['program']>;
type Checker = ReturnType<Program['getTypeChecker']>;
type TsSourceFile = ReturnType<Program['getSourceFiles']>[number];
type TsNode = Parameters<Checker['getSymbolAtLocation']>[0];
type Element = TraceMapElement<TraceInfo>;

const MODULES_BY_NAME: Readonly<Record<string, Element>> = MODULES;

const lastName = (member: string): string => member.slice(member.lastIndexOf('.') + 1);

function addNames(element: Element, names: Set<string>): void {
  for (const info of [element[CALL], element[CONSTRUCT], element[READ]]) {
    const family = info?.kind === 'factory' || info?.kind === 'promisifiable' ? info.makes : undefined;
    // A nested member (`messages.create`) is called by its last name.
    for (const member of Object.keys(family?.members ?? {})) if (member !== '') names.add(lastName(member));
  }
  for (const [name, child] of Object.entries(element)) {
    names.add(name);
    addNames(child, names);
  }
}

/** Whether an element runs a tool anywhere below it (`util` only promisifies, `p-timeout` only wraps). */
function runsTools(element: Element): boolean {
  const infos = [element[CALL], element[CONSTRUCT], element[READ]];
  if (infos.some((info) => info?.kind === 'run' || info?.kind === 'factory' || info?.kind === 'promisifiable')) {
    return true;
  }
  return Object.values(element).some(runsTools);
}

/** The catalog's module keys that run tools, and the names their APIs are called by. */
const NAMES_BY_MODULE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(MODULES_BY_NAME)
    .filter(([, element]) => runsTools(element))
    .map(([key, element]) => {
      const names = new Set<string>();
      addNames(element, names);
      return [key, names];
    }),
);

/** `@scope/name` of `@scope/name/sub`, `name` of `name/sub`; undefined for a relative or absolute path. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return undefined;
  const segments = specifier.split('/');
  return segments.slice(0, segments[0]?.startsWith('@') === true ? 2 : 1).join('/');
}

/** The catalog keys an import specifier names: `node:child_process`, `openai/resources`, `@scope/pkg/sub`. */
function catalogKeysOf(specifier: string): string[] {
  const bare = specifier.startsWith(NODE_PROTOCOL) ? specifier.slice(NODE_PROTOCOL.length) : specifier;
  const name = packageOf(bare);
  if (name == null) return [];
  return [...NAMES_BY_MODULE.keys()].filter((key) => key === bare || key === name || key.startsWith(`${name}/`));
}

/** The module specifiers of a file: imports, re-exports, `import()` types, `require` (TypeScript's list). */
function moduleSpecifiers(file: TsSourceFile): readonly TsNode[] {
  const imports = (file as unknown as { imports?: readonly TsNode[] }).imports;
  if (imports != null) return imports;
  const found: TsNode[] = [];
  for (const statement of file.statements) {
    const specifier = (statement as unknown as { moduleSpecifier?: TsNode }).moduleSpecifier;
    if (specifier != null) found.push(specifier);
  }
  return found;
}

interface Graph {
  readonly direct: Map<TsSourceFile, Set<string>>;
  readonly edges: Map<TsSourceFile, TsSourceFile[]>;
}

/** One file's catalog keys and the program's own files it imports. */
function linkFile(
  checker: Checker,
  file: TsSourceFile,
  own: ReadonlySet<TsSourceFile>,
  keysOfFile: (fileName: string) => string[],
): { keys: Set<string>; imports: TsSourceFile[] } {
  const keys = new Set<string>();
  const imports: TsSourceFile[] = [];
  for (const specifier of moduleSpecifiers(file)) {
    const text = (specifier as unknown as { text?: unknown }).text;
    const named = typeof text === 'string' ? catalogKeysOf(text) : [];
    for (const key of named) keys.add(key);
    if (named.length > 0) continue;
    const target = checker.getSymbolAtLocation(specifier)?.declarations?.[0] as TsSourceFile | undefined;
    if (target == null) continue;
    if (own.has(target)) imports.push(target);
    else if (typeof target.fileName === 'string') {
      for (const key of keysOfFile(target.fileName)) if (NAMES_BY_MODULE.has(key)) keys.add(key);
    }
  }
  return { keys, imports };
}

/**
 * Whether a file declares what every file sees: a script (no import or export), a `declare global` block, or a
 * `declare module '…'` block (an augmentation of a library, `interface FastifyInstance { openai: OpenAI }`, or an
 * ambient module): a file that imports only the augmented library reaches the types the block adds to it.
 */
function declaresGlobals(checker: Checker, file: TsSourceFile): boolean {
  if (checker.getSymbolAtLocation(file) == null) return true;
  const augmentations = (file as unknown as { moduleAugmentations?: readonly unknown[] }).moduleAugmentations;
  if (augmentations != null && augmentations.length > 0) return true;
  return file.statements.some((statement) => {
    const block = statement as unknown as { name?: { text?: unknown }; body?: unknown; parameters?: unknown };
    if (block.body == null || block.parameters != null || block.name == null) return false;
    // A string literal names an ambient module; an identifier (with its `escapedText`) a namespace or `global`.
    return block.name.text === 'global' || (typeof block.name.text === 'string' && !('escapedText' in block.name));
  });
}

/** The program's own files (not a library's, not TypeScript's `lib`), their catalog keys and their imports. */
function buildGraph(program: Program, keysOfFile: (fileName: string) => string[]): Graph {
  const checker = program.getTypeChecker();
  const own = new Set(
    program
      .getSourceFiles()
      .filter(
        (file) =>
          !program.isSourceFileFromExternalLibrary(file) &&
          !program.isSourceFileDefaultLibrary(file) &&
          !/[\\/]node_modules[\\/]/u.test(file.fileName),
      ),
  );
  const graph: Graph = { direct: new Map(), edges: new Map() };
  const globals: TsSourceFile[] = [];
  for (const file of own) {
    const { keys, imports } = linkFile(checker, file, own, keysOfFile);
    graph.direct.set(file, keys);
    graph.edges.set(file, imports);
    if (declaresGlobals(checker, file)) globals.push(file);
  }
  for (const imports of graph.edges.values()) imports.push(...globals);
  return graph;
}

/** Each file's keys with those of every own file it imports, to a fixed point (import cycles included). */
function closeOver(graph: Graph): Map<TsSourceFile, ReadonlySet<string>> {
  const reach = new Map([...graph.direct].map(([file, keys]): [TsSourceFile, Set<string>] => [file, new Set(keys)]));
  for (let changed = true; changed;) {
    changed = false;
    for (const [file, imports] of graph.edges) {
      const keys = reach.get(file) ?? new Set();
      const before = keys.size;
      for (const imported of imports) for (const key of reach.get(imported) ?? []) keys.add(key);
      changed ||= keys.size !== before;
    }
  }
  return reach;
}

const REACH = new WeakMap<Program, Map<TsSourceFile, ReadonlySet<string>>>();

/**
 * The callee names of the catalog modules a file reaches, or undefined when it reaches none (then no call of it can
 * resolve to a catalog API). `keysOfFile` maps a library's file to the catalog keys it stands for.
 */
export function reachedNames(
  program: Program,
  file: TsSourceFile,
  keysOfFile: (fileName: string) => string[],
): ReadonlySet<string> | undefined {
  let reach = REACH.get(program);
  if (reach == null) {
    reach = closeOver(buildGraph(program, keysOfFile));
    REACH.set(program, reach);
  }
  // A file outside the graph (linted with a program that does not list it) is asked about as before.
  const keys = reach.get(file);
  if (keys == null) return new Set([...NAMES_BY_MODULE.values()].flatMap((names) => [...names]));
  if (keys.size === 0) return undefined;
  return new Set([...keys].flatMap((key) => [...(NAMES_BY_MODULE.get(key) ?? [])]));
}
