import { rules } from './rules';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- read at run time so dist/ never holds a stale copy
const { name, version } = require('../package.json') as { name: string; version: string };

const PREFIX = 'async-io';

// Globs of test files: the recommended config leaves them alone, as a blocking call in a test stalls no service.
// They cover what the runners pick up by default (vitest: `.test.` and `.spec.` files, `.bench.` and `.benchmark.`
// for `vitest bench`; jest: those, `__tests__/`, and files named `test.js` or `spec.ts`; playwright: `.spec.` and
// `.test.` files), and the suffixes and folders projects use for end-to-end tests, stories and fixtures.
const TEST_FILE_GLOBS: readonly string[] = [
  '**/*.test.*',
  '**/*.spec.*',
  '**/*.vitest.*',
  '**/*.bench.*',
  '**/*.benchmark.*',
  '**/*.e2e.*',
  '**/*.e2e-spec.*',
  '**/*.stories.*',
  '**/{test,spec}.{js,mjs,cjs,jsx,ts,mts,cts,tsx}',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/__fixtures__/**',
  '**/test/**',
  '**/tests/**',
  '**/e2e/**',
];

type RuleName = keyof typeof rules;

// Structural public types: they fit ESLint's and typescript-eslint's config and plugin types without importing them
// (typescript-eslint's own FlatConfig and RuleModule do not fit ESLint's), and are type aliases, not interfaces, so
// that they fit ESLint's `Record<string, …>` fields.

/** Rule levels, keyed by the prefixed rule name. */
type RuleLevels = { readonly [rule: `${typeof PREFIX}/${string}`]: 'error' | 'off' };

/** A flat config object of the plugin. */
type FlatConfig = {
  readonly name: string;
  readonly files?: string[];
  readonly plugins?: { readonly [namespace: string]: { readonly meta: { readonly name: string } } };
  readonly rules: RuleLevels;
};

/** An eslintrc config of the plugin. */
type LegacyConfig = {
  readonly plugins: string[];
  readonly rules: RuleLevels;
  readonly overrides: { readonly files: string[]; readonly rules: RuleLevels }[];
};

type Configs = {
  /** Flat config (ESLint 9 and 10, and ESLint 8.57 with `eslint.config.js`): an array of config objects. */
  readonly recommended: FlatConfig[];
  /** eslintrc config (ESLint 8.57, and ESLint 9 with `ESLINT_USE_FLAT_CONFIG=false`). */
  readonly 'legacy-recommended': LegacyConfig;
};

/** A rule as ESLint's `Plugin` type sees it: its `meta` as written, its `create` without typescript-eslint's context type. */
type PublicRule<K extends RuleName> = {
  readonly meta: (typeof rules)[K]['meta'];
  create(context: never): { readonly [selector: string]: ((node: unknown) => void) | undefined };
};

type Plugin = {
  readonly meta: { readonly name: string; readonly version: string; readonly namespace: string };
  readonly rules: { readonly [K in RuleName]: PublicRule<K> };
  readonly configs: Configs;
};

const recommendedRules = Object.fromEntries(
  (Object.keys(rules) as RuleName[])
    .filter((ruleName) => rules[ruleName].meta.docs?.recommended === true)
    .map((ruleName) => [`${PREFIX}/${ruleName}`, 'error']),
) as Record<`${typeof PREFIX}/${RuleName}`, 'error'>;

const testFileOverrides: RuleLevels = {
  [`${PREFIX}/no-sync-fs-in-async`]: 'off',
};

const configs = {} as { -readonly [K in keyof Configs]: Configs[K] };

const plugin: Plugin = {
  meta: { name, version, namespace: PREFIX },
  // Each rule is a typescript-eslint RuleModule; only its static type is widened here.
  rules: rules as unknown as Plugin['rules'],
  configs,
};

configs.recommended = [
  {
    // No `files`: like ESLint's own configs, it applies to every file the project lints.
    name: `${PREFIX}/recommended`,
    plugins: { [PREFIX]: plugin },
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
