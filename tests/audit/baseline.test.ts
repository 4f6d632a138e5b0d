import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { ESLint, Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  type Baseline,
  BaselineError,
  compareWithBaseline,
  countFindings,
  pruneBaseline,
  readBaseline,
  recordFindings,
  serializeBaseline,
  writeBaseline,
} from '../../lib/audit/baseline';
import { eslintBin, makeTempDir, removeTempDir, runSync } from '../integration/support/workspace';
import {
  BROKEN,
  CLEAN,
  FILE_A,
  FILE_B,
  lintProject,
  makeProject,
  SYNC_FS,
  TIMEOUT,
  writeFiles,
} from './baseline-project';

// The baseline is ESLint's bulk-suppressions file: these tests pin its counting, its text (byte for byte what
// `eslint --suppress-all` writes), its reading, and that a run judged by it has ESLint's outcome.

const CWD = '/repo';

function message(ruleId: string | null, severity: Linter.Severity, extra: Partial<Linter.LintMessage> = {}) {
  return { ruleId, severity, message: `${String(ruleId)} here`, line: 1, column: 1, ...extra } as Linter.LintMessage;
}

function result(file: string, messages: Linter.LintMessage[]): ESLint.LintResult {
  const errors = messages.filter((m) => m.severity === 2).length;
  return {
    filePath: path.join(CWD, file),
    messages,
    suppressedMessages: [],
    errorCount: errors,
    fatalErrorCount: messages.filter((m) => m.fatal === true).length,
    warningCount: messages.length - errors,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

describe('countFindings', () => {
  it("counts our rules' errors per file (relative, POSIX) and rule; no warnings, parse errors or other rules", () => {
    const results = [
      result('src/a.js', [message(SYNC_FS, 2), message(SYNC_FS, 2), message(TIMEOUT, 2), message('no-undef', 2)]),
      result('src/deep/b.ts', [message(SYNC_FS, 1), message(null, 2, { fatal: true }), message(TIMEOUT, 2)]),
      result('src/clean.js', [message(SYNC_FS, 1)]),
    ];
    expect(countFindings(results, CWD)).toEqual({
      'src/a.js': { [SYNC_FS]: { count: 2 }, [TIMEOUT]: { count: 1 } },
      'src/deep/b.ts': { [TIMEOUT]: { count: 1 } },
    });
  });
});

describe('serializeBaseline', () => {
  it("is ESLint's text: keys sorted at every level, two spaces, no final newline", () => {
    const baseline: Baseline = {
      'src/b.js': { [TIMEOUT]: { count: 1 }, [SYNC_FS]: { count: 3 } },
      '10.js': { [SYNC_FS]: { count: 1 } },
      '9.js': { [SYNC_FS]: { count: 2 } },
    };
    expect(serializeBaseline(baseline)).toBe(
      [
        '{',
        '  "10.js": {',
        '    "async-io/no-sync-fs-in-async": {',
        '      "count": 1',
        '    }',
        '  },',
        '  "9.js": {',
        '    "async-io/no-sync-fs-in-async": {',
        '      "count": 2',
        '    }',
        '  },',
        '  "src/b.js": {',
        '    "async-io/no-sync-fs-in-async": {',
        '      "count": 3',
        '    },',
        '    "async-io/require-timeout-on-tool": {',
        '      "count": 1',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    );
    expect(serializeBaseline({})).toBe('{}');
  });
});

describe('readBaseline', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir('baseline-read');
  });
  afterAll(() => {
    removeTempDir(dir);
  });

  async function readError(text: string | null): Promise<string> {
    const file = path.join(dir, 'eslint-suppressions.json');
    rmSync(file, { force: true });
    if (text != null) writeFileSync(file, text);
    const error = await readBaseline(file).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(BaselineError);
    const text_ = (error as Error).message.replace(file, '<file>');
    expect(text_).not.toContain('\n');
    return text_;
  }

  it('reads back what it wrote', async () => {
    const file = path.join(dir, 'round-trip.json');
    const baseline: Baseline = { 'src/a.js': { [SYNC_FS]: { count: 2 }, 'no-undef': { count: 1 } } };
    await writeBaseline(file, baseline);
    await expect(readBaseline(file)).resolves.toEqual(baseline);
  });

  it('says in one line that the file is missing, not JSON, or not a suppressions file', async () => {
    expect(await readError(null)).toBe('the baseline <file> does not exist; write it with --baseline');
    expect(await readError('{"src/a.js": {')).toMatch(/^the baseline <file> is not valid JSON: \S/);
    expect(await readError('[]')).toBe('the baseline <file> is not a suppressions file: expected an object of files');
    expect(await readError('{"a.js": 3}')).toBe(
      'the baseline <file> is not a suppressions file: "a.js" is not an object of rules',
    );
    expect(await readError(`{"a.js": {"${SYNC_FS}": {"count": "2"}}}`)).toBe(
      `the baseline <file> is not a suppressions file: "a.js" "${SYNC_FS}" has no count (a whole number)`,
    );
    expect(await readError(`{"a.js": {"${SYNC_FS}": {"count": -1}}}`)).toContain('has no count');
    expect(await readError(`{"a.js": {"${SYNC_FS}": {"count": 1.5}}}`)).toContain('has no count');
  });
});

describe('recordFindings', () => {
  it("replaces the linted files' entries of our rules, and keeps other rules and files it did not lint", () => {
    const previous: Baseline = {
      'src/a.js': { [SYNC_FS]: { count: 5 }, [TIMEOUT]: { count: 1 }, 'no-undef': { count: 2 } },
      'src/clean.js': { [SYNC_FS]: { count: 1 } },
      'src/other.js': { [SYNC_FS]: { count: 4 } },
    };
    const results = [result('src/a.js', [message(SYNC_FS, 2), message(SYNC_FS, 2)]), result('src/clean.js', [])];
    expect(recordFindings(previous, results, CWD)).toEqual({
      'src/a.js': { [SYNC_FS]: { count: 2 }, 'no-undef': { count: 2 } },
      'src/other.js': { [SYNC_FS]: { count: 4 } },
    });
    expect(previous['src/a.js']?.[SYNC_FS]?.count).toBe(5);
  });
});

describe('compareWithBaseline and pruneBaseline', () => {
  const baseline: Baseline = {
    'src/a.js': { [SYNC_FS]: { count: 2 }, [TIMEOUT]: { count: 2 }, 'no-undef': { count: 1 } },
    'src/b.js': { [SYNC_FS]: { count: 1 } },
    'src/gone.js': { [SYNC_FS]: { count: 3 }, 'no-undef': { count: 1 } },
  };
  const within = message(SYNC_FS, 2, { fix: { range: [0, 1], text: 'x' } });
  const results = [
    result('src/a.js', [within, message(SYNC_FS, 2), message(TIMEOUT, 2), message('no-undef', 1)]),
    result('src/b.js', [message(SYNC_FS, 2), message(SYNC_FS, 2)]),
  ];

  it('suppresses a rule within its count entirely, as ESLint does, and recounts the file', async () => {
    const { results: judged } = await compareWithBaseline(results, baseline, CWD);
    const [a, b] = judged;
    expect(a?.messages.map((m) => m.ruleId)).toEqual(['no-undef']);
    expect(a?.suppressedMessages.map((m) => [m.ruleId, m.suppressions])).toEqual([
      [SYNC_FS, [{ kind: 'file', justification: '' }]],
      [SYNC_FS, [{ kind: 'file', justification: '' }]],
      [TIMEOUT, [{ kind: 'file', justification: '' }]],
    ]);
    expect([a?.errorCount, a?.warningCount, a?.fixableErrorCount, a?.fatalErrorCount]).toEqual([0, 1, 0, 0]);
    expect(b?.messages).toHaveLength(2);
    expect(b?.suppressedMessages).toEqual([]);
    expect(results[0]?.messages).toHaveLength(4);
  });

  it('reports each file and rule above its count, and those below it or gone', async () => {
    const { above, below } = await compareWithBaseline(results, baseline, CWD);
    expect(above).toEqual([{ file: 'src/b.js', ruleId: SYNC_FS, allowed: 1, found: 2 }]);
    expect(below).toEqual([
      { file: 'src/a.js', ruleId: TIMEOUT, allowed: 2, found: 1 },
      { file: 'src/gone.js', ruleId: SYNC_FS, allowed: 3, found: 0 },
    ]);
  });

  it('counts a rule the baseline does not name as allowed 0, and one no longer reported as found 0', async () => {
    const { above, below } = await compareWithBaseline(
      [result('src/a.js', [message(TIMEOUT, 2)]), result('src/new.js', [message(SYNC_FS, 2)])],
      { 'src/a.js': { [SYNC_FS]: { count: 1 } } },
      CWD,
    );
    expect(above).toEqual([
      { file: 'src/a.js', ruleId: TIMEOUT, allowed: 0, found: 1 },
      { file: 'src/new.js', ruleId: SYNC_FS, allowed: 0, found: 1 },
    ]);
    expect(below).toEqual([{ file: 'src/a.js', ruleId: SYNC_FS, allowed: 1, found: 0 }]);
  });

  it('prunes what shrank or vanished, never raises a count, and keeps other rules', async () => {
    const { below } = await compareWithBaseline(results, baseline, CWD);
    expect(pruneBaseline(baseline, below)).toEqual({
      'src/a.js': { [SYNC_FS]: { count: 2 }, [TIMEOUT]: { count: 1 }, 'no-undef': { count: 1 } },
      'src/b.js': { [SYNC_FS]: { count: 1 } },
      'src/gone.js': { 'no-undef': { count: 1 } },
    });
    expect(
      pruneBaseline({ 'x.js': { [SYNC_FS]: { count: 1 } } }, [{ file: 'x.js', ruleId: SYNC_FS, allowed: 1, found: 0 }]),
    ).toEqual({});
    expect(baseline['src/a.js']?.[TIMEOUT]?.count).toBe(2);
  });
});

// The same file, read by ESLint's own CLI: what we write is what `--suppress-all` writes, and ESLint's outcome on
// it is ours (pass within, fail above, and below: pass for us, "unused suppressions" for ESLint until pruned).
describe("ESLint's CLI and the baseline", () => {
  let project: string;
  const file = () => path.join(project, 'eslint-suppressions.json');
  const eslint = (...args: string[]) => runSync(process.execPath, [eslintBin(10), ...args, 'src'], { cwd: project });

  beforeAll(() => {
    project = makeProject('baseline-eslint', { 'src/a.js': FILE_A, 'src/b.js': FILE_B, 'src/c.js': CLEAN });
  });
  afterAll(() => {
    removeTempDir(project);
  });

  it('writes byte for byte what `eslint --suppress-all` writes', async () => {
    const ours = serializeBaseline(recordFindings({}, await lintProject(project), project));
    const run = eslint('--suppress-all');
    expect(run.status, run.transcript).toBe(0);
    expect(readFileSync(file(), 'utf8')).toBe(ours);
    expect(JSON.parse(ours)).toEqual({
      'src/a.js': { [SYNC_FS]: { count: 2 }, [TIMEOUT]: { count: 1 } },
      'src/b.js': { [SYNC_FS]: { count: 1 } },
    });
  });

  it('passes within the baseline, fails above it, and prunes below it, with ESLint agreeing', async () => {
    await writeBaseline(file(), recordFindings({}, await lintProject(project), project));
    let judged = await compareWithBaseline(await lintProject(project), await readBaseline(file()), project);
    expect([judged.above, judged.below]).toEqual([[], []]);
    expect(eslint('--suppressions-location', file()).status).toBe(0);

    writeFiles(project, { 'src/b.js': `${FILE_B}export async function again(p) {\n  return statSync(p);\n}\n` });
    judged = await compareWithBaseline(await lintProject(project), await readBaseline(file()), project);
    expect(judged.above).toEqual([{ file: 'src/b.js', ruleId: SYNC_FS, allowed: 1, found: 2 }]);
    expect(judged.results.find((r) => r.filePath.endsWith('b.js'))?.errorCount).toBe(2);
    const above = eslint('--suppressions-location', file(), '--format', 'json');
    expect(above.status, above.transcript).toBe(1);
    const reported = (JSON.parse(above.stdout) as ESLint.LintResult[]).filter((r) => r.errorCount > 0);
    expect(reported.map((r) => [path.relative(project, r.filePath), r.errorCount])).toEqual([['src/b.js', 2]]);

    writeFiles(project, { 'src/a.js': FILE_A.replace("  fs.writeFileSync(p + '.bak', a);\n", ''), 'src/b.js': FILE_B });
    judged = await compareWithBaseline(await lintProject(project), await readBaseline(file()), project);
    expect(judged.above).toEqual([]);
    expect(judged.below).toEqual([{ file: 'src/a.js', ruleId: SYNC_FS, allowed: 2, found: 1 }]);
    expect(eslint('--suppressions-location', file()).status).toBe(2);
    expect(eslint('--suppressions-location', file(), '--pass-on-unpruned-suppressions').status).toBe(0);

    await writeBaseline(file(), pruneBaseline(await readBaseline(file()), judged.below));
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual({
      'src/a.js': { [SYNC_FS]: { count: 1 }, [TIMEOUT]: { count: 1 } },
      'src/b.js': { [SYNC_FS]: { count: 1 } },
    });
    const pruned = eslint('--suppressions-location', file());
    expect(pruned.status, pruned.transcript).toBe(0);
  });

  it('leaves a file that does not parse out of the counts', async () => {
    writeFiles(project, { 'src/broken.js': BROKEN });
    try {
      const results = await lintProject(project);
      expect(results.some((r) => r.fatalErrorCount === 1)).toBe(true);
      expect(Object.keys(countFindings(results, project))).toEqual(['src/a.js', 'src/b.js']);
    } finally {
      rmSync(path.join(project, 'src/broken.js'));
    }
  });
});
