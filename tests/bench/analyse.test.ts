import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The budget's arithmetic in bench/analyse.mjs (median of per-round CPU ratios against one rule that does nothing,
 * the verdicts), the trivial setup's rule in bench/setups.mjs, and the page rendered from results that predate it.
 */
const ROOT = path.resolve(__dirname, '..', '..');

interface Run {
  readonly setup: string;
  readonly round: number;
  readonly cpuMs: number;
  readonly stats?: boolean;
}
interface PerRound {
  readonly rounds: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly spread: number;
  readonly perRound: readonly { readonly round: number; readonly over: number }[];
}
interface Ratios {
  readonly oursCpuOverTrivial: PerRound | null;
  readonly oursStatsOverParse: number | null;
}
interface Verdicts {
  readonly stats: boolean | null;
  readonly cpu: boolean | null;
  readonly followImports: boolean | null;
}
interface Analyse {
  BUDGET: { statsOverParse: number; cpuOverTrivial: number; minRounds: number };
  perRoundCpuRatio: (runs: readonly Run[], setup: string, reference: string) => PerRound | null;
  budgetVerdicts: (ratios: Partial<Ratios> | null) => Verdicts;
  summariseSpeed: (runs: readonly unknown[]) => Record<string, unknown>;
  ratios: (
    summary: Record<string, unknown>,
    ruleIds: readonly string[],
    peer: string,
    runs: readonly unknown[],
  ) => Ratios;
  comparePeer: (comparison: readonly PeerFile[]) => {
    total: { both: number; oursOnly: number; oursHelper: number; theirsOnly: number };
  };
}
interface Place {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}
interface PeerFile {
  readonly pkg: string;
  readonly rel: string;
  readonly test: boolean;
  readonly ours: readonly (Place & { readonly messageId: string })[];
  readonly theirs: readonly (Place & { readonly name: string; readonly where: string })[];
}
interface Linting {
  linter: { verify: (code: string, config: unknown, options: { filename: string }) => readonly unknown[] };
  configs: Record<string, unknown>;
}
interface Setups {
  TRIVIAL_RULE: string;
  trivialRule: { create: (context: unknown) => Record<string, unknown> };
  setupRules: (setup: string, plugin: unknown) => { rules: Record<string, unknown> };
  createLinting: (setup: string, plugin: unknown, cwd: string) => Linting;
}
interface Results {
  ourRules: string[];
  speed: { summary: Record<string, unknown>; runs: { setup: string }[]; ratios: unknown };
}
interface Report {
  renderMarkdown: (results: Results) => string;
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

/** Plain runs of ours and trivial: in each round, ours' and trivial's CPU. */
const rounds = (pairs: readonly (readonly [number, number])[]): Run[] =>
  pairs.flatMap(([ours, trivial], i) => [
    { setup: 'ours', round: i + 1, cpuMs: ours },
    { setup: 'trivial', round: i + 1, cpuMs: trivial },
  ]);

describe('perRoundCpuRatio', () => {
  it('takes the median of the ratios within each round, not the ratio of the medians', () => {
    // A slow round (both setups slowed together) and two fast ones: round ratios +1%, +2%, +4%.
    const runs = rounds([
      [101, 100],
      [153, 150],
      [104, 100],
    ]);
    const ratio = analyse.perRoundCpuRatio(runs, 'ours', 'trivial');
    expect(ratio?.rounds).toBe(3);
    expect(ratio?.median).toBeCloseTo(0.02, 10);
    expect(ratio?.min).toBeCloseTo(0.01, 10);
    expect(ratio?.max).toBeCloseTo(0.04, 10);
    // The median distance from +2%: of 1, 0 and 2 points.
    expect(ratio?.spread).toBeCloseTo(0.01, 10);
    // The ratio of the medians (104 / 100) would say +4%.
    expect(ratio?.perRound.map((r) => r.round)).toEqual([1, 2, 3]);
  });

  it('keeps the spread of a round disturbed by other work from hiding the others', () => {
    const runs = rounds([
      [101, 100],
      [102, 100],
      [103, 100],
      [102, 100],
      [101, 100],
      [103, 100],
      [130, 100],
    ]);
    const ratio = analyse.perRoundCpuRatio(runs, 'ours', 'trivial');
    expect(ratio?.median).toBeCloseTo(0.02, 10);
    expect(ratio?.spread).toBeCloseTo(0.01, 10);
    expect(ratio?.max).toBeCloseTo(0.3, 10);
  });

  it('pairs runs by round, skips rounds without both setups, and ignores stats runs', () => {
    const runs: Run[] = [
      ...rounds([
        [102, 100],
        [110, 100],
      ]),
      { setup: 'ours', round: 3, cpuMs: 500 },
      { setup: 'ours', round: 1, cpuMs: 900, stats: true },
      { setup: 'trivial', round: 1, cpuMs: 10, stats: true },
    ];
    const ratio = analyse.perRoundCpuRatio(runs, 'ours', 'trivial');
    expect(ratio?.rounds).toBe(2);
    expect(ratio?.median).toBeCloseTo(0.06, 10);
  });

  it('is null when the reference setup never ran (results from before the trivial setup)', () => {
    const runs = rounds([[101, 100]]).filter((r) => r.setup !== 'trivial');
    expect(analyse.perRoundCpuRatio(runs, 'ours', 'trivial')).toBeNull();
  });
});

describe('budgetVerdicts', () => {
  const cpu = (median: number, count: number): PerRound => ({
    rounds: count,
    median,
    min: median,
    max: median,
    spread: 0,
    perRound: [],
  });

  it('holds whole-process CPU to 2% over the trivial run, with at least 7 rounds', () => {
    expect(analyse.BUDGET).toEqual({
      statsOverParse: 0.005,
      cpuOverTrivial: 0.02,
      minRounds: 7,
      followImportsCpu: 0.1,
    });
    expect(analyse.budgetVerdicts({ oursCpuOverTrivial: cpu(0.02, 7) }).cpu).toBe(true);
    expect(analyse.budgetVerdicts({ oursCpuOverTrivial: cpu(0.021, 9) }).cpu).toBe(false);
    expect(analyse.budgetVerdicts({ oursCpuOverTrivial: cpu(0.001, 6) }).cpu).toBeNull();
    expect(analyse.budgetVerdicts({ oursCpuOverTrivial: null }).cpu).toBeNull();
  });

  it("holds both rules' stats time to 0.5% of parse time", () => {
    expect(analyse.budgetVerdicts({ oursStatsOverParse: 0.005 }).stats).toBe(true);
    expect(analyse.budgetVerdicts({ oursStatsOverParse: 0.0069 }).stats).toBe(false);
    expect(analyse.budgetVerdicts(null)).toEqual({ stats: null, cpu: null, followImports: null });
  });
});

describe('comparePeer', () => {
  const at = (line: number): Place => ({ line, column: 1, endLine: line, endColumn: 20 });

  it('counts our calls of blocking helpers n/no-sync does not match apart from reports only ours has', () => {
    const file: PeerFile = {
      pkg: 'p',
      rel: 'a.js',
      test: false,
      ours: [
        { ...at(1), messageId: 'syncFsInAsync' },
        { ...at(2), messageId: 'syncFsInHelper' },
        { ...at(3), messageId: 'syncFsInImportedHelper' },
        { ...at(4), messageId: 'syncFsInHelperNoFix' },
        { ...at(5), messageId: 'syncFsNotEquivalent' },
      ],
      theirs: [
        { ...at(1), name: 'readFileSync', where: 'async' },
        // A helper named `…Sync`: n/no-sync reports its call too, so both have it.
        { ...at(2), name: 'loadConfigSync', where: 'async' },
        { ...at(9), name: 'statSync', where: 'not in async' },
      ],
    };
    expect(analyse.comparePeer([file]).total).toMatchObject({ both: 2, oursOnly: 1, oursHelper: 2, theirsOnly: 1 });
  });

  it('matches a direct report before a helper call wrapped around the same sync call', () => {
    const file: PeerFile = {
      pkg: 'p',
      rel: 'a.js',
      test: false,
      // `load(fs.readFileSync(p))`: the helper call (columns 1–30) holds the sync call (6–28).
      ours: [
        { line: 1, column: 1, endLine: 1, endColumn: 30, messageId: 'syncFsInHelper' },
        { line: 1, column: 6, endLine: 1, endColumn: 28, messageId: 'syncFsInAsync' },
      ],
      theirs: [{ line: 1, column: 6, endLine: 1, endColumn: 28, name: 'readFileSync', where: 'async' }],
    };
    expect(analyse.comparePeer([file]).total).toMatchObject({ both: 1, oursOnly: 0, oursHelper: 1, theirsOnly: 0 });
  });
});

describe('the trivial setup', () => {
  it('turns on one rule whose listeners are empty', () => {
    expect(setups.setupRules('trivial', null).rules).toEqual({ [setups.TRIVIAL_RULE]: 'error' });
    expect(setups.trivialRule.create({})).toEqual({});
  });

  it('lints without a report', () => {
    const { linter, configs } = setups.createLinting('trivial', null, ROOT);
    const code = "const fs = require('fs');\nexports.load = async (p) => fs.readFileSync(p, 'utf8');\n";
    expect(linter.verify(code, configs.commonjs, { filename: path.join(ROOT, 'x.js') })).toEqual([]);
  });
});

describe('the page from results without the trivial setup', () => {
  it('says the CPU budget was not measured instead of failing', () => {
    // The committed full run's results, or another run's (`ASYNC_IO_BENCH_RESULTS`, e.g. a quick run's JSON).
    const resultsPath = process.env.ASYNC_IO_BENCH_RESULTS ?? path.join(ROOT, 'bench', 'results', 'benchmarks.json');
    const results = JSON.parse(fs.readFileSync(resultsPath, 'utf8')) as Results;
    const runs = results.speed.runs.filter((run) => run.setup !== 'trivial');
    const summary = analyse.summariseSpeed(runs);
    results.speed = { summary, runs, ratios: analyse.ratios(summary, results.ourRules, 'n/no-sync', runs) };
    const page = report.renderMarkdown(results);
    expect(page).toMatch(/\| Whole-process CPU, ours over one rule that does nothing [^|]*\| [^|]*\| not measured \|/u);
    // That row's verdict only: the `followImports` row has a budget of its own, measured without `trivial`.
    const row = page
      .split('\n')
      .find((line) => line.startsWith('| Whole-process CPU, ours over one rule that does nothing'));
    expect(row).not.toContain('over budget');
  });
});
