import type { ExportChain, ModuleSummary } from './moduleSummaryBuild';
import type { ParserSetup } from './moduleSummaryParse';

// Where module summaries are kept: one map per parser object and parser options. A module one parser cannot read
// (espree on TypeScript) gives an empty summary that must not answer an importer another parser lints, and the
// other way round: the answer would depend on which file was linted first.

const byParser = new WeakMap<object, Map<string, Map<string, unknown>>>();

/** Ids for the objects and functions among the options: the same object gives the same key, another one not. */
const ids = new WeakMap<object, number>();
let nextId = 0;

function idOf(value: object): string {
  let id = ids.get(value);
  if (id == null) {
    id = nextId++;
    ids.set(value, id);
  }
  return `#${String(id)}`;
}

function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}

/** The options as text: plain objects and arrays by content (keys sorted), anything else by identity. */
function keyOf(value: unknown): string {
  if (typeof value === 'function') return idOf(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value == null || typeof value !== 'object') return String(value);
  if (!isPlain(value)) return idOf(value);
  if (Array.isArray(value)) return `[${value.map(keyOf).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${keyOf(record[key])}`).join(',')}}`;
}

/** The summaries read with `setup`'s parser and options: file → entry. */
export function cacheFor<Entry>(setup: ParserSetup): Map<string, Entry> {
  let byOptions = byParser.get(setup.parser);
  if (byOptions == null) {
    byOptions = new Map();
    byParser.set(setup.parser, byOptions);
  }
  const key = keyOf([setup.ecmaVersion, setup.sourceType, setup.parserOptions]);
  let cache = byOptions.get(key);
  if (cache == null) {
    cache = new Map();
    byOptions.set(key, cache);
  }
  return cache as Map<string, Entry>;
}

/**
 * What a summary was read from: the version (`size:mtimeMs`) of its own file and the file each of its specifiers led
 * to, and the entries of other modules it read. The members of a group of modules that import each other share one.
 * An entry holds while its record's versions are unchanged and every entry it read holds: each file is stat'd once
 * per lint, not once per entry whose closure holds it.
 */
export interface Provenance {
  readonly versions: Map<string, string>;
  readonly reads: Set<Entry>;
}

export interface Entry {
  readonly summary: ModuleSummary;
  readonly mayBlock: boolean;
  readonly record: Provenance;
}

/** The entry of a module that cannot be read, or whose summary is not known yet (a group's first build). */
export const EMPTY_ENTRY: Entry = {
  summary: { exports: new Map(), reexports: new Map(), stars: [], names: new Set() },
  mayBlock: false,
  record: { versions: new Map(), reads: new Set() },
};

function sameChain(a: ExportChain, b: ExportChain): boolean {
  return a.fsName === b.fsName && a.at === b.at && a.steps.join('\0') === b.steps.join('\0');
}

/** How a new build of a module differs from the one before: not at all, in its chains only, or in what blocks. */
export function sameEntry(before: Entry, after: Entry): 'same' | 'chains' | 'exports' {
  const [x, y] = [before.summary.exports, after.summary.exports];
  if (before.mayBlock !== after.mayBlock || x.size !== y.size) return 'exports';
  let chains = false;
  for (const [key, chain] of x) {
    const other = y.get(key);
    if (other == null) return 'exports';
    if (!sameChain(chain, other)) chains = true;
  }
  return chains ? 'chains' : 'same';
}
