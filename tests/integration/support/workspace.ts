// What the integration suites share:
// - this repository: its installed packages and tools, the ESLint majors side by side, the built plugin;
// - throwaway copies of the fixture projects, wired to those packages by symlinks so that nothing is downloaded:
//   `eslint-plugin-async-io` resolves to the repository itself (its built dist/);
// - the programs the suites run in them, asynchronously (git, husky, pre-commit) or to completion (linters, tsc,
//   node), both with one kind of result;
// - the clients' reports on the consumer fixture, normalised to compare.
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

// --- This repository: its packages, its tools, its build ---

export const REPO_ROOT = path.resolve(__dirname, '../../..');
const REPO_MODULES = path.join(REPO_ROOT, 'node_modules');
/** The built plugin, as `eslint-plugin-async-io`'s package.json points at it. */
const BUILT_PLUGIN = path.join(REPO_ROOT, 'dist/index.js');

/** A file of a package installed in this repository's node_modules. */
export function repoModule(...segments: string[]): string {
  return path.join(REPO_MODULES, ...segments);
}

/** The real tsc of this repository. */
export const TSC = repoModule('typescript/bin/tsc');

/** The npm package of each ESLint major installed side by side (npm aliases of 8.57.1 and 9.x). */
export const ESLINT_PACKAGES = { 8: 'eslint-v8', 9: 'eslint-v9', 10: 'eslint' } as const;
export type EslintMajor = keyof typeof ESLINT_PACKAGES;

/** The command-line entry of an ESLint major. */
export function eslintBin(major: EslintMajor): string {
  return repoModule(ESLINT_PACKAGES[major], 'bin/eslint.js');
}

/**
 * The built plugin's entry (dist/index.js), or `file` for another build of it; fails with a clear message when it is
 * missing: `npm test` builds dist/ before vitest runs.
 */
export function builtPlugin(file: string = BUILT_PLUGIN): string {
  if (!existsSync(file)) {
    const shown = file === BUILT_PLUGIN ? 'dist/index.js' : file;
    throw new Error(`${shown} is missing: run \`npm run build\` first (\`npm test\` does).`);
  }
  return file;
}

/** Our plugin as the clients load it: the built package. */
export interface BuiltPlugin {
  readonly rules: Record<
    string,
    { readonly meta: { readonly docs?: { readonly url?: string; readonly description?: string } } }
  >;
  readonly configs: {
    readonly recommended: readonly { readonly files?: readonly string[]; readonly rules?: Record<string, string> }[];
  };
}

export function loadBuiltPlugin(): BuiltPlugin {
  // Node's require, as the clients load it (vite would try to transform the CommonJS file).
  return createRequire(__filename)(builtPlugin()) as BuiltPlugin;
}

// --- Fixture copies ---

/** A new directory in the system's temp dir, named `async-io-<prefix>-<random>`. */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `async-io-${prefix}-`));
}

/** Removes a temp dir with everything in it; nothing happens for `undefined`. */
export function removeTempDir(dir: string | undefined): void {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
}

/** This repository's copy of a package: the repository itself for `eslint-plugin-async-io`. */
function repoPackage(name: string): string {
  return name === 'eslint-plugin-async-io' ? REPO_ROOT : repoModule(name);
}

/**
 * Makes `name` resolve to `target` (by default this repository's copy) from inside `dir`. Our plugin resolves through
 * its package.json to dist/: linking it checks that the build is there.
 */
export function linkPackage(dir: string, name: string, target: string = repoPackage(name)): void {
  if (target === REPO_ROOT) builtPlugin();
  const link = path.join(dir, 'node_modules', name);
  mkdirSync(path.dirname(link), { recursive: true });
  symlinkSync(target, link, 'dir');
}

/** A fixture project, by its folder in tests/fixtures. */
export type Fixture = 'consumer' | 'editor' | 'fix-project' | 'hooks';

/** A fixture project's folder, or a file in it. */
export function fixturePath(fixture: Fixture, ...segments: string[]): string {
  return path.join(REPO_ROOT, 'tests/fixtures', fixture, ...segments);
}

export interface FixtureCopy {
  /** Copies into this directory (created if need be) instead of a new temp dir named after `prefix`. */
  readonly into?: string;
  /** The start of the temp dir's name (after `async-io-`): the fixture's name unless told otherwise. */
  readonly prefix?: string;
  /** Entries, by name at any depth, not to copy. */
  readonly skip?: (name: string) => boolean;
  /**
   * The packages of this repository linked by name into the copy's node_modules (see {@link linkPackage}); Node
   * follows the links to their real paths, so each package's own dependencies resolve too. `'all'`: node_modules
   * is a link to this repository's, and every installed package resolves.
   */
  readonly packages?: readonly string[] | 'all';
  /** Commands linked into node_modules/.bin: command → script of a package in this repository's node_modules. */
  readonly bins?: Readonly<Record<string, string>>;
  /** Files of this repository's top level copied in too (the ESLint 8/9 tests need `.eslintrc.cjs`). */
  readonly repoFiles?: readonly string[];
}

/** Copies a fixture project, wired to this repository's packages; returns the copy's directory. */
export function copyFixture(fixture: Fixture, copy: FixtureCopy = {}): string {
  const dir = copy.into ?? makeTempDir(copy.prefix ?? fixture);
  const skip = copy.skip ?? (() => false);
  cpSync(fixturePath(fixture), dir, { recursive: true, filter: (from) => !skip(path.basename(from)) });
  for (const file of copy.repoFiles ?? []) copyFileSync(path.join(REPO_ROOT, file), path.join(dir, file));
  const modules = path.join(dir, 'node_modules');
  if (copy.packages === 'all') {
    symlinkSync(REPO_MODULES, modules, 'dir');
    return dir;
  }
  mkdirSync(path.join(modules, '.bin'), { recursive: true });
  for (const name of copy.packages ?? []) linkPackage(dir, name);
  for (const [command, script] of Object.entries(copy.bins ?? {})) {
    symlinkSync(repoModule(script), path.join(modules, '.bin', command));
  }
  return dir;
}

/** The folders of the consumer fixture that hold code to lint (`typed/` is the typed-config consumer). */
export const LINTED_FOLDERS = ['src', 'test'];

/**
 * Copies the consumer fixture (and the repo's top-level `.eslintrc.cjs`) to a temporary directory whose
 * node_modules links `eslint-plugin-async-io` to this repo, so that configs and clients resolve the plugin by
 * name through its package.json (`main`, `types`), built into dist/ by `npm run build`.
 * `links` are more packages of the repo's node_modules to link by the same name.
 */
export function copyConsumerFixture(links: readonly string[] = []): string {
  return copyFixture('consumer', {
    packages: ['eslint-plugin-async-io', '@typescript-eslint/parser', ...links],
    repoFiles: ['.eslintrc.cjs'],
  });
}

// --- Running programs ---

export interface RunOptions {
  readonly cwd: string;
  /** Variables set over `process.env`; one set to `undefined` is removed. */
  readonly env?: NodeJS.ProcessEnv;
  /** Milliseconds before the program is killed: two minutes unless told otherwise. */
  readonly timeout?: number;
}

/** What a program did, from {@link run} and {@link runSync} alike; neither throws on a non-zero exit. */
export interface RunResult {
  /** `null` when the program did not exit by itself (killed at the timeout, or not started). */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The command and everything it printed, for assertion messages. */
  readonly transcript: string;
}

/** What every run is given: the options, the whole environment, room for large JSON reports. */
function childOptions(options: RunOptions) {
  return {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    timeout: options.timeout ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
  };
}

/** The run as a shell line: its directory, the variables it was given that differ from ours, the command. */
function commandLine(command: string, args: readonly string[], options: RunOptions): string {
  const vars = Object.entries(options.env ?? {}).filter(([key, value]) => process.env[key] !== value);
  const unset = vars.flatMap(([key, value]) => (value === undefined ? [`unset ${key} && `] : []));
  const set = vars.flatMap(([key, value]) => (value === undefined ? [] : [`${key}=${value} `]));
  return `(cd ${options.cwd} && ${[...unset, ...set].join('')}${[command, ...args].join(' ')})`;
}

/** How a program ended, as spawnSync tells it. */
interface Ending {
  readonly status: number | null;
  readonly signal: string | null;
  readonly error: Error | undefined;
  readonly stdout: string;
  readonly stderr: string;
}

function resultOf(command: string, args: readonly string[], options: RunOptions, ending: Ending): RunResult {
  const { status, signal, error, stdout, stderr } = ending;
  const why = `${signal === null ? '' : ` (${signal})`}${error === undefined ? '' : ` (${error.message})`}`;
  const transcript = [
    `$ ${commandLine(command, args, options)}`,
    `exit status: ${String(status)}${why}`,
    `--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`,
  ];
  return { status, stdout, stderr, transcript: transcript.join('\n') };
}

/** Runs a program without blocking the event loop: the suite's other work (a language server, timers) goes on. */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(command, args, childOptions(options), (error, stdout, stderr) => {
      // On a non-zero exit `code` is the status; a program that could not start has a string code, a killed one none.
      const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      const signal = error?.signal ?? null;
      // The error's message repeats the output of a program that ran; it says why one did not.
      const failure = error !== null && status === null && signal === null ? error : undefined;
      resolve(resultOf(command, args, options, { status, signal, error: failure, stdout, stderr }));
    });
  });
}

/** Runs a program to completion. */
export function runSync(command: string, args: readonly string[], options: RunOptions): RunResult {
  const result = spawnSync(command, args, { ...childOptions(options), encoding: 'utf8' });
  const { status, signal, error, stdout, stderr } = result;
  return resultOf(command, args, options, { status, signal, error, stdout, stderr });
}

/** Parses what a program printed as JSON; on failure the error carries the whole transcript. */
export function parseOutput(run: RunResult, text: string = run.stdout): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`The client did not print JSON.\n${run.transcript}`);
  }
}

/**
 * The environment of a developer's terminal: without what a surrounding hook or CI job set (GIT_DIR,
 * GIT_INDEX_FILE, HUSKY=0) and without vitest's NODE_ENV=test (lint-staged then prints JSON events).
 */
export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('GIT_') || key === 'HUSKY' || key === 'NODE_ENV') env[key] = undefined;
  }
  return {
    ...env,
    NO_COLOR: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
  };
}

/** Runs git in `cwd` with {@link gitEnv}. */
export function git(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = gitEnv()): Promise<RunResult> {
  return run('git', args, { cwd, env });
}

/** Runs git in `cwd` and returns its stdout; throws with git's output when it fails. */
export async function gitOk(cwd: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<string> {
  const result = await git(cwd, args, env);
  if (result.status !== 0) throw new Error(result.transcript);
  return result.stdout;
}

// --- Reports ---

/** One reported problem, in the form that every client's output is normalised to. */
export interface Report {
  readonly file: string;
  readonly ruleId: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number | undefined;
  readonly endColumn: number | undefined;
}

/** The subset of ESLint's `LintResult` that the suites read (the same on ESLint 8.57, 9 and 10). */
export interface EslintResult {
  readonly filePath: string;
  readonly output?: string;
  readonly messages: readonly {
    readonly ruleId: string | null;
    readonly fatal?: boolean;
    readonly message: string;
    readonly line: number;
    readonly column: number;
    readonly endLine?: number;
    readonly endColumn?: number;
  }[];
}

/** ESLint results as sorted reports, with paths relative to the project and `/` separators. */
export function reportsOfEslint(dir: string, results: readonly EslintResult[]): Report[] {
  return sortReports(
    results.flatMap((result) =>
      result.messages.map((message) => ({
        file: relativeFile(dir, result.filePath),
        ruleId: message.ruleId ?? '(none: a fatal error)',
        message: message.message,
        line: message.line,
        column: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn,
      })),
    ),
  );
}

export function sortReports(reports: Report[]): Report[] {
  const key = (report: Report) =>
    [report.file, String(report.line).padStart(6, '0'), String(report.column).padStart(6, '0'), report.ruleId].join(
      ':',
    );
  return reports.sort((a, b) => key(a).localeCompare(key(b)));
}

/** One line per report (`file:line:column rule`), for readable diffs in assertion messages. */
export function formatReports(reports: readonly Report[]): string[] {
  return reports.map(
    (report) =>
      `${report.file}:${String(report.line)}:${String(report.column)}-${String(report.endLine)}:${String(report.endColumn)} ${report.ruleId}: ${report.message}`,
  );
}

export function relativeFile(dir: string, file: string): string {
  return path.relative(dir, file).split(path.sep).join('/');
}

/** The text of every linted file of a project, by relative path. */
export async function readSources(dir: string): Promise<Record<string, string>> {
  const sources: Record<string, string> = {};
  for (const folder of LINTED_FOLDERS) {
    const entries = await readdir(path.join(dir, folder), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      sources[relativeFile(dir, file)] = await readFile(file, 'utf8');
    }
  }
  return Object.fromEntries(Object.entries(sources).sort(([a], [b]) => a.localeCompare(b)));
}
