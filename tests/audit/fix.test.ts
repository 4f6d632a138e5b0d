// `--fix`, `--fix-suggestions` and `--add-timeouts` on copies of the fixture repository: what the report says
// changed, that the fixed project type-checks (strict, noUnusedLocals), and that it runs as the original does.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { removeTempDir, type RunResult } from '../integration/support/workspace';
import { audit, compileAndRun, copyAuditFixture, typeCheck } from './support';

interface Report {
  readonly findings: { file: string; line: number; remedy: string }[];
  readonly changes: unknown;
  readonly mocks: { functions: string[] }[];
}

const dirs: Record<'original' | 'fix' | 'all', string> = { original: '', fix: '', all: '' };
let fixRun: RunResult;
let allRun: RunResult;
let originalRun: ReturnType<typeof compileAndRun> | undefined;

/** What the original project prints and leaves, compiled and run once. */
function original(): ReturnType<typeof compileAndRun> {
  originalRun ??= compileAndRun(dirs.original);
  return originalRun;
}

beforeAll(async () => {
  dirs.original = copyAuditFixture('project');
  dirs.fix = copyAuditFixture('project');
  dirs.all = copyAuditFixture('project');
  [fixRun, allRun] = await Promise.all([
    audit(dirs.fix, ['--fix', '--format', 'json']),
    audit(dirs.all, ['--fix-suggestions', '--add-timeouts', '5000', '--format', 'json']),
  ]);
});

afterAll(() => {
  for (const dir of Object.values(dirs)) removeTempDir(dir);
});

const source = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');
const reportOf = (result: RunResult): Report => JSON.parse(result.stdout) as Report;

describe('--fix', () => {
  it('applies the autofixes only and says what changed', () => {
    expect(fixRun.status, fixRun.transcript).toBe(1);
    const report = reportOf(fixRun);
    expect(report.changes).toEqual({
      fix: true,
      fixSuggestions: false,
      addTimeouts: null,
      findingsBefore: 6,
      findingsAfter: 3,
      files: [{ file: 'src/files.ts', before: 5, after: 2 }],
    });
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.remedy}`)).toEqual([
      'src/files.ts:17 suggestion',
      'src/files.ts:23 person',
      'src/run.ts:14 timeout',
    ]);
    expect(source(dirs.fix, 'src/files.ts')).toContain("return await fs.promises.readFile(file, 'utf8');");
    expect(source(dirs.fix, 'src/run.ts')).toBe(source(dirs.original, 'src/run.ts'));
  });

  it('adds no deadline with --fix-suggestions alone', async () => {
    const dir = copyAuditFixture('project');
    try {
      const result = await audit(dir, ['--fix-suggestions', '--format', 'json']);
      expect(result.status, result.transcript).toBe(1);
      expect(source(dir, 'src/run.ts')).toBe(source(dirs.original, 'src/run.ts'));
    } finally {
      removeTempDir(dir);
    }
  });

  it('still names the tests whose mocks the fix broke', () => {
    expect(reportOf(fixRun).mocks.map((mock) => mock.functions)).toEqual([
      ['readFileSync', 'readdirSync'],
      ['writeFileSync'],
      ['existsSync'],
      ['readdirSync'],
    ]);
  });

  it('leaves a project that type-checks and runs as the original', () => {
    const checked = typeCheck(dirs.fix);
    expect(checked.status, checked.transcript).toBe(0);
    expect(compileAndRun(dirs.fix)).toEqual(original());
  });
});

describe('--fix-suggestions --add-timeouts 5000', () => {
  it('also applies the behaviour-keeping suggestions and the deadlines, and leaves what needs a person', () => {
    expect(allRun.status, allRun.transcript).toBe(1);
    const report = reportOf(allRun);
    expect(report.changes).toEqual({
      fix: true,
      fixSuggestions: true,
      addTimeouts: 5000,
      findingsBefore: 6,
      findingsAfter: 1,
      files: [
        { file: 'src/files.ts', before: 5, after: 1 },
        { file: 'src/run.ts', before: 1, after: 0 },
      ],
    });
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.remedy}`)).toEqual(['src/files.ts:23 person']);
    expect(source(dirs.all, 'src/files.ts')).toContain(
      'if (!await fs.promises.access(file).then(() => true, () => false)) return null;',
    );
    expect(source(dirs.all, 'src/run.ts')).toContain("await execAsync('echo hello', { timeout: 5000 });");
  });

  it('leaves a project that type-checks and runs as the original', () => {
    const checked = typeCheck(dirs.all);
    expect(checked.status, checked.transcript).toBe(0);
    expect(compileAndRun(dirs.all)).toEqual(original());
  });

  it('says what changed in the markdown report', async () => {
    const again = await audit(dirs.all, ['--fix-suggestions']);
    // Nothing left to fix: the report says so, and the one finding for a person remains.
    expect(again.stdout).toContain('## What this run changed\n\n`--fix-suggestions`: 0 files changed; findings 1 → 1.');
    expect(again.status).toBe(1);
  });
});
