// Writes the results as JSON (bench/results/benchmarks.json for a full run) and as the markdown page
// docs/benchmarks.md, which links to the JSON.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { BUDGET, budgetVerdicts, THEIRS_ONLY_BUCKETS, withImportedCounted } from './analyse.mjs';
import { oxlintSection, readOxlintRecord } from './oxlint-page.mjs';
import { renderSplit } from './split.mjs';
import {
  readTimeoutPeerRecord,
  readTypedCostRecords,
  timeoutPeerSection,
  typedCostSection,
} from './timeout-peer-page.mjs';

const pct = (x, digits = 2) =>
  x === null || x === undefined || Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(digits)}%`;
const signedPct = (x, digits = 1) =>
  x === null || x === undefined ? 'n/a' : `${x >= 0 ? '+' : ''}${(x * 100).toFixed(digits)}%`;
const seconds = (ms) => (ms === null || ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
const millis = (ms) => (ms === null || ms === undefined ? 'n/a' : `${Math.round(ms)} ms`);
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)}`;
const code = (s) => `\`${String(s).replaceAll('`', "'").replaceAll('|', '\\|')}\``;

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function verdict(ok) {
  if (ok === null) return 'n/a';
  return ok ? 'within budget' : '**over budget**';
}

function headline(results) {
  const { failures, speed, comparison, corpus } = results;
  const lines = [
    `- Corpus: ${corpus.packages.length} packages, ${corpus.files.toLocaleString('en-US')} files ` +
      `(${corpus.testFiles.toLocaleString('en-US')} test files), ${mb(corpus.bytes)} MB; ` +
      `${corpus.unparseable.length} files no parser setting accepts, left out.`,
    `- Our rules: ${results.ourRules.map(code).join(', ') || 'none built yet'}.`,
    `- Crashes of our rules: **${failures.crashes}**. Fixes that do not parse: **${failures.unparseableFixes}**. ` +
      `Fixes a second pass changes: **${failures.unstableFixes}**.`,
    `- \`no-sync-fs-in-async\` vs \`n/no-sync\`: ${comparison.total.both} both, ${comparison.total.oursOnly} only ours` +
      helperAside(comparison.total) +
      `, ${comparison.total.theirsOnly} only theirs (of which ${comparison.total.buckets['not fs'].nonTest + comparison.total.buckets['not fs'].test} not fs, ` +
      `${comparison.total.buckets['not in async'].nonTest + comparison.total.buckets['not in async'].test} not in async code).`,
  ];
  if (results.peerAsShipped.tsFiles) {
    lines.push(
      `- \`n/no-sync\` as shipped throws on ${results.peerAsShipped.crashedFiles} of ${results.peerAsShipped.tsFiles} TypeScript ` +
        'files linted without type information (its parser-services check); the comparison and timing runs give it the ' +
        'TypeScript parser without node maps so that it runs.',
    );
  }
  const r = speed?.ratios;
  if (r) {
    const cpu = r.oursCpuOverTrivial;
    lines.push(
      cpu
        ? `- Whole-process CPU, median of ${cpu.rounds} per-round ratios: ours ${signedPct(cpu.median)} over one rule ` +
            `that does nothing (budget ${signedPct(BUDGET.cpuOverTrivial, 0)}; the machine's spread between rounds ` +
            `±${pct(cpu.spread, 1)}), ${signedPct(r.oursCpuOverPeer?.median)} over n/no-sync.`
        : '- Whole-process CPU over one rule that does nothing: not measured (these results have no such run).',
      `- ESLint stats (listener time only): our rules ${pct(r.oursStatsOverParse)} of parse time ` +
        `(budget ${pct(BUDGET.statsOverParse, 1)}), n/no-sync ${pct(r.peerStatsOverParse)}; ours / n/no-sync ` +
        `${r.oursStatsOverPeerStats === null ? 'n/a' : r.oursStatsOverPeerStats.toFixed(2)}.`,
      `- Peak RSS: ours ${signedPct(r.oursRssOverBaseline)} vs the no-rules run, n/no-sync ${signedPct(r.peerRssOverBaseline)}.`,
    );
    const imports = r.followImports?.cpuOverOff;
    if (imports) {
      lines.push(
        `- \`followImports\` on over off, whole-process CPU: ${signedPct(imports.median)} (median of ${imports.rounds} ` +
          `per-round ratios, spread ±${pct(imports.spread, 1)}; issue 16 asks for at most ` +
          `${signedPct(BUDGET.followImportsCpu, 0)}).`,
      );
    }
  }
  return lines.join('\n');
}

/** A per-round CPU ratio as "+1.2% (rounds −0.4% to +2.9%)", or "not measured". */
function cpuRatio(ratio) {
  if (!ratio) return 'not measured';
  return `${signedPct(ratio.median)} (rounds ${signedPct(ratio.min)} to ${signedPct(ratio.max)})`;
}

/** The CPU verdict, with the machine's spread next to it: the median decides, the spread says how far to trust it. */
function cpuVerdict(ratio, within) {
  if (!ratio) return 'not measured: these results have no run with one rule that does nothing';
  if (within === null)
    return `not resolved: ${ratio.rounds} round(s); the budget asks for at least ${BUDGET.minRounds}`;
  const nearBar = Math.abs(ratio.median - BUDGET.cpuOverTrivial) <= ratio.spread;
  return nearBar
    ? `${verdict(within)} at the median, but within the machine's spread (±${pct(ratio.spread, 1)}) of the bar`
    : `${verdict(within)} at the median; the machine's spread: ±${pct(ratio.spread, 1)}`;
}

function budgetTable(speed) {
  const r = speed?.ratios;
  if (speed === 'pending') return 'Speed runs under way; this page is rewritten when they finish.';
  if (!r) return 'No speed run (our rules are not built, or `--no-speed`).';
  const within = budgetVerdicts(r);
  const ratio = (x) => (x === null || x === undefined ? 'n/a' : x.toFixed(2));
  const shown = 'shown, not budgeted';
  const cpu = r.oursCpuOverTrivial ?? null;
  const rows = [
    [
      'Both our rules, ESLint stats time / parse time',
      `<= ${pct(BUDGET.statsOverParse, 1)}`,
      pct(r.oursStatsOverParse),
      within.stats === null ? 'not measured: no ESLint stats runs' : verdict(within.stats),
    ],
    [
      `Whole-process CPU, ours over one rule that does nothing (median of ${cpu ? `${cpu.rounds} ` : ''}per-round ratios)`,
      `<= ${signedPct(BUDGET.cpuOverTrivial, 0)}, at least ${BUDGET.minRounds} rounds`,
      cpuRatio(cpu),
      cpuVerdict(cpu, within.cpu),
    ],
    [
      'Whole-process CPU, `followImports` on over off (median of per-round ratios; issue 16)',
      `<= ${signedPct(BUDGET.followImportsCpu, 0)}, at least ${BUDGET.minRounds} rounds`,
      cpuRatio(r.followImports?.cpuOverOff),
      followImportsVerdict(r.followImports?.cpuOverOff, within.followImports),
    ],
    ['Both our rules / n/no-sync, ESLint stats time', shown, ratio(r.oursStatsOverPeerStats), '–'],
    [
      '`no-sync-fs-in-async` alone / n/no-sync, ESLint stats time (like for like)',
      shown,
      ratio(r.syncRuleStatsOverPeerStats),
      '–',
    ],
    ['Whole-process CPU, ours over n/no-sync (median of per-round ratios)', shown, cpuRatio(r.oursCpuOverPeer), '–'],
    [
      'Whole-process CPU, one rule that does nothing over no rules (median of per-round ratios)',
      shown,
      cpuRatio(r.trivialCpuOverBaseline),
      '–',
    ],
    ['Peak RSS, ours vs no rules', shown, signedPct(r.oursRssOverBaseline), '–'],
  ];
  return (
    table(['Measure', 'Budget', 'Measured', 'Verdict'], rows) +
    `\n\nThe budget: both our rules' ESLint stats time (their listeners' own time) at most ` +
    `${pct(BUDGET.statsOverParse, 1)} of parse time, and whole-process CPU at most ` +
    `${signedPct(BUDGET.cpuOverTrivial, 0)} over a run with one rule that does nothing, as the median of per-round ` +
    `ratios over at least ${BUDGET.minRounds} interleaved rounds. The CPU reference is that rule, not the no-rules ` +
    'run: ESLint with no rules at all skips work that any rule brings (the row "one rule that does nothing over no ' +
    'rules"). Each round runs every setup once, in an order that rotates, so a ratio compares two runs that met the ' +
    "same machine state; the machine's spread is the median distance of a round's ratio from the median of all " +
    'rounds, and differences smaller than it are not resolved here. The ratios to n/no-sync are shown, not budgeted: n/no-sync matches names, while our rules track bindings ' +
    'and the async context and build fixes.' +
    followImportsNote(r.followImports)
  );
}

const rulesTime = (on, off) =>
  `\`no-sync-fs-in-async\`'s own listener time (ESLint stats) is ${millis(on)} with it on and ${millis(off)} off`;

function followImportsVerdict(ratio, within) {
  if (!ratio) return 'not measured: these results have no run with `followImports: false`';
  if (within === null) return `not resolved: ${ratio.rounds} round(s); at least ${BUDGET.minRounds} are needed`;
  return `${verdict(within)} at the median; the machine's spread: ±${pct(ratio.spread, 1)}`;
}

/**
 * Where the CPU that following imports adds goes: into no-sync-fs-in-async's listeners (resolving relative imports,
 * reading, parsing and summarising the imported modules) by ESLint's stats, and the rest outside them.
 */
function followImportsNote(cost) {
  if (!cost) return '';
  const { on, off } = cost.syncRuleStatsMs;
  const inRule = cost.syncRuleExtraStatsMs;
  const rest = inRule === null ? null : cost.extraCpuMs - inRule;
  const inside =
    'inside the rule (resolving relative imports, reading the imported modules, parsing those with a sync fs call ' +
    'and summarising their exports)';
  let where = 'No ESLint stats runs, so this run does not split it.';
  if (inRule !== null && inRule <= 0) {
    where =
      `${rulesTime(on, off)}: no growth that these runs resolve, so the difference of the CPU medians is the noise ` +
      'of medians taken from different rounds (the per-round ratio above is the steadier figure).';
  } else if (rest !== null && rest >= 0) {
    where =
      `${rulesTime(on, off)}: ${millis(inRule)} of the extra is spent ${inside}, and the other ${millis(rest)} ` +
      'outside its listeners as ESLint times them (garbage collection that falls there, and the noise of two ' +
      'medians taken from different rounds: the per-round ratio above is the steadier figure).';
  } else if (rest !== null) {
    where =
      `${rulesTime(on, off)}: ${millis(inRule)} more is spent ${inside}, more than the difference of the two ` +
      "runs' CPU medians, which is within the noise of medians taken from different rounds (the per-round ratio " +
      'above is the steadier figure).';
  }
  return (
    `\n\n\`followImports\` (issue 16) is measured by \`ours-no-imports\`, our rules with \`no-sync-fs-in-async\`'s ` +
    `\`followImports: false\`, in the same interleaved rounds. With it on, the process CPU's median is ` +
    `${millis(Math.abs(cost.extraCpuMs))} ${cost.extraCpuMs < 0 ? 'lower' : 'higher'}. ${where}`
  );
}

function speedTable(speed, ourRules) {
  const rows = Object.entries(speed.summary).map(([setup, s]) => [
    setup,
    `${seconds(s.wallMs)} (${seconds(s.wallMsRange?.[0])}–${seconds(s.wallMsRange?.[1])})`,
    `${seconds(s.cpuMs)} (${seconds(s.cpuMsRange?.[0])}–${seconds(s.cpuMsRange?.[1])})`,
    seconds(s.lintLoopMs),
    `${s.maxRssMb.toFixed(0)} MB`,
    millis(s.parseMs),
    Object.entries(s.rulesMs)
      .map(([id, ms]) => `${code(id)} ${millis(ms)}`)
      .join('<br>') || '–',
  ]);
  const r = speed.ratios;
  const extra = r
    ? `\n\nParse time (ESLint stats, no-rules run): ${millis(r.parseMs)}. Extra CPU over the no-rules run: ours ` +
      `${millis(r.oursExtraCpuMs)}, n/no-sync ${millis(r.peerExtraCpuMs)}. Wall: ours ${signedPct(r.oursWallOverBaseline)}, ` +
      `n/no-sync ${signedPct(r.peerWallOverBaseline)}. Our rules: ${ourRules.map(code).join(', ')}.` +
      noiseNote(speed.summary.baseline)
    : '';
  return (
    table(
      [
        'Setup',
        'Wall, median (min–max)',
        'Process CPU, median (min–max)',
        'Lint loop',
        'Peak RSS',
        'Parse (stats)',
        'Rules (stats)',
      ],
      rows,
    ) + extra
  );
}

/** How far the no-rules run's CPU moved between rounds, as a share of its median. */
function cpuSpread(baseline) {
  if (!baseline?.cpuMsRange || !baseline.cpuMs) return null;
  return (baseline.cpuMsRange[1] - baseline.cpuMsRange[0]) / baseline.cpuMs;
}

/** How far the no-rules run's CPU moved between rounds: whole-process differences smaller than this are noise. */
function noiseNote(baseline) {
  const spread = cpuSpread(baseline);
  if (spread === null) return '';
  return (
    `\n\nNoise: the no-rules run's process CPU varied by ${pct(spread, 1)} of its median across rounds on this ` +
    'machine, so whole-process differences of that size are not resolved; ESLint stats (per-rule listener time) ' +
    'are the finer measure, and ratios of runs in the same round (the budget table) are steadier than either alone.'
  );
}

function corpusTable(corpus) {
  const rows = corpus.packages.map((p) => [
    code(p.name),
    p.version,
    p.kind,
    p.files,
    p.testFiles,
    mb(p.bytes),
    p.unparseable,
  ]);
  rows.push(['**total**', '', '', corpus.files, corpus.testFiles, mb(corpus.bytes), corpus.unparseable.length]);
  return table(['Package', 'Version', 'Kind', 'Files linted', 'Test files', 'MB', 'Unparseable (left out)'], rows);
}

function fixTable(fixSafety) {
  const rows = [];
  for (const [pkg, s] of Object.entries(fixSafety.perPackage)) {
    for (const [id, r] of Object.entries(s.reports).sort()) {
      rows.push([code(pkg), code(id), r.before, r.fixable, r.before - r.left, r.left, r.suggestions]);
    }
    if (s.filesFixed || s.unparseable || s.unstable) {
      rows.push([
        code(pkg),
        `files fixed ${s.filesFixed}`,
        '',
        '',
        '',
        `unparseable ${s.unparseable}`,
        `unstable ${s.unstable}`,
      ]);
    }
  }
  if (!rows.length) return 'No reports from our rules on this corpus.';
  return table(
    ['Package', 'Rule / message id', 'Reports before', 'With a fix', 'Fixed', 'Left after fix', 'With suggestions'],
    rows,
  );
}

/**
 * `no-sync-fs-in-async` reports by kind: direct, through a blocking helper of the module (fix offered or withheld),
 * through a helper imported from another module, loops; then the three kinds per package when the results have them.
 */
function syncFsSection(stored, plugin) {
  const counts = withImportedCounted(stored);
  if (!counts) {
    return (
      `Not counted: these results come from plugin commit ${plugin?.checkPass?.gitHead ?? plugin?.gitHead ?? 'n/a'}, ` +
      'before the harness counted these kinds (run `npm run bench` again); their reports by message id are in the ' +
      'fix-safety table above.'
    );
  }
  const { direct, directTotal, helper, imported, loops } = counts;
  const rows = [
    ['**direct** (a sync call in async code)', directTotal],
    ...Object.entries(direct)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, n]) => [`direct: ${code(id)}`, n]),
    ['**through a blocking helper** (`syncFsInHelper`, `syncFsInHelperNoFix`)', helper.reports],
    ['helper: fix offered as a suggestion', helper.suggestion],
    ['helper: fix offered as an autofix (`fixHelpers: autofix`)', helper.autofix],
    ['helper: fix withheld (`syncFsInHelperNoFix`)', helper.withheld],
    ...Object.entries(helper.withheldBy)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .map(([reason, n]) => [`withheld: ${reason.replaceAll('|', '\\|')}`, n]),
    ['**through a helper imported from another module** (`syncFsInImportedHelper`, never fixed)', imported],
    ...Object.entries(loops).map(([id, n]) => [`loop suggestion offered: ${code(id)}`, n]),
  ];
  return `${table(['Reports of `no-sync-fs-in-async`', 'Count'], rows)}${syncFsPerPackage(counts.perPackage)}`;
}

/** The three kinds per package (packages with any), or '' for results from before the per-package count. */
function syncFsPerPackage(perPackage) {
  if (perPackage == null) return '';
  const rows = Object.entries(perPackage)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([pkg, r]) => [code(pkg), r.direct, r.helper, r.imported]);
  if (!rows.length) return '';
  return `\n\n${table(['Package', 'Direct', 'Through a helper of the module', 'Through an imported helper'], rows)}`;
}

/** Helper calls beside "only ours"; results from before they were counted apart show nothing. */
function helperAside(total) {
  return total.oursHelper == null
    ? ''
    : ` (and ${total.oursHelper} calls of blocking helpers, which n/no-sync does not look for)`;
}

function comparisonTable(comparison) {
  const helpers = comparison.total.oursHelper != null;
  const header = [
    'Package',
    'Both',
    'Only ours',
    ...(helpers ? ['Ours: helper calls'] : []),
    'Only n/no-sync',
    ...THEIRS_ONLY_BUCKETS.map((b) => `only theirs: ${b} (test files)`),
  ];
  const row = (name, c) => [
    name,
    c.both,
    `${c.oursOnly} (${c.oursOnlyTest} in tests)`,
    ...(helpers ? [c.oursHelper] : []),
    `${c.theirsOnly} (${c.theirsOnlyTest} in tests)`,
    ...THEIRS_ONLY_BUCKETS.map((b) => `${c.buckets[b].nonTest + c.buckets[b].test} (${c.buckets[b].test})`),
  ];
  const rows = Object.entries(comparison.perPackage)
    .sort()
    .map(([pkg, c]) => row(code(pkg), c));
  rows.push(row('**total**', comparison.total));
  return table(header, rows);
}

function samples(list, withName) {
  if (!list.length) return '(none)';
  return list
    .map((s) => `- ${code(`${s.pkg}/${s.rel}:${s.line}`)}${withName ? ` ${code(s.name)}` : ''}: ${code(s.code ?? '')}`)
    .join('\n');
}

function failureList(results) {
  const lines = [];
  for (const c of results.crashes.ours) {
    lines.push(
      `- crash (${c.setup}) in ${code(`${c.pkg}/${c.rel}`)}, rule ${code(c.ruleId)}:\n\n\`\`\`\n${c.stack.split('\n').slice(0, 8).join('\n')}\n\`\`\``,
    );
  }
  for (const f of [...results.fixSafety.unparseable, ...results.fixSafety.unstable]) {
    lines.push(`- ${f.kind} fix in ${code(`${f.pkg}/${f.rel}:${f.line}`)}: ${f.message} ${code(f.text)}`);
  }
  return lines.length ? lines.join('\n') : 'None.';
}

/** When the check results come from an earlier run (--from-work) of another build, say which. */
function checkPassBuild(plugin) {
  const check = plugin?.checkPass;
  if (!check || check.distHash === plugin.distHash) return '';
  return ` for the speed runs; the check pass (crashes, fixes, comparison) ran on commit ${check.gitHead ?? 'n/a'}, dist/ hash ${check.distHash ?? 'n/a'}`;
}

/** Where the per-rule time falls (bench/split.mjs): files our pre-scan enters or not, first pass or warm. */
function splitSection(split) {
  if (!split) return '';
  return (
    `\n\n### Where the rule time falls\n\n` +
    `\`node bench/split.mjs\` on the same speed set: ESLint's per-rule stats time, summed over the ${split.entering} files where a ` +
    `listener of our rules' pre-scan ran (the file imports or requires a module one of them traces, or has an ` +
    `identifier spelled like a traced global) and over the ${split.others} others; on a first pass in a fresh process, as one ESLint run lints, and on a ` +
    `second pass over the same files in the same process, when the code is compiled and warm. One process per ` +
    `setup, one run each, so single cells move by a few milliseconds between runs.\n\n` +
    renderSplit(split)
  );
}

/** The last recorded behaviour snapshot comparison (`bench/snapshot.mjs compare … --record`), if any. */
function snapshotSection(record) {
  if (!record) return '';
  const side = (s) =>
    `${s.label}: ${s.files.toLocaleString('en-US')} files with a message, ${s.messages.toLocaleString('en-US')} messages`;
  return (
    `## Behaviour snapshot\n\n` +
    `\`node bench/snapshot.mjs\` lints all ${record.corpusFiles.toLocaleString('en-US')} corpus files with two builds, under the ` +
    `option sets ${record.optionSets.map(code).join(' and ')}, and compares every message's rule, message id, text, ` +
    `position, fix and suggestions. Recorded ${record.comparedAt} (bench/results/snapshot.json):\n\n` +
    `- Before, ${side(record.before)}.\n- After, ${side(record.after)}.\n` +
    `- **${record.filesDiffering} files differ.**\n\n`
  );
}

export function renderMarkdown(
  results,
  jsonLink = 'benchmarks.json',
  snapshot = null,
  oxlint = null,
  timeoutPeer = null,
  typedCost = null,
) {
  const { machine, versions, speed } = results;
  const v = Object.entries(versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return `# Benchmarks: our rules on real code

<!-- Generated by \`npm run bench\` (bench/run.mjs) on ${results.generatedAt}; do not edit by hand. JSON: ${jsonLink}. -->

Our rules, \`n/no-sync\` (eslint-plugin-n, the peer), one rule that does nothing (\`trivial\`, the CPU budget's
reference) and no rules at all (the baseline) on the same pinned corpus of published npm packages: agent and tool
code, Node CLIs with heavy fs use, and TypeScript's compiler (one 9 MB file). The harness (\`bench/\`) drives
ESLint's \`Linter\` directly, one file at a time, with the config it would get from a flat config file. Our rules
are on for every file, test files included; test-file status is counted apart. Every figure below,
and each measured run, is in [the results JSON](${jsonLink}).

## Headline

${headline(results)}

Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}. Versions: ${v}. Plugin: commit ${results.plugin?.gitHead ?? 'n/a'} (working tree), dist/ hash ${results.plugin?.distHash ?? 'n/a'}${checkPassBuild(results.plugin)}. Mode: ${results.mode}.

## Budget

${budgetTable(speed)}

## Speed

${
  speed === 'pending'
    ? 'Under way.'
    : speed
      ? `Single-threaded, one process per run, ${speed.rounds} interleaved rounds (the setup order rotates each round); ` +
        `medians. Process CPU is the whole process (user + system, start-up and module loading included), as in the ` +
        `census: it counts ESLint's selector matching and the garbage a rule's listeners cause, which per-rule timing ` +
        `does not. Parse and rule columns come from ${speed.statsRounds} separate run(s) per setup (not \`trivial\`) with ESLint's ` +
        `\`stats\` on (listener time only; ESLint times with the wall clock, so on a busy machine these include time the ` +
        `process waited for a core, while process CPU does not). Load average during the speed runs: ` +
        `${speed.loadAverage ? speed.loadAverage.map((x) => x.toFixed(1)).join(' → ') : 'n/a'} (2 cores; other work shared the machine). Speed set: ${speed.files} files, ${mb(speed.bytes)} MB` +
        `${speed.sampleStep > 1 ? `, every ${speed.sampleStep}th file of the corpus in corpus order (every package is in it; the check pass covers all files)` : ', the whole corpus'}; ` +
        `${speed.excludedCrashedFiles} left out because a rule threw on them.\n\n` +
        speedTable(speed, results.ourRules) +
        splitSection(speed.split)
      : 'Not run.'
}

${snapshotSection(snapshot)}${oxlintSection(oxlint)}## Crashes and fix safety

Every file is linted with our rules; a rule that throws is a crash (file and stack below). Files with fixable
reports are fixed (ESLint's fix loop, up to 10 passes) into a copy outside git; the copy must parse with the same
parser, and a second fix pass must change nothing.

Failures: ${failureList(results)}

${fixTable(results.fixSafety)}

## Blocking helpers and loop suggestions

\`no-sync-fs-in-async\` in the check pass (default options, so \`followImports\` on), all packages: reports of a
sync call in async code (direct) beside reports of a call of the module's own sync function that blocks (through a
blocking helper, with the fix that makes the chain async offered or withheld, and why), reports of a call of a
blocking helper imported from another module of the package (a relative import, read from disk; reported with its
chain, never fixed), and the reports whose eager callback gets a \`for…of\` or \`Promise.all\` rewrite.

${syncFsSection(results.syncFsCounts, results.plugin)}

## Peer comparison: \`no-sync-fs-in-async\` vs \`n/no-sync\`

Same files, same parser. A report of each is matched when their ranges overlap. Reports only \`n/no-sync\` has are
put in the first bucket that applies: **not fs** (the callee name is not a \`*Sync\` export of \`fs\`, \`fs-extra\` or
\`graceful-fs\`: \`execSync\`, \`spawnSync\`, a project's own \`…Sync\`), **not in async** (fs name, but the nearest function
is synchronous or there is none), **sync callback in async** (fs name in a synchronous function nested in an async
one: deferred or unknown callbacks), **fs name in async** (what is left: a call we do not trace to \`fs\`, such as a
method of another object). Numbers in parentheses are the part in test files. Our reports at the call of a blocking
helper (\`syncFsInHelper\`, \`syncFsInHelperNoFix\`, \`syncFsInImportedHelper\`) are matched like the others (a helper
named \`…Sync\` is one n/no-sync reports too); those left unmatched sit where no sync call is written, so they are
counted in a column of their own, not as reports only we have.

${comparisonTable(results.comparison)}

Samples, only ours:

${samples(results.comparison.samples.oursOnly, false)}

Samples, only n/no-sync with an fs name in async code:

${samples(results.comparison.samples.theirsOnlyFsInAsync, true)}

${timeoutPeerSection(timeoutPeer)}${[typedCost ?? []].flat().map(typedCostSection).join('')}## Corpus

Pinned in \`bench/corpus.json\`, installed with \`npm install --ignore-scripts\` into a cache directory outside git
(\`$ASYNC_IO_CORPUS_DIR\`, else \`$XDG_CACHE_HOME\` or \`~/.cache\`, under \`eslint-plugin-async-io-corpus/${results.corpus.key}\`).
Each package's own files: \`.js .mjs .cjs .jsx .ts .mts .cts .tsx\`, declaration files excluded, bundled dependencies
included, dependencies npm installed beside it excluded. A \`.js\` file is parsed as an ES module, else as CommonJS,
else with JSX; files none of these accept are left out (listed in the JSON). Test files: the recommended config's
globs (\`*.test.*\`, \`*.spec.*\`, \`__tests__/\`, \`__mocks__/\`, \`test/\`, \`tests/\`) inside the package.

${corpusTable(results.corpus)}

## How to run

\`\`\`sh
npm run build
npm run bench              # full corpus; writes docs/benchmarks.md and bench/results/benchmarks.json
npm run bench -- --quick   # two packages, under a minute (CI: tests/bench/corpus.test.ts runs it with --no-speed)
node bench/run.mjs --rounds 7 --stats-rounds 2 --speed-mb 12 --out /tmp/bench
node bench/run.mjs --from-work --rounds 7   # speed again on the last check pass's results
node bench/run.mjs --render bench/results/benchmarks.json   # this page again from the results, after a report change
node bench/profile.mjs ours                 # CPU profile of one speed run: where our rules spend their time
node bench/oxlint-parity.mjs --speed --record   # oxlint and ESLint on the whole corpus: same results? speed of both
node bench/timeout-peer.mjs --quick --record    # require-timeout-on-tool vs n/require-child-process-timeout
node bench/typed-cost.mjs --record              # require-timeout-on-tool with and without type information
node bench/typed-cost.mjs --rule no-sync-fs-in-async --record   # the same for no-sync-fs-in-async
\`\`\`
`;
}

/** Writes the results to `paths.json` and the page to `paths.md`; the page links to the JSON by relative path. */
export function writeReport(results, paths) {
  for (const file of [paths.json, paths.md]) fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(paths.json, `${JSON.stringify(results, null, 2)}\n`);
  const jsonLink = path.relative(path.dirname(paths.md), paths.json).split(path.sep).join('/');
  const snapshotPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results', 'snapshot.json');
  const snapshot = fs.existsSync(snapshotPath) ? JSON.parse(fs.readFileSync(snapshotPath, 'utf8')) : null;
  fs.writeFileSync(
    paths.md,
    renderMarkdown(results, jsonLink, snapshot, readOxlintRecord(), readTimeoutPeerRecord(), readTypedCostRecords()),
  );
  return [paths.md, paths.json];
}
