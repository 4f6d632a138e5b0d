import fs from 'node:fs';

import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { componentsFrom } from './moduleGraph';
import { buildSummary, type ExportChain, type ModuleLinks } from './moduleSummaryBuild';
import { cacheFor, EMPTY_ENTRY, sameEntry, type Entry, type Provenance } from './moduleSummaryCache';
import { parseModule, type ParserSetup } from './moduleSummaryParse';
import { resolveRelativeImport } from './resolveImport';
import { keyHead, keyThrough } from './summaryKeys';

// Module summaries, once per process, parser (moduleSummaryCache.ts) and file version. A lint first finds the modules
// it must summarise (those not cached, or whose cache entry no longer holds) and their strongly connected groups
// (moduleGraph.ts), then summarises each group once its imports are final: a module alone once, modules that import
// each other together, again until none changes. Each entry keeps the version of its own file, where its specifiers
// led, and the entries it read, so an edit to any module below, saved, makes the next lookup build it again: the
// editor server sees a fixed helper without a restart. A file without `Sync` in its text is never parsed: it blocks
// only if a module it imports does, which its specifiers (read from the text) tell.

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

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The specifiers a parsed module's summary may read: its top-level imports of bindings and exports `from`. */
function specifiersOf(program: TSESTree.Program): string[] {
  return program.body.flatMap((statement) =>
    ((statement.type === AST_NODE_TYPES.ImportDeclaration && statement.specifiers.length > 0) ||
      statement.type === AST_NODE_TYPES.ExportAllDeclaration ||
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration) &&
    typeof statement.source?.value === 'string'
      ? [statement.source.value]
      : [],
  );
}

/** One summary being built: what it read, and whether it may be kept. */
interface Frame {
  readonly record: Provenance;
  /** The members of its own group it read (their provisional summaries). */
  readonly consulted: Set<string>;
  /** False once it read something cut short: it is not cached, here or in any module above. */
  cacheable: boolean;
  /** False once it read another group's provisional summary: not even this lint may keep it. */
  final: boolean;
}

/** A group of modules being summarised: each member's provisional entry, nothing at first. */
interface Group {
  readonly members: ReadonlySet<string>;
  readonly entries: Map<string, Entry>;
}

interface Settled {
  readonly entry: Entry;
  readonly cacheable: boolean;
}

/** Groups summarised inside a summary (an import the text scan missed): a bound, not a budget. */
const MAX_NESTING = 8;

/**
 * Builds of one member of a group: each adds an export or stops, so this bounds only a pathological case (a long
 * chain of calls back and forth between two modules). A group that reaches it is kept for the lint, never cached.
 */
const MAX_BUILDS = 64;

/** Builds in which a member's chains changed and its exports did not: the shortest chains settle in a few. */
const MAX_CHAIN_ROUNDS = 16;

let builds = 0;

/** How many module summaries this process has built: for tests of the work a lint does. */
export function moduleBuildCount(): number {
  return builds;
}

/**
 * The summaries one linted file asks for. Modules that import each other end in a fixed point: each member of
 * their group starts with an empty summary and is built again while a member it read changes.
 */
export class Summaries {
  /** Each file's version and each specifier's resolution, read once during this file's lint. */
  private readonly seen = new Map<string, string>();
  /** The modules known in this lint, final. */
  private readonly done = new Map<string, Settled>();
  private readonly valid = new Map<Provenance, boolean>();
  private readonly groups: Group[] = [];
  private readonly frames: Frame[] = [];
  private readonly texts = new Map<string, string | null>();
  private readonly parsed = new Map<string, ReturnType<typeof parseModule>>();
  /** The summaries this parser and these options read: another parser's do not answer for them. */
  private readonly cache: Map<string, Entry>;

  private readonly graph = { settled: (file: string) => this.settled(file), edges: (file: string) => this.edges(file) };

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

  /**
   * Whether a cached record still holds: its files unchanged, its specifiers leading where they did, and every record
   * it read holding too, however deep. A post-order walk with an explicit stack, each record's answer kept for this
   * lint; a record met again on the walk's own path is taken as holding (its own answer is still being found).
   */
  private holds(root: Provenance): boolean {
    const known = this.valid.get(root);
    if (known != null) return known;
    const path: { record: Provenance; reads: Entry[]; next: number; ok: boolean }[] = [];
    const onPath = new Set<Provenance>();
    const enter = (record: Provenance): void => {
      const ok = [...record.versions].every(([file, v]) => this.version(file) === v);
      path.push({ record, reads: [...record.reads], next: 0, ok });
      onPath.add(record);
    };
    enter(root);
    for (let top = path.at(-1); top != null; top = path.at(-1)) {
      const read = top.ok ? top.reads[top.next]?.record : undefined;
      top.next += 1;
      if (read != null) {
        const answer = this.valid.get(read);
        if (answer === false) top.ok = false;
        else if (answer == null && !onPath.has(read)) enter(read);
        continue;
      }
      path.pop();
      onPath.delete(top.record);
      this.valid.set(top.record, top.ok);
      const parent = path.at(-1);
      if (parent != null && !top.ok) parent.ok = false;
    }
    return this.valid.get(root) ?? false;
  }

  /**
   * Resolves a specifier and notes where it led, so the summary is built again once it leads elsewhere: a file
   * created later (`./x` was x.js, then x.ts appears) or one that names no file yet.
   */
  private resolve(importer: string, specifier: string): string | undefined {
    const key = `${RESOLUTION}${importer}\0${specifier}`;
    const found = this.version(key);
    this.frames.at(-1)?.record.versions.set(key, found);
    return found === MISSING ? undefined : found;
  }

  private textOf(file: string): string | null {
    if (!this.texts.has(file)) this.texts.set(file, readText(file));
    return this.texts.get(file) ?? null;
  }

  private parse(file: string, text: string): ReturnType<typeof parseModule> {
    if (!this.parsed.has(file)) this.parsed.set(file, parseModule(this.setup, file, text));
    return this.parsed.get(file);
  }

  /** Whether the summary of `file` is known in this lint; a valid cache entry becomes known here. */
  private settled(file: string): boolean {
    if (this.done.has(file) || this.groups.some(({ members }) => members.has(file))) return true;
    const cached = this.cache.get(file);
    if (cached == null || !this.holds(cached.record)) return false;
    this.done.set(file, { entry: cached, cacheable: true });
    return true;
  }

  /** The modules the summary of `file` may read: its `from` specifiers (parsed when it will be parsed anyway). */
  private edges(file: string): string[] {
    const text = this.textOf(file);
    if (text == null) return [];
    const program = text.includes('Sync') ? this.parse(file, text)?.ast : undefined;
    const specifiers =
      program == null
        ? [...text.matchAll(FROM_SPECIFIER)].map(([, , specifier = '']) => specifier)
        : specifiersOf(program);
    const targets = specifiers.map((specifier) => this.version(`${RESOLUTION}${file}\0${specifier}`));
    return [...new Set(targets.filter((target) => target !== MISSING))];
  }

  /** The entry of `file` as the summary being built may read it, noting the read in that summary's frame. */
  private entryOf(file: string): Entry {
    const frame = this.frames.at(-1);
    const known = this.done.get(file);
    if (known != null) {
      frame?.record.reads.add(known.entry);
      if (frame != null && !known.cacheable) frame.cacheable = false;
      return known.entry;
    }
    const group = this.groups.findLast(({ members }) => members.has(file));
    if (group != null) {
      if (group === this.groups.at(-1)) frame?.consulted.add(file);
      else if (frame != null) [frame.cacheable, frame.final] = [false, false];
      return group.entries.get(file) ?? EMPTY_ENTRY;
    }
    if (this.groups.length >= MAX_NESTING) {
      if (frame != null) frame.cacheable = false;
      return EMPTY_ENTRY;
    }
    const settled = this.settle(file);
    if (frame != null) {
      frame.record.reads.add(settled.entry);
      if (!settled.cacheable) frame.cacheable = false;
      if (!this.done.has(file)) frame.final = false;
    }
    return settled.entry;
  }

  /** Finds the modules below `file` this lint must summarise, and summarises them, deepest group first. */
  private settle(file: string): Settled {
    let last: Settled | undefined;
    for (const members of componentsFrom(file, this.graph)) last = this.summariseGroup(members).get(file) ?? last;
    return this.done.get(file) ?? last ?? { entry: EMPTY_ENTRY, cacheable: true };
  }

  /**
   * Summarises a group: each member once, then again each member that read a member whose summary changed, until
   * none changes. Summaries only grow as the summaries they read grow, so this ends after about (members × exports)
   * builds at worst, and after one build each where no member blocks.
   */
  private summariseGroup(members: readonly string[]): Map<string, Settled> {
    const group: Group = { members: new Set(members), entries: new Map() };
    const frames = new Map<string, Frame>();
    const readers = new Map<string, Set<string>>();
    const counts = new Map<string, { builds: number; chainRounds: number }>();
    const queue = new Set(members);
    let complete = true;
    this.groups.push(group);
    try {
      for (const file of queue) {
        queue.delete(file);
        const count = counts.get(file) ?? { builds: 0, chainRounds: 0 };
        counts.set(file, count);
        count.builds += 1;
        const [entry, frame] = this.build(file);
        frames.set(file, frame);
        for (const read of frame.consulted) readers.set(read, (readers.get(read) ?? new Set()).add(file));
        const change = sameEntry(group.entries.get(file) ?? EMPTY_ENTRY, entry);
        group.entries.set(file, entry);
        if (change === 'same' || (change === 'chains' && ++count.chainRounds > MAX_CHAIN_ROUNDS)) continue;
        for (const reader of readers.get(file) ?? []) {
          // A reader not built again may miss what it read: this fixed point is not final, so never cached.
          if ((counts.get(reader)?.builds ?? 0) < MAX_BUILDS) queue.add(reader);
          else complete = false;
        }
      }
    } finally {
      this.groups.pop();
    }
    return this.keep(group, frames, complete);
  }

  /**
   * The final entries of a group's members, sharing one record: kept for this lint and cached where they may be
   * (not when `complete` is false: a member reached its build limit before the group stopped changing).
   */
  private keep(group: Group, frames: ReadonlyMap<string, Frame>, complete: boolean): Map<string, Settled> {
    const record: Provenance = { versions: new Map(), reads: new Set() };
    let [cacheable, final] = [complete, true];
    for (const frame of frames.values()) {
      for (const [file, v] of frame.record.versions) record.versions.set(file, v);
      for (const read of frame.record.reads) record.reads.add(read);
      cacheable &&= frame.cacheable;
      final &&= frame.final;
    }
    const settled = new Map<string, Settled>();
    for (const [file, { summary, mayBlock }] of group.entries) {
      const entry: Entry = { summary, mayBlock, record };
      settled.set(file, { entry, cacheable });
      if (!final) continue;
      this.done.set(file, { entry, cacheable });
      if (cacheable) this.cache.set(file, entry);
    }
    return settled;
  }

  /** One build of the summary of `file`, reading its group's provisional summaries. */
  private build(file: string): [Entry, Frame] {
    const record: Provenance = { versions: new Map([[file, this.version(file)]]), reads: new Set() };
    const frame: Frame = { record, consulted: new Set(), cacheable: true, final: true };
    builds += 1;
    this.frames.push(frame);
    try {
      return [{ ...this.summarise(file), record }, frame];
    } catch (error) {
      // A module the analysis cannot read is taken as non-blocking: the rule never throws for another file. Out of
      // stack, the answer depends on where the lint started: it is not cached, here or in any module above.
      if (error instanceof RangeError) frame.cacheable = false;
      return [{ ...EMPTY_ENTRY, record }, frame];
    } finally {
      this.frames.pop();
    }
  }

  private summarise(file: string): Omit<Entry, 'record'> {
    const empty = { summary: EMPTY_ENTRY.summary, mayBlock: false };
    const text = this.textOf(file);
    if (text == null) return empty;
    if (!text.includes('Sync')) {
      const targets = [...text.matchAll(FROM_SPECIFIER)].flatMap(([, , specifier]) => {
        const target = specifier == null ? undefined : this.resolve(file, specifier);
        return target == null ? [] : [target];
      });
      // Read them all: their versions belong to this summary even when none blocks.
      const entries = targets.map((target) => this.entryOf(target));
      if (!entries.some((target) => target.mayBlock)) return empty;
    }
    const sourceCode = this.parse(file, text);
    if (sourceCode == null) return empty;
    const links: ModuleLinks = {
      resolve: (specifier) => this.resolve(file, specifier),
      chainOf: (target, key) => this.lookup(target, key, new Set()),
    };
    const summary = buildSummary(file, sourceCode, links);
    const follows = [...[...summary.reexports.values()].map(({ file: target }) => target), ...summary.stars];
    const mayBlock = summary.exports.size > 0 || follows.map((target) => this.entryOf(target)).some((e) => e.mayBlock);
    return { summary, mayBlock };
  }

  /**
   * The chain of export `key` of `file`, following re-exports and then `export *` modules in order, first found
   * wins. An explicit stack, in the order the recursion would take, so a chain of re-exports thousands of modules
   * long cannot exhaust the call stack. `visited` guards a walk of `export *` modules; a named re-export starts a
   * walk of its own (its key may differ).
   */
  private lookup(file: string, key: string, visited: Set<string>): ExportChain | undefined {
    const pending: { file: string; key: string; visited: Set<string> }[] = [{ file, key, visited }];
    for (let task = pending.pop(); task != null; task = pending.pop()) {
      if (task.visited.has(task.file)) continue;
      task.visited.add(task.file);
      const { summary } = this.entryOf(task.file);
      const own = summary.exports.get(task.key);
      if (own) return own;
      const head = keyHead(task.key);
      const target = summary.reexports.get(head);
      if (target) {
        const next = keyThrough(task.key, target.name);
        if (next != null) pending.push({ file: target.file, key: next, visited: new Set(task.visited) });
        continue;
      }
      // A module's own export hides the same name from its `export *` modules, as in ES.
      if (head === 'default' || summary.names.has(head)) continue;
      for (const star of [...summary.stars].reverse())
        pending.push({ file: star, key: task.key, visited: task.visited });
    }
    return undefined;
  }
}
