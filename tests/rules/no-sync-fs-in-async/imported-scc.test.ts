import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { type ESLint, Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { moduleBuildCount } from '../../../lib/rules/no-sync-fs-in-async-utils/moduleSummary';

// Modules that import each other in a tangle are summarised as one group, to a fixed point: each module a few times,
// not once per route into the tangle (which grows exponentially with it).
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'imported-scc-'));
afterAll(() => {
  fs.rmSync(directory, { recursive: true, force: true });
});

function write(file: string, text: string, secondsLater = 0): void {
  const target = path.join(directory, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  const time = new Date(Date.now() + secondsLater * 1000);
  fs.utimesSync(target, time, time);
}

interface Report {
  readonly line: number;
  readonly column: number;
  readonly messageId: string | undefined;
  readonly message: string;
}

/** Lints `code` as `dir/main.ts`: its reports, and how many module summaries the lint built. */
function lint(code: string, dir: string): [Report[], number] {
  const plugin = { rules: { 'no-sync-fs-in-async': rule } } as unknown as ESLint.Plugin;
  const before = moduleBuildCount();
  const messages = new Linter({ configType: 'flat', cwd: directory }).verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { 'async-io': plugin },
        rules: { 'async-io/no-sync-fs-in-async': 'error' },
      },
    ] satisfies Linter.Config[],
    { filename: path.join(directory, dir, 'main.ts') },
  );
  const reports = messages.map(({ line, column, messageId, message }) => ({ line, column, messageId, message }));
  return [reports, moduleBuildCount() - before];
}

const SIZE = 30;
const STEPS = [1, 7, 13] as const;
const BLOCKING = 20;
const LINE = `import { readFileSync } from 'node:fs';\n`;

/** Module `i` of the tangle: imports three others and calls them; module 20 reads a file itself. */
function tangleModule(index: number, blocking: boolean): string {
  const names = ['a', 'b', 'c'] as const;
  const imports = STEPS.map((step, k) => `import { f as ${names[k]} } from './m${String((index + step) % SIZE)}';\n`);
  const body = blocking ? `  return readFileSync('x', 'utf8');\n` : `  return [a(), b(), c()];\n`;
  return `${blocking ? LINE : ''}${imports.join('')}export function f() {\n${body}}\n`;
}

for (let index = 0; index < SIZE; index++)
  write(`tangle/m${String(index)}.ts`, tangleModule(index, index === BLOCKING));

const MAIN = `import { f } from './m0';\nexport async function main() {\n  return f();\n}\n`;

const chainMessage = (chain: string) =>
  `\`f()\` (from \`./m0\`) uses the filesystem synchronously (${chain}), blocking this async function; make it async and await it.`;

describe('a tangle of 30 modules, each importing 3 others', () => {
  it('reports the shortest chain through the tangle, building each module a few times at most', () => {
    const [reports, builds] = lint(MAIN, 'tangle');
    expect(reports).toEqual([
      {
        line: 3,
        column: 10,
        messageId: 'syncFsInImportedHelper',
        message: chainMessage('`b()` → `c()` → `readFileSync` at m20.ts:6'),
      },
    ]);
    expect(builds).toBeGreaterThanOrEqual(SIZE);
    expect(builds).toBeLessThanOrEqual(SIZE * 4);
  });
  it('answers the next lint from the cache, and sees an edit inside the tangle', () => {
    expect(lint(MAIN, 'tangle')).toEqual([[expect.objectContaining({ messageId: 'syncFsInImportedHelper' })], 0]);
    write(`tangle/m${String(BLOCKING)}.ts`, tangleModule(BLOCKING, false), 2);
    const [reports, builds] = lint(MAIN, 'tangle');
    expect(reports).toEqual([]);
    expect(builds).toBeLessThanOrEqual(SIZE * 4);
    write(`tangle/m${String(BLOCKING)}.ts`, tangleModule(BLOCKING, true), 4);
    expect(lint(MAIN, 'tangle')[0]).toEqual([expect.objectContaining({ messageId: 'syncFsInImportedHelper' })]);
  });
});

describe('two modules that block only through each other', () => {
  it('reports a helper whose chain crosses the cycle twice (a fixed point of more than one round)', () => {
    write(
      'pair/a.ts',
      `${LINE}import { g } from './b';\nexport function f() {\n  return g();\n}\nexport function h() {\n  return readFileSync('x');\n}\n`,
    );
    write(
      'pair/b.ts',
      `import { f, h } from './a';\nexport function g() {\n  return h();\n}\nexport function k() {\n  return f();\n}\n`,
    );
    const [reports, builds] = lint(
      `import { k } from './b';\nexport async function main() {\n  return k();\n}\n`,
      'pair',
    );
    expect(reports).toEqual([
      {
        line: 3,
        column: 10,
        messageId: 'syncFsInImportedHelper',
        message:
          '`k()` (from `./b`) uses the filesystem synchronously (`f()` → `g()` → `h()` → `readFileSync` at a.ts:7), blocking this async function; make it async and await it.',
      },
    ]);
    expect(builds).toBeLessThanOrEqual(6);
  });
});

describe('an import the text scan does not see', () => {
  it('is summarised when the summary reads it (`from /* … */ "./c"` in a module without `Sync`)', () => {
    write('hidden/a.ts', `${LINE}export function f() {\n  return readFileSync('x');\n}\n`);
    write(
      'hidden/b.ts',
      `import { f } from './a';\nimport { g } from /* c */ './c';\nexport function h() {\n  return g();\n}\nexport function k() {\n  return f();\n}\n`,
    );
    write('hidden/c.ts', `${LINE}export function g() {\n  return readFileSync('y');\n}\n`);
    const code = `import { h } from './b';\nexport async function main() {\n  return h();\n}\n`;
    const expected = {
      line: 3,
      column: 10,
      messageId: 'syncFsInImportedHelper',
      message:
        '`h()` (from `./b`) uses the filesystem synchronously (`g()` → `readFileSync` at c.ts:3), blocking this async function; make it async and await it.',
    };
    expect(lint(code, 'hidden')[0]).toEqual([expected]);
    // Kept: the next lint builds nothing.
    expect(lint(code, 'hidden')).toEqual([[expected], 0]);
  });
});
