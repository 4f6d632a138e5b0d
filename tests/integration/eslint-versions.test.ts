import { createRequire } from 'node:module';

import { RuleTester } from '@typescript-eslint/rule-tester';
import { ESLintUtils } from '@typescript-eslint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  copyConsumerFixture,
  ESLINT_PACKAGES,
  eslintBin,
  type EslintMajor,
  type EslintResult,
  formatReports,
  LINTED_FOLDERS,
  parseOutput,
  removeTempDir,
  type Report,
  reportsOfEslint,
  runSync,
} from './support/workspace';

// This file runs in each vitest project (vitest.config.mts): in the project of ESLint N it checks that the rule
// suites really run on ESLint N, then lints the consumer fixture with ESLint N, flat config and (8, 9) eslintrc.

const major = Number(process.env.ESLINT_MAJOR ?? '10') as EslintMajor;
const EXPECTED_VERSION = { 8: /^8\.57\.1$/, 9: /^9\.\d+\.\d+$/, 10: /^10\.\d+\.\d+$/ }[major];

const load = createRequire(__filename);

interface EslintModule {
  readonly Linter: { readonly version: string };
  loadESLint(options: { useFlatConfig: boolean }): Promise<
    new (options: { cwd: string }) => {
      lintFiles(patterns: string[]): Promise<EslintResult[]>;
      calculateConfigForFile(file: string): Promise<Record<string, unknown>>;
    }
  >;
}

/** What the RuleTester's context tells about the ESLint that runs it (rule-context API matrix, research §3). */
const majorProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], messages: { major: 'ESLint {{major}}' }, defaultOptions: [] },
  create(context) {
    const api = context as unknown as Record<string, unknown>;
    // `context.getScope` is gone in 9, `context.getSourceCode` in 10.
    const detected = typeof api.getScope === 'function' ? '8' : typeof api.getSourceCode === 'function' ? '9' : '10';
    return {
      Program(node) {
        context.report({ node, messageId: 'major', data: { major: detected } });
      },
    };
  },
});

describe(`the vitest project of ESLint ${String(major)}`, () => {
  it(`gives @typescript-eslint/rule-tester and @typescript-eslint/utils ESLint ${String(major)}`, () => {
    const fromRuleTester = createRequire(load.resolve('@typescript-eslint/rule-tester'));
    const fromUtils = createRequire(load.resolve('@typescript-eslint/utils'));
    const versions = {
      ruleTester: (fromRuleTester('eslint') as EslintModule).Linter.version,
      utils: (fromUtils('eslint') as EslintModule).Linter.version,
      testFile: (load('eslint') as EslintModule).Linter.version,
      alias: (load(ESLINT_PACKAGES[major]) as EslintModule).Linter.version,
    };
    for (const version of Object.values(versions)) expect(version, JSON.stringify(versions)).toMatch(EXPECTED_VERSION);
  });
});

// The RuleTester run here goes through the same wiring as tests/rules/*.test.ts.
new RuleTester().run('rule tester on this ESLint major', majorProbe, {
  valid: [],
  invalid: [
    {
      code: 'const probe = 1;',
      errors: [{ messageId: 'major', data: { major: String(major) }, line: 1, column: 1, endLine: 1, endColumn: 17 }],
    },
  ],
});

/** Reports that must be there on every major, whatever else the rules learn to find. */
const KNOWN_REPORTS = [
  'src/fetch-report.js:4:26 async-io/require-timeout-on-tool',
  'src/fetch-report.js:13:16 async-io/no-sync-fs-in-async',
  'src/legacy.cjs:5:16 async-io/no-sync-fs-in-async',
  'src/load-settings.ts:10:16 async-io/no-sync-fs-in-async',
  'test/load-settings.test.js:9:17 async-io/require-timeout-on-tool',
];

function startsOf(reports: readonly Report[]): string[] {
  return reports.map((report) => `${report.file}:${String(report.line)}:${String(report.column)} ${report.ruleId}`);
}

function expectKnownReports(reports: readonly Report[]): void {
  const lines = formatReports(reports).join('\n');
  expect(startsOf(reports), lines).toEqual(expect.arrayContaining(KNOWN_REPORTS));
  // Only our rules speak, and nothing failed to parse or to load.
  expect(
    reports.filter((report) => !report.ruleId.startsWith('async-io/')),
    lines,
  ).toEqual([]);
  // The sync fs call in a sync function, and the test file under the test-file override, are left alone.
  expect(
    startsOf(reports).filter((start) => start.startsWith('src/fetch-report.js:9:')),
    lines,
  ).toEqual([]);
  expect(
    reports.filter((report) => report.file.startsWith('test/') && report.ruleId === 'async-io/no-sync-fs-in-async'),
    lines,
  ).toEqual([]);
}

describe(`ESLint ${String(major)} on the consumer fixture`, () => {
  const eslint = load(ESLINT_PACKAGES[major]) as EslintModule;
  let project: string;
  let flatReports: Report[];
  let flatConfig: Record<string, unknown>;

  beforeAll(async () => {
    project = copyConsumerFixture();
    const FlatESLint = await eslint.loadESLint({ useFlatConfig: true });
    const flat = new FlatESLint({ cwd: project });
    flatReports = reportsOfEslint(project, await flat.lintFiles(LINTED_FOLDERS));
    flatConfig = await flat.calculateConfigForFile('src/legacy.cjs');
  });
  afterAll(() => {
    removeTempDir(project);
  });

  it('reports the known problems with eslint.config.js and configs.recommended (Node API, loadESLint)', () => {
    expect(eslint.Linter.version).toMatch(EXPECTED_VERSION);
    // A flat config (eslintrc has no `languageOptions`), with the plugin's rules.
    expect(flatConfig).toHaveProperty('languageOptions.sourceType', 'commonjs');
    expect(flatConfig).toHaveProperty(['rules', 'async-io/no-sync-fs-in-async']);
    expectKnownReports(flatReports);
  });

  it('reports the same problems from the command line', () => {
    const run = runSync(process.execPath, [eslintBin(major), '--format', 'json', ...LINTED_FOLDERS], {
      cwd: project,
    });
    expect(run.status, run.transcript).toBe(1);
    expect(reportsOfEslint(project, parseOutput(run) as EslintResult[]), run.transcript).toEqual(flatReports);
  });

  if (major === 10) return; // ESLint 10 has no eslintrc.

  it('reports the same problems with the top-level .eslintrc.cjs and legacy-recommended (Node API)', async () => {
    const LegacyESLint = await eslint.loadESLint({ useFlatConfig: false });
    const legacy = new LegacyESLint({ cwd: project });
    // An eslintrc config: the top-level file's `env` and legacy-recommended's `plugins` list.
    const config = await legacy.calculateConfigForFile('src/legacy.cjs');
    expect(config).toHaveProperty('env.node', true);
    expect(config).toHaveProperty('plugins', ['async-io']);
    expect(reportsOfEslint(project, await legacy.lintFiles(LINTED_FOLDERS))).toEqual(flatReports);
  });

  it('reports the same problems with .eslintrc.cjs from the command line, ESLINT_USE_FLAT_CONFIG=false', () => {
    const run = runSync(process.execPath, [eslintBin(major), '--format', 'json', ...LINTED_FOLDERS], {
      cwd: project,
      env: { ESLINT_USE_FLAT_CONFIG: 'false' },
    });
    expect(run.status, run.transcript).toBe(1);
    expect(reportsOfEslint(project, parseOutput(run) as EslintResult[]), run.transcript).toEqual(flatReports);
    if (major === 9) expect(run.stderr, run.transcript).toContain('ESLintRCWarning');
  });
});
