import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../lib';

const root = path.join(__dirname, '..');
// Rule files only: each rule's helpers sit beside it in a `<rule>-utils/` folder.
const ruleNames = readdirSync(path.join(root, 'lib/rules'))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/, ''));

describe('the plugin object', () => {
  it('exports every rule file, and only those', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(ruleNames.sort());
  });

  it.each(ruleNames)('%s has a doc page that meta.docs.url points at', (name) => {
    const rule = plugin.rules[name as keyof typeof plugin.rules];
    expect(existsSync(path.join(root, 'docs/rules', `${name}.md`))).toBe(true);
    expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
  });

  it('names itself after package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'async-io' });
  });

  it('is the same object through require() and through import of the built package', () => {
    const script = `
      const required = require(${JSON.stringify(root)});
      import(${JSON.stringify(path.join(root, 'dist/index.js'))}).then((imported) => {
        const ok = imported.default === required && typeof required.rules === 'object' && Array.isArray(required.configs.recommended);
        process.stdout.write(ok ? 'same' : 'different');
      });`;
    expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })).toBe('same');
  });
});

describe('configs.recommended (flat)', () => {
  const linter = new Linter({ configType: 'flat' });
  const code = [
    "import { readFileSync } from 'node:fs';",
    'export async function load(file) {',
    "  return readFileSync(file, 'utf8');",
    '}',
  ].join('\n');
  const ruleIds = (filename: string): (string | null)[] =>
    linter
      // As in a project: some config names the TypeScript files ESLint lints (it lints only .js/.mjs/.cjs by default).
      .verify(code, [...plugin.configs.recommended, { files: ['**/*.ts', '**/*.mts'] }], { filename })
      .map((message) => message.ruleId);

  it('turns every recommended rule on as an error', () => {
    const recommended: `async-io/${string}`[] = Object.entries(plugin.rules)
      .filter(([, rule]) => rule.meta.docs?.recommended)
      .map(([name]) => `async-io/${name}` as const);
    expect(recommended).toEqual(['async-io/no-sync-fs-in-async', 'async-io/require-timeout-on-tool']);
    for (const id of recommended) expect(plugin.configs.recommended[0]?.rules[id]).toBe('error');
  });

  it('reports sync fs in async code of source files', () => {
    expect(ruleIds('src/load.js')).toEqual(['async-io/no-sync-fs-in-async']);
    expect(ruleIds('src/load.ts')).toEqual(['async-io/no-sync-fs-in-async']);
  });

  it.each([
    'src/load.test.js',
    'src/load.spec.ts',
    'src/__tests__/load.js',
    'src/__mocks__/fs.js',
    'test/load.js',
    'packages/a/tests/load.mts',
  ])('leaves test file %s alone', (filename) => {
    expect(ruleIds(filename)).toEqual([]);
  });
});

describe('configs["legacy-recommended"] (eslintrc)', () => {
  it('has the same rules as the flat config, and the same test-file exemption', () => {
    const legacy = plugin.configs['legacy-recommended'];
    expect(legacy.plugins).toEqual(['async-io']);
    expect(legacy.rules).toEqual(plugin.configs.recommended[0]?.rules);
    expect(legacy.overrides[0]?.rules).toEqual(plugin.configs.recommended[1]?.rules);
    expect(legacy.overrides[0]?.files).toEqual(plugin.configs.recommended[1]?.files);
  });
});
