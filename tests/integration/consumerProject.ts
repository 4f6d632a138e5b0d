import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Shared by the client integration suites: a throwaway copy of tests/fixtures/consumer, and a way to run clients. */

export const REPO_ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/consumer');

/** The npm package of each ESLint major installed side by side (npm aliases of 8.57.1 and 9.x). */
export const ESLINT_PACKAGES = { 8: 'eslint-v8', 9: 'eslint-v9', 10: 'eslint' } as const;
export type EslintMajor = keyof typeof ESLINT_PACKAGES;

/** The folders of the consumer fixture that hold code to lint (`typed/` is the typed-config consumer). */
export const LINTED_FOLDERS = ['src', 'test'];

export function eslintBin(major: EslintMajor): string {
  return path.join(REPO_ROOT, 'node_modules', ESLINT_PACKAGES[major], 'bin/eslint.js');
}

export interface ConsumerProject {
  readonly dir: string;
  remove(): Promise<void>;
}

/**
 * Copies the consumer fixture (and the repo's top-level `.eslintrc.cjs`) to a temporary directory whose
 * node_modules links `eslint-plugin-async-io` to this repo, so that configs and clients resolve the plugin by
 * name through its package.json (`main`, `types`), built into dist/ by `npm run build`.
 * `links` are more packages of the repo's node_modules to link by the same name.
 */
export async function createConsumerProject(links: readonly string[] = []): Promise<ConsumerProject> {
  if (!existsSync(path.join(REPO_ROOT, 'dist/index.js'))) {
    throw new Error('dist/index.js is missing: run `npm run build` before the integration tests (`npm test` does).');
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'async-io-consumer-'));
  await cp(FIXTURE, dir, { recursive: true });
  await cp(path.join(REPO_ROOT, '.eslintrc.cjs'), path.join(dir, '.eslintrc.cjs'));
  await linkPackage(dir, 'eslint-plugin-async-io', REPO_ROOT);
  for (const name of ['@typescript-eslint/parser', ...links]) {
    await linkPackage(dir, name, path.join(REPO_ROOT, 'node_modules', name));
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Makes `name` resolve to `target` from inside `dir`. */
export async function linkPackage(dir: string, name: string, target: string): Promise<void> {
  const link = path.join(dir, 'node_modules', name);
  await mkdir(path.dirname(link), { recursive: true });
  await symlink(target, link, 'dir');
}

export interface ClientRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The command and everything it printed, for assertion messages. */
  readonly transcript: string;
}

/** Runs a client to completion; never throws on a non-zero exit (the tests assert on `status`). */
export function runClient(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): ClientRun {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  const stdout = result.stdout;
  const stderr = result.stderr;
  const env = Object.entries(options.env ?? {}).map(([key, value]) => `${key}=${value} `).join('');
  const transcript = [
    `$ (cd ${options.cwd} && ${env}${[command, ...args].join(' ')})`,
    `exit status: ${String(result.status)}${result.error ? ` (${result.error.message})` : ''}`,
    `--- stdout ---\n${stdout}`,
    `--- stderr ---\n${stderr}`,
  ].join('\n');
  return { status: result.status, stdout, stderr, transcript };
}

/** Parses a client's JSON output; on failure the error carries the whole transcript. */
export function parseOutput(run: ClientRun, text: string = run.stdout): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`The client did not print JSON.\n${run.transcript}`);
  }
}

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
    [report.file, String(report.line).padStart(6, '0'), String(report.column).padStart(6, '0'), report.ruleId].join(':');
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

/** Our plugin as the clients load it: the built package. */
export interface BuiltPlugin {
  readonly rules: Record<string, { readonly meta: { readonly docs?: { readonly url?: string; readonly description?: string } } }>;
  readonly configs: {
    readonly recommended: readonly { readonly files?: readonly string[]; readonly rules?: Record<string, string> }[];
  };
}

export function loadBuiltPlugin(): BuiltPlugin {
  // Node's require, as the clients load it (vite would try to transform the CommonJS file).
  return createRequire(__filename)(path.join(REPO_ROOT, 'dist/index.js')) as BuiltPlugin;
}
