import fs from 'node:fs';
import path from 'node:path';

// Where a relative import specifier leads without type information, by Node's and TypeScript's rules: the exact
// file, an added extension, `.js` written for a `.ts` source, a directory's package.json `main` (never `exports`,
// which applies to package names only) or its `index` file. Only source files of the project: never a declaration
// file, never a way into a node_modules directory (a file of an installed package may still import its siblings).

/** The extensions a specifier may leave out, in TypeScript's order of preference. */
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;

/** The TypeScript sources a JavaScript extension in a specifier may stand for (`./a.js` → `a.ts`). */
const TS_SOURCES_OF: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

const DECLARATION_FILE = /\.d\.[cm]?ts$/u;

/** Whether a specifier is relative: `./x`, `../x`, `.` or `..`. */
export function isRelativeSpecifier(specifier: string): boolean {
  return (
    specifier === '.' ||
    specifier === '..' ||
    specifier.startsWith('./') ||
    specifier.startsWith('../') ||
    specifier.startsWith('.\\')
  );
}

/** Whether `file` is a source file the rule may read: a known extension, no declaration file. */
function isSourcePath(file: string): boolean {
  if (DECLARATION_FILE.test(file)) return false;
  return SOURCE_EXTENSIONS.some((extension) => file.endsWith(extension));
}

/** Whether the way from `importer` to `file` enters a node_modules directory: a dependency, not the project. */
function entersNodeModules(importer: string, file: string): boolean {
  return path.relative(path.dirname(importer), file).split(path.sep).includes('node_modules');
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** A file at `base`: TypeScript's source for a `.js` name first, then the exact name, then an added extension. */
function resolveFile(base: string): string | undefined {
  const extension = path.extname(base);
  const stem = base.slice(0, base.length - extension.length);
  for (const source of TS_SOURCES_OF[extension] ?? []) {
    if (isFile(stem + source)) return stem + source;
  }
  if (isSourcePath(base) && isFile(base)) return base;
  for (const added of SOURCE_EXTENSIONS) {
    if (isFile(base + added)) return base + added;
  }
  return undefined;
}

/**
 * The entry point a directory's package.json names in `main`. Its `exports` is not read: Node's CommonJS loader and
 * TypeScript apply `exports` only to package names and self-references, never to a relative directory.
 */
function packageMain(directory: string): string | undefined {
  let manifest: unknown;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(directory, 'package.json'), 'utf8'));
  } catch {
    return undefined;
  }
  if (manifest == null || typeof manifest !== 'object') return undefined;
  const { main } = manifest as { main?: unknown };
  return typeof main === 'string' ? path.resolve(directory, main) : undefined;
}

/** A directory's entry: its package.json `main` when it leads to a source file, else `index.*`. */
function resolveDirectory(directory: string): string | undefined {
  const entry = packageMain(directory);
  if (entry?.startsWith(directory + path.sep) === true) {
    const file = resolveFile(entry) ?? resolveIndex(entry);
    if (file != null) return file;
  }
  return resolveIndex(directory);
}

function resolveIndex(directory: string): string | undefined {
  for (const extension of SOURCE_EXTENSIONS) {
    const file = path.join(directory, `index${extension}`);
    if (isFile(file)) return file;
  }
  return undefined;
}

/**
 * The source file a relative specifier written in `importer` names, or `undefined` when it names none the rule may
 * read (a missing file, a declaration file, a JSON or CSS file, anything under node_modules).
 */
export function resolveRelativeImport(importer: string, specifier: string): string | undefined {
  if (!isRelativeSpecifier(specifier)) return undefined;
  const base = path.resolve(path.dirname(importer), specifier);
  const trailingSlash = specifier.endsWith('/') || specifier === '.' || specifier === '..';
  const found = (trailingSlash ? undefined : resolveFile(base)) ?? resolveDirectory(base);
  return found != null && isSourcePath(found) && !entersNodeModules(importer, found) ? found : undefined;
}
