import type { TSESLint } from '@typescript-eslint/utils';

import { rules } from './rules';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- read at run time so dist/ never holds a stale copy
const { name, version } = require('../package.json') as { name: string; version: string };

const PREFIX = 'async-io';

/** Globs of test files: the audit's "tests may block" finding, so the recommended config leaves them alone. */
const TEST_FILE_GLOBS: readonly string[] = [
  '**/*.test.*',
  '**/*.spec.*',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/test/**',
  '**/tests/**',
];

type RuleName = keyof typeof rules;

const recommendedRules = Object.fromEntries(
  (Object.keys(rules) as RuleName[])
    .filter((ruleName) => rules[ruleName].meta.docs?.recommended === true)
    .map((ruleName) => [`${PREFIX}/${ruleName}`, 'error']),
) as Record<`${typeof PREFIX}/${RuleName}`, 'error'>;

const testFileOverrides: Partial<Record<`${typeof PREFIX}/${RuleName}`, 'off'>> = {
  [`${PREFIX}/no-sync-fs-in-async`]: 'off',
};

interface Configs {
  /** Flat config (ESLint 9 and 10, and ESLint 8.57 with `eslint.config.js`): an array of config objects. */
  readonly recommended: TSESLint.FlatConfig.Config[];
  /** eslintrc config (ESLint 8.57, and ESLint 9 with `ESLINT_USE_FLAT_CONFIG=false`). */
  readonly 'legacy-recommended': TSESLint.ClassicConfig.Config;
}

interface Plugin {
  readonly meta: { readonly name: string; readonly version: string; readonly namespace: string };
  readonly rules: typeof rules;
  readonly configs: Configs;
}

const configs = {} as { -readonly [K in keyof Configs]: Configs[K] };

const plugin: Plugin = {
  meta: { name, version, namespace: PREFIX },
  rules,
  configs,
};

configs.recommended = [
  {
    name: `${PREFIX}/recommended`,
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    plugins: { [PREFIX]: plugin as unknown as TSESLint.FlatConfig.Plugin },
    rules: recommendedRules,
  },
  {
    name: `${PREFIX}/recommended/tests`,
    files: [...TEST_FILE_GLOBS],
    rules: testFileOverrides,
  },
];

configs['legacy-recommended'] = {
  plugins: [PREFIX],
  rules: recommendedRules,
  overrides: [{ files: [...TEST_FILE_GLOBS], rules: testFileOverrides }],
};

export = plugin;
