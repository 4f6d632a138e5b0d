import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  copyConsumerFixture,
  formatReports,
  LINTED_FOLDERS,
  loadBuiltPlugin,
  parseOutput,
  readSources,
  relativeFile,
  REPO_ROOT,
  removeTempDir,
  repoModule,
  type Report,
  reportsOfEslint,
  runSync,
  sortReports,
} from './support/workspace';

// oxlint loads the package through `jsPlugins` in the consumer fixture's .oxlintrc.json, resolved by name from
// the project's node_modules, and must agree with ESLint 10 (the fixture's eslint.config.js) on the same files.

const OXLINT = repoModule('oxlint/bin/oxlint');

interface OxlintDiagnostic {
  readonly message: string;
  readonly code: string;
  readonly filename: string;
  readonly labels: readonly { readonly span: { readonly offset: number; readonly length: number } }[];
}

interface OxlintConfig {
  readonly jsPlugins: readonly string[];
  readonly rules: Record<string, string>;
  readonly overrides: readonly { readonly files: readonly string[]; readonly rules: Record<string, string> }[];
}

function runOxlint(dir: string, flags: readonly string[] = [], paths: readonly string[] = LINTED_FOLDERS) {
  return runSync(process.execPath, [OXLINT, '--config', '.oxlintrc.json', '--format', 'json', ...flags, ...paths], {
    cwd: dir,
  });
}

/** The 1-based line and column of a UTF-16 offset (the fixture is ASCII, so byte and UTF-16 offsets agree). */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

/** oxlint's JSON diagnostics as reports, `async-io(rule)` codes turned into ESLint's `async-io/rule` ids. */
async function reportsOfOxlint(dir: string, run: ReturnType<typeof runOxlint>): Promise<Report[]> {
  const { diagnostics } = parseOutput(run) as { diagnostics: readonly OxlintDiagnostic[] };
  const reports: Report[] = [];
  for (const diagnostic of diagnostics) {
    const text = await readFile(path.join(dir, diagnostic.filename), 'utf8');
    const span = diagnostic.labels[0]?.span;
    if (!span) throw new Error(`oxlint gave a diagnostic without a location.\n${run.transcript}`);
    const start = position(text, span.offset);
    const end = position(text, span.offset + span.length);
    reports.push({
      file: relativeFile(dir, path.join(dir, diagnostic.filename)),
      ruleId: diagnostic.code.replace(/^([\w-]+)\((.+)\)$/, '$1/$2'),
      message: diagnostic.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    });
  }
  return sortReports(reports);
}

async function lintWithEslint(dir: string, fix: boolean): Promise<Report[]> {
  const eslint = new ESLint({ cwd: dir, fix });
  const results = await eslint.lintFiles(LINTED_FOLDERS);
  if (fix) await ESLint.outputFixes(results);
  return reportsOfEslint(dir, results);
}

describe('oxlint with the plugin in jsPlugins', () => {
  let project: string;
  let copy: string;
  let forSuggestions: string;
  let eslintReports: Report[];
  let lint: ReturnType<typeof runOxlint>;

  beforeAll(async () => {
    [project, copy, forSuggestions] = [copyConsumerFixture(), copyConsumerFixture(), copyConsumerFixture()];
    eslintReports = await lintWithEslint(project, false);
    lint = runOxlint(project);
  });
  afterAll(() => {
    for (const each of [project, copy, forSuggestions]) removeTempDir(each);
  });

  it('is the oxlint version the docs say is tested', async () => {
    const { version } = JSON.parse(await readFile(repoModule('oxlint/package.json'), 'utf8')) as { version: string };
    const docs = await readFile(path.join(REPO_ROOT, 'docs/use-with-eslint-versions-oxlint-sarif.md'), 'utf8');
    expect(docs).toContain(`**Tested with oxlint ${version}**`);
  });

  it('is configured like configs.recommended: the same rules, off for the same test files', async () => {
    const config = JSON.parse(await readFile(path.join(project, '.oxlintrc.json'), 'utf8')) as OxlintConfig;
    const [main, tests] = loadBuiltPlugin().configs.recommended;
    expect(config.jsPlugins).toEqual(['eslint-plugin-async-io']);
    expect(config.rules).toEqual(main?.rules);
    expect(config.overrides).toEqual([{ files: tests?.files, rules: tests?.rules }]);
  });

  it('reports the problems that ESLint reports, at the same places with the same messages', async () => {
    const run = lint;
    expect(run.status, run.transcript).toBe(1);
    const oxlintReports = await reportsOfOxlint(project, run);
    expect(formatReports(oxlintReports), run.transcript).toEqual(formatReports(eslintReports));
    // Not two empty lists: a sync read in an async function is there.
    expect(formatReports(oxlintReports).join('\n')).toContain('src/load-settings.ts:10:16');
  });

  it('runs where it has no type information and `require` is no declared global, without an error', async () => {
    const run = lint;
    const reports = await reportsOfOxlint(project, run);
    expect(run.stderr, run.transcript).toBe('');
    expect(
      reports.filter((report) => !report.ruleId.startsWith('async-io/')),
      run.transcript,
    ).toEqual([]);
    // `require('fs')` in a .cjs file: oxlint declares no `require`, the tracker follows it anyway.
    expect(formatReports(reports).join('\n'), run.transcript).toContain('src/legacy.cjs:5:16');
    // `files: typeof fs` is only known with type information: nothing reported, nothing thrown.
    expect(reports.filter((report) => report.file === 'src/injected-fs.ts')).toEqual([]);
    const summary = parseOutput(run) as { number_of_files: number; number_of_rules: number };
    expect(summary.number_of_files, run.transcript).toBe(Object.keys(await readSources(project)).length);
  });

  it('applies the fixes that `eslint --fix` applies, leaving the same problems', async () => {
    const before = await readSources(project);
    const run = runOxlint(project, ['--fix']);
    expect([0, 1], run.transcript).toContain(run.status);
    await lintWithEslint(copy, true);
    const fixedByOxlint = await readSources(project);
    const fixedByEslint = await readSources(copy);
    expect(fixedByOxlint, run.transcript).toEqual(fixedByEslint);
    // Not a comparison of two untouched copies: `eslint --fix` changed the sync read in an async function.
    expect(fixedByEslint['src/load-settings.ts']).not.toEqual(before['src/load-settings.ts']);
    const after = runOxlint(project);
    expect(formatReports(await reportsOfOxlint(project, after)), after.transcript).toEqual(
      formatReports(await lintWithEslint(copy, false)),
    );
  });

  it('applies the suggestion ESLint offers, with --fix-suggestions (a file with one problem)', async () => {
    const file = 'test/load-settings.test.js';
    const original = await readFile(path.join(forSuggestions, file), 'utf8');
    const [result] = await new ESLint({ cwd: forSuggestions }).lintFiles([file]);
    const messages = result?.messages ?? [];
    expect(messages.map((message) => message.ruleId)).toEqual(['async-io/require-timeout-on-tool']);
    const suggestion = messages[0]?.suggestions?.[0];
    if (!suggestion) throw new Error(`ESLint offers no suggestion: ${JSON.stringify(messages)}`);
    const { range, text } = suggestion.fix;
    const suggested = original.slice(0, range[0]) + text + original.slice(range[1]);
    expect(suggested).toContain('fetch(url, { signal: AbortSignal.timeout(');

    const run = runOxlint(forSuggestions, ['--fix-suggestions'], [file]);
    expect([0, 1], run.transcript).toContain(run.status);
    expect(await readFile(path.join(forSuggestions, file), 'utf8'), run.transcript).toBe(suggested);
  });
});
