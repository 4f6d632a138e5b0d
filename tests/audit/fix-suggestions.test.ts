// `--fix-suggestions` applies every suggestion of its set (useAccess, useRealpath, makeHelperAsync) and leaves
// catchNoEntry alone: on the fixture repository with tests/fixtures/audit/suggestions laid over it, the fixed copy
// type-checks (strict, noUnusedLocals) and runs as the original does.
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { REPO_ROOT, removeTempDir, type RunResult } from '../integration/support/workspace';
import { audit, compileAndRun, copyAuditFixture, typeCheck } from './support';

interface Report {
  readonly findings: { file: string; line: number; messageId: string; remedy: string }[];
  readonly changes: unknown;
}

/** The project fixture with one call per suggestion kind, and a main.ts that runs them. */
function copyWithSuggestions(): string {
  const dir = copyAuditFixture('project');
  cpSync(path.join(REPO_ROOT, 'tests/fixtures/audit/suggestions/src'), path.join(dir, 'src'), { recursive: true });
  return dir;
}

const dirs = { original: '', fixed: '' };
let before: Report;
let fixRun: RunResult;

beforeAll(async () => {
  dirs.original = copyWithSuggestions();
  dirs.fixed = copyWithSuggestions();
  const [original, fixed] = await Promise.all([
    audit(dirs.original, ['--format', 'json', 'src/suggested.ts']),
    audit(dirs.fixed, ['--fix-suggestions', '--format', 'json']),
  ]);
  before = JSON.parse(original.stdout) as Report;
  fixRun = fixed;
});

afterAll(() => {
  for (const dir of Object.values(dirs)) removeTempDir(dir);
});

const suggested = (dir: string): string => readFileSync(path.join(dir, 'src/suggested.ts'), 'utf8');

describe('--fix-suggestions on every suggestion kind', () => {
  it('counts the three kinds it applies as suggestions, and catchNoEntry as work for a person', () => {
    expect(before.findings.map((f) => `${String(f.line)} ${f.messageId} ${f.remedy}`)).toEqual([
      '11 syncFsInHelper suggestion',
      '15 syncFsNotEquivalent suggestion',
      '19 syncFsNotEquivalent suggestion',
      '24 syncFsNotEquivalent person',
    ]);
  });

  it('applies useAccess, useRealpath and makeHelperAsync, and leaves the throwIfNoEntry call', () => {
    expect(fixRun.status, fixRun.transcript).toBe(1);
    const report = JSON.parse(fixRun.stdout) as Report;
    expect(report.changes).toEqual({
      fix: true,
      fixSuggestions: true,
      addTimeouts: null,
      findingsBefore: 10,
      findingsAfter: 3,
      files: [
        { file: 'src/files.ts', before: 5, after: 1 },
        { file: 'src/suggested.ts', before: 4, after: 1 },
      ],
    });
    const text = suggested(dirs.fixed);
    expect(text).toContain(
      'async function loadJson(file: string): Promise<unknown> {\n' +
        "  return JSON.parse(await fs.promises.readFile(file, 'utf8'));\n}",
    );
    expect(text).toContain('  return await loadJson(file);');
    expect(text).toContain('  return path.basename(await fs.promises.realpath(file));');
    expect(text).toContain('  return await fs.promises.access(file).then(() => true, () => false);');
    expect(text).toContain('  const stats = fs.statSync(file, { throwIfNoEntry: false });');
    expect(report.findings.filter((f) => f.file === 'src/suggested.ts').map((f) => f.line)).toEqual([24]);
  });

  it('leaves a project that type-checks and runs as the original', () => {
    const checked = typeCheck(dirs.fixed);
    expect(checked.status, checked.transcript).toBe(0);
    expect(compileAndRun(dirs.fixed)).toEqual(compileAndRun(dirs.original));
  });
});
