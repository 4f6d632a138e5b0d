import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { type ESLint, Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import rule from '../../../lib/rules/no-sync-fs-in-async';

// A chain of imports deeper than the rule follows: its end is unknown (non-blocking), and that answer is never
// cached, so a lint that starts nearer the end still sees the sync call whatever was linted first.
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'imported-depth-'));
afterAll(() => {
  fs.rmSync(directory, { recursive: true, force: true });
});

const LENGTH = 300;
for (let index = 0; index < LENGTH; index++) {
  const text =
    index === LENGTH - 1
      ? `import { readFileSync } from 'node:fs';\nexport function f() {\n  return readFileSync('x');\n}\n`
      : `import { f as g } from './m${String(index + 1)}';\nexport function f() {\n  return g();\n}\n`;
  fs.writeFileSync(path.join(directory, `m${String(index)}.ts`), text);
}

function lint(start: number): string[] {
  const plugin = { rules: { 'no-sync-fs-in-async': rule } } as unknown as ESLint.Plugin;
  const code = `import { f } from './m${String(start)}';\nexport async function main() {\n  return f();\n}\n`;
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
    { filename: path.join(directory, 'main.ts') },
  );
  return messages.map((message) => `${String(message.line)}:${message.messageId ?? message.message}`);
}

describe('a very deep import chain', () => {
  it('is unknown past the depth limit, and that is not cached for a shorter chain', () => {
    expect(lint(0)).toEqual([]);
    expect(lint(LENGTH - 100)).toEqual(['3:syncFsInImportedHelper']);
  });
});
