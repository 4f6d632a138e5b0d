import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What `followImports` costs (issue 16): the `ours-no-imports` speed setup (bench/setups.mjs), its ratio and the
 * rule's stats time both ways (bench/analyse.mjs), and their rows on the page (bench/report.mjs).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const SYNC_RULE = 'async-io/no-sync-fs-in-async';
const TIMEOUT_RULE = 'async-io/require-timeout-on-tool';

interface Message {
  readonly ruleId: string | null;
  readonly messageId?: string;
}
interface Linting {
  linter: { verify: (code: string, config: unknown, options: { filename: string }) => readonly Message[] };
  configs: Record<string, unknown>;
}
interface Setups {
  loadOurPlugin: () => unknown;
  setupRules: (setup: string, plugin: unknown) => { rules: Record<string, unknown> };
  createLinting: (setup: string, plugin: unknown, cwd: string) => Linting;
}
interface PerRound {
  readonly rounds: number;
  readonly median: number;
  readonly spread: number;
}
interface Cost {
  readonly cpuOverOff: PerRound | null;
  readonly extraCpuMs: number;
  readonly syncRuleStatsMs: { readonly on: number | null; readonly off: number | null };
  readonly syncRuleExtraStatsMs: number | null;
}
interface Ratios {
  readonly followImports: Cost | null;
}
interface Analyse {
  summariseSpeed: (runs: readonly unknown[]) => Record<string, unknown>;
  ratios: (
    summary: Record<string, unknown>,
    ruleIds: readonly string[],
    peer: string,
    runs: readonly unknown[],
  ) => Ratios;
  budgetVerdicts: (ratios: Ratios | null) => { followImports: boolean | null };
}
interface Report {
  renderMarkdown: (results: Record<string, unknown>) => string;
}

const load = async <T>(file: string): Promise<T> =>
  (await import(/* @vite-ignore */ pathToFileURL(path.join(ROOT, 'bench', file)).href)) as T;

let setups: Setups;
let analyse: Analyse;
let report: Report;
let dir = '';

const CONFIG = `import { readFileSync } from 'node:fs';
export function loadSettings(p: string) { return JSON.parse(readFileSync(p, 'utf8')); }
`;
const MAIN = `import { readFileSync } from 'node:fs';
import { loadSettings } from './config';
export async function start() {
  readFileSync('a');
  return loadSettings('settings.json');
}
`;

beforeAll(async () => {
  [setups, analyse, report] = await Promise.all([
    load<Setups>('setups.mjs'),
    load<Analyse>('analyse.mjs'),
    load<Report>('report.mjs'),
  ]);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'async-io-follow-'));
  fs.writeFileSync(path.join(dir, 'config.ts'), CONFIG);
  fs.writeFileSync(path.join(dir, 'main.ts'), MAIN);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the ours-no-imports setup', () => {
  it('is ours with followImports off for no-sync-fs-in-async only', () => {
    const plugin = setups.loadOurPlugin();
    const ours = setups.setupRules('ours', plugin).rules;
    expect(setups.setupRules('ours-no-imports', plugin).rules).toEqual({
      ...ours,
      [SYNC_RULE]: ['error', { followImports: false }],
    });
  });

  it('drops the cross-module report and keeps the others, on files on disk', () => {
    const ids = (setup: string): string[] => {
      const { linter, configs } = setups.createLinting(setup, setups.loadOurPlugin(), dir);
      return linter
        .verify(MAIN, configs.ts, { filename: path.join(dir, 'main.ts') })
        .map((m) => `${m.ruleId ?? ''}/${m.messageId ?? ''}`);
    };
    expect(ids('ours')).toEqual([`${SYNC_RULE}/syncFsInAsync`, `${SYNC_RULE}/syncFsInImportedHelper`]);
    expect(ids('ours-no-imports')).toEqual([`${SYNC_RULE}/syncFsInAsync`]);
  });
});

/** Seven interleaved rounds (CPU per setup given), then one stats run of each setup but trivial. */
function speedRuns(oursCpu: (round: number) => number, syncOnMs = 30): unknown[] {
  const plain = (setup: string, round: number, cpuMs: number): unknown => ({
    setup,
    round,
    stats: false,
    cpuMs,
    wallMs: cpuMs,
    lintLoopMs: cpuMs,
    maxRssKb: 1024,
    errors: 0,
    timings: null,
  });
  const stats = (setup: string, rulesMs: Record<string, number>): unknown => ({
    ...(plain(setup, 1, 100) as object),
    stats: true,
    timings: { parseMs: 1000, rulesMs, totalMs: 0 },
  });
  return [
    ...[1, 2, 3, 4, 5, 6, 7].flatMap((round) => [
      plain('baseline', round, 1000),
      plain('trivial', round, 1000),
      plain('ours', round, oursCpu(round)),
      plain('ours-no-imports', round, 1000),
      plain('peer', round, 1000),
    ]),
    stats('baseline', {}),
    stats('ours', { [SYNC_RULE]: syncOnMs, [TIMEOUT_RULE]: 20 }),
    stats('ours-no-imports', { [SYNC_RULE]: 22, [TIMEOUT_RULE]: 20 }),
    stats('peer', { 'n/no-sync': 10 }),
  ];
}

function ratiosOf(runs: readonly unknown[]): Ratios {
  return analyse.ratios(analyse.summariseSpeed(runs), [SYNC_RULE, TIMEOUT_RULE], 'n/no-sync', runs);
}

describe('the cost of followImports', () => {
  it('is the per-round CPU ratio over the run with it off, the extra CPU, and the rule stats both ways', () => {
    const cost = ratiosOf(speedRuns((round) => (round === 7 ? 1200 : 1050))).followImports;
    expect(cost?.cpuOverOff?.rounds).toBe(7);
    expect(cost?.cpuOverOff?.median).toBeCloseTo(0.05, 10);
    expect(cost?.extraCpuMs).toBe(50);
    expect(cost?.syncRuleStatsMs).toEqual({ on: 30, off: 22 });
    expect(cost?.syncRuleExtraStatsMs).toBe(8);
  });

  it('is null on results without the setup', () => {
    const runs = speedRuns(() => 1050).filter((r) => (r as { setup: string }).setup !== 'ours-no-imports');
    expect(ratiosOf(runs).followImports).toBeNull();
  });

  it('holds it to at most 10% over the run with it off, over at least 7 rounds', () => {
    expect(analyse.budgetVerdicts(ratiosOf(speedRuns(() => 1099))).followImports).toBe(true);
    expect(analyse.budgetVerdicts(ratiosOf(speedRuns(() => 1110))).followImports).toBe(false);
    const six = speedRuns(() => 1000).filter((r) => (r as { round: number }).round !== 7);
    expect(analyse.budgetVerdicts(ratiosOf(six)).followImports).toBeNull();
  });
});

describe('the page', () => {
  // The committed full run's results, or another run's (`ASYNC_IO_BENCH_RESULTS`, e.g. a quick run's JSON).
  const resultsPath = process.env.ASYNC_IO_BENCH_RESULTS ?? path.join(ROOT, 'bench', 'results', 'benchmarks.json');
  const pageWith = (runs: readonly unknown[]): string => {
    const results = JSON.parse(fs.readFileSync(resultsPath, 'utf8')) as Record<string, unknown>;
    const summary = analyse.summariseSpeed(runs);
    const speed = { ...(results.speed as object), summary, runs, ratios: ratiosOf(runs) };
    return report.renderMarkdown({ ...results, speed });
  };

  it('shows the ratio in the budget table, the headline, and where the extra CPU goes', () => {
    const page = pageWith(speedRuns(() => 1050));
    expect(page).toContain(
      '| Whole-process CPU, `followImports` on over off (median of per-round ratios; issue 16) | <= +10%, at least 7 ' +
        "rounds | +5.0% (rounds +5.0% to +5.0%) | within budget at the median; the machine's spread: ±0.0% |",
    );
    expect(page).toContain('- `followImports` on over off, whole-process CPU: +5.0% (median of 7 per-round ratios');
    expect(page).toContain(
      "With it on, the process CPU's median is 50 ms higher. `no-sync-fs-in-async`'s own listener time (ESLint " +
        'stats) is 30 ms with it on and 22 ms off: 8 ms of the extra is spent inside the rule',
    );
    expect(page).toContain('and the other 42 ms outside its listeners');
    expect(page).toMatch(/\| ours-no-imports \| [^\n]*`async-io\/no-sync-fs-in-async` 22 ms/u);
  });

  it('says when the rule time grew by more than the CPU medians differ', () => {
    const page = pageWith(speedRuns(() => 1005, 40));
    expect(page).toContain(
      '18 ms more is spent inside the rule (resolving relative imports, reading the imported modules, parsing those ' +
        "with a sync fs call and summarising their exports), more than the difference of the two runs' CPU medians",
    );
  });

  it('says when the rule time did not grow', () => {
    const page = pageWith(speedRuns(() => 1050, 21));
    expect(page).toContain(
      'is 21 ms with it on and 22 ms off: no growth that these runs resolve, so the difference of the CPU medians is the noise',
    );
    expect(page).not.toContain('of the extra is spent inside the rule');
  });

  it('says lower, not a negative "higher", when the run with it on used less CPU', () => {
    const page = pageWith(speedRuns(() => 990, 21));
    expect(page).toContain("With it on, the process CPU's median is 10 ms lower.");
    expect(page).not.toContain('ms higher');
  });

  it('says the cost was not measured on results without the setup', () => {
    const page = pageWith(speedRuns(() => 1050).filter((r) => (r as { setup: string }).setup !== 'ours-no-imports'));
    expect(page).toMatch(
      /\| Whole-process CPU, `followImports` on over off [^|]*\| [^|]*\| not measured \| not measured: these results have no run with `followImports: false` \|/u,
    );
    expect(page).not.toContain('is measured by `ours-no-imports`');
  });
});
