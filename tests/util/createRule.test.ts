import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../lib';
import { createRule } from '../../lib/util/createRule';

// Each rule keeps one tracker and one listener object for all files, and merges its options once per
// configuration: these tests lint several files with one Linter and check that nothing carries over.

const FS_FILE = `import fs from 'node:fs';
async function load(p) {
  return fs.readFileSync(p, 'utf8');
}`;

const LOCAL_FILE = `function readFileSync(p) {
  return p;
}
async function load(p) {
  return readFileSync(p);
}`;

const TOOL_FILE = `import { execFile } from 'node:child_process';
execFile('git', ['status'], () => {});`;

const boomRule = {
  meta: { type: 'problem' as const, schema: [] },
  create() {
    return {
      'Identifier[name="boom"]'() {
        throw new Error('boom');
      },
    };
  },
};

const config: Linter.Config[] = [
  {
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { 'async-io': plugin, test: { rules: { boom: boomRule } } },
    rules: {
      'async-io/no-sync-fs-in-async': 'error',
      'async-io/require-timeout-on-tool': 'error',
      'test/boom': 'error',
    },
  },
];

const ruleIds = (linter: Linter, code: string): (string | null)[] =>
  linter.verify(code, config, { filename: 'file.mjs' }).map((message) => message.ruleId);

describe('per-file state', () => {
  it('does not carry a file’s imports into the next file', () => {
    const linter = new Linter({ configType: 'flat' });
    expect(ruleIds(linter, FS_FILE)).toEqual(['async-io/no-sync-fs-in-async']);
    expect(ruleIds(linter, LOCAL_FILE)).toEqual([]);
    expect(ruleIds(linter, TOOL_FILE)).toEqual(['async-io/require-timeout-on-tool']);
    expect(ruleIds(linter, LOCAL_FILE)).toEqual([]);
    expect(ruleIds(linter, FS_FILE)).toEqual(['async-io/no-sync-fs-in-async']);
  });

  it('reports under each name when the plugin is registered twice', () => {
    const twice: Linter.Config[] = [
      {
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { 'async-io': plugin, aio: plugin },
        rules: { 'async-io/no-sync-fs-in-async': 'error', 'aio/no-sync-fs-in-async': 'error' },
      },
    ];
    const linter = new Linter({ configType: 'flat' });
    for (let file = 0; file < 2; file++) {
      const ids = linter.verify(FS_FILE, twice, { filename: 'file.mjs' }).map((message) => message.ruleId);
      expect(ids.sort()).toEqual(['aio/no-sync-fs-in-async', 'async-io/no-sync-fs-in-async']);
    }
    expect(ruleIds(linter, FS_FILE)).toEqual(['async-io/no-sync-fs-in-async']);
  });

  it('keeps a file’s state while another rule lints embedded code with our rules', () => {
    const embedded: Linter.Config[] = [
      {
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { 'async-io': plugin },
        rules: { 'async-io/no-sync-fs-in-async': 'error' },
      },
    ];
    const inner: string[] = [];
    const nestingRule = {
      meta: { type: 'problem' as const, schema: [] },
      create() {
        return {
          // Lints a string's text mid-traversal, as a plugin for embedded code would.
          'Literal[value="embedded"]'() {
            const messages = new Linter({ configType: 'flat' }).verify(LOCAL_FILE, embedded, { filename: 'inner.mjs' });
            inner.push(...messages.map((message) => String(message.ruleId)));
          },
        };
      },
    };
    const outer: Linter.Config[] = [
      {
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { 'async-io': plugin, nest: { rules: { lint: nestingRule } } },
        rules: { 'async-io/no-sync-fs-in-async': 'error', 'nest/lint': 'error' },
      },
    ];
    const linter = new Linter({ configType: 'flat' });
    const ids = linter
      .verify(
        `${FS_FILE}
const text = 'embedded';`,
        outer,
        { filename: 'file.mjs' },
      )
      .map((message) => message.ruleId);
    expect(ids).toEqual(['async-io/no-sync-fs-in-async']);
    expect(inner).toEqual([]);
    expect(ruleIds(linter, FS_FILE)).toEqual(['async-io/no-sync-fs-in-async']);
  });

  it('starts clean after a file whose traversal another rule stopped', () => {
    const linter = new Linter({ configType: 'flat' });
    // The imports are seen, then another rule throws before Program:exit.
    expect(() => linter.verify(`${FS_FILE}\n${TOOL_FILE}\nboom;`, config, { filename: 'file.mjs' })).toThrow(/boom/u);
    expect(ruleIds(linter, LOCAL_FILE)).toEqual([]);
    expect(ruleIds(linter, FS_FILE)).toEqual(['async-io/no-sync-fs-in-async']);
  });
});

describe('createRule options', () => {
  type Options = [{ limit?: number; names?: string[] }];
  const seen: (readonly unknown[])[] = [];
  const rule = createRule<Options, 'm'>({
    name: 'probe',
    meta: {
      type: 'problem',
      docs: { description: 'probe' },
      messages: { m: 'm' },
      schema: [{ type: 'object', properties: { limit: { type: 'number' }, names: { type: 'array' } } }],
      defaultOptions: [{ limit: 3, names: ['a'] }],
    },
    create(_context, options) {
      seen.push(options);
      return {};
    },
  });
  const lint = (ruleConfig: Linter.RuleEntry): void => {
    const probe = rule as unknown as NonNullable<NonNullable<Linter.Config['plugins']>[string]['rules']>[string];
    new Linter({ configType: 'flat' }).verify('x;', [
      { plugins: { p: { rules: { probe } } }, rules: { 'p/probe': ruleConfig } },
    ]);
  };

  it('merges the defaults into the options ESLint passes', () => {
    seen.length = 0;
    lint(['error', { limit: 5 }]);
    lint(['error', { names: ['b'] }]);
    lint('error');
    expect(seen).toEqual([[{ limit: 5, names: ['a'] }], [{ limit: 3, names: ['b'] }], [{ limit: 3, names: ['a'] }]]);
  });

  it('merges once per distinct options: ESLint 9.15+ gives every file freshly merged objects with the same content', () => {
    seen.length = 0;
    const own = { limit: 5 };
    const create = (options: unknown[]): void => {
      rule.create({ options } as unknown as Parameters<typeof rule.create>[0]);
    };
    create([own]);
    create([own]);
    create([{ limit: 5 }]);
    create([]);
    create([]);
    create([{ limit: 5 }]);
    create([{ limit: 5, names: ['a'] }]);
    expect(seen).toEqual([
      [{ limit: 5, names: ['a'] }],
      [{ limit: 5, names: ['a'] }],
      [{ limit: 5, names: ['a'] }],
      [{ limit: 3, names: ['a'] }],
      [{ limit: 3, names: ['a'] }],
      [{ limit: 5, names: ['a'] }],
      [{ limit: 5, names: ['a'] }],
    ]);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
    expect(seen[4]).toBe(seen[3]);
    // Found again after another configuration came between.
    expect(seen[5]).toBe(seen[0]);
    // Same merged content, other options given: a merge of its own.
    expect(seen[6]).not.toBe(seen[0]);
    // The merged options are a copy: the defaults and the user's object are left as they were.
    expect(own).toEqual({ limit: 5 });
  });

  it('merges again when an options object changes in place between files', () => {
    seen.length = 0;
    const own: { limit?: number; names: string[] } = { names: ['x'] };
    const create = (options: unknown[]): void => {
      rule.create({ options } as unknown as Parameters<typeof rule.create>[0]);
    };
    create([own]);
    own.names.push('y');
    create([own]);
    own.names = ['z'];
    create([own]);
    expect(seen).toEqual([
      [{ limit: 3, names: ['x'] }],
      [{ limit: 3, names: ['x', 'y'] }],
      [{ limit: 3, names: ['z'] }],
    ]);
  });

  it('uses options that already hold every default as they are (ESLint 9.15+ merges the defaults itself)', () => {
    seen.length = 0;
    const given = [{ limit: 4, names: ['b'], extra: true }];
    rule.create({ options: given } as unknown as Parameters<typeof rule.create>[0]);
    expect(seen[0]).toBe(given);
    lint(['error', { names: ['c'] }]);
    expect(seen[1]).toEqual([{ limit: 3, names: ['c'] }]);
  });

  it('tells apart options that differ only in kind or nesting', () => {
    seen.length = 0;
    const create = (options: unknown[]): void => {
      rule.create({ options } as unknown as Parameters<typeof rule.create>[0]);
    };
    create([{ limit: 1, names: [] }]);
    create([{ limit: 1, names: {} }]);
    create([{ limit: 1, names: [[]] }]);
    create([{ limit: '1', names: [] }]);
    create([{ limit: 1 }]);
    expect(seen.map((options) => (options[0] as { names: unknown }).names)).toEqual([[], {}, [[]], [], ['a']]);
    expect(seen[3]).toEqual([{ limit: '1', names: [] }]);
    expect(new Set(seen).size).toBe(5);
  });

  it('points meta.docs.url at the rule page', () => {
    expect(rule.meta.docs?.url).toMatch(/\/docs\/rules\/probe\.md$/u);
  });
});
