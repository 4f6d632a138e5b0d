import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { resolveRelativeImport } from '../rules/no-sync-fs-in-async-utils/resolveImport';
import { opaqueSpecifiers } from './bareImports';

// The relative imports of the files in ESLint's cache, for the cache check (cacheImports.ts). A file's specifiers
// are kept beside the cache file with the size and mtime they were read at, so a re-run where nothing changed
// stats each file instead of reading it; a file whose size or mtime differs is read again. A file added or deleted
// since, or a package.json `main` edited, may change where a specifier leads, so each is resolved anew (once per
// folder) and compared with where it led when last kept: an importer whose specifier now leads to another file (or
// to one, or none) is `retargeted`, a change even when every file it reaches is unchanged.

// Over-approximate: every quoted specifier after `from`, `import` or `import(` and `require(`, whatever precedes it
// (a comment or a string with a quote inside an import's braces included); an edge too many costs a re-lint only.
const SPECIFIER =
  /\bfrom\s*(['"])([^'"\r\n]+)\1|\bimport\s*\(?\s*(['"`])([^'"`\r\n]+)\3|\brequire\s*\(\s*(['"`])([^'"`\r\n]+)\5/gu;

interface Scanned {
  readonly size: number;
  readonly mtime: number;
  readonly specifiers: readonly string[];
  /** The non-relative specifiers (packages, built-ins, aliases). */
  readonly bare: readonly string[];
  /** Where each specifier led when last kept (null: nowhere), to see one that leads elsewhere now. */
  readonly targets?: readonly (string | null)[];
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

/** The relative and the other specifiers in a file's text, by a cheap scan (comments and strings included). */
function specifiersIn(text: string): { specifiers: string[]; bare: string[] } {
  const specifiers: string[] = [];
  const bare: string[] = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[2] ?? match[4] ?? match[6] ?? '';
    (specifier.startsWith('.') ? specifiers : bare).push(specifier);
  }
  return { specifiers, bare };
}

export interface ImportScan {
  /** The files `file` imports by a relative specifier that resolves to a source file. */
  readonly importsOf: (file: string) => string[];
  /** Whether a specifier of `file` leads elsewhere than when last kept (false when nothing was kept for it). */
  readonly retargeted: (file: string) => boolean;
  /** Whether `file` has targets kept from an earlier run. */
  readonly hasKept: (file: string) => boolean;
  /** Keeps what was read and where it led for the next run (only when something differs from what was kept). */
  readonly save: () => void;
}

const sameTargets = (a: readonly (string | null)[], b: readonly (string | null)[]): boolean =>
  a.length === b.length && a.every((target, index) => target === b[index]);

const isTargetList = (value: unknown): value is readonly (string | null)[] =>
  Array.isArray(value) && value.every((item) => item === null || typeof item === 'string');

/**
 * An import scan that reuses, and then updates, the specifiers and targets kept in `scanFile`. With `typed` (the
 * config may give the rule type information), a file with a specifier only type information may resolve (see
 * bareImports.ts) is `retargeted` on every run.
 */
export function importScan(scanFile: string, { typed = false }: { readonly typed?: boolean } = {}): ImportScan {
  const kept = readScans(scanFile);
  const isOpaque = opaqueSpecifiers();
  const used = new Map<string, Scanned>();
  const resolved = new Map<string, string | null>();
  let dirty = false;
  /** The file's size, mtime and specifiers: the kept ones while its size and mtime are the same. */
  const specifiersOf = (file: string): Scanned => {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats == null) return { size: -1, mtime: -1, specifiers: [], bare: [] };
    const size = stats.size;
    const mtime = stats.mtime.getTime();
    const previous = kept.get(file);
    if (
      previous?.size === size &&
      previous.mtime === mtime &&
      isTextList(previous.specifiers) &&
      isTextList(previous.bare)
    ) {
      return { size, mtime, specifiers: previous.specifiers, bare: previous.bare };
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return { size: -1, mtime: -1, specifiers: [], bare: [] };
    }
    dirty = true;
    return { size, mtime, ...specifiersIn(text) };
  };
  const resolve = (file: string, specifier: string): string | null => {
    // Where a specifier leads depends on the importer's folder alone.
    const key = `${path.dirname(file)}\0${specifier}`;
    if (!resolved.has(key)) resolved.set(key, resolveRelativeImport(file, specifier) ?? null);
    return resolved.get(key) ?? null;
  };
  const scan = (file: string): Scanned => {
    let scanned = used.get(file);
    if (scanned != null) return scanned;
    const read = specifiersOf(file);
    const targets = read.specifiers.map((specifier) => resolve(file, specifier));
    scanned = { ...read, targets };
    const previous = kept.get(file)?.targets;
    if (!isTargetList(previous) || !sameTargets(previous, targets)) dirty = true;
    used.set(file, scanned);
    return scanned;
  };
  const keptTargets = (file: string): readonly (string | null)[] | null => {
    const targets = kept.get(file)?.targets;
    return isTargetList(targets) ? targets : null;
  };
  return {
    importsOf: (file) => (scan(file).targets ?? []).flatMap((target) => target ?? []),
    retargeted(file) {
      const scanned = scan(file);
      if (typed && scanned.bare.some((specifier) => isOpaque(file, specifier))) return true;
      const previous = keptTargets(file);
      return previous != null && !sameTargets(previous, scanned.targets ?? []);
    },
    hasKept: (file) => keptTargets(file) != null,
    save() {
      if (!dirty && used.size === kept.size) return;
      try {
        writeFileSync(scanFile, JSON.stringify(Object.fromEntries(used)));
      } catch {
        // Not kept: the next run reads the files again.
      }
    },
  };
}
