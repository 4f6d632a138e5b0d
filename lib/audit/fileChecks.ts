import { constants } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

// Files ESLint must never be handed: a dangling symlink or another entry that is no regular file (a FIFO, a
// socket, a device) makes ESLint throw (ENOENT) or wait forever on its read, and a file it cannot read throws;
// either stopped the whole audit. Such entries are left out of the lint; a regular file that cannot be read is
// listed with the files that did not parse.

/** A regular file that could not be read, and the error code. */
export interface Unreadable {
  readonly file: string;
  readonly code: string;
}

export interface Screened {
  /** Relative to cwd, with `/`: entries to leave out (not regular files, or unreadable). */
  readonly skipped: readonly string[];
  readonly unreadable: readonly Unreadable[];
}

const toPosix = (file: string): string => file.split(path.sep).join('/');

/** `regular`, `irregular` (dangling, not a file) or the code of the error that stops reading it. */
export async function fileState(abs: string): Promise<string> {
  try {
    if (!(await stat(abs)).isFile()) return 'irregular';
  } catch {
    return 'irregular';
  }
  try {
    await access(abs, constants.R_OK);
    return 'regular';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'EACCES';
  }
}

/** Never walked: dependencies and git's own folder. */
const NOT_WALKED = new Set(['node_modules', '.git']);

async function walk(cwd: string, dir: string, into: { skipped: string[]; unreadable: Unreadable[] }): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!NOT_WALKED.has(entry.name)) await walk(cwd, abs, into);
      continue;
    }
    // A symlink to a folder is ESLint's to follow or not; to a file, it is checked as the file.
    if (entry.isSymbolicLink() && (await stat(abs).catch(() => null))?.isDirectory() === true) continue;
    const state = await fileState(abs);
    if (state === 'regular') continue;
    const file = toPosix(path.relative(cwd, abs));
    into.skipped.push(file);
    if (state !== 'irregular') into.unreadable.push({ file, code: state });
  }
}

/** The entries under the paths (files or folders, relative to cwd) that ESLint must not be handed. */
export async function screenPaths(cwd: string, paths: readonly string[]): Promise<Screened> {
  const found = { skipped: [] as string[], unreadable: [] as Unreadable[] };
  for (const given of paths) {
    const abs = path.resolve(cwd, given);
    if ((await stat(abs).catch(() => null))?.isDirectory() === true) await walk(cwd, abs, found);
  }
  return { skipped: [...new Set(found.skipped)].sort(), unreadable: found.unreadable };
}

/** A path as a flat-config ignore pattern that matches it alone: glob characters escaped. */
export const exactPattern = (file: string): string => file.replace(/[*?[\]{}()!+@\\]/gu, '\\$&');
