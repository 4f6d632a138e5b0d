// require-timeout-on-tool against n/require-child-process-timeout (eslint-plugin-n 18.6) on the corpus's child
// process calls: which calls both report, which only one does (each put in a bucket by why), and the time each rule
// takes (ESLint's per-rule `stats`, summed over the files, each rule alone, N alternating rounds, default 3).
//
//   node bench/timeout-peer.mjs [--quick] [--rounds N] [--speed-mb N] [--record]
//
// One process (the machine is shared): the whole corpus takes a long time, so it logs its counts every 500 files.
// --quick: the quick corpus (two packages). --speed-mb N: time the rules on every k-th linted file, about N MB (as
// bench/run.mjs picks its speed set; default: every linted file). --record: write bench/results/timeout-peer.json and render
// docs/benchmarks.md again from bench/results/benchmarks.json (the page's "require-timeout-on-tool vs
// n/require-child-process-timeout" section comes from that record). Without --record: the JSON on stdout.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureInstalled, extensionCategory, listPackageFiles, readCorpusList, selectPackages } from './corpus.mjs';
import { createLinting, loadOurPlugin, OUR_TIMEOUT_RULE, TIMEOUT_PEER_RULE, versions } from './setups.mjs';
import { classifyTheirsOnly, isOurChildProcessReport, THEIRS_ONLY_BUCKETS } from './timeout-peer-page.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const RECORD = path.join(BENCH_DIR, 'results', 'timeout-peer.json');
const OUR_RULE = OUR_TIMEOUT_RULE;
const log = (line) => process.stderr.write(`[timeout-peer] ${line}\n`);

const overlaps = (a, b) =>
  (a.line < b.endLine || (a.line === b.endLine && a.column <= b.endColumn)) &&
  (b.line < a.endLine || (b.line === a.endLine && b.column <= a.endColumn));
const at = (m) => ({
  line: m.line,
  column: m.column,
  endLine: m.endLine ?? m.line,
  endColumn: m.endColumn ?? m.column,
});

/** The per-rule stats time of one lint, in ms. */
function ruleTime(linter, ruleId) {
  let total = 0;
  for (const pass of linter.getTimes().passes) total += pass.rules?.[ruleId]?.total ?? 0;
  return total;
}

/** The category the baseline parser accepts first (as the check pass picks it), or null. */
function categoryOf(baseline, file, text) {
  const first = extensionCategory(file.abs);
  const tries = first === 'module' && /\.js$/u.test(file.abs) ? ['module', 'commonjs', 'jsx'] : [first];
  for (const category of tries) {
    const messages = baseline.linter.verify(text, baseline.configs[category], { filename: file.abs });
    if (!messages.some((m) => m.fatal)) return category;
  }
  return null;
}

function main() {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;
  const speedMbAt = args.indexOf('--speed-mb');
  const speedMb = speedMbAt >= 0 ? Number(args[speedMbAt + 1]) : null;
  const packages = selectPackages(readCorpusList(), { quick });
  const corpus = ensureInstalled(packages, log);
  const files = packages.flatMap((p) => listPackageFiles(corpus, p));
  const plugin = loadOurPlugin();
  if (!plugin) throw new Error('dist/ has no plugin: run `npm run build` first');
  const baseline = createLinting('baseline', plugin, corpus);
  const ours = createLinting('timeout-ours', plugin, corpus);
  const strict = createLinting('timeout-ours', plugin, corpus, { [OUR_RULE]: [{ strict: true }] });
  const peer = createLinting('timeout-peer', plugin, corpus);
  const totals = { both: 0, oursOnly: 0, theirsOnly: 0, files: 0, bytes: 0, errors: 0 };
  const oursOnly = {};
  const theirsOnly = Object.fromEntries(THEIRS_ONLY_BUCKETS.map((bucket) => [bucket, 0]));
  const samples = [];
  const linted = [];
  log(`${files.length} files in ${packages.length} packages`);
  const step = speedStep(files, speedMb);
  const started = performance.now();
  for (const [index, file] of files.entries()) {
    if (index > 0 && index % 500 === 0) progress(index, files.length, started, totals);
    const text = fs.readFileSync(file.abs, 'utf8');
    const category = categoryOf(baseline, file, text);
    if (!category) continue;
    totals.files++;
    totals.bytes += file.bytes;
    // Only the speed set keeps its text: the whole corpus's would crowd the heap.
    if (index % step === 0) linted.push({ file, text, category });
    const lint = ({ linter, configs }, ruleId) => {
      const { messages } = linter.verifyAndFix(text, configs[category], { filename: file.abs, fix: false });
      return { messages: messages.filter((m) => m.ruleId === ruleId) };
    };
    let mine;
    let theirs;
    try {
      mine = lint(ours, OUR_RULE);
      theirs = lint(peer, TIMEOUT_PEER_RULE);
    } catch (error) {
      totals.errors++;
      log(`error in ${file.pkg}/${file.rel}: ${String(error?.message).split('\n')[0]}`);
      continue;
    }
    const ourCalls = mine.messages.filter(isOurChildProcessReport);
    if (ourCalls.length === 0 && theirs.messages.length === 0) continue;
    const strictMessages = ourCalls.length < theirs.messages.length ? lint(strict, OUR_RULE).messages : [];
    const matched = new Set();
    for (const m of ourCalls) {
      const index = theirs.messages.findIndex((t, i) => !matched.has(i) && overlaps(at(m), at(t)));
      if (index >= 0) {
        matched.add(index);
        totals.both++;
      } else {
        totals.oursOnly++;
        oursOnly[m.messageId] = (oursOnly[m.messageId] ?? 0) + 1;
        if (samples.length < 40) samples.push({ side: 'ours', why: m.messageId, ...where(file, text, m) });
      }
    }
    theirs.messages.forEach((t, i) => {
      if (matched.has(i)) return;
      totals.theirsOnly++;
      const strictReport = strictMessages.find((m) => overlaps(at(m), at(t)));
      const bucket = classifyTheirsOnly(text, at(t), strictReport?.messageId);
      theirsOnly[bucket]++;
      if (samples.length < 40) samples.push({ side: 'peer', why: bucket, ...where(file, text, t) });
    });
  }
  progress(files.length, files.length, started, totals);
  log(`speed: ${rounds} rounds over ${linted.length} files (1 in ${step} of the corpus's files)`);
  const { eslint, 'eslint-plugin-n': n } = versions();
  const record = {
    recordedAt: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    corpus: { key: path.basename(corpus), packages: packages.map((p) => `${p.name}@${p.version}`) },
    versions: { eslint, 'eslint-plugin-n': n },
    plugin: { gitHead: gitHead() },
    totals,
    oursOnly,
    theirsOnly,
    speed: { ...speedRounds(linted, ours, peer, rounds), step, files: linted.length, bytes: bytesOf(linted) },
    samples,
  };
  if (!args.includes('--record')) {
    process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
    return;
  }
  fs.writeFileSync(RECORD, `${JSON.stringify(record, null, 2)}\n`);
  log(`wrote ${path.relative(process.cwd(), RECORD)}`);
  execFileSync(
    process.execPath,
    [path.join(BENCH_DIR, 'run.mjs'), '--render', path.join(BENCH_DIR, 'results', 'benchmarks.json')],
    { stdio: 'inherit' },
  );
}

/** Each rule alone over the linted files, `rounds` alternating rounds: the median of the summed stats time. */
function speedRounds(linted, ours, peer, rounds) {
  const sums = { ours: [], peer: [] };
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours']) {
      const { linter, configs } = side === 'ours' ? ours : peer;
      const ruleId = side === 'ours' ? OUR_RULE : TIMEOUT_PEER_RULE;
      let total = 0;
      for (const { file, text, category } of linted) {
        try {
          linter.verifyAndFix(text, configs[category], { filename: file.abs, fix: false, stats: true });
        } catch {
          continue;
        }
        total += ruleTime(linter, ruleId);
      }
      sums[side].push(total);
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return { rounds, oursMs: median(sums.ours), peerMs: median(sums.peer), runs: sums };
}

/** Every how many files the speed set takes one: all of them, or about `targetMb` MB of the corpus. */
function speedStep(files, targetMb) {
  if (targetMb == null) return 1;
  const totalBytes = files.reduce((sum, f) => sum + f.bytes, 0);
  return Math.max(1, Math.round(totalBytes / (targetMb * 1e6)));
}

const bytesOf = (linted) => linted.reduce((sum, { file }) => sum + file.bytes, 0);

function progress(done, all, started, totals) {
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  log(
    `${done}/${all} files, ${seconds} s: both ${totals.both}, only ours ${totals.oursOnly}, ` +
      `only n ${totals.theirsOnly}, errors ${totals.errors}`,
  );
}

function where(file, text, m) {
  const code = (text.split('\n')[m.line - 1] ?? '').trim().slice(0, 140);
  return { file: `${file.pkg}/${file.rel}`, line: m.line, code };
}

function gitHead() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: BENCH_DIR, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

main();
