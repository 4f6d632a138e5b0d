// The report of the built command on a fixture repository: every section, every count, each format.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { REPO_ROOT, removeTempDir, type RunResult } from '../integration/support/workspace';
import { audit, copyAuditFixture } from './support';

interface Report {
  readonly $schema: string;
  readonly filesLinted: number;
  readonly status: Record<string, { part: number; total: number; share: number | null }>;
  readonly alreadyRight: { asyncFsCalls: unknown[]; boundedToolRuns: unknown[]; cleanFiles: number };
  readonly findings: { file: string; line: number; rule: string; remedy: string; priority: number }[];
  readonly unparsed: unknown[];
  readonly effort: unknown;
  readonly mocks: unknown[];
  readonly changes: unknown;
  readonly pullRequests: { title: string; files: { file: string; summary: string }[] }[];
}

let dir: string;
let json: RunResult;
let md: RunResult;
let report: Report;

beforeAll(async () => {
  dir = copyAuditFixture('project');
  [json, md] = await Promise.all([audit(dir, ['--format', 'json']), audit(dir, [])]);
  report = JSON.parse(json.stdout) as Report;
});

afterAll(() => {
  removeTempDir(dir);
});

describe('the JSON report on the fixture repository', () => {
  it('exits 1 for findings', () => {
    expect(json.status, json.transcript).toBe(1);
    expect(json.stderr).toBe('');
  });

  it('lints the sources and skips build output, vendored, generated, ignored code and node_modules', () => {
    // src/files.ts, src/run.ts, src/main.ts, src/files.test.ts
    expect(report.filesLinted).toBe(4);
    const files = new Set(report.findings.map((finding) => finding.file));
    expect([...files].sort()).toEqual(['src/files.ts', 'src/run.ts']);
  });

  it('lists every finding with its line, priority and remedy', () => {
    const found = report.findings.map((f) => `${f.file}:${f.line} ${f.rule} P${f.priority} ${f.remedy}`);
    expect(found).toEqual([
      'src/files.ts:8 no-sync-fs-in-async P2 fix',
      'src/files.ts:12 no-sync-fs-in-async P2 fix',
      'src/files.ts:17 no-sync-fs-in-async P2 suggestion',
      'src/files.ts:23 no-sync-fs-in-async P2 person',
      'src/files.ts:27 no-sync-fs-in-async P2 fix',
      'src/run.ts:14 require-timeout-on-tool P1 timeout',
    ]);
  });

  it('counts the status from the census: async fs calls and bounded tool runs', () => {
    // fs.promises.stat, readFile from fs/promises, fs.promises.readdir; against the 5 sync calls reported.
    expect(report.status.asyncFs).toEqual({ part: 3, total: 8, share: 3 / 8 });
    // execFileAsync with `timeout`, fetch with a signal; against the one exec without a bound.
    expect(report.status.boundedToolRuns).toEqual({ part: 2, total: 3, share: 2 / 3 });
    expect(report.alreadyRight).toEqual({
      asyncFsCalls: [{ file: 'src/files.ts', count: 3 }],
      boundedToolRuns: [{ file: 'src/run.ts', count: 2 }],
      cleanFiles: 2,
    });
  });

  it('counts the effort', () => {
    expect(report.effort).toEqual({ files: 2, lines: 6, byRemedy: { fix: 3, suggestion: 1, timeout: 1, person: 1 } });
    expect(report.unparsed).toEqual([]);
    expect(report.changes).toBeNull();
  });

  it('lists the test mocks of the sync functions the findings convert, and no other', () => {
    expect(report.mocks).toEqual([
      { file: 'src/files.test.ts', line: 8, kind: 'module', functions: ['readFileSync', 'readdirSync'] },
      { file: 'src/files.test.ts', line: 21, kind: 'spy', functions: ['writeFileSync'] },
      { file: 'src/files.test.ts', line: 27, kind: 'stub', functions: ['existsSync'] },
      { file: 'src/files.test.ts', line: 32, kind: 'stub', functions: ['readdirSync'] },
    ]);
  });

  it('plans one pull request per kind of change', () => {
    expect(report.pullRequests.map((pr) => [pr.title, pr.files])).toEqual([
      [
        'fix: put a deadline on every tool run',
        [{ file: 'src/run.ts', summary: '1 tool run: 1 by `--add-timeouts <ms>`' }],
      ],
      [
        'fix: convert blocking fs calls in async code to fs/promises',
        [{ file: 'src/files.ts', summary: '4 calls: 3 by `--fix`, 1 by `--fix-suggestions`' }],
      ],
      [
        'refactor: move the remaining blocking fs calls off the async path',
        [{ file: 'src/files.ts', summary: '1 call: 1 by hand' }],
      ],
    ]);
  });

  it('validates against the published schema, which it names', () => {
    const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'docs/audit-report.schema.json'), 'utf8')) as {
      $id: string;
    };
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.$schema).toBe(schema.$id);
    // A URL that serves the JSON itself (GitHub's blob page is HTML), naming the repository's file.
    expect(report.$schema).toBe(
      'https://raw.githubusercontent.com/eslint-plugin-async-io/eslint-plugin-async-io/main/docs/audit-report.schema.json',
    );
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('docs');
  });
});

describe('a project outside git', () => {
  it('reads .gitignore itself and skips the same files', async () => {
    const plain = copyAuditFixture('project', { git: false });
    try {
      const result = await audit(plain, ['--format', 'json']);
      const outside = JSON.parse(result.stdout) as Report;
      expect(outside.filesLinted).toBe(report.filesLinted);
      expect(outside.findings).toEqual(report.findings);
    } finally {
      removeTempDir(plain);
    }
  });
});

describe('the markdown report (the default when stdout is not a terminal)', () => {
  it('has the seed audit’s sections, in order', () => {
    expect(md.status, md.transcript).toBe(1);
    const headings = md.stdout.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Async execution audit',
      "## What's already right",
      '## Findings',
      '### Priority 1: tool runs that can hang forever (1)',
      '#### `src/run.ts` (1 finding)',
      '### Priority 2: blocking fs calls in async code (5)',
      '#### `src/files.ts` (5 findings)',
      '## Tests that will need care',
      '## Effort',
      '## Suggested PR structure',
    ]);
  });

  it('states the measured status line', () => {
    expect(md.stdout).toContain(
      '**Status**: ⚠️ **37% async**: 3 of 8 fs calls made while an async function runs already use `fs/promises`; **66% bounded**: 2 of 3 tool runs have a deadline.',
    );
    expect(md.stdout).toContain('4 files linted (zero config).');
  });

  it('gives each finding its location, the rule’s message and its remedy', () => {
    expect(md.stdout).toContain(
      '- `src/files.ts:8`: `readFileSync` blocks the event loop while this async function runs; use `await readFile()` from `fs/promises`. (`--fix`)',
    );
    expect(md.stdout).toMatch(
      /^- `src\/run\.ts:14`: `.*exec\(\)` runs without a deadline.*\(`--add-timeouts <ms>`\)$/mu,
    );
  });

  it('names the tests that will need care', () => {
    const section = md.stdout.split('## Tests that will need care')[1]?.split('## Effort')[0] ?? '';
    expect(section).toContain('- `src/files.test.ts:8`: mocks the module `readFileSync`, `readdirSync`');
    expect(section).toContain('- `src/files.test.ts:21`: spies on `writeFileSync`');
    expect(section).toContain('- `src/files.test.ts:27`: stubs `existsSync`');
  });

  it('counts the effort and ends with the PR plan in code blocks', () => {
    expect(md.stdout).toContain('- **Files to change**: 2\n- **Lines to change**: 6\n- **By `--fix`**: 3');
    expect(md.stdout).toMatch(/```\nfix: put a deadline on every tool run\n\n.*\n\nFiles changed:\n- src\/run\.ts: /u);
  });
});

describe('the terminal report (--format pretty)', () => {
  it('colours the same content when colour is forced, with file:line locations', async () => {
    const pretty = await audit(dir, ['--format', 'pretty'], { FORCE_COLOR: '1', NO_COLOR: undefined });
    expect(pretty.stdout).toContain('\u001b[');
    expect(pretty.stdout).toContain('src/files.ts:8');
    expect(pretty.stdout).not.toContain('`src/files.ts:8`');
  });

  it('prints no colour under NO_COLOR', async () => {
    const plain = await audit(dir, ['--format', 'pretty']);
    expect(plain.status).toBe(1);
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toContain('Async execution audit');
  });
});
