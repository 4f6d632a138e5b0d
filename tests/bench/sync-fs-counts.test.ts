import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { beforeAll, describe, expect, it } from 'vitest';

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
  loops: Record<string, number>;
}
interface Analyse {
  withheldReason: (text: string) => string;
  emptySyncFsDetails: () => Details;
  addSyncFsDetails: (details: Details, message: Message) => void;
  mergeSyncFsDetails: (into: Details, from: Details | undefined) => Details;
  syncFsCounts: (packages: Record<string, PackageStats>, ruleId: string) => Counts;
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

/** One package's counters as the check worker keeps them, from our rules' messages on `code`. */
function packageStats(code: string): PackageStats {
  const { linter, configs } = setups.createLinting('ours', setups.loadOurPlugin(), ROOT);
  const messages = linter.verify(code, configs.ts, { filename: path.join(ROOT, 'x.ts') });
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
  });
});

describe('the page', () => {
  const results = (): Record<string, unknown> =>
    JSON.parse(fs.readFileSync(path.join(ROOT, 'bench', 'results', 'benchmarks.json'), 'utf8')) as Record<
      string,
      unknown
    >;

  it('shows the counts as rows of their section', () => {
    const page = report.renderMarkdown({
      ...results(),
      syncFsCounts: analyse.syncFsCounts({ pkg: packageStats(CODE) }, RULE),
    });
    const section = page.slice(page.indexOf('## Blocking helpers and loop suggestions'));
    expect(section).toContain('| **direct** (a sync call in async code) | 3 |');
    expect(section).toContain('| direct: `syncFsInCallback` | 2 |');
    expect(section).toContain('| **through a blocking helper** (`syncFsInHelper`, `syncFsInHelperNoFix`) | 4 |');
    expect(section).toContain('| helper: fix offered as a suggestion | 2 |');
    expect(section).toContain('| helper: fix withheld (`syncFsInHelperNoFix`) | 2 |');
    expect(section).toContain('| withheld: is called from sync code | 1 |');
    expect(section).toContain('| loop suggestion offered: `usePromiseAll` | 1 |');
  });

  it('says when the results predate the counts', () => {
    const old = results();
    delete old.syncFsCounts;
    expect(report.renderMarkdown(old)).toContain('Not counted in this run (results from before the count).');
  });
});
