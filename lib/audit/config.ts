import type { Linter } from 'eslint';

import plugin from '../index';
import { asyncFsCensus } from './census/asyncFs';
import { fsMockCensus } from './census/fsMocks';
import { toolRunCensus } from './census/toolRuns';
import { lazyTypeScriptParser } from './lazyParser';
import { SCRIPT_EXTENSIONS, TYPESCRIPT_EXTENSIONS } from './targets';

// The configs the audit lints with: the zero-config setup (our recommended config, a parser per extension), and
// the census rules added to either setup, which count what is already right and find the tests' fs mocks.

/** The namespace of the census rules; their messages are the audit's counts, never findings. */
export const CENSUS = 'async-io-audit';
export const CENSUS_RULES = {
  asyncFs: `${CENSUS}/async-fs-call`,
  toolRun: `${CENSUS}/tool-run`,
  fsMock: `${CENSUS}/fs-mock`,
} as const;

/** The plugin's rules, by their config names: a finding is a message of one of these. */
export const FINDING_RULES = {
  syncFs: 'async-io/no-sync-fs-in-async',
  timeout: 'async-io/require-timeout-on-tool',
} as const;

const censusPlugin = {
  meta: { name: CENSUS },
  rules: { 'async-fs-call': asyncFsCensus, 'tool-run': toolRunCensus, 'fs-mock': fsMockCensus },
};

/** The recommended config's test-file globs: where blocking is allowed, and where the fs mocks are. */
export function testFileGlobs(): string[] {
  return plugin.configs.recommended.flatMap((config) => config.files ?? []);
}

/** The census rules: counts outside test files (as the recommended config judges them), mocks inside. */
export function censusConfigs(): Linter.Config[] {
  return [
    {
      name: `${CENSUS}/census`,
      plugins: { [CENSUS]: censusPlugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
      rules: { [CENSUS_RULES.asyncFs]: 'error', [CENSUS_RULES.toolRun]: 'error', [CENSUS_RULES.fsMock]: 'off' },
    },
    {
      name: `${CENSUS}/census/tests`,
      files: testFileGlobs(),
      rules: { [CENSUS_RULES.asyncFs]: 'off', [CENSUS_RULES.fsMock]: 'error' },
    },
  ];
}

const globOf = (extensions: readonly string[]): string => `**/*.{${extensions.join(',')}}`;

/**
 * The zero-config setup: ignores, espree for JavaScript (JSX on), @typescript-eslint/parser for TypeScript, our
 * recommended config (with the timeout the suggestions insert, under `--add-timeouts`), then the census.
 */
export function zeroConfig(ignores: readonly string[], timeoutMs: number | null): Linter.Config[] {
  const tsParser = lazyTypeScriptParser();
  const timeoutRule: Linter.RulesRecord =
    timeoutMs == null ? {} : { [FINDING_RULES.timeout]: ['error', { defaultTimeoutMs: timeoutMs }] };
  return [
    { name: `${CENSUS}/ignores`, ignores: [...ignores] },
    { linterOptions: { reportUnusedDisableDirectives: 'off' } },
    {
      name: `${CENSUS}/javascript`,
      files: [globOf(SCRIPT_EXTENSIONS)],
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    { name: `${CENSUS}/typescript`, files: [globOf(TYPESCRIPT_EXTENSIONS)], languageOptions: { parser: tsParser } },
    ...(plugin.configs.recommended as unknown as Linter.Config[]),
    { name: `${CENSUS}/timeouts`, rules: timeoutRule },
    ...censusConfigs(),
  ];
}
