import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { builtPlugin, REPO_ROOT } from './support/workspace';

/**
 * The quick parity check of issue 19: `bench/oxlint-parity.mjs` lints the hand-written files of
 * tests/fixtures/oxlint-parity (the node shapes that differ between hosts: absent fields that oxlint spells `null`,
 * TypeScript parameters and decorators, JSX, CommonJS, a script with a top-level `return`) with oxlint and our
 * plugin as a JS plugin, and with ESLint, and compares reports, fixes and suggestions exactly; then the quick
 * corpus (the two real packages tests/bench/corpus.test.ts installs). The whole corpus runs in the benchmark
 * (`node bench/oxlint-parity.mjs --speed --record`).
 */
const execFileAsync = promisify(execFile);
const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/oxlint-parity');
const SCRIPT = path.join(REPO_ROOT, 'bench/oxlint-parity.mjs');

interface Edit {
  readonly range: readonly [number, number];
  readonly text: string;
}
interface Verdict {
  readonly files: number;
  readonly linted: { readonly oxlint: number; readonly eslint: number; readonly both: number };
  readonly reports: {
    readonly eslint: number;
    readonly oxlint: number;
    readonly fixes: number;
    readonly suggestions: number;
    readonly crossModuleEslintOnly: number;
  };
  readonly differences: number;
  readonly samples: readonly unknown[];
  readonly jsPluginErrors: readonly { readonly file: string; readonly message: string }[];
  readonly recordErrors: readonly unknown[];
  readonly printed: {
    readonly diagnostics: number;
    readonly notRecorded: number;
    readonly hidden: number;
    readonly samples: readonly unknown[];
    readonly hiddenSamples: readonly { readonly file: string; readonly ruleId: string }[];
  };
  readonly skippedByOxlint: readonly string[];
  readonly notLintedByOxlint: readonly string[];
  readonly notParsedByEslint: readonly unknown[];
  readonly sourceTypeFallbacks: readonly { readonly file: string; readonly from: string; readonly to: string }[];
  readonly sourceTypes: Record<string, number>;
}
interface Result {
  readonly agrees: boolean;
  readonly verdict: Verdict;
}
interface OxlintRecord {
  readonly file: string;
  readonly ruleId: string;
  readonly linted?: boolean;
  readonly sourceType?: string;
  readonly range?: readonly [number, number];
  readonly message?: string;
  readonly fix?: Edit | null;
  readonly suggestions?: readonly { readonly desc: string; readonly fix: Edit }[];
}
interface EslintMessage {
  readonly ruleId: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly fix?: Edit;
  readonly suggestions?: readonly { readonly desc: string; readonly fix: Edit }[];
}
interface OxlintDiagnostic {
  readonly filename: string;
  readonly message: string;
  readonly code?: string;
  readonly labels: readonly { readonly span: { readonly offset: number; readonly length: number } }[];
}
interface Compare {
  compareHosts: (
    files: readonly string[],
    oxlint: { records: readonly OxlintRecord[]; diagnostics: readonly OxlintDiagnostic[] },
    eslint: {
      results: Record<string, readonly EslintMessage[]>;
      unparseable: readonly unknown[];
      fallbacks: readonly unknown[];
    },
  ) => Verdict;
  agrees: (verdict: Verdict) => boolean;
}

const TEN_MINUTES = 10 * 60 * 1000;

/** Runs the check with `args`; resolves with its verdict, also when it exits 1 (the hosts disagree). */
async function runCheck(args: readonly string[]): Promise<Result> {
  builtPlugin();
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'async-io-parity-')), 'verdict.json');
  try {
    await execFileAsync(process.execPath, [SCRIPT, ...args, '--json', out], { cwd: REPO_ROOT, timeout: TEN_MINUTES });
  } catch (error) {
    // Exit 1 is a disagreement: the verdict is written all the same, and the tests say what differs.
    if ((error as { code?: unknown }).code !== 1) throw error;
  }
  try {
    return JSON.parse(fs.readFileSync(out, 'utf8')) as Result;
  } finally {
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
}

let result: Result;
let compare: Compare;

beforeAll(async () => {
  result = await runCheck(['--dir', FIXTURES]);
  compare = (await import(
    /* @vite-ignore */ pathToFileURL(path.join(REPO_ROOT, 'bench/oxlint-compare.mjs')).href
  )) as Compare;
});

describe('oxlint and ESLint on the parity fixtures', () => {
  it('lint every fixture, with no JS plugin error', () => {
    const { verdict } = result;
    expect(verdict.jsPluginErrors.map((e) => e.message)).toEqual([]);
    expect(verdict.recordErrors).toEqual([]);
    expect(verdict.files).toBe(fs.readdirSync(FIXTURES).length);
    expect(verdict.files).toBe(8);
    expect(verdict.linted).toEqual({ oxlint: verdict.files, eslint: verdict.files, both: verdict.files });
    // oxlint's source types: a `.js` without `import`/`export` is a script, `.cjs` CommonJS.
    expect(verdict.sourceTypes).toEqual({ module: 6, script: 1, commonjs: 1 });
  });

  it('give the same reports, fixes and suggestions, as exact edits', () => {
    const { verdict } = result;
    expect(verdict.samples).toEqual([]);
    expect(verdict.differences).toBe(0);
    // Not two empty lists: every rule, fix class and suggestion kind the fixtures hold is there.
    expect(verdict.reports).toEqual({ eslint: 31, oxlint: 31, fixes: 18, suggestions: 9, crossModuleEslintOnly: 0 });
    expect(result.agrees).toBe(true);
  });

  it('print under oxlint what the rules reported, except under an `eslint-disable` comment, which oxlint obeys', () => {
    const { printed } = result.verdict;
    expect([printed.diagnostics, printed.notRecorded, printed.samples]).toEqual([30, 0, []]);
    // The check's ESLint side runs with inline config off, as every corpus run: the one report it has more is the
    // one oxlint hides, and the comparison says so instead of calling it a difference.
    expect(printed.hidden).toBe(1);
    expect(printed.hiddenSamples.map((h) => [path.basename(h.file), h.ruleId])).toEqual([
      ['disabled.mjs', 'async-io/no-sync-fs-in-async'],
    ]);
  });

  it('parse a script with a top-level `return` as `commonjs` on the ESLint side (espree rejects it as a script)', () => {
    expect(result.verdict.sourceTypeFallbacks.map((f) => [path.basename(f.file), f.from, f.to])).toEqual([
      ['bin.js', 'script', 'commonjs'],
    ]);
  });
});

describe('oxlint and ESLint on the quick corpus (two real packages)', () => {
  let quick: Result;
  beforeAll(async () => {
    quick = await runCheck(['--quick']);
  }, TEN_MINUTES);

  it('agree on every file oxlint lints, with no JS plugin error', () => {
    const { verdict } = quick;
    expect(verdict.jsPluginErrors.map((e) => e.message)).toEqual([]);
    expect(verdict.samples).toEqual([]);
    expect(verdict.differences).toBe(0);
    expect(verdict.linted.both).toBe(verdict.files - verdict.skippedByOxlint.length);
    expect(quick.agrees).toBe(true);
    // Real reports with fixes and suggestions, not an empty comparison.
    expect(verdict.reports.eslint).toBeGreaterThan(20);
    expect(verdict.reports.fixes).toBeGreaterThan(5);
    expect(verdict.reports.suggestions).toBeGreaterThan(5);
    // Calls of helpers imported from other modules: ESLint only (oxlint gives a rule no parser to read them).
    expect(verdict.reports.crossModuleEslintOnly).toBeGreaterThan(0);
  });

  it("leave out only `*.min.js` files on oxlint's side", () => {
    expect(quick.verdict.skippedByOxlint.length).toBeGreaterThan(0);
    expect(quick.verdict.skippedByOxlint.filter((file) => !file.endsWith('.min.js'))).toEqual([]);
  });
});

describe('the comparison', () => {
  let dir: string;
  let file: string;
  const edit = (text: string): Edit => ({ range: [0, 0], text });
  const eslintMessage = (fixText: string): EslintMessage => ({
    ruleId: 'async-io/no-sync-fs-in-async',
    message: 'm',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 4,
    fix: edit(fixText),
    suggestions: [],
  });
  const oxlintRecords = (fixText: string): OxlintRecord[] => [
    { file, ruleId: 'async-io/no-sync-fs-in-async', linted: true, sourceType: 'module' },
    {
      file,
      ruleId: 'async-io/no-sync-fs-in-async',
      range: [0, 3],
      message: 'm',
      fix: edit(fixText),
      suggestions: [],
    },
  ];
  const diagnostic: OxlintDiagnostic = {
    filename: '',
    message: 'm',
    code: 'async-io(no-sync-fs-in-async)',
    labels: [{ span: { offset: 0, length: 3 } }],
  };
  const eslintSide = (fixText: string) => ({
    results: { [file]: [eslintMessage(fixText)] },
    unparseable: [],
    fallbacks: [],
  });

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'async-io-compare-'));
    file = path.join(dir, 'a.js');
    fs.writeFileSync(file, 'abc;\n');
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('agrees on identical records', () => {
    const verdict = compare.compareHosts(
      [file],
      { records: oxlintRecords('await '), diagnostics: [{ ...diagnostic, filename: file }] },
      eslintSide('await '),
    );
    expect([verdict.differences, compare.agrees(verdict)]).toEqual([0, true]);
  });

  it('counts a fix whose text differs as two differences, one on each side', () => {
    const verdict = compare.compareHosts(
      [file],
      { records: oxlintRecords('await  '), diagnostics: [{ ...diagnostic, filename: file }] },
      eslintSide('await '),
    );
    expect([verdict.differences, compare.agrees(verdict)]).toEqual([2, false]);
  });

  it('fails on a JS plugin error and on a diagnostic no rule reported', () => {
    const error = { filename: file, message: 'Error running JS plugin.', labels: [] };
    const crashed = compare.compareHosts(
      [file],
      { records: oxlintRecords('x'), diagnostics: [{ ...diagnostic, filename: file }, error] },
      eslintSide('x'),
    );
    expect([crashed.jsPluginErrors.length, compare.agrees(crashed)]).toEqual([1, false]);
    const extra = { ...diagnostic, filename: file, message: 'another' };
    const unrecorded = compare.compareHosts(
      [file],
      { records: oxlintRecords('x'), diagnostics: [{ ...diagnostic, filename: file }, extra] },
      eslintSide('x'),
    );
    expect([unrecorded.printed.notRecorded, compare.agrees(unrecorded)]).toEqual([1, false]);
  });

  it('fails on a file one host did not lint, unless oxlint left out a `*.min.js`', () => {
    const missing = compare.compareHosts([file], { records: [], diagnostics: [] }, eslintSide('x'));
    expect([missing.notLintedByOxlint, compare.agrees(missing)]).toEqual([[file], false]);
    const minified = path.join(dir, 'b.min.js');
    const skipped = compare.compareHosts([minified], { records: [], diagnostics: [] }, eslintSide('x'));
    expect([skipped.skippedByOxlint, compare.agrees(skipped)]).toEqual([[minified], true]);
  });
});
