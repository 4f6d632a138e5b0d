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
