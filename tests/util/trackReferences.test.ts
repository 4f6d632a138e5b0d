import { Linter } from 'eslint';
import type { TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { describe, expect, it } from 'vitest';
import tsParser from '@typescript-eslint/parser';

import { CALL, CONSTRUCT, READ, type TraceMap, createTracker, withNodeProtocol } from '../../lib/util/trackReferences';

// The tracker on its own: a probe rule lists every use it finds as `path kind: text`. These pin down where a
// traced module or global enters a file (and where a same-named local or a property name does not), and how its
// uses are followed through imports, aliases, destructuring and pass-through expressions. (ESLint sorts the reports
// by location.)

const MODULES: TraceMap<string> = withNodeProtocol({
  fs: {
    readFileSync: { [CALL]: 'call', [READ]: 'read' },
    promises: { readFile: { [CALL]: 'call' } },
    Stats: { [CONSTRUCT]: 'new' },
  },
});
const GLOBALS: TraceMap<string> = {
  fetch: { [CALL]: 'call' },
  globalThis: { fetch: { [CALL]: 'call' } },
  Bun: { $: { [READ]: 'read' } },
};

const track = createTracker<string, undefined>({ modules: MODULES, globals: GLOBALS }, (context, references) => {
  for (const { node, path, kind } of references) {
    context.report({
      node,
      messageId: 'use',
      data: { use: `${path.join('.')} ${kind}: ${context.sourceCode.getText(node)}` },
    });
  }
});

const probe = {
  meta: { type: 'problem' as const, schema: [], messages: { use: '{{use}}' } },
  create(context: Parameters<typeof track>[0]) {
    return track(context, undefined);
  },
};

type Options = { sourceType?: 'module' | 'script' | 'commonjs'; ts?: boolean; globals?: Record<string, 'readonly'> };

function uses(code: string, { sourceType = 'module', ts = false, globals = {} }: Options = {}): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.js', '**/*.ts'],
        languageOptions: { ecmaVersion: 'latest', sourceType, globals, ...(ts ? { parser: tsParser } : {}) },
        plugins: { t: { rules: { probe } } } as unknown as Linter.Config['plugins'],
        rules: { 't/probe': 'error' },
      },
    ],
    { filename: ts ? 'file.ts' : 'file.js' },
  );
  for (const message of messages) if (message.fatal) throw new Error(message.message);
  return messages.map((message) => message.message);
}

describe('where a global enters', () => {
  it('follows a global and a traced property of another', () => {
    expect(uses("globalThis.fetch('a');\nfetch('b');")).toEqual([
      "globalThis.fetch call: globalThis.fetch('a')",
      "fetch call: fetch('b')",
    ]);
  });

  it('skips property, key and member names', () => {
    expect(
      uses(`this.fetch('a');
api.fetch('b');
const o = { fetch: 1, globalThis: 2, fetch() {} };
class C { fetch() {} globalThis = 1; }
label: for (;;) break label;`),
    ).toEqual([]);
  });

  it('takes computed and shorthand names, which are references', () => {
    expect(uses("const o = { [fetch('a')]: 1 };\nconst p = { fetch };\np.fetch('b');\nx[fetch]('c');")).toEqual([
      "fetch call: fetch('a')",
    ]);
  });

  it('skips a local of the same name: parameter, variable, function, class, catch binding, import', () => {
    expect(
      uses(`function a(fetch) { fetch('a'); }
function b() { const fetch = x; fetch('b'); }
function c() { function fetch() {} fetch('c'); }
function d() { try {} catch (fetch) { fetch('d'); } }
import { fetch as globalThis } from 'undici';
globalThis.fetch('e');`),
    ).toEqual([]);
  });

  it('follows a global inside a function that shadows other names, and an alias of it', () => {
    expect(uses('function f(x) { const g = globalThis; return g.fetch(x); }')).toEqual([
      'globalThis.fetch call: g.fetch(x)',
    ]);
  });

  it('skips a script that declares the name itself, and takes a global the configuration declares', () => {
    expect(uses("var fetch = polyfill;\nfunction f() { fetch('a'); }", { sourceType: 'script' })).toEqual([]);
    expect(uses("function f() { fetch('a'); }", { sourceType: 'script', globals: { fetch: 'readonly' } })).toEqual([
      "fetch call: fetch('a')",
    ]);
  });

  it('takes a name a `with` statement leaves open, as scope analysis does', () => {
    expect(uses("with (o) { fetch('a'); }", { sourceType: 'script' })).toEqual(["fetch call: fetch('a')"]);
  });

  it('is not hidden by a TypeScript type of the same name, or by type-only names', () => {
    expect(
      uses("type fetch = string;\ninterface I { fetch(): void; globalThis: number }\nconst r = fetch('a');", {
        ts: true,
      }),
    ).toEqual(["fetch call: fetch('a')"]);
  });

  it('reads a traced property of a global', () => {
    expect(uses('const run = Bun.$;\nBun.other;')).toEqual(['Bun.$ read: Bun.$']);
  });
});

describe('where a module enters', () => {
  it('follows require() of the global require only', () => {
    expect(
      uses("require('fs').readFileSync('a');\nfunction f(require) { require('fs').readFileSync('b'); }", {
        sourceType: 'commonjs',
      }),
    ).toEqual([
      "fs.readFileSync read: require('fs').readFileSync",
      "fs.readFileSync call: require('fs').readFileSync('a')",
    ]);
  });

  it('takes require() as a global the configuration declares, a template literal and an optional call', () => {
    const code = "require(`node:fs`).promises.readFile('a');\nrequire?.('fs').promises.readFile('b');";
    const expected = [
      "fs.promises.readFile call: require(`node:fs`).promises.readFile('a')",
      "fs.promises.readFile call: require?.('fs').promises.readFile('b')",
    ];
    expect(uses(code, { sourceType: 'commonjs' })).toEqual(expected);
    expect(uses(code, { sourceType: 'commonjs', globals: { require: 'readonly' } })).toEqual(expected);
  });

  it('follows process.getBuiltinModule, plain or computed, unless process is a local', () => {
    expect(
      uses(`process.getBuiltinModule('fs').promises.readFile('a');
process['getBuiltinModule']('node:fs').promises.readFile('b');
process.env.getBuiltinModule;
function f(process) { process.getBuiltinModule('fs').promises.readFile('c'); }`),
    ).toEqual([
      "fs.promises.readFile call: process.getBuiltinModule('fs').promises.readFile('a')",
      "fs.promises.readFile call: process['getBuiltinModule']('node:fs').promises.readFile('b')",
    ]);
  });

  it('follows ES imports: default, named, renamed, namespace, and a namespace default', () => {
    expect(
      uses(`import fs, { readFileSync as rf, promises } from 'node:fs';
import * as ns from 'fs';
fs.promises.readFile('a');
rf('b');
promises.readFile('c');
ns.default.promises.readFile('d');
new ns.Stats();`),
    ).toEqual([
      'fs.readFileSync read: readFileSync as rf',
      "fs.promises.readFile call: fs.promises.readFile('a')",
      "fs.readFileSync call: rf('b')",
      "fs.promises.readFile call: promises.readFile('c')",
      "fs.promises.readFile call: ns.default.promises.readFile('d')",
      'fs.Stats construct: new ns.Stats()',
    ]);
  });

  it('reads re-exports', () => {
    expect(uses("export { readFileSync } from 'fs';\nexport * from 'node:fs';")).toEqual([
      'fs.readFileSync read: readFileSync',
      "fs.readFileSync read: export * from 'node:fs';",
    ]);
  });

  it('follows await import() and TypeScript import = require()', () => {
    expect(uses("const m = await import('fs');\nm.default.promises.readFile('a');\nm.promises.readFile('b');")).toEqual(
      [
        "fs.promises.readFile call: m.default.promises.readFile('a')",
        "fs.promises.readFile call: m.promises.readFile('b')",
      ],
    );
    expect(uses("import fs = require('fs');\nfs.promises.readFile('a');", { ts: true })).toEqual([
      "fs.promises.readFile call: fs.promises.readFile('a')",
    ]);
  });

  it('follows aliases, destructuring with defaults, assignments and pass-through expressions', () => {
    expect(
      uses(
        `const { readFileSync: rf = other, promises: { readFile } } = require('fs');
rf('a');
readFile('b');
let later;
later = require('fs');
later.promises.readFile('c');
(cond ? require('fs') : null).promises.readFile('d');
(0, require('fs').promises).readFile('e');
const chained = require('fs')?.promises;
chained?.readFile('f');`,
        { sourceType: 'commonjs' },
      ),
    ).toEqual([
      'fs.readFileSync read: readFileSync: rf = other',
      "fs.readFileSync call: rf('a')",
      "fs.promises.readFile call: readFile('b')",
      "fs.promises.readFile call: later.promises.readFile('c')",
      "fs.promises.readFile call: (cond ? require('fs') : null).promises.readFile('d')",
      "fs.promises.readFile call: (0, require('fs').promises).readFile('e')",
      "fs.promises.readFile call: chained?.readFile('f')",
    ]);
  });

  it('follows TypeScript pass-through expressions', () => {
    expect(
      uses("import fs from 'fs';\n(fs as any).promises!.readFile('a');\n(fs satisfies object).readFileSync('b');", {
        ts: true,
      }),
    ).toEqual([
      "fs.promises.readFile call: (fs as any).promises!.readFile('a')",
      'fs.readFileSync read: (fs satisfies object).readFileSync',
      "fs.readFileSync call: (fs satisfies object).readFileSync('b')",
    ]);
  });

  it('ends on a variable that is assigned from itself', () => {
    expect(
      uses("let a = require('fs');\nlet b = a;\na = b;\nb.promises.readFile('a');", { sourceType: 'commonjs' }),
    ).toEqual(["fs.promises.readFile call: b.promises.readFile('a')"]);
  });
});

describe('skipFileUnless', () => {
  it('skips the walk in a file it turns down', () => {
    const lintWith = (options: { skipFileUnless?: () => boolean }): number => {
      let count = -1;
      const own = createTracker<string, undefined>({ modules: MODULES, ...options }, (_context, references) => {
        count = references.length;
      });
      const rule = {
        meta: { type: 'problem' as const, schema: [] },
        create: (context: Parameters<typeof own>[0]) => own(context, undefined),
      };
      new Linter({ configType: 'flat' }).verify("import fs from 'fs';\nfs.promises.readFile('a');", [
        {
          languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
          plugins: { t: { rules: { rule } } } as unknown as Linter.Config['plugins'],
          rules: { 't/rule': 'error' },
        },
      ]);
      return count;
    };
    expect(lintWith({})).toBe(1);
    expect(lintWith({ skipFileUnless: () => true })).toBe(1);
    expect(lintWith({ skipFileUnless: () => false })).toBe(0);
  });
});

describe('the pre-scan selectors', () => {
  // esquery tests a compound selector's parts in the order written, and its node type test makes a new lower-cased
  // string each time. With the type last, a node is type-tested only once its attributes match (see selectors.ts).
  it('name their node type after the attribute tests', () => {
    const listeners = createTracker<string, undefined>({ modules: MODULES, globals: GLOBALS }, () => undefined)(
      {} as never,
      undefined,
    );
    const compound = Object.keys(listeners).filter((selector) => selector.includes('['));
    expect(compound.length).toBeGreaterThanOrEqual(4);
    for (const selector of compound) {
      for (const alternative of selector.split(', ')) expect(alternative).toMatch(/^(?:\[[^\]]+\])+[A-Z][A-Za-z]+$/u);
    }
  });
});

describe('per-file state', () => {
  // One tracker serves every file of its rule through one listener object (see createTracker): these guard that
  // design, with a second file started mid-traversal and a traversal that another rule stopped.
  const FS_USE = "import fs from 'fs';\nfs.promises.readFile('a');";
  const FS_USES = ["fs.promises.readFile call: fs.promises.readFile('a')"];
  const probeUses = (messages: Linter.LintMessage[]): string[] =>
    messages.filter((message) => message.ruleId === 't/probe').map((message) => message.message);

  /** Lints `code` with exactly the given rules (the probe by default). */
  function lint(code: string, rules: Record<string, unknown> = { probe }): Linter.LintMessage[] {
    return new Linter({ configType: 'flat' }).verify(code, [
      {
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { t: { rules } } as unknown as Linter.Config['plugins'],
        rules: Object.fromEntries(Object.keys(rules).map((name) => [`t/${name}`, 'error'])),
      },
    ]);
  }

  it('hands every file the same frozen listener object', () => {
    const own = createTracker<string, undefined>({ modules: MODULES }, () => undefined);
    const seen: object[] = [];
    const capture = {
      meta: probe.meta,
      create(context: Parameters<typeof own>[0]) {
        const listeners = own(context, undefined);
        seen.push(listeners);
        return listeners;
      },
    };
    for (const code of [FS_USE, 'x;', FS_USE]) lint(code, { capture });
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(1);
    expect(Object.isFrozen(seen[0])).toBe(true);
  });

  it('gives a file started during another file a tracker of its own', () => {
    const inner: string[][] = [];
    const nest = {
      meta: { type: 'problem' as const, schema: [] },
      create() {
        return {
          'Literal[value="embedded"]'() {
            inner.push(probeUses(lint("const { promises } = require('fs');\npromises.readFile('b');")));
          },
        };
      },
    };
    expect(probeUses(lint(`${FS_USE}\nconst text = 'embedded';`, { probe, nest }))).toEqual(FS_USES);
    expect(inner).toEqual([["fs.promises.readFile call: promises.readFile('b')"]]);
    expect(probeUses(lint(FS_USE))).toEqual(FS_USES);
  });

  it('finds the uses of every file after a traversal that another rule stopped', () => {
    const boom = {
      meta: { type: 'problem' as const, schema: [] },
      create() {
        return {
          'Identifier[name="boom"]'() {
            throw new Error('boom');
          },
        };
      },
    };
    expect(() => lint(`${FS_USE}\nboom;`, { probe, boom })).toThrow(/boom/u);
    expect(probeUses(lint('x;'))).toEqual([]);
    expect(probeUses(lint(FS_USE))).toEqual(FS_USES);
    expect(probeUses(lint(FS_USE))).toEqual(FS_USES);
  });
});

describe('against ReferenceTracker in legacy mode', () => {
  // The tracker follows @typescript-eslint/utils' ReferenceTracker (legacy mode) with direct calls: on programs both
  // read, they find the same uses. Its extensions (`import x = require()`, `await import()`, getBuiltinModule) differ.
  const KINDS = new Map<symbol, string>([
    [CALL, 'call'],
    [CONSTRUCT, 'construct'],
    [READ, 'read'],
  ]);
  const ours = createTracker<string, string[]>({ modules: MODULES }, (context, references, found) => {
    for (const { node, path, kind } of references)
      found.push(`${path.join('.')} ${kind}: ${context.sourceCode.getText(node)}`);
  });

  function compare(
    code: string,
    { sourceType = 'module', ts = false }: Options = {},
  ): { ours: string[]; library: string[] } {
    const found = { ours: [] as string[], library: [] as string[] };
    const oursRule = {
      meta: { type: 'problem' as const, schema: [] },
      create(context: Parameters<typeof ours>[0]) {
        return ours(context, found.ours);
      },
    };
    const libraryRule = {
      meta: { type: 'problem' as const, schema: [] },
      create(context: Parameters<typeof ours>[0]) {
        return {
          'Program:exit'(program: TSESTree.Program) {
            const tracker = new ASTUtils.ReferenceTracker(context.sourceCode.getScope(program), { mode: 'legacy' });
            for (const { node, path, type } of [
              ...tracker.iterateEsmReferences(MODULES),
              ...tracker.iterateCjsReferences(MODULES),
            ]) {
              const [head = '', ...rest] = path;
              const name = [head.replace(/^node:/u, ''), ...rest.filter((key) => key !== 'default')].join('.');
              found.library.push(`${name} ${String(KINDS.get(type))}: ${context.sourceCode.getText(node)}`);
            }
          },
        };
      },
    };
    const messages = new Linter({ configType: 'flat' }).verify(
      code,
      [
        {
          files: ['**/*.js', '**/*.ts'],
          languageOptions: { ecmaVersion: 'latest', sourceType, ...(ts ? { parser: tsParser } : {}) },
          plugins: { t: { rules: { ours: oursRule, library: libraryRule } } } as unknown as Linter.Config['plugins'],
          rules: { 't/ours': 'error', 't/library': 'error' },
        },
      ],
      { filename: ts ? 'file.ts' : 'file.js' },
    );
    for (const message of messages) if (message.fatal) throw new Error(message.message);
    return { ours: found.ours.sort(), library: found.library.sort() };
  }

  it.each([
    [
      'ES imports and re-exports',
      `import fs, { readFileSync as rf, promises } from 'node:fs';
import * as ns from 'fs';
fs.promises.readFile('a');
rf('b');
promises.readFile('c');
ns.default.promises.readFile('d');
new ns.Stats();
export { readFileSync } from 'fs';
export * from 'node:fs';`,
      'module',
    ],
    [
      'require, destructuring and inline calls',
      `const { readFileSync: rf = other, promises: { readFile } } = require('fs');
rf('a');
readFile('b');
require(\`node:fs\`).readFileSync('c');
new (require('fs').Stats)();
function f(require) { require('fs').readFileSync('d'); }`,
      'commonjs',
    ],
    [
      'aliases, assignments and pass-through expressions',
      `const fs = require('fs');
const alias = fs;
let later;
later = alias.promises;
later.readFile('a');
(cond ? fs : null).readFileSync('b');
(0, fs.promises).readFile('c');
fs?.promises?.readFile('d');`,
      'commonjs',
    ],
  ] as const)('finds the same uses: %s', (_name, code, sourceType) => {
    const found = compare(code, { sourceType });
    expect(found.ours.length).toBeGreaterThan(0);
    expect(found.ours).toEqual(found.library);
  });

  it('follows import = require(), await import() and process.getBuiltinModule(), as ReferenceTracker does not', () => {
    expect(compare("import fs = require('fs');\nfs.promises.readFile('a');", { ts: true })).toEqual({
      ours: ["fs.promises.readFile call: fs.promises.readFile('a')"],
      library: [],
    });
    expect(compare("const m = await import('fs');\nm.promises.readFile('a');")).toEqual({
      ours: ["fs.promises.readFile call: m.promises.readFile('a')"],
      library: [],
    });
    expect(compare("process.getBuiltinModule('node:fs').readFileSync('a');")).toEqual({
      ours: [
        "fs.readFileSync call: process.getBuiltinModule('node:fs').readFileSync('a')",
        "fs.readFileSync read: process.getBuiltinModule('node:fs').readFileSync",
      ],
      library: [],
    });
  });
});
