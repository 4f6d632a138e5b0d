import { copyFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

import { BUILT_PLUGIN, copyFixture, removeTempDir, REPO_ROOT, repoModule, requireBuiltPlugin } from './temp-workspace';

/**
 * Shared by the client integration suites: a throwaway copy of tests/fixtures/consumer, and the reports of the
 * clients run on it (temp-workspace.ts runs them), normalised to compare.
 */

const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/consumer');

/** The npm package of each ESLint major installed side by side (npm aliases of 8.57.1 and 9.x). */
export const ESLINT_PACKAGES = { 8: 'eslint-v8', 9: 'eslint-v9', 10: 'eslint' } as const;
export type EslintMajor = keyof typeof ESLINT_PACKAGES;

/** The folders of the consumer fixture that hold code to lint (`typed/` is the typed-config consumer). */
export const LINTED_FOLDERS = ['src', 'test'];

export function eslintBin(major: EslintMajor): string {
  return repoModule(ESLINT_PACKAGES[major], 'bin/eslint.js');
}

export interface ConsumerProject {
  readonly dir: string;
  remove(): void;
}

/**
 * Copies the consumer fixture (and the repo's top-level `.eslintrc.cjs`) to a temporary directory whose
 * node_modules links `eslint-plugin-async-io` to this repo, so that configs and clients resolve the plugin by
 * name through its package.json (`main`, `types`), built into dist/ by `npm run build`.
 * `links` are more packages of the repo's node_modules to link by the same name.
 */
export function createConsumerProject(links: readonly string[] = []): ConsumerProject {
  requireBuiltPlugin();
  const dir = copyFixture(FIXTURE, 'consumer', ['eslint-plugin-async-io', '@typescript-eslint/parser', ...links]);
  copyFileSync(path.join(REPO_ROOT, '.eslintrc.cjs'), path.join(dir, '.eslintrc.cjs'));
  return {
    dir,
    remove: () => {
      removeTempDir(dir);
    },
  };
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
  return createRequire(__filename)(BUILT_PLUGIN) as BuiltPlugin;
}
