import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The benchmark's counts of `no-sync-fs-in-async` reports (bench/analyse.mjs): direct reports beside calls of
 * blocking helpers (fix offered or withheld, by reason) and the loop suggestions, from the rule's real messages,
 * and their section of the page (bench/report.mjs).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const RULE = 'async-io/no-sync-fs-in-async';

interface Message {
  readonly ruleId: string | null;
  readonly messageId?: string;
  readonly message: string;
  readonly fix?: unknown;
  readonly suggestions?: readonly { readonly messageId?: string }[];
}
interface Details {
  suggestions: Record<string, number>;
  withheld: Record<string, number>;
}
interface ReportCounts {
  before: number;
  left: number;
  fixable: number;
  suggestions: number;
}
interface PackageStats {
  reports: Record<string, ReportCounts>;
  syncFsDetails?: Details;
}
interface Counts {
  direct: Record<string, number>;
  directTotal: number;
  helper: {
    reports: number;
    suggestion: number;
    autofix: number;
    withheld: number;
    withheldBy: Record<string, number>;
  };
  imported: number;
  loops: Record<string, number>;
  perPackage?: Record<string, { direct: number; helper: number; imported: number }>;
}
interface Analyse {
  withheldReason: (text: string) => string;
  emptySyncFsDetails: () => Details;
  addSyncFsDetails: (details: Details, message: Message) => void;
  mergeSyncFsDetails: (into: Details, from: Details | undefined) => Details;
  syncFsCounts: (packages: Record<string, PackageStats>, ruleId: string) => Counts;
  withImportedCounted: (counts: Omit<Counts, 'imported'> & { imported?: number }) => Counts;
}
interface Linting {
  linter: { verify: (code: string, config: unknown, options: { filename: string }) => readonly Message[] };
  configs: Record<string, unknown>;
}
interface Setups {
  loadOurPlugin: () => unknown;
  createLinting: (setup: string, plugin: unknown, cwd: string) => Linting;
}
interface Report {
  renderMarkdown: (results: Record<string, unknown>) => string;
}

const load = async <T>(file: string): Promise<T> =>
  (await import(/* @vite-ignore */ pathToFileURL(path.join(ROOT, 'bench', file)).href)) as T;

let analyse: Analyse;
let setups: Setups;
let report: Report;

beforeAll(async () => {
  [analyse, setups, report] = await Promise.all([
    load<Analyse>('analyse.mjs'),
    load<Setups>('setups.mjs'),
    load<Report>('report.mjs'),
  ]);
});

/**
 * One package's counters as the check worker keeps them, from our rules' messages on `code` linted as `filename` (a
 * real path, as the check worker gives: the rule reads the modules it imports from disk).
 */
function packageStats(code: string, filename = path.join(ROOT, 'x.ts')): PackageStats {
  const { linter, configs } = setups.createLinting('ours', setups.loadOurPlugin(), path.dirname(filename));
  const messages = linter.verify(code, configs.ts, { filename });
  const stats: PackageStats = { reports: {}, syncFsDetails: analyse.emptySyncFsDetails() };
  for (const m of messages) {
    const r = (stats.reports[`${m.ruleId ?? ''}/${m.messageId ?? '-'}`] ??= {
      before: 0,
      left: 0,
      fixable: 0,
      suggestions: 0,
    });
    r.before++;
    if (m.fix) r.fixable++;
    if (m.suggestions?.length) r.suggestions++;
    if (m.ruleId === RULE && stats.syncFsDetails) analyse.addSyncFsDetails(stats.syncFsDetails, m);
  }
  return stats;
}

const CODE = `import fs from 'node:fs';
function load(p: string) { return fs.readFileSync(p, 'utf8'); }
export function read(p: string) { return fs.readFileSync(p, 'utf8'); }
function sizeOf(p: string) { return fs.statSync(p).size; }
const sizes = () => sizeOf('a');
export async function run(files: string[]) {
  load('a');
  read('b');
  load('c');
  fs.readFileSync('d');
  files.forEach((f) => fs.unlinkSync(f));
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  return [texts, sizes()];
}
sizeOf('e');
`;

/** A two-module package on disk: `main.ts` calls, in async code, helpers `config.ts` exports. */
let packageDir = '';
const CONFIG = `import { readFileSync } from 'node:fs';
export function loadSettings(p: string) { return JSON.parse(readFileSync(p, 'utf8')); }
export function name() { return 'x'; }
`;
const MAIN = `import { loadSettings, name } from './config';
export async function start() {
  name();
  return loadSettings('settings.json');
}
`;

beforeAll(() => {
  packageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'async-io-counts-'));
  fs.writeFileSync(path.join(packageDir, 'config.ts'), CONFIG);
  fs.writeFileSync(path.join(packageDir, 'main.ts'), MAIN);
});

afterAll(() => {
  if (packageDir) fs.rmSync(packageDir, { recursive: true, force: true });
});

/** Counts as results written before cross-module reports were counted apart: `imported` among the direct ones. */
function countedAsDirect(counts: Counts, imported: number): Omit<Counts, 'imported'> {
  return {
    direct: { ...counts.direct, syncFsInImportedHelper: imported },
    directTotal: counts.directTotal + imported,
    helper: counts.helper,
    loops: counts.loops,
  };
}

describe('withheldReason', () => {
  it('keeps the reason of a withheld helper fix, without names and lines', () => {
    const reason = (text: string): string =>
      analyse.withheldReason(
        `\`x()\` uses the filesystem synchronously (\`readFileSync\`, line 2), blocking this async function; make it async and await it, with care: no fix is offered, as ${text}.`,
      );
    expect(reason('`load()` is exported')).toBe('is exported');
    expect(reason('`load()` is called from sync code (line 12)')).toBe('is called from sync code');
    expect(reason('`a.b()` belongs to `a`, which is used as a value (line 3)')).toBe(
      'belongs to `…`, which is used as a value',
    );
    expect(reason('`f()` calls `statSync` (line 4) where `await` cannot go')).toBe('calls `…` where `await` cannot go');
    expect(reason('`this.m()` is read where `this` may be another object (line 9)')).toBe(
      'is read where `this` may be another object',
    );
    expect(reason('`f()` checks and acts on one path (`existsSync`, line 4)')).toBe('checks and acts on one path');
    expect(analyse.withheldReason('`readFileSync` blocks the event loop')).toBe('(unknown)');
  });
});

describe('syncFsCounts', () => {
  it("splits the rule's real reports into direct, helper (offered, withheld by reason) and loop suggestions", () => {
    const counts = analyse.syncFsCounts({ pkg: packageStats(CODE) }, RULE);
    expect(counts.direct).toEqual({ syncFsInAsync: 1, syncFsInCallback: 2 });
    expect(counts.directTotal).toBe(3);
    expect(counts.helper).toEqual({
      reports: 4,
      suggestion: 2,
      autofix: 0,
      withheld: 2,
      withheldBy: { 'is exported': 1, 'is called from sync code': 1 },
    });
    expect(counts.loops).toEqual({ useForOfLoop: 1, usePromiseAll: 1 });
  });

  it('counts calls of helpers imported from another module apart, as the check worker lints them', () => {
    const stats = packageStats(MAIN, path.join(packageDir, 'main.ts'));
    expect(Object.keys(stats.reports)).toEqual([`${RULE}/syncFsInImportedHelper`]);
    const counts = analyse.syncFsCounts({ app: stats, lib: packageStats(CODE) }, RULE);
    expect(counts.imported).toBe(1);
    expect(counts.direct).toEqual({ syncFsInAsync: 1, syncFsInCallback: 2 });
    expect(counts.perPackage).toEqual({
      app: { direct: 0, helper: 0, imported: 1 },
      lib: { direct: 3, helper: 4, imported: 0 },
    });
  });

  it('moves cross-module reports out of the direct ones in counts written before they were counted apart', () => {
    const old = analyse.syncFsCounts({ pkg: packageStats(CODE) }, RULE);
    const counts = analyse.withImportedCounted(countedAsDirect(old, 5));
    expect(counts.direct).toEqual({ syncFsInAsync: 1, syncFsInCallback: 2 });
    expect(counts.directTotal).toBe(3);
    expect(counts.imported).toBe(5);
    expect(counts.perPackage).toBeUndefined();
    expect(analyse.withImportedCounted(old)).toBe(old);
  });

  it('adds up packages and worker shares, and counts results without details as none', () => {
    const one = packageStats(CODE);
    const merged = analyse.mergeSyncFsDetails(analyse.emptySyncFsDetails(), one.syncFsDetails);
    analyse.mergeSyncFsDetails(merged, one.syncFsDetails);
    const counts = analyse.syncFsCounts(
      { a: { reports: one.reports, syncFsDetails: merged }, b: { reports: one.reports } },
      RULE,
    );
    expect(counts.directTotal).toBe(6);
    expect(counts.helper.reports).toBe(8);
    expect(counts.helper.withheldBy).toEqual({ 'is exported': 2, 'is called from sync code': 2 });
    expect(counts.loops).toEqual({ useForOfLoop: 2, usePromiseAll: 2 });
    expect(counts.imported).toBe(0);
  });
});

describe('the page', () => {
  // The committed full run's results, or another run's (`ASYNC_IO_BENCH_RESULTS`, e.g. a quick run's JSON).
  const resultsPath = process.env.ASYNC_IO_BENCH_RESULTS ?? path.join(ROOT, 'bench', 'results', 'benchmarks.json');
  const results = (): Record<string, unknown> =>
    JSON.parse(fs.readFileSync(resultsPath, 'utf8')) as Record<string, unknown>;
  const sectionOf = (page: string): string => {
    const start = page.indexOf('## Blocking helpers and loop suggestions');
    return page.slice(start, page.indexOf('\n## ', start + 1));
  };

  it('shows the counts as rows of their section, and the kinds per package', () => {
    const app = packageStats(MAIN, path.join(packageDir, 'main.ts'));
    const page = report.renderMarkdown({
      ...results(),
      syncFsCounts: analyse.syncFsCounts({ app, lib: packageStats(CODE) }, RULE),
    });
    const section = sectionOf(page);
    expect(section).toContain('| **direct** (a sync call in async code) | 3 |');
    expect(section).toContain('| direct: `syncFsInCallback` | 2 |');
    expect(section).toContain('| **through a blocking helper** (`syncFsInHelper`, `syncFsInHelperNoFix`) | 4 |');
    expect(section).toContain('| helper: fix offered as a suggestion | 2 |');
    expect(section).toContain('| helper: fix withheld (`syncFsInHelperNoFix`) | 2 |');
    expect(section).toContain('| withheld: is called from sync code | 1 |');
    expect(section).toContain(
      '| **through a helper imported from another module** (`syncFsInImportedHelper`, never fixed) | 1 |',
    );
    expect(section).toContain('| loop suggestion offered: `usePromiseAll` | 1 |');
    expect(section).toContain(
      '| Package | Direct | Through a helper of the module | Through an imported helper |\n| --- | --- | --- | --- |\n' +
        '| `app` | 0 | 0 | 1 |\n| `lib` | 3 | 4 | 0 |',
    );
  });

  it('shows counts written before cross-module reports were counted apart with those moved out of direct', () => {
    const old = countedAsDirect(analyse.syncFsCounts({ pkg: packageStats(CODE) }, RULE), 5);
    const section = sectionOf(report.renderMarkdown({ ...results(), syncFsCounts: old }));
    expect(section).toContain('| **direct** (a sync call in async code) | 3 |');
    expect(section).not.toContain('direct: `syncFsInImportedHelper`');
    expect(section).toContain(
      '| **through a helper imported from another module** (`syncFsInImportedHelper`, never fixed) | 5 |',
    );
    expect(section).not.toContain('| Package | Direct |');
  });

  it('says when the results predate the counts, naming the commit they come from', () => {
    const old = results();
    delete old.syncFsCounts;
    old.plugin = { gitHead: 'abc1234', distHash: 'h', checkPass: { gitHead: 'def5678', distHash: 'h' } };
    expect(sectionOf(report.renderMarkdown(old))).toContain(
      'Not counted: these results come from plugin commit def5678, before the harness counted these kinds (run ' +
        '`npm run bench` again); their reports by message id are in the fix-safety table above.',
    );
  });
});
