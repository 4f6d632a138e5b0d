import { execFile } from 'node:child_process';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';

import { UsageError } from './options';

// Which files the zero-config audit lints: the paths asked for, minus what git ignores, build output, vendored and
// generated code.

/** The extensions the zero-config audit lints, each with its parser (see config.ts). */
export const SCRIPT_EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs'] as const;
export const TYPESCRIPT_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts'] as const;
const LINTED = new RegExp(`\\.(?:${[...SCRIPT_EXTENSIONS, ...TYPESCRIPT_EXTENSIONS].join('|')})$`, 'u');

/** Never linted, git or not: dependencies, build output, coverage, vendored and generated code, declarations. */
export const ALWAYS_IGNORED: readonly string[] = [
  '**/node_modules/',
  '**/dist/',
  '**/build/',
  '**/out/',
  '**/coverage/',
  '**/vendor/',
  '**/third_party/',
  '**/*.min.js',
  '**/*.generated.*',
  '**/*.d.ts',
  '**/*.d.mts',
  '**/*.d.cts',
];

/** Whether the zero-config audit lints a file of this name (by its extension). */
export const isLintedFile = (file: string): boolean => LINTED.test(file);

/** Whether the path exists, as existsSync says (any error: no), without blocking. */
const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * The paths exist and lie inside `cwd`, or the run stops with a one-line message: ESLint ignores a file outside its
 * base path (with a warning), so such a path would come out as clean.
 */
export async function checkPaths(cwd: string, paths: readonly string[]): Promise<void> {
  for (const given of paths) {
    const resolved = path.resolve(cwd, given);
    const relative = path.relative(cwd, resolved);
    if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
      throw new UsageError(`${given} is outside the working directory; run the audit from a directory that holds it`);
    }
    if (!(await exists(resolved))) throw new UsageError(`No such file or directory: ${given}`);
  }
}

/** git's stdout, or null when it fails, is missing, or runs past its minute. */
function gitOutput(cwd: string, args: readonly string[]): Promise<string | null> {
  return new Promise((resolve) => {
    const options = { cwd, encoding: 'utf8' as const, maxBuffer: 256 * 1024 * 1024, timeout: 60_000 };
    execFile('git', [...args], options, (error, stdout) => {
      resolve(error == null ? stdout : null);
    });
  });
}

/**
 * In a git work tree, the files under `paths` that git tracks or would track (`.gitignore`, `.git/info/exclude` and
 * the global excludes applied by git itself), with a lintable extension, relative to `cwd`; null outside git.
 */
export async function gitFiles(cwd: string, paths: readonly string[]): Promise<string[] | null> {
  if ((await gitOutput(cwd, ['rev-parse', '--is-inside-work-tree']))?.trim() !== 'true') return null;
  const listed = await gitOutput(cwd, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...paths]);
  if (listed == null) return null;
  const files = [...new Set(listed.split('\0').filter((file) => LINTED.test(file)))];
  // `--cached` lists files deleted from the work tree but not yet from the index.
  const present = await Promise.all(files.map((file) => exists(path.resolve(cwd, file))));
  return files.filter((_, index) => present[index]).sort();
}

/** One `.gitignore` line as a flat-config ignore pattern (relative to the file's folder), or null for none. */
export function gitignorePattern(line: string): string | null {
  const text = line.replace(/(?<!\\)\s+$/u, '');
  if (text === '' || text.startsWith('#')) return null;
  const negated = text.startsWith('!');
  let pattern = negated ? text.slice(1) : text;
  // A slash at the start or in the middle anchors the pattern to the folder; otherwise it matches at any depth.
  const anchored = pattern.slice(0, -1).includes('/');
  pattern = pattern.replace(/^\//u, '');
  if (!anchored) pattern = `**/${pattern}`;
  return `${negated ? '!' : ''}${pattern}`;
}

/** The ignore patterns of `cwd/.gitignore`, for a project that is not a git work tree. */
export async function gitignorePatterns(cwd: string): Promise<string[]> {
  const file = path.join(cwd, '.gitignore');
  if (!(await exists(file))) return [];
  return (await readFile(file, 'utf8'))
    .split(/\r?\n/u)
    .map(gitignorePattern)
    .filter((pattern): pattern is string => pattern != null);
}
