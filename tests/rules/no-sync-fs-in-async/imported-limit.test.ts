import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { type ESLint, Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { moduleBuildCount } from '../../../lib/rules/no-sync-fs-in-async-utils/moduleSummary';

// Two modules importing each other as namespaces, `fN` of each calling `f(N-1)` of the other: the group's fixed
// point needs about one build per export. A group stopped by the build limit is not final, so it is never cached.
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'imported-limit-'));
afterAll(() => {
  fs.rmSync(directory, { recursive: true, force: true });
});

function writePair(folder: string, length: number): void {
  fs.mkdirSync(path.join(directory, folder), { recursive: true });
  for (const [me, other] of [
    ['a', 'b'],
    ['b', 'a'],
  ] as const) {
    let text = `${me === 'a' ? `import { readFileSync } from 'node:fs';\n` : ''}import * as o from './${other}';\n`;
    for (let index = 0; index < length; index++) {
      const body = index > 0 ? `o.f${String(index - 1)}()` : me === 'a' ? `readFileSync('x')` : '0';
      text += `export function f${String(index)}(): unknown {\n  return ${body};\n}\n`;
    }
    fs.writeFileSync(path.join(directory, folder, `${me}.ts`), text);
  }
}

function lint(folder: string, length: number): { reports: string[]; builds: number } {
  const plugin = { rules: { 'no-sync-fs-in-async': rule } } as unknown as ESLint.Plugin;
  const [top, next] = [String(length - 1), String(length - 2)];
  const code = `import { f${top} } from './a';\nimport { f${next} } from './b';\nexport async function m() {\n  f${top}();\n  f${next}();\n}\n`;
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
    { filename: path.join(directory, folder, 'main.ts') },
  );
  const reports = messages.map((message) => `${String(message.line)}:${message.messageId ?? message.message}`);
  return { reports, builds: moduleBuildCount() - before };
}

describe('the build limit of a group', () => {
  it('caches a group that reached its fixed point', () => {
    writePair('short', 9);
    expect(lint('short', 9).reports).toEqual(['4:syncFsInImportedHelper', '5:syncFsInImportedHelper']);
    expect(lint('short', 9).builds).toBe(0);
  });

  it('never caches a group stopped by the limit: the next lint builds it again', () => {
    writePair('long', 129);
    const first = lint('long', 129);
    expect(first.builds).toBeGreaterThan(0);
    const second = lint('long', 129);
    expect(second.reports).toEqual(first.reports);
    expect(second.builds).toBe(first.builds);
  });
});
