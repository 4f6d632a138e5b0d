import fs from 'node:fs';

import { buildSummary, type ExportChain, type ModuleLinks, type ModuleSummary } from './moduleSummaryBuild';
import { cacheFor } from './moduleSummaryCache';
import { parseModule, type ParserSetup } from './moduleSummaryParse';
import { resolveRelativeImport } from './resolveImport';
import { keyHead, keyThrough } from './summaryKeys';

// Module summaries, once per process, parser (moduleSummaryCache.ts) and file version. An entry holds the size and
// mtime of every file its summary was read from (the module and, transitively, the modules it follows), so an edit
// to any of them, saved, makes the next lookup build it again: the editor server sees a fixed helper without a
// restart. A file without `Sync` in its text is never parsed: it blocks only if a module it imports does, which its
// specifiers (read from the text) tell.

const EMPTY: ModuleSummary = { exports: new Map(), reexports: new Map(), stars: [], names: new Set() };

/** What a summary was read from: path → `size:mtimeMs`. */
type Versions = ReadonlyMap<string, string>;

interface Entry {
  readonly summary: ModuleSummary;
  readonly mayBlock: boolean;
  readonly versions: Versions;
}

const MISSING = 'missing';

/** The relative specifiers of `from` clauses in a module's text: enough to know what it may re-export or call. */
const FROM_SPECIFIER = /\bfrom\s*(['"])(\.{1,2}(?:\/[^'"\n]*)?)\1/gu;

/** A file's version, `missing` when it is gone (a file created later is then read). */
function versionOf(file: string): string {
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat?.isFile() === true ? `${String(stat.size)}:${String(stat.mtimeMs)}` : MISSING;
  } catch {
    return MISSING;
  }
}

/** The key prefix of an (importer, specifier) pair: its "version" is the file it resolves to now. */
const RESOLUTION = '?';

function resolvedVersion(key: string): string {
  const [importer = '', specifier = ''] = key.slice(RESOLUTION.length).split('\0');
  return resolveRelativeImport(importer, specifier) ?? MISSING;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** A computation in progress: the shallowest module on the stack it met (a cycle), and what it read. */
interface Frame {
  lowest: number;
  readonly versions: Map<string, string>;
}

interface Active {
  readonly depth: number;
  provisional: Entry | undefined;
}

const NOT_ON_STACK = Number.POSITIVE_INFINITY;

/** Met by a computation cut short (too deep, or out of stack): nothing built on it is cached, whatever its depth. */
const UNCACHEABLE = Number.NEGATIVE_INFINITY;

/** How deep a chain of imports is followed: beyond it a module is unknown (non-blocking), well before the stack ends. */
const MAX_DEPTH = 256;

/**
 * How many module rounds one linted file may spend. Modules that import each other in a tangle are computed again
 * on each route into them (each route rests on other provisional summaries), which grows exponentially with the
 * tangle; past this budget the rest counts as unknown (non-blocking) and is not cached, as a chain too deep is.
 */
const MAX_ROUNDS_PER_LINT = 1000;

/**
 * The summaries one linted file asks for. Modules that import each other end in a fixed point, as in Tarjan's
 * algorithm: a module met while it is being computed gives its provisional summary (nothing at first); what was
 * computed from it is not cached, and the module computes again until its summary stops changing.
 */
export class Summaries {
  /** Each file's version, read once during this file's lint. */
  private readonly seen = new Map<string, string>();
  private readonly stack = new Map<string, Active>();
  /** The module rounds spent so far on this linted file. */
  private rounds = 0;
  private readonly frames: Frame[] = [];
  private readonly parsed = new Map<string, ReturnType<typeof parseModule>>();
  /** The summaries this parser and these options read: another parser's do not answer for them. */
  private readonly cache: Map<string, Entry>;

  constructor(private readonly setup: ParserSetup) {
    this.cache = cacheFor<Entry>(setup);
  }

  chainOf(file: string, key: string): ExportChain | undefined {
    return this.lookup(file, key, new Set());
  }

  private version(file: string): string {
    let found = this.seen.get(file);
    if (found == null) {
      found = file.startsWith(RESOLUTION) ? resolvedVersion(file) : versionOf(file);
      this.seen.set(file, found);
    }
    return found;
  }

  /** Records, in the computation on top of the stack, that it read what `versions` lists (and met `lowest`). */
  private note(versions: Versions, lowest: number): void {
    const frame = this.frames.at(-1);
    if (!frame) return;
    for (const [file, v] of versions) frame.versions.set(file, v);
    frame.lowest = Math.min(frame.lowest, lowest);
  }

  /**
   * Resolves a specifier and notes where it led, so the summary is built again once it leads elsewhere: a file
   * created later (`./x` was x.js, then x.ts appears) or one that names no file yet.
   */
  private resolve(importer: string, specifier: string): string | undefined {
    const found = resolveRelativeImport(importer, specifier);
    const key = `${RESOLUTION}${importer}\0${specifier}`;
    this.seen.set(key, found ?? MISSING);
    this.frames.at(-1)?.versions.set(key, found ?? MISSING);
    return found;
  }

  private entryOf(file: string): Entry {
    if (this.frames.length >= MAX_DEPTH || this.rounds >= MAX_ROUNDS_PER_LINT) {
      this.note(new Map(), UNCACHEABLE);
      return { summary: EMPTY, mayBlock: false, versions: new Map() };
    }
    const active = this.stack.get(file);
    if (active) {
      this.note(new Map(), active.depth);
      return active.provisional ?? { summary: EMPTY, mayBlock: false, versions: new Map() };
    }
    const cached = this.cache.get(file);
    if (cached && [...cached.versions].every(([other, v]) => this.version(other) === v)) {
      this.note(cached.versions, NOT_ON_STACK);
      return cached;
    }
    const [entry, lowest] = this.compute(file);
    this.note(entry.versions, lowest);
    return entry;
  }

  private summarise(file: string): Omit<Entry, 'versions'> {
    const text = readText(file);
    if (text == null) return { summary: EMPTY, mayBlock: false };
    if (!text.includes('Sync')) {
      const targets = [...text.matchAll(FROM_SPECIFIER)].flatMap(([, , specifier]) => {
        const target = specifier == null ? undefined : this.resolve(file, specifier);
        return target == null ? [] : [target];
      });
      // Read them all: their versions belong to this summary even when none blocks.
      const entries = targets.map((target) => this.entryOf(target));
      if (!entries.some((target) => target.mayBlock)) return { summary: EMPTY, mayBlock: false };
    }
    if (!this.parsed.has(file)) this.parsed.set(file, parseModule(this.setup, file, text));
    const sourceCode = this.parsed.get(file);
    if (sourceCode == null) return { summary: EMPTY, mayBlock: false };
    const links: ModuleLinks = {
      resolve: (specifier) => this.resolve(file, specifier),
      chainOf: (target, key) => this.lookup(target, key, new Set()),
    };
    const summary = buildSummary(file, sourceCode, links);
    const follows = [...[...summary.reexports.values()].map(({ file: target }) => target), ...summary.stars];
    const mayBlock = summary.exports.size > 0 || follows.map((target) => this.entryOf(target)).some((e) => e.mayBlock);
    return { summary, mayBlock };
  }

  /** One round: the summary of `file` and the shallowest module on the stack it met. */
  private round(file: string): [Entry, number] {
    const frame: Frame = { lowest: NOT_ON_STACK, versions: new Map([[file, this.version(file)]]) };
    this.rounds += 1;
    this.frames.push(frame);
    let result: Omit<Entry, 'versions'>;
    try {
      result = this.summarise(file);
    } catch (error) {
      // A module the analysis cannot read is taken as non-blocking: the rule never throws for another file. Out of
      // stack, the answer depends on where the lint started: it is not cached, here or in any module above.
      if (error instanceof RangeError) frame.lowest = UNCACHEABLE;
      result = { summary: EMPTY, mayBlock: false };
    } finally {
      this.frames.pop();
    }
    return [{ ...result, versions: frame.versions }, frame.lowest];
  }

  private compute(file: string): [Entry, number] {
    const depth = this.frames.length;
    const active: Active = { depth, provisional: undefined };
    this.stack.set(file, active);
    try {
      for (let rounds = 1; ; rounds++) {
        const [entry, lowest] = this.round(file);
        // It met a module further down the stack: its summary rests on that module's provisional one.
        if (lowest < depth) return [entry, lowest];
        const before = active.provisional;
        if (lowest === depth && rounds < MAX_ROUNDS && (before == null || !sameEntry(before, entry))) {
          active.provisional = entry;
          continue;
        }
        this.cache.set(file, entry);
        return [entry, NOT_ON_STACK];
      }
    } finally {
      this.stack.delete(file);
    }
  }

  private lookup(file: string, key: string, visited: Set<string>): ExportChain | undefined {
    if (visited.has(file)) return undefined;
    visited.add(file);
    const { summary } = this.entryOf(file);
    const own = summary.exports.get(key);
    if (own) return own;
    const head = keyHead(key);
    const target = summary.reexports.get(head);
    if (target) {
      const next = keyThrough(key, target.name);
      return next == null ? undefined : this.lookup(target.file, next, new Set(visited));
    }
    // A module's own export hides the same name from its `export *` modules, as in ES.
    if (head === 'default' || summary.names.has(head)) return undefined;
    for (const star of summary.stars) {
      const found = this.lookup(star, key, visited);
      if (found) return found;
    }
    return undefined;
  }
}

/** Rounds of a cycle's fixed point: each adds an export or stops, so this bounds only a pathological case. */
const MAX_ROUNDS = 16;

function sameEntry(a: Entry, b: Entry): boolean {
  const [x, y] = [a.summary.exports, b.summary.exports];
  return a.mayBlock === b.mayBlock && x.size === y.size && [...x.keys()].every((key) => y.has(key));
}
