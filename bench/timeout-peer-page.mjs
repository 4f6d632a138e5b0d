// The "require-timeout-on-tool vs n/require-child-process-timeout" section of docs/benchmarks.md, from the record
// `node bench/timeout-peer.mjs --record` keeps in bench/results/timeout-peer.json, and the buckets that record uses.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RECORD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results', 'timeout-peer.json');

/** Why only the peer reports a call, first that applies. */
export const THEIRS_ONLY_BUCKETS = [
  'options ours cannot read',
  'signal from the caller',
  'local read-only command',
  'detached',
  'interactive (stdio inherit)',
  'watchdog (a kill nearby)',
  'raced or wrapped',
  'other',
];

/** Our reports about a `child_process` call (the peer covers nothing else): their message names it. */
export function isOurChildProcessReport(message) {
  return /`child_process\.\w+\(\)`/u.test(message.message);
}

/**
 * The bucket of a call only the peer reports. Our rule under `strict` tells the first three (what it reports there
 * and not by default); the others are read from the source text around the call (its own text, and the 30 lines
 * from its start for a kill or a race), so they are a heuristic: the samples in the record show each one.
 */
export function classifyTheirsOnly(text, at, strictMessageId) {
  if (strictMessageId === 'unknownBound') return 'options ours cannot read';
  if (strictMessageId === 'unknownSignal') return 'signal from the caller';
  if (strictMessageId != null) return 'local read-only command';
  const lines = text.split('\n');
  const call = lines.slice(at.line - 1, at.endLine).join('\n');
  const around = lines.slice(at.line - 1, at.line + 29).join('\n');
  if (/\bdetached\b/u.test(call)) return 'detached';
  if (/['"]inherit['"]/u.test(call)) return 'interactive (stdio inherit)';
  if (/\.kill\(/u.test(around)) return 'watchdog (a kill nearby)';
  if (/Promise\.race|pTimeout|withTimeout/u.test(around)) return 'raced or wrapped';
  return 'other';
}

const n = (x) => x.toLocaleString('en-US');

/** The files the speed rounds ran on: all linted files, or a sample (`--speed-mb`). */
const speedSet = (speed) =>
  speed.step == null || speed.step === 1
    ? 'the files'
    : `${n(speed.files)} files (${(speed.bytes / 1e6).toFixed(1)} MB, 1 in ${speed.step} of the corpus's files)`;

/** The page's section, or '' when there is no record yet. */
export function timeoutPeerSection(record) {
  if (!record) return '';
  const { totals, oursOnly, theirsOnly, speed } = record;
  const ours = Object.entries(oursOnly)
    .sort((a, b) => b[1] - a[1])
    .map(([messageId, count]) => `| only ours: \`${messageId}\` | ${n(count)} |`);
  const theirs = Object.entries(theirsOnly)
    .filter(([, count]) => count > 0)
    .map(([bucket, count]) => `| only n: ${bucket} | ${n(count)} |`);
  const ratio = speed.peerMs > 0 ? `${(speed.oursMs / speed.peerMs).toFixed(1)}×` : 'n/a';
  return (
    `## Peer comparison: \`require-timeout-on-tool\` vs \`n/require-child-process-timeout\`\n\n` +
    `\`node bench/timeout-peer.mjs --record${record.mode === 'quick' ? ' --quick' : ''}\` lints each file with each ` +
    `rule alone (ESLint ${record.versions.eslint}, eslint-plugin-n ${record.versions['eslint-plugin-n']}, no type ` +
    `information, default options) and matches their reports by overlapping range. Ours counts only its reports ` +
    `about \`child_process\` calls (the peer's whole scope). A call only the peer reports is put in the first bucket ` +
    `that applies: what ours reports under \`strict\` and not by default (options it cannot read, a signal from the ` +
    `caller, a local read-only command), else from the source text around the call (\`detached\`, ` +
    `\`stdio: 'inherit'\`, a \`.kill(\` within 30 lines, a race or a timeout wrapper): a heuristic, with samples in ` +
    `[the record](../bench/results/timeout-peer.json). Recorded ${record.recordedAt}, plugin commit ` +
    `${record.plugin.gitHead ?? 'n/a'}, ${record.mode} corpus (${record.corpus.packages.join(', ')}): ` +
    `${n(totals.files)} files, ${(totals.bytes / 1e6).toFixed(1)} MB.\n\n` +
    `| Calls | Count |\n| --- | --- |\n| both report | ${n(totals.both)} |\n${[...ours, ...theirs].join('\n')}\n\n` +
    `Rule time (ESLint's \`stats\`, summed over ${speedSet(speed)}, each rule alone, median of ` +
    `${speed.rounds} alternating ` +
    `rounds in one process, on a machine other work shared): ours ` +
    `${speed.oursMs.toFixed(0)} ms, n/require-child-process-timeout ${speed.peerMs.toFixed(0)} ms (${ratio}). ` +
    `Ours also covers execa, zx, fetch, HTTP clients and MCP in that time.\n\n`
  );
}

export function readTimeoutPeerRecord() {
  return fs.existsSync(RECORD) ? JSON.parse(fs.readFileSync(RECORD, 'utf8')) : null;
}

const RESULTS_DIR = path.dirname(RECORD);

/** What a rule's typed mode does beyond the table, by rule (the record of require-timeout-on-tool has no `rule`). */
const TYPED_COST_NOTES = {
  'async-io/require-timeout-on-tool':
    `The typed rule asks the checker only in files that reach a catalog module (directly or through the program's ` +
    `own modules; six files of \`lib/\`, through the audit's \`targets.ts\`), about calls named as those modules' ` +
    `APIs; the rest of its time is the import graph, worked out once per program. Before that filter (plugin commit ` +
    `0e3f58f, same machine, 5 rounds) \`lib/\` took 389 ms typed.\n\n`,
  'async-io/no-sync-fs-in-async':
    'The typed part (`withTypedFsCalls`, timed alone) asks the checker only about calls the tracker did not find ' +
    "whose callee is a member named like a traced API or an imported name ending in `Sync`; the rest of the rule's " +
    'time is its untyped work.\n\n',
};

/** The typed-cost section of one rule (`node bench/typed-cost.mjs --rule … --record`), or '' without a record. */
export function typedCostSection(record) {
  if (!record) return '';
  const rule = record.rule ?? 'async-io/require-timeout-on-tool';
  const ms = (x) => `${x.toFixed(0)} ms`;
  const typedPart = record.projects.some((p) => p.typed.typedPartMs != null);
  const rows = record.projects.map(
    (p) =>
      `| ${p.name} | ${p.files} | ${ms(p.untyped.ruleMs)} | ${ms(p.typed.ruleMs)} | ` +
      `${typedPart ? `${p.typed.typedPartMs == null ? 'n/a' : ms(p.typed.typedPartMs)} | ` : ''}` +
      `${ms(p.untyped.parseMs)} | ${ms(p.typed.parseMs)} | ${p.untyped.reports} / ${p.typed.reports} |`,
  );
  const part = typedPart ? ['Typed part, typed'] : [];
  const header = ['Project', 'Files', 'Rule, untyped', 'Rule, typed', ...part, 'Parse, untyped', 'Parse, typed'];
  header.push('Reports (untyped / typed)');
  const name = rule.slice(rule.indexOf('/') + 1);
  const command = `node bench/typed-cost.mjs${record.rule == null ? '' : ` --rule ${name}`} --record`;
  return (
    `### \`${name}\` with type information\n\n` +
    `The corpus runs have no typed mode: its packages ship JavaScript without a tsconfig, so every figure above is ` +
    `without type information. \`${command}\` measures the typed mode on TypeScript projects ` +
    `that have one: each file linted with \`parserOptions.project\` and without, the rule alone, ${record.rounds} ` +
    `alternating rounds, medians of ESLint's \`stats\` summed over the files (rule listeners; parse includes building ` +
    `the program). Recorded ${record.recordedAt}, plugin commit ${record.plugin.gitHead}, on a machine other work ` +
    `shared.\n\n` +
    `| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |\n${rows.join('\n')}\n\n` +
    (TYPED_COST_NOTES[rule] ?? '')
  );
}

/** The typed-cost records there are (bench/results/typed-cost.json, typed-cost-fs.json), in that order. */
export function readTypedCostRecords() {
  return ['typed-cost.json', 'typed-cost-fs.json']
    .map((name) => path.join(RESULTS_DIR, name))
    .filter((file) => fs.existsSync(file))
    .map((file) => JSON.parse(fs.readFileSync(file, 'utf8')));
}
