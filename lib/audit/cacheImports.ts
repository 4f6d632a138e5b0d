import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { type ImportScan, importScan, SCAN_SUFFIX, scanFileOf } from './importScan';

// ESLint's cache keys a result by the linted file alone, but no-sync-fs-in-async follows imported helpers
// (`followImports`): a finding in main.ts may come from helper.ts. Before a cached run, the entries of the files
// whose relative imports (transitively) changed since the last run are deleted from ESLint's cache file, so ESLint
// lints those files again. A dependency is unchanged when its own cache entry still has its size and mtime; one
// without an entry (never linted) counts as changed, and so does a file whose specifiers now lead to other files
// than when last kept (importScan.ts's `retargeted`). A cache file the audit cannot read or write is removed whole.
// The imports come from importScan.ts, which keeps each file's specifiers and targets beside the cache file; after
// a cached run, the files with none kept yet are recorded (recordImports), so the next run can compare.

interface Flatted {
  parse(text: string): unknown;
  stringify(value: unknown): string;
}

interface Meta {
  readonly size?: unknown;
  readonly mtime?: unknown;
}

/** flatted, the cache file's format, from ESLint's own file-entry-cache and flat-cache. */
function loadFlatted(): Flatted {
  let from = require.resolve('eslint');
  for (const name of ['file-entry-cache', 'flat-cache']) from = createRequire(from).resolve(name);
  return createRequire(from)('flatted') as Flatted;
}

/** Whether the file's size or mtime differs from its cache entry (no entry, or no file: changed). */
function changedSince(file: string, meta: Meta | undefined): boolean {
  if (meta == null) return true;
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats == null || stats.size !== meta.size || stats.mtime.getTime() !== meta.mtime;
}

/**
 * The cached files with a changed file among their transitive relative imports (cycles followed once), or whose
 * own specifiers, or a transitive import's, now lead to other files (`retargeted`).
 */
export function staleImporters(
  entries: ReadonlyMap<string, Meta>,
  scan: Pick<ImportScan, 'importsOf' | 'retargeted'>,
): Set<string> {
  const direct = new Map<string, string[]>();
  const importsMemo = (file: string): string[] => {
    let list = direct.get(file);
    if (list == null) direct.set(file, (list = scan.importsOf(file)));
    return list;
  };
  const changed = new Map<string, boolean>();
  const isChanged = (file: string): boolean => {
    let value = changed.get(file);
    if (value == null) changed.set(file, (value = changedSince(file, entries.get(file)) || scan.retargeted(file)));
    return value;
  };
  const stale = new Set<string>();
  for (const file of entries.keys()) {
    if (scan.retargeted(file)) {
      stale.add(file);
      continue;
    }
    const seen = new Set<string>([file]);
    const queue = [...importsMemo(file)];
    while (queue.length > 0) {
      const dependency = queue.pop() as string;
      if (seen.has(dependency)) continue;
      seen.add(dependency);
      if (isChanged(dependency)) {
        stale.add(file);
        break;
      }
      queue.push(...importsMemo(dependency));
    }
  }
  return stale;
}

type Entry = { key: string; value: Meta };
const isEntryList = (data: unknown): data is Entry[] =>
  Array.isArray(data) && data.every((item) => typeof (item as Entry | null)?.key === 'string');

/** Deletes the stale entries of one ESLint cache file; returns false when the file's shape is not known. */
function pruneFile(file: string, flatted: Flatted, typed: boolean): boolean {
  const data: unknown = flatted.parse(readFileSync(file, 'utf8'));
  const scan = importScan(scanFileOf(file), { typed });
  if (isEntryList(data)) {
    const stale = staleImporters(new Map(data.map((entry) => [entry.key, entry.value])), scan);
    if (stale.size > 0) writeFileSync(file, flatted.stringify(data.filter((entry) => !stale.has(entry.key))));
    scan.save();
    return true;
  }
  if (data != null && typeof data === 'object' && !Array.isArray(data)) {
    const record = Object.entries(data as Record<string, Meta>);
    const stale = staleImporters(new Map(record), scan);
    const kept = Object.fromEntries(record.filter(([key]) => !stale.has(key)));
    if (stale.size > 0) writeFileSync(file, flatted.stringify(kept));
    scan.save();
    return true;
  }
  return false;
}

/** The files an ESLint cache file keys (its two shapes), or null when its shape is not known. */
function cachedFiles(file: string, flatted: Flatted): string[] | null {
  const data: unknown = flatted.parse(readFileSync(file, 'utf8'));
  if (isEntryList(data)) return data.map((entry) => entry.key);
  if (data != null && typeof data === 'object' && !Array.isArray(data)) return Object.keys(data);
  return null;
}

/**
 * After a cached run: keeps the imports and targets of the cached files that have none kept yet (the first run's
 * files, files new since), so the next run can tell a specifier that comes to lead elsewhere.
 */
export function recordImports(location: string): void {
  for (const file of cacheFiles(location)) {
    try {
      const files = cachedFiles(file, loadFlatted());
      const scan = importScan(scanFileOf(file));
      if (files == null || files.every((cached) => scan.hasKept(cached))) continue;
      for (const cached of files) scan.importsOf(cached);
      scan.save();
    } catch {
      // Not kept: the next run resolves the files' specifiers without a record to compare with.
    }
  }
}

/** The cache files at `location`: the file, or the `.cache_*` files ESLint keeps in the folder. */
function cacheFiles(location: string): string[] {
  const stats = statSync(location, { throwIfNoEntry: false });
  if (stats == null) return [];
  if (!stats.isDirectory()) return [location];
  return readdirSync(location)
    .filter((name) => name.startsWith('.cache_') && !name.endsWith(SCAN_SUFFIX))
    .map((name) => path.join(location, name));
}

/**
 * Before a cached run: drops the entries of files whose imported files changed (see the top of this file). `typed`:
 * the config may give the rule type information (`--config`), so a file with an alias-like specifier is re-linted.
 */
export function invalidateImporters(location: string, typed = false): void {
  for (const file of cacheFiles(location)) {
    let pruned = false;
    try {
      pruned = pruneFile(file, loadFlatted(), typed);
    } catch {
      pruned = false;
    }
    if (!pruned) rmSync(file, { force: true });
  }
}
