// ESLint's Node API lints a whole list of files in one call and says nothing until it is done. For the progress bar,
// the list is linted in up to MAX_STEPS slices, one lintFiles call each, and the bar moves between them: a list of
// files (what the audit passes in a git work tree) shows files done / total; directories and globs, whose files only
// ESLint finds, are linted one pattern a call and show the count of files done. The same wrapper hands the caller
// ESLint's own results, which the audit's baseline and SARIF steps need. With ESLint's concurrency on, every
// lintFiles call starts its worker threads anew (each loading the config and parsers), so the files are linted in one
// call and the line only says that they are being linted.
import { stat } from 'node:fs/promises';
import path from 'node:path';

import type { ESLint } from 'eslint';

import type { Concurrency } from './eslintOptions';
import type { Progress } from './progress';

/** At most this many lintFiles calls for a list of files: each one costs a little. */
export const MAX_STEPS = 100;

/** What the wrapper needs of an ESLint instance. */
export interface FileLinter {
  lintFiles(patterns: string | string[]): Promise<ESLint.LintResult[]>;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The patterns in slices: files in up to MAX_STEPS even slices, anything else one pattern a slice. */
export function slicesOf(patterns: readonly string[], allFiles: boolean): string[][] {
  if (!allFiles) return patterns.map((pattern) => [pattern]);
  const size = Math.max(1, Math.ceil(patterns.length / MAX_STEPS));
  const slices: string[][] = [];
  for (let start = 0; start < patterns.length; start += size) slices.push(patterns.slice(start, start + size));
  return slices;
}

/** Whether the files may be linted in slices: only single-threaded, as each call with workers starts them anew. */
export function lintsInSlices(concurrency: Concurrency | null): boolean {
  return concurrency == null || concurrency === 'off' || concurrency === 1;
}

const allFilesIn = async (patterns: readonly string[], cwd: string): Promise<boolean> =>
  (await Promise.all(patterns.map((pattern) => isFile(path.resolve(cwd, pattern))))).every(Boolean);

/** Lints the patterns in one call, with one line that says so (no count: ESLint's workers tell nothing until done). */
async function lintAtOnce(
  eslint: FileLinter,
  patterns: readonly string[],
  progress: Progress,
  cwd: string,
): Promise<ESLint.LintResult[]> {
  const what = (await allFilesIn(patterns, cwd))
    ? `${String(patterns.length)} ${patterns.length === 1 ? 'file' : 'files'}`
    : patterns.join(' ');
  progress.say(`linting ${what} in parallel…`);
  try {
    return await eslint.lintFiles([...patterns]);
  } finally {
    progress.finish();
  }
}

/** Lints the patterns slice by slice, moving the bar; a file linted twice (overlapping patterns) is kept once. */
async function lintInSlices(
  eslint: FileLinter,
  patterns: readonly string[],
  progress: Progress,
  cwd: string,
): Promise<ESLint.LintResult[]> {
  const allFiles = await allFilesIn(patterns, cwd);
  progress.start(allFiles ? patterns.length : null);
  const results: ESLint.LintResult[] = [];
  const seen = new Set<string>();
  try {
    for (const slice of slicesOf(patterns, allFiles)) {
      // A slice of files counts them when it starts; a directory's files are counted when ESLint has found them.
      progress.tick(slice[0] ?? '', allFiles ? slice.length : 0);
      const sliceResults = await eslint.lintFiles(slice);
      if (!allFiles) progress.advance(sliceResults.length);
      for (const result of sliceResults) {
        if (seen.has(result.filePath)) continue;
        seen.add(result.filePath);
        results.push(result);
      }
    }
  } finally {
    progress.finish();
  }
  return results;
}

export interface LintObserver {
  readonly progress: Progress;
  /** The directory relative patterns are resolved from. */
  readonly cwd: string;
  /** Whether lintFiles may be split into slices for the bar (see lintsInSlices); false: one call. */
  readonly sliced: boolean;
  /** Told each lintFiles call's results: the audit's baseline and SARIF steps need ESLint's own results. */
  readonly onResults?: (results: ESLint.LintResult[]) => void;
}

/**
 * The ESLint instance with a progress bar on its lintFiles (sliced, or one call with a line that says so) (and its results told to `onResults`); every other
 * method is the instance's own, so `getRulesMetaForResults` still knows the results. With an inactive bar and no
 * `onResults`, the instance itself.
 */
export function observeLint<T extends FileLinter>(eslint: T, observer: LintObserver): T {
  const { progress, cwd, sliced, onResults } = observer;
  if (!progress.active && onResults == null) return eslint;
  const lintWithBar = sliced ? lintInSlices : lintAtOnce;
  const lintFiles = async (patterns: string | string[]) => {
    const list = typeof patterns === 'string' ? [patterns] : patterns;
    const results = progress.active ? await lintWithBar(eslint, list, progress, cwd) : await eslint.lintFiles(list);
    onResults?.(results);
    return results;
  };
  return new Proxy(eslint, {
    get(target, property) {
      if (property === 'lintFiles') return lintFiles;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
