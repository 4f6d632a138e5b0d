import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { type ESLint, Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import rule from '../../../lib/rules/no-sync-fs-in-async';

// The module summaries live as long as the process (an editor server's): a module edited and saved is read again.
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'imported-cache-'));
afterAll(() => {
  fs.rmSync(directory, { recursive: true, force: true });
});

const MAIN = `import { load } from './helper';
export async function main() {
  return load();
}
`;
const BLOCKING = `import { readFileSync } from 'node:fs';
export function load() {
  return readFileSync('settings.json', 'utf8');
}
`;
const FIXED = `export function load() {
  return '{}';
}
`;

function lint(options: object = {}): string[] {
  const plugin = { rules: { 'no-sync-fs-in-async': rule } } as unknown as ESLint.Plugin;
  const messages = new Linter({ configType: 'flat', cwd: directory }).verify(
    MAIN,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { 'async-io': plugin },
        rules: { 'async-io/no-sync-fs-in-async': ['error', options] },
      },
    ] satisfies Linter.Config[],
    { filename: path.join(directory, 'main.ts') },
  );
  return messages.map((message) => `${String(message.line)}:${message.messageId ?? message.message}`);
}

/** Writes a module and moves its mtime on, as a save does (two writes within a millisecond keep it otherwise). */
function save(file: string, text: string, secondsLater: number): void {
  fs.writeFileSync(path.join(directory, file), text);
  const time = new Date(Date.now() + secondsLater * 1000);
  fs.utimesSync(path.join(directory, file), time, time);
}

describe('module summaries across edits', () => {
  it('reports, then stops once the helper is saved without its sync call, then reports again', () => {
    save('helper.ts', BLOCKING, 0);
    expect(lint()).toEqual(['3:syncFsInImportedHelper']);
    expect(lint({ followImports: false })).toEqual([]);
    save('helper.ts', FIXED, 2);
    expect(lint()).toEqual([]);
    save('helper.ts', BLOCKING, 4);
    expect(lint()).toEqual(['3:syncFsInImportedHelper']);
  });
  it('sees a change two modules away, and a module deleted then created again', () => {
    save('helper.ts', `export { load } from './inner';\n`, 6);
    save('inner.ts', FIXED, 6);
    expect(lint()).toEqual([]);
    save('inner.ts', BLOCKING, 8);
    expect(lint()).toEqual(['3:syncFsInImportedHelper']);
    fs.rmSync(path.join(directory, 'inner.ts'));
    expect(lint()).toEqual([]);
    save('inner.ts', BLOCKING, 10);
    expect(lint()).toEqual(['3:syncFsInImportedHelper']);
  });
  it('sees a specifier that comes to name another file (`./inner` was inner.js, then inner.ts is created)', () => {
    fs.rmSync(path.join(directory, 'inner.ts'));
    save('helper.ts', `export { load } from './inner';\n`, 12);
    save('inner.js', FIXED, 12);
    expect(lint()).toEqual([]);
    save('inner.ts', BLOCKING, 14);
    expect(lint()).toEqual(['3:syncFsInImportedHelper']);
    fs.rmSync(path.join(directory, 'inner.ts'));
    expect(lint()).toEqual([]);
  });
});
