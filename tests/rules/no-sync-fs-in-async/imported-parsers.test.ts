import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { type ESLint, Linter } from 'eslint';
import * as espree from 'espree';
import { afterAll, describe, expect, it } from 'vitest';

import rule from '../../../lib/rules/no-sync-fs-in-async';

// A module summary belongs to the parser that read the module: espree cannot parse a TypeScript module (its summary
// is empty), the TypeScript parser can, and neither answer may leak to the other, whichever file is linted first.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'imported-parsers-'));
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const HELPER = `import { readFileSync } from 'node:fs';
export function load(p: string): string {
  return readFileSync(p, 'utf8');
}
`;
const MAIN = `import { load } from './helper';
export async function main() {
  return load('a');
}
`;

const plugin = { rules: { 'no-sync-fs-in-async': rule } } as unknown as ESLint.Plugin;

function lint(directory: string, file: 'main.ts' | 'main.mjs'): string[] {
  const parser = file.endsWith('.ts') ? tsParser : espree;
  const messages = new Linter({ configType: 'flat', cwd: directory }).verify(
    MAIN,
    [
      {
        files: ['**/*.ts', '**/*.mjs'],
        languageOptions: { parser, ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { 'async-io': plugin },
        rules: { 'async-io/no-sync-fs-in-async': 'error' },
      },
    ] satisfies Linter.Config[],
    { filename: path.join(directory, file) },
  );
  return messages.map((message) => `${String(message.line)}:${message.messageId ?? message.message}`);
}

function project(name: string): string {
  const directory = path.join(root, name);
  fs.mkdirSync(directory);
  fs.writeFileSync(path.join(directory, 'helper.ts'), HELPER);
  return directory;
}

describe('module summaries by parser', () => {
  it('espree first, then the TypeScript parser: the TypeScript importer is reported', () => {
    const directory = project('espree-first');
    expect(lint(directory, 'main.mjs')).toEqual([]);
    expect(lint(directory, 'main.ts')).toEqual(['3:syncFsInImportedHelper']);
    expect(lint(directory, 'main.mjs')).toEqual([]);
  });
  it('the TypeScript parser first, then espree: the JavaScript importer is not', () => {
    const directory = project('ts-first');
    expect(lint(directory, 'main.ts')).toEqual(['3:syncFsInImportedHelper']);
    expect(lint(directory, 'main.mjs')).toEqual([]);
    expect(lint(directory, 'main.ts')).toEqual(['3:syncFsInImportedHelper']);
  });
});
