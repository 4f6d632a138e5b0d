// Turns the raw check and speed results into the numbers the report shows: matching our reports with n/no-sync's,
// bucketing the ones only n/no-sync has, medians and ratios.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'package.json'));

/** `*Sync` exports of Node's fs (the running Node) and of fs-extra (graceful-fs has fs's). */
export const FS_SYNC_NAMES = new Set(
  [...Object.keys(require('node:fs')), ...Object.keys(require('fs-extra'))].filter((name) => name.endsWith('Sync')),
);

export const THEIRS_ONLY_BUCKETS = ['not fs', 'not in async', 'sync callback in async', 'fs name in async'];

function before(a, b) {
  return a.line < b.line || (a.line === b.line && a.column <= b.column);
}

function overlaps(a, b) {
  const aStart = { line: a.line, column: a.column };
  const aEnd = { line: a.endLine, column: a.endColumn };
  const bStart = { line: b.line, column: b.column };
  const bEnd = { line: b.endLine, column: b.endColumn };
  return before(aStart, bEnd) && before(bStart, aEnd);
}

/** Why n/no-sync reports a call that we do not: its name is not fs's, it is not in async code, or neither. */
export function theirsOnlyBucket(report) {
  if (!report.name || !FS_SYNC_NAMES.has(report.name)) return 'not fs';
  if (report.where === 'async') return 'fs name in async';
  if (report.where === 'callback-in-async') return 'sync callback in async';
  return 'not in async';
}

/**
 * Our reports at the call of a blocking helper: unless the helper's own name ends in `Sync` (n/no-sync reports any
 * such call), n/no-sync has no counterpart, so those it does not match are counted apart, not as reports only ours.
 */
export const HELPER_MESSAGE_IDS = new Set(['syncFsInHelper', 'syncFsInHelperNoFix', 'syncFsInImportedHelper']);

/**
 * Per package: reports both have, only we have, only n/no-sync has (bucketed, and split by test file), our helper
 * calls apart, plus a few samples of each "only" kind for a reader to check by eye.
 */
export function comparePeer(comparison, sampleLimit = 12) {
  const perPackage = {};
  const samples = { oursOnly: [], theirsOnlyFsInAsync: [] };
  for (const file of comparison) {
    const row = (perPackage[file.pkg] ??= emptyComparisonRow());
    const matched = new Set();
    // Direct reports first: a helper call wrapped around a sync call (`load(fs.readFileSync(p))`) overlaps the same
    // report of theirs, which is the direct report's match.
    const ordered = [...file.ours].sort(
      (a, b) => Number(HELPER_MESSAGE_IDS.has(a.messageId)) - Number(HELPER_MESSAGE_IDS.has(b.messageId)),
    );
    for (const mine of ordered) {
      const index = file.theirs.findIndex((theirs, i) => !matched.has(i) && overlaps(mine, theirs));
      if (index >= 0) {
        matched.add(index);
        row.both++;
      } else if (HELPER_MESSAGE_IDS.has(mine.messageId)) {
        row.oursHelper++;
      } else {
        row.oursOnly++;
        if (file.test) row.oursOnlyTest++;
        if (samples.oursOnly.length < sampleLimit)
          samples.oursOnly.push({ pkg: file.pkg, rel: file.rel, line: mine.line });
      }
    }
    file.theirs.forEach((theirs, i) => {
      if (matched.has(i)) return;
      row.theirsOnly++;
      const bucket = theirsOnlyBucket(theirs);
      row.buckets[bucket][file.test ? 'test' : 'nonTest']++;
      if (file.test) row.theirsOnlyTest++;
      if (bucket === 'fs name in async' && samples.theirsOnlyFsInAsync.length < sampleLimit) {
        samples.theirsOnlyFsInAsync.push({ pkg: file.pkg, rel: file.rel, line: theirs.line, name: theirs.name });
      }
    });
  }
  const total = emptyComparisonRow();
  for (const row of Object.values(perPackage)) addComparisonRow(total, row);
  return { perPackage, total, samples };
}

function emptyComparisonRow() {
  return {
    both: 0,
    oursOnly: 0,
    oursOnlyTest: 0,
    oursHelper: 0,
    theirsOnly: 0,
    theirsOnlyTest: 0,
    buckets: Object.fromEntries(THEIRS_ONLY_BUCKETS.map((b) => [b, { nonTest: 0, test: 0 }])),
  };
}

function addComparisonRow(total, row) {
  for (const key of ['both', 'oursOnly', 'oursOnlyTest', 'oursHelper', 'theirsOnly', 'theirsOnlyTest'])
    total[key] += row[key];
  for (const b of THEIRS_ONLY_BUCKETS) {
    total.buckets[b].nonTest += row.buckets[b].nonTest;
    total.buckets[b].test += row.buckets[b].test;
  }
}

/** Adds the source line to each sample, so the report shows the code. */
export function withSourceLines(samples, corpusNodeModules) {
  return samples.map((s) => {
    try {
      const text = fs.readFileSync(path.join(corpusNodeModules, s.pkg, s.rel), 'utf8');
      return { ...s, code: (text.split('\n')[s.line - 1] ?? '').trim().slice(0, 160) };
    } catch {
      return s;
    }
  });
}

export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Medians per setup over the plain (no stats) runs, and the per-rule/parse times from the stats runs. */
export function summariseSpeed(runs) {
  const setups = [...new Set(runs.map((r) => r.setup))];
  const summary = {};
  for (const setup of setups) {
    const plain = runs.filter((r) => r.setup === setup && !r.stats);
    const withStats = runs.filter((r) => r.setup === setup && r.stats);
    const ruleIds = [...new Set(withStats.flatMap((r) => Object.keys(r.timings.rulesMs)))];
    summary[setup] = {
      runs: plain.length,
      statsRuns: withStats.length,
      wallMs: median(plain.map((r) => r.wallMs)),
      wallMsRange: range(plain.map((r) => r.wallMs)),
      cpuMs: median(plain.map((r) => r.cpuMs)),
      cpuMsRange: range(plain.map((r) => r.cpuMs)),
      lintLoopMs: median(plain.map((r) => r.lintLoopMs)),
      maxRssMb: median(plain.map((r) => r.maxRssKb / 1024)),
      errors: Math.max(0, ...plain.map((r) => r.errors)),
      parseMs: median(withStats.map((r) => r.timings.parseMs)),
      rulesMs: Object.fromEntries(ruleIds.map((id) => [id, median(withStats.map((r) => r.timings.rulesMs[id] ?? 0))])),
    };
  }
  return summary;
}

function range(values) {
  return values.length ? [Math.min(...values), Math.max(...values)] : null;
}

/**
 * The budget (issue 13): both our rules' ESLint stats time at most 0.5% of parse time; whole-process CPU at most 2%
 * over a run with one rule that does nothing, taken as the median of per-round ratios over at least 7 interleaved
 * rounds. Issue 16: whole-process CPU with `followImports` on at most 10% over the run with it off, the same way.
 */
export const BUDGET = { statsOverParse: 0.005, cpuOverTrivial: 0.02, minRounds: 7, followImportsCpu: 0.1 };

/**
 * `setup`'s process CPU over `reference`'s, round by round (each round runs every setup once, interleaved, so both
 * runs of a ratio met the same machine state): the per-round ratios minus 1, their median, lowest and highest, and
 * `spread`, the median distance of a round's ratio from that median, as the machine's noise on this figure (a
 * spread that one round disturbed by other work cannot move much, unlike the range). Null when no round has a plain
 * (no stats) run of both.
 */
export function perRoundCpuRatio(runs, setup, reference) {
  const plain = (name) => new Map(runs.filter((r) => r.setup === name && !r.stats).map((r) => [r.round, r.cpuMs]));
  const ours = plain(setup);
  const theirs = plain(reference);
  const perRound = [...ours]
    .filter(([round]) => theirs.get(round) > 0)
    .sort(([a], [b]) => a - b)
    .map(([round, cpuMs]) => ({ round, over: cpuMs / theirs.get(round) - 1 }));
  if (perRound.length === 0) return null;
  const overs = perRound.map((r) => r.over);
  const middle = median(overs);
  const spread = median(overs.map((over) => Math.abs(over - middle)));
  return {
    rounds: perRound.length,
    median: middle,
    min: Math.min(...overs),
    max: Math.max(...overs),
    spread,
    perRound,
  };
}

/**
 * The ratios the budget is about, and the ones shown beside it. ESLint stats: our rules' summed listener time
 * against parse time (budgeted) and against n/no-sync's (shown). Whole-process CPU: median of per-round ratios over
 * the run with one rule that does nothing (budgeted; null on results from before that setup), over n/no-sync and
 * from that rule over no rules at all (shown); extra CPU over the no-rules run's median (shown, in the speed table).
 */
export function ratios(summary, ourRuleIds, peerRuleId, runs = []) {
  const base = summary.baseline;
  const ours = summary.ours;
  const peer = summary.peer;
  if (!base || !ours) return null;
  const parseMs = base.parseMs ?? ours.parseMs;
  const oursExtraCpu = ours.cpuMs - base.cpuMs;
  const peerExtraCpu = peer ? peer.cpuMs - base.cpuMs : null;
  const oursStatsMs = ourRuleIds.reduce((sum, id) => sum + (ours.rulesMs[id] ?? 0), 0);
  const peerStatsMs = peer?.rulesMs[peerRuleId] ?? null;
  // Like for like: the rule that does n/no-sync's job, alone.
  const syncRuleId = ourRuleIds.find((id) => id.endsWith('/no-sync-fs-in-async'));
  const syncRuleStatsMs = syncRuleId ? (ours.rulesMs[syncRuleId] ?? null) : null;
  return {
    parseMs,
    oursCpuOverTrivial: perRoundCpuRatio(runs, 'ours', 'trivial'),
    peerCpuOverTrivial: perRoundCpuRatio(runs, 'peer', 'trivial'),
    oursCpuOverPeer: perRoundCpuRatio(runs, 'ours', 'peer'),
    trivialCpuOverBaseline: perRoundCpuRatio(runs, 'trivial', 'baseline'),
    oursExtraCpuMs: oursExtraCpu,
    peerExtraCpuMs: peerExtraCpu,
    oursExtraCpuOverParse: parseMs ? oursExtraCpu / parseMs : null,
    peerExtraCpuOverParse: parseMs && peerExtraCpu !== null ? peerExtraCpu / parseMs : null,
    oursExtraCpuOverBaselineCpu: oursExtraCpu / base.cpuMs,
    peerExtraCpuOverBaselineCpu: peerExtraCpu !== null ? peerExtraCpu / base.cpuMs : null,
    // Undefined when n/no-sync's run came out at or below the no-rules run: then the runs' noise is all it measured.
    oursOverPeerExtraCpu: peerExtraCpu !== null && peerExtraCpu > 0 ? oursExtraCpu / peerExtraCpu : null,
    oursStatsMs,
    peerStatsMs,
    oursStatsOverParse: parseMs ? oursStatsMs / parseMs : null,
    peerStatsOverParse: parseMs && peerStatsMs !== null ? peerStatsMs / parseMs : null,
    oursStatsOverPeerStats: peerStatsMs ? oursStatsMs / peerStatsMs : null,
    syncRuleStatsMs,
    syncRuleStatsOverPeerStats: peerStatsMs && syncRuleStatsMs !== null ? syncRuleStatsMs / peerStatsMs : null,
    followImports: followImportsCost(summary, runs, syncRuleId),
    oursWallOverBaseline: ours.wallMs / base.wallMs - 1,
    peerWallOverBaseline: peer ? peer.wallMs / base.wallMs - 1 : null,
    oursRssOverBaseline: ours.maxRssMb / base.maxRssMb - 1,
    peerRssOverBaseline: peer ? peer.maxRssMb / base.maxRssMb - 1 : null,
  };
}

/**
 * What `followImports` costs: whole-process CPU of `ours` over `ours-no-imports` (median of per-round ratios), the
 * extra CPU in ms (difference of the medians), and no-sync-fs-in-async's ESLint stats time both ways (listener time,
 * which holds the reading, parsing and summarising of imported modules). Null on results without that setup.
 */
function followImportsCost(summary, runs, syncRuleId) {
  const on = summary.ours;
  const off = summary['ours-no-imports'];
  if (!on || !off) return null;
  const statsOf = (s) => (syncRuleId && s.statsRuns ? (s.rulesMs[syncRuleId] ?? null) : null);
  const onStatsMs = statsOf(on);
  const offStatsMs = statsOf(off);
  return {
    cpuOverOff: perRoundCpuRatio(runs, 'ours', 'ours-no-imports'),
    extraCpuMs: on.cpuMs - off.cpuMs,
    syncRuleStatsMs: { on: onStatsMs, off: offStatsMs },
    syncRuleExtraStatsMs: onStatsMs !== null && offStatsMs !== null ? onStatsMs - offStatsMs : null,
  };
}

/**
 * The verdicts of the budgeted figures: true (within), false (over) or null (not measured, or, for CPU, fewer
 * rounds than the budget asks for). The CPU verdict is on the median alone; `spread` says how far to trust it.
 */
export function budgetVerdicts(r) {
  const stats = r?.oursStatsOverParse ?? null;
  const cpu = r?.oursCpuOverTrivial ?? null;
  const imports = r?.followImports?.cpuOverOff ?? null;
  return {
    stats: stats === null ? null : stats <= BUDGET.statsOverParse,
    cpu: cpu === null || cpu.rounds < BUDGET.minRounds ? null : cpu.median <= BUDGET.cpuOverTrivial,
    followImports:
      imports === null || imports.rounds < BUDGET.minRounds ? null : imports.median <= BUDGET.followImportsCpu,
  };
}

/** Message ids of `no-sync-fs-in-async` that report a call of a blocking helper; the others report the sync call. */
const HELPER_MESSAGES = { fixed: 'syncFsInHelper', withheld: 'syncFsInHelperNoFix' };
/** The message id of a call of a blocking helper imported from another module of the project (never fixed). */
export const IMPORTED_HELPER_MESSAGE = 'syncFsInImportedHelper';
/** The suggestions that rewrite an eager callback (`forEach`, `map`) around sync calls. */
export const LOOP_SUGGESTIONS = ['useForOfLoop', 'usePromiseAll'];

/**
 * Why a helper's fix was withheld, as a class to count: the reason of a `syncFsInHelperNoFix` message with its
 * names and line numbers dropped (`` `load()` is called from sync code (line 12) `` → `is called from sync code`).
 */
export function withheldReason(text) {
  const reason = /no fix is offered, as (.*)\.$/s.exec(text)?.[1];
  if (reason == null) return '(unknown)';
  return reason
    .replace(/ \(line \d+\)|, line \d+/g, '')
    .replace(/`([^`]*)`/g, (span, inner) => (inner === 'await' || inner === 'this' ? span : '`…`'))
    .replace(/^`…` /, '')
    .replace(/\(`…`\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function emptySyncFsDetails() {
  return { suggestions: {}, withheld: {} };
}

/** Counts one message of `no-sync-fs-in-async` into a package's details: its suggestions, and a withheld fix's reason. */
export function addSyncFsDetails(details, message) {
  for (const suggestion of message.suggestions ?? []) {
    const id = suggestion.messageId ?? '-';
    details.suggestions[id] = (details.suggestions[id] ?? 0) + 1;
  }
  if (message.messageId === HELPER_MESSAGES.withheld) {
    const reason = withheldReason(message.message);
    details.withheld[reason] = (details.withheld[reason] ?? 0) + 1;
  }
}

/** Adds the details of one worker's share into another's. */
export function mergeSyncFsDetails(into, from) {
  for (const kind of ['suggestions', 'withheld']) {
    for (const [key, count] of Object.entries(from?.[kind] ?? {})) into[kind][key] = (into[kind][key] ?? 0) + count;
  }
  return into;
}

/** Which kind of report a message id of the rule is: `helper` (in-module), `imported` (across modules) or `direct`. */
function reportKind(id) {
  if (id === HELPER_MESSAGES.fixed || id === HELPER_MESSAGES.withheld) return 'helper';
  return id === IMPORTED_HELPER_MESSAGE ? 'imported' : 'direct';
}

/**
 * The rule's reports in the check pass, split: direct ones (a sync call in async code) by message id; calls of
 * blocking helpers of the module, with the fix offered as a suggestion or an autofix, or withheld (by reason); calls
 * of blocking helpers imported from the project's other modules (never fixed); the reports offering each loop
 * suggestion; and the three kinds per package. From the check pass's per-package counters (`reports`,
 * `syncFsDetails`).
 */
export function syncFsCounts(packages, ruleId) {
  const direct = {};
  const helper = { reports: 0, suggestion: 0, autofix: 0, withheld: 0, withheldBy: {} };
  const loops = Object.fromEntries(LOOP_SUGGESTIONS.map((id) => [id, 0]));
  const perPackage = {};
  let imported = 0;
  for (const [pkg, stats] of Object.entries(packages)) {
    const row = { direct: 0, helper: 0, imported: 0 };
    for (const [key, r] of Object.entries(stats.reports ?? {})) {
      if (!key.startsWith(`${ruleId}/`)) continue;
      const id = key.slice(ruleId.length + 1);
      const kind = reportKind(id);
      row[kind] += r.before;
      if (kind === 'imported') imported += r.before;
      else if (kind === 'direct') direct[id] = (direct[id] ?? 0) + r.before;
      else {
        helper.reports += r.before;
        if (id === HELPER_MESSAGES.withheld) helper.withheld += r.before;
        else {
          helper.suggestion += r.suggestions;
          helper.autofix += r.fixable;
        }
      }
    }
    if (row.direct || row.helper || row.imported) perPackage[pkg] = row;
    const details = stats.syncFsDetails ?? emptySyncFsDetails();
    for (const [reason, count] of Object.entries(details.withheld)) {
      helper.withheldBy[reason] = (helper.withheldBy[reason] ?? 0) + count;
    }
    for (const id of LOOP_SUGGESTIONS) loops[id] += details.suggestions[id] ?? 0;
  }
  const directTotal = Object.values(direct).reduce((sum, n) => sum + n, 0);
  return { direct, directTotal, helper, imported, loops, perPackage };
}

/**
 * Counts from results written before cross-module reports were counted apart (no `imported`): those counted them
 * among the direct reports under their message id, so they are moved out; `perPackage` stays absent.
 */
export function withImportedCounted(counts) {
  if (counts == null || counts.imported != null) return counts;
  const { [IMPORTED_HELPER_MESSAGE]: imported = 0, ...direct } = counts.direct;
  return { ...counts, direct, directTotal: counts.directTotal - imported, imported };
}
