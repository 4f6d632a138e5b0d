import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { type ESLint, Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { moduleBuildCount } from '../../../lib/rules/no-sync-fs-in-async-utils/moduleSummary';

// Chains of imports are followed to their end, however deep: an answer never depends on how deep the search that
// met a module was, nor on the order of the calls in the linted file.
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'imported-depth-'));
afterAll(() => {
  fs.rmSync(directory, { recursive: true, force: true });
});

const SYNC = `import { readFileSync } from 'node:fs';\n`;

function write(folder: string, name: string, text: string): void {
  fs.mkdirSync(path.join(directory, folder), { recursive: true });
  fs.writeFileSync(path.join(directory, folder, name), text);
}

function writeChain(folder: string, length: number, link: (next: string) => string, end: string): void {
  for (let index = 0; index < length; index++) {
    write(folder, `m${String(index)}.ts`, index === length - 1 ? end : link(`./m${String(index + 1)}`));
  }
}

const callLink = (next: string): string =>
  `import { f as g } from '${next}';\nexport function f(): unknown {\n  return g();\n}\n`;
const SYNC_END = `${SYNC}export function f() {\n  return readFileSync('x');\n}\n`;

writeChain('calls', 300, callLink, SYNC_END);

// The reviewer's shape: 256 modules deep, the last calls `g` of `shared.ts`, which the linted file imports too.
writeChain(
  'shared',
  256,
  callLink,
  `import { g } from './shared';\nexport function f(): unknown {\n  return g();\n}\n`,
);
write('shared', 'shared.ts', `${SYNC}export function g() {\n  return readFileSync('x');\n}\n`);

writeChain('cached', 1500, callLink, SYNC_END);
writeChain('reexports', 3000, (next) => `export { f } from '${next}';\n`, SYNC_END);

function lint(folder: string, code: string, name = 'main.ts'): string[] {
  const plugin = { rules: { 'no-sync-fs-in-async': rule } } as unknown as ESLint.Plugin;
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
    { filename: path.join(directory, folder, name) },
  );
  return messages.map((message) => `${String(message.line)}:${message.messageId ?? message.message}`);
}

const callOf = (start: number): string =>
  `import { f } from './m${String(start)}';\nexport async function main() {\n  return f();\n}\n`;

describe('a very deep import chain', () => {
  it('is followed to its end, from its top or from nearer its end', () => {
    expect(lint('calls', callOf(0))).toEqual(['3:syncFsInImportedHelper']);
    expect(lint('calls', callOf(200))).toEqual(['3:syncFsInImportedHelper']);
  });

  it('does not lose a directly imported blocking module met deep in another chain, whatever the call order', () => {
    const head = `import { f } from './m0';\nimport { g } from './shared';\n`;
    expect(lint('shared', `${head}export async function main() {\n  f();\n  await 0;\n  g();\n}\n`, 'a.ts')).toEqual([
      '4:syncFsInImportedHelper',
      '6:syncFsInImportedHelper',
    ]);
    expect(lint('shared', `${head}export async function main() {\n  g();\n  await 0;\n  f();\n}\n`, 'b.ts')).toEqual([
      '4:syncFsInImportedHelper',
      '6:syncFsInImportedHelper',
    ]);
  });

  it('of 3,000 re-exports reports without running out of stack', () => {
    expect(lint('reexports', callOf(0))).toEqual(['3:syncFsInImportedHelper']);
  });
});

describe('a deep chain cached piece by piece', () => {
  it('still holds from the top, deeper than 1,024 reads: each lint builds only the modules not cached yet', () => {
    const reports: string[] = [];
    for (let start = 1450; start >= 0; start -= 50) {
      const before = moduleBuildCount();
      const report = lint('cached', callOf(start)).join();
      reports.push(`${String(start)} ${report} ${String(moduleBuildCount() - before)}`);
    }
    const expected = (start: number): string => `${String(start)} 3:syncFsInImportedHelper 50`;
    expect(reports).toEqual(reports.map((report) => expected(Number(report.split(' ')[0]))));
    const before = moduleBuildCount();
    expect(lint('cached', callOf(0))).toEqual(['3:syncFsInImportedHelper']);
    expect(moduleBuildCount() - before).toBe(0);
  });
});
