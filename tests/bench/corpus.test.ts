import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The corpus harness's quick subset (bench/run.mjs --quick: two real npm packages) as CI's gate: our rules never
 * throw on real code, and every fix they make still parses and is stable. Speed is measured by the full
 * `npm run bench`, not here. The first run installs the two packages into the corpus cache (npm registry).
 */
const execFileAsync = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');
const TEN_MINUTES = 10 * 60 * 1000;

interface Located {
  readonly pkg: string;
  readonly rel: string;
}
interface Crash extends Located {
  readonly ruleId: string | null;
  readonly stack: string;
}
interface FixFailure extends Located {
  readonly line: number;
  readonly message: string;
  readonly text: string;
}
interface QuickResults {
  readonly ourRules: readonly string[];
  readonly corpus: { readonly files: number; readonly packages: readonly { readonly name: string }[] };
  readonly crashes: { readonly ours: readonly Crash[] };
  readonly fixSafety: {
    readonly unparseable: readonly FixFailure[];
    readonly unstable: readonly FixFailure[];
    readonly perPackage: Readonly<Record<string, PackageFixes>>;
  };
}
interface ReportCounts {
  readonly before: number;
  readonly left: number;
  readonly fixable: number;
}
interface PackageFixes {
  readonly filesFixed: number;
  readonly reports: Readonly<Record<string, ReportCounts>>;
}

function isQuickResults(value: unknown): value is QuickResults {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof QuickResults, unknown>>;
  return (
    Array.isArray(v.ourRules) &&
    typeof v.corpus === 'object' &&
    typeof v.crashes === 'object' &&
    typeof v.fixSafety === 'object'
  );
}

const describeCrash = (c: Crash): string => `${c.pkg}/${c.rel} (${c.ruleId ?? 'unknown rule'})\n${c.stack}`;
const describeFix = (f: FixFailure): string => `${f.pkg}/${f.rel}:${String(f.line)} ${f.message}: ${f.text}`;

describe('corpus harness, quick subset', () => {
  let outDir = '';
  let results: QuickResults;
  let stderr = '';

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'async-io-bench-'));
    try {
      ({ stderr } = await execFileAsync(
        process.execPath,
        [path.join(ROOT, 'bench', 'run.mjs'), '--quick', '--no-speed', '--out', outDir],
        { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      ));
    } catch (error) {
      // Exit 1 means the harness found failures; the assertions below name them. Anything else is a harness error.
      const failed = error as { code?: number; stderr?: string };
      stderr = failed.stderr ?? '';
      if (failed.code !== 1) throw new Error(`bench/run.mjs --quick failed (exit ${String(failed.code)}):\n${stderr}`);
    }
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(outDir, 'benchmarks.quick.json'), 'utf8'));
    if (!isQuickResults(parsed)) throw new Error(`unexpected results shape:\n${stderr}`);
    results = parsed;
  }, TEN_MINUTES);

  afterAll(() => {
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('lints two real packages with our built rules', () => {
    expect(results.corpus.packages).toHaveLength(2);
    expect(results.corpus.files).toBeGreaterThan(100);
    expect(results.ourRules).toContain('async-io/no-sync-fs-in-async');
  });

  it('no rule of ours throws on any file', () => {
    expect(results.crashes.ours.map(describeCrash)).toEqual([]);
  });

  it('every fixed file still parses', () => {
    expect(results.fixSafety.unparseable.map(describeFix)).toEqual([]);
  });

  // The two checks above pass trivially when nothing is fixed: the quick set has fixable reports, so fixes must run.
  it('fixes ran: files were fixed, and every kind of fixable report was fixed somewhere', () => {
    const packages = Object.values(results.fixSafety.perPackage);
    expect(packages.reduce((sum, p) => sum + p.filesFixed, 0)).toBeGreaterThan(0);
    const unfixed = packages.flatMap((p) =>
      Object.entries(p.reports)
        .filter(([, r]) => r.fixable > 0 && r.left >= r.before)
        .map(([id]) => id),
    );
    expect(unfixed).toEqual([]);
  });

  it('a second fix pass changes nothing', () => {
    expect(results.fixSafety.unstable.map(describeFix)).toEqual([]);
  });
});
