import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { resolveRelativeImport } from '../rules/no-sync-fs-in-async-utils/resolveImport';

// The relative imports of the files in ESLint's cache, for the cache check (cacheImports.ts). A file's specifiers
// are kept beside the cache file with the size and mtime they were read at, so a re-run where nothing changed
// stats each file instead of reading it; a file whose size or mtime differs is read again. Specifiers are kept, not
// where they lead: a file added since may change where one resolves, so each is resolved anew (once per folder).

// Over-approximate: every quoted specifier after `from`, `import` or `import(` and `require(`, whatever precedes it
// (a comment or a string with a quote inside an import's braces included); an edge too many costs a re-lint only.
const SPECIFIER =
  /\bfrom\s*(['"])([^'"\r\n]+)\1|\bimport\s*\(?\s*(['"`])([^'"`\r\n]+)\3|\brequire\s*\(\s*(['"`])([^'"`\r\n]+)\5/gu;

interface Scanned {
  readonly size: number;
  readonly mtime: number;
  readonly specifiers: readonly string[];
}

/** The file the specifiers are kept in, beside ESLint's cache file. */
export const scanFileOf = (cacheFile: string): string => `${cacheFile}${SCAN_SUFFIX}`;
export const SCAN_SUFFIX = '.async-io-imports.json';

function readScans(file: string): Map<string, Scanned> {
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (data != null && typeof data === 'object' && !Array.isArray(data)) {
      return new Map(Object.entries(data as Record<string, Scanned>));
    }
  } catch {
    // None yet, or not ours to trust: every file is read.
  }
  return new Map();
}

const isTextList = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The relative specifiers in a file's text, by a cheap scan (comments and strings included). */
function specifiersIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[2] ?? match[4] ?? match[6] ?? '';
    if (specifier.startsWith('.')) found.push(specifier);
  }
  return found;
}

export interface ImportScan {
  /** The files `file` imports by a relative specifier that resolves to a source file. */
  readonly importsOf: (file: string) => string[];
  /** Keeps what was read for the next run (only when something was read). */
  readonly save: () => void;
}

/** An import scan that reuses, and then updates, the specifiers kept in `scanFile`. */
export function importScan(scanFile: string): ImportScan {
  const kept = readScans(scanFile);
  const used = new Map<string, Scanned>();
  const resolved = new Map<string, string | undefined>();
  let read = false;
  const specifiersOf = (file: string): readonly string[] => {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats == null) return [];
    const size = stats.size;
    const mtime = stats.mtime.getTime();
    const previous = kept.get(file);
    if (previous?.size === size && previous.mtime === mtime && isTextList(previous.specifiers)) {
      used.set(file, previous);
      return previous.specifiers;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return [];
    }
    read = true;
    const scanned = { size, mtime, specifiers: specifiersIn(text) };
    used.set(file, scanned);
    return scanned.specifiers;
  };
  const resolve = (file: string, specifier: string): string | undefined => {
    // Where a specifier leads depends on the importer's folder alone.
    const key = `${path.dirname(file)}\0${specifier}`;
    if (!resolved.has(key)) resolved.set(key, resolveRelativeImport(file, specifier));
    return resolved.get(key);
  };
  return {
    importsOf: (file) => specifiersOf(file).flatMap((specifier) => resolve(file, specifier) ?? []),
    save() {
      if (!read && used.size === kept.size) return;
      try {
        writeFileSync(scanFile, JSON.stringify(Object.fromEntries(used)));
      } catch {
        // Not kept: the next run reads the files again.
      }
    },
  };
}
