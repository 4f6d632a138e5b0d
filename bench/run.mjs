#!/usr/bin/env node
// The corpus harness: `npm run bench` (full corpus, writes docs/benchmarks.md and bench/results/benchmarks.json) or
// `npm run bench -- --quick` (two packages, for CI). Exits 1 on a crash of our rules, a fix that does not parse,
// or a fix that a second pass changes.
//
// Speed setups, interleaved each round: baseline (no rules), trivial, ours, ours-no-imports (`followImports: false`)
// and the peer. Options: --quick, --rounds N (speed rounds, default 7, the budget's minimum; quick 1), --stats-rounds
// N (ESLint stats runs per setup, default 1; quick 0), --speed-mb N (size of the speed set, every k-th file; default
// 32, quick 1), --jobs N (processes for the check pass, default 2), --out DIR (write the page and the JSON there;
// default: see `reportPaths`), --no-speed (check pass only), --list (install, count files, stop), --render FILE
// (write the page again from a results JSON; see `renderPaths`), --from-work (take the check results the last run
// left in the cache instead of running the check pass again; the speed pass still runs unless --no-speed).
// Env: ASYNC_IO_CORPUS_DIR moves the cache.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  BUDGET,
  comparePeer,
  emptySyncFsDetails,
  mergeSyncFsDetails,
  ratios,
  summariseSpeed,
  syncFsCounts,
  withSourceLines,
} from './analyse.mjs';
import { ensureInstalled, listPackageFiles, readCorpusList, selectPackages } from './corpus.mjs';
import { writeReport } from './report.mjs';
import { loadOurPlugin, OUR_SYNC_RULE, ourRuleIds, PEER_RULE, versions } from './setups.mjs';
import { measureSplit } from './split.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');
// A full run's output: the page for readers in docs/, the machine output beside the harness (not in the package).
const FULL_RUN = {
  md: path.join(ROOT, 'docs', 'benchmarks.md'),
  json: path.join(BENCH_DIR, 'results', 'benchmarks.json'),
};

/** Where a run writes its page and JSON: both into --out if given; a quick run into the cache; a full run FULL_RUN. */
function reportPaths(args, corpus) {
  const baseName = args.quick ? 'benchmarks.quick' : 'benchmarks';
  const dir = args.out ?? (args.quick ? path.join(corpus, 'results') : null);
  if (!dir) return FULL_RUN;
  return { md: path.join(dir, `${baseName}.md`), json: path.join(dir, `${baseName}.json`) };
}

/**
 * `--render FILE`: the page and the JSON (its ratios recomputed) into --out if given; else the JSON in place and the
 * page beside it, or in docs/ for the full run's JSON.
 */
function renderPaths(args) {
  const baseName = path.basename(args.render, '.json');
  if (args.out) return { md: path.join(args.out, `${baseName}.md`), json: path.join(args.out, `${baseName}.json`) };
  const mdDir = args.render === FULL_RUN.json ? path.dirname(FULL_RUN.md) : path.dirname(args.render);
  return { md: path.join(mdDir, `${baseName}.md`), json: args.render };
}

function parseArgs(argv) {
  const args = { quick: false, rounds: null, statsRounds: null, jobs: 2, out: null, speed: true, speedMb: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--quick') args.quick = true;
    else if (arg === '--rounds') args.rounds = Number(value());
    else if (arg === '--stats-rounds') args.statsRounds = Number(value());
    else if (arg === '--jobs') args.jobs = Number(value());
    else if (arg === '--speed-mb') args.speedMb = Number(value());
    else if (arg === '--out') args.out = path.resolve(value());
    else if (arg === '--no-speed') args.speed = false;
    else if (arg === '--list') args.list = true;
    else if (arg === '--render') args.render = path.resolve(value());
    else if (arg === '--from-work') args.fromWork = true;
    else throw new Error(`unknown option ${arg}`);
  }
  args.rounds ??= args.quick ? 1 : BUDGET.minRounds;
  args.statsRounds ??= args.quick ? 0 : 1;
  args.speedMb ??= args.quick ? 1 : 32;
  return args;
}

const log = (line) => process.stderr.write(`[bench] ${line}\n`);

/** Runs a node script as its own process; resolves with its stdout and the wall time from spawn to exit. */
function runNode(script, args, nodeOptions = []) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeOptions, path.join(BENCH_DIR, script), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) reject(new Error(`${script} ${args.join(' ')} exited with ${code}`));
      else resolve({ stdout, wallMs });
    });
  });
}

/** Splits files into `jobs` shards of about equal bytes (largest first, each to the lightest shard). */
function shard(files, jobs) {
  const shards = Array.from({ length: Math.max(1, jobs) }, () => ({ bytes: 0, files: [] }));
  for (const file of [...files].sort((a, b) => b.bytes - a.bytes)) {
    const lightest = shards.reduce((min, s) => (s.bytes < min.bytes ? s : min));
    lightest.files.push(file);
    lightest.bytes += file.bytes;
  }
  return shards.filter((s) => s.files.length);
}

async function checkPass(cwd, files, work, jobs) {
  const fixedDir = path.join(work, 'fixed');
  fs.rmSync(fixedDir, { recursive: true, force: true });
  const shards = shard(files, jobs);
  const outputs = await Promise.all(
    shards.map(async (s, i) => {
      const inputPath = path.join(work, `check-input-${i}.json`);
      const outPath = path.join(work, `check-output-${i}.json`);
      // Largest files decide the balance; within a shard, corpus order.
      const ordered = [...s.files].sort((a, b) => (a.pkg + a.rel < b.pkg + b.rel ? -1 : 1));
      fs.writeFileSync(inputPath, JSON.stringify({ cwd, files: ordered, fixedDir, outPath }));
      // Bundles of 8-12 MB (gemini-cli-core, next) hold several ASTs at once in the fix check: 4 GB is not enough.
      await runNode('check-worker.mjs', [inputPath], ['--max-old-space-size=8192']);
      return JSON.parse(fs.readFileSync(outPath, 'utf8'));
    }),
  );
  return mergeChecks(outputs, fixedDir);
}

function mergeChecks(outputs, fixedDir) {
  const merged = {
    fixedDir,
    files: [],
    unparseable: [],
    crashes: [],
    fixFailures: [],
    packages: {},
    comparison: [],
    peerAsShippedCrashes: { tsFiles: 0, crashedFiles: 0, sample: null },
  };
  for (const out of outputs) {
    for (const key of ['files', 'unparseable', 'crashes', 'fixFailures', 'comparison']) merged[key].push(...out[key]);
    merged.peerAsShippedCrashes.tsFiles += out.peerAsShippedCrashes.tsFiles;
    merged.peerAsShippedCrashes.crashedFiles += out.peerAsShippedCrashes.crashedFiles;
    merged.peerAsShippedCrashes.sample ??= out.peerAsShippedCrashes.sample;
    for (const [pkg, stats] of Object.entries(out.packages)) {
      const into = merged.packages[pkg];
      if (!into) {
        merged.packages[pkg] = stats;
        continue;
      }
      for (const [key, value] of Object.entries(stats)) {
        if (typeof value === 'number') into[key] += value;
      }
      for (const [id, r] of Object.entries(stats.reports)) {
        const target = (into.reports[id] ??= { before: 0, left: 0, fixable: 0, suggestions: 0 });
        for (const k of Object.keys(r)) target[k] += r[k];
      }
      into.syncFsDetails = mergeSyncFsDetails(into.syncFsDetails ?? emptySyncFsDetails(), stats.syncFsDetails);
    }
  }
  // Workers see files in byte order; the manifest keeps the corpus order so every run lints in the same order.
  merged.files.sort((a, b) => (a.pkg + a.rel < b.pkg + b.rel ? -1 : 1));
  return merged;
}

/**
 * The speed set: every k-th file of the corpus (corpus order, so every package is in it) with k chosen to land near
 * `targetMb`. One full-corpus run takes several CPU-minutes here; a systematic sample keeps several interleaved
 * rounds affordable while the check pass still covers every file.
 */
function speedSample(files, targetMb) {
  const totalBytes = files.reduce((sum, f) => sum + f.bytes, 0);
  const step = Math.max(1, Math.round(totalBytes / (targetMb * 1e6)));
  return { step, files: files.filter((_, i) => i % step === 0) };
}

/**
 * Interleaved rounds (setup order rotates each round), one process per run; then the ESLint stats runs of
 * `statsSetups`.
 */
async function speedPass(manifestPath, setups, statsSetups, rounds, statsRounds) {
  const runs = [];
  const measure = async (setup, round, stats) => {
    const { stdout, wallMs } = await runNode('speed-worker.mjs', [setup, manifestPath, ...(stats ? ['--stats'] : [])]);
    const run = { ...JSON.parse(stdout), round, wallMs };
    log(
      `  ${stats ? 'stats ' : ''}${setup.padEnd(15)} round ${round}: wall ${(wallMs / 1000).toFixed(1)} s, ` +
        `cpu ${(run.cpuMs / 1000).toFixed(1)} s, rss ${(run.maxRssKb / 1024).toFixed(0)} MB`,
    );
    runs.push(run);
  };
  for (let round = 1; round <= rounds; round++) {
    const order = setups.map((_, i) => setups[(i + round - 1) % setups.length]);
    for (const setup of order) await measure(setup, round, false);
  }
  for (let round = 1; round <= statsRounds; round++) {
    for (const setup of statsSetups) await measure(setup, round, true);
  }
  return runs;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/**
 * Copies dist/ (and the package.json it reads) under bench/.snapshot/<pid>/, where Node still resolves our
 * node_modules; every worker of this run loads the plugin from there. Returns a content hash of the copy.
 */
function snapshotDist() {
  const source = path.join(ROOT, 'dist');
  if (!fs.existsSync(path.join(source, 'index.js'))) return null;
  const dir = path.join(BENCH_DIR, '.snapshot', String(process.pid));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // eslint-disable-next-line n/no-unsupported-features/node-builtins -- in Node since 16.7 (stable in 22.3); the harness needs ESLint 10's Node 20.19+
  fs.cpSync(source, path.join(dir, 'dist'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  process.env.ASYNC_IO_BENCH_DIST = path.join(dir, 'dist');
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const hash = createHash('sha256');
  const walk = (d) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.js')) hash.update(name).update(fs.readFileSync(p));
    }
  };
  walk(path.join(dir, 'dist'));
  return hash.digest('hex').slice(0, 12);
}

function gitHead() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.render) {
    // Re-render a results JSON (e.g. after a change to report.mjs); where to, see renderPaths.
    const results = JSON.parse(fs.readFileSync(args.render, 'utf8'));
    // Ratios are derived from the stored medians: recompute them, so that a new ratio shows on old results too.
    if (results.speed?.summary) {
      const { summary, runs } = results.speed;
      results.speed.ratios = ratios(summary, results.ourRules, PEER_RULE, runs ?? []);
    }
    const written = writeReport(results, renderPaths(args));
    log(`wrote ${written.join(', ')}`);
    return;
  }
  const distHash = snapshotDist();
  // The commit the measured build came from: later commits during a long run must not be named instead.
  const distHead = gitHead();
  const list = readCorpusList();
  const packages = selectPackages(list, args);
  const corpus = ensureInstalled(packages, log);
  const work = path.join(corpus, 'work');
  fs.mkdirSync(work, { recursive: true });
  const nodeModules = path.join(corpus, 'node_modules');

  const plugin = loadOurPlugin();
  const ruleIds = ourRuleIds(plugin);
  if (ruleIds.length === 0)
    log('dist/ has no plugin yet (run `npm run build`): linting with n/no-sync and no rules only');
  log(`our rules: ${ruleIds.join(', ') || '(none)'}`);

  const files = packages.flatMap((p) => listPackageFiles(corpus, p));
  if (args.list) {
    for (const p of packages) {
      const own = files.filter((f) => f.pkg === p.name);
      const bytes = own.reduce((sum, f) => sum + f.bytes, 0);
      process.stdout.write(`${p.name}@${p.version}\t${own.length} files\t${(bytes / 1e6).toFixed(1)} MB\n`);
    }
    process.stdout.write(
      `total\t${files.length} files\t${(files.reduce((s, f) => s + f.bytes, 0) / 1e6).toFixed(1)} MB\n`,
    );
    return;
  }
  const outPaths = reportPaths(args, corpus);
  let check;
  if (args.fromWork) {
    // Rebuild from the check outputs a previous run left in the cache (same corpus), without linting again.
    const outputs = fs
      .readdirSync(work)
      .filter((name) => /^check-output-\d+\.json$/.test(name))
      .map((name) => JSON.parse(fs.readFileSync(path.join(work, name), 'utf8')));
    if (!outputs.length) throw new Error(`no check outputs in ${work}`);
    check = mergeChecks(outputs, path.join(work, 'fixed'));
    const metaPath = path.join(work, 'check-meta.json');
    check.plugin = fs.existsSync(metaPath) ? JSON.parse(fs.readFileSync(metaPath, 'utf8')) : null;
    log(`check results from ${outputs.length} saved outputs`);
  } else {
    log(`${files.length} files in ${packages.length} packages; check pass with ${args.jobs} processes`);
    const t = performance.now();
    check = await checkPass(corpus, files, work, args.jobs);
    log(`check pass: ${((performance.now() - t) / 1000).toFixed(0)} s`);
    check.plugin = { gitHead: distHead, distHash, at: new Date().toISOString() };
    // Which build the saved outputs came from, for a later --from-work report.
    fs.writeFileSync(path.join(work, 'check-meta.json'), JSON.stringify(check.plugin));
  }
  const context = { args, packages, corpus, nodeModules, ruleIds, distHash, distHead };

  // Written now and again after the speed pass: the check results stand on their own.
  let results = buildResults(context, check, args.speed ? 'pending' : null);
  log(`wrote ${writeReport(results, outPaths).join(', ')}`);

  if (args.speed) {
    results = buildResults(context, check, await measureSpeed(context, check, work));
    log(`wrote ${writeReport(results, outPaths).join(', ')}`);
  }
  const { crashes, unparseableFixes: bad, unstableFixes: unstable } = results.failures;
  log(`${crashes} crashes, ${bad} unparseable fixes, ${unstable} unstable fixes`);
  process.exitCode = crashes || bad || unstable ? 1 : 0;
}

async function measureSpeed({ args, corpus, ruleIds }, check, work) {
  const { step, files: measured } = speedSample(
    check.files.filter((f) => !f.crashed),
    args.speedMb,
  );
  const manifestPath = path.join(work, 'manifest.json');
  fs.writeFileSync(manifestPath, JSON.stringify({ cwd: corpus, files: measured }));
  // `trivial` (one rule that does nothing) is the CPU budget's reference; it needs no stats run (parse time comes
  // from the no-rules run). `ours-no-imports` (`followImports: false`) is what following imports is measured against.
  const followsImports = ruleIds.includes(OUR_SYNC_RULE);
  const ours = ruleIds.length ? ['ours', ...(followsImports ? ['ours-no-imports'] : [])] : [];
  const setups = ['baseline', 'trivial', ...ours, 'peer'];
  const statsSetups = setups.filter((setup) => setup !== 'trivial');
  log(
    `speed: ${args.rounds} interleaved rounds of ${setups.join(', ')} over ${measured.length} files, then stats runs`,
  );
  const t = performance.now();
  const loadBefore = os.loadavg()[1];
  const runs = await speedPass(manifestPath, setups, statsSetups, args.rounds, args.statsRounds);
  log(`speed pass: ${((performance.now() - t) / 1000).toFixed(0)} s`);
  // Where the rule time falls (bench/split.mjs): with the stats runs, not in quick mode.
  let split = null;
  if (args.statsRounds > 0 && ruleIds.length > 0) {
    const tSplit = performance.now();
    split = measureSplit(manifestPath);
    log(`split: ${((performance.now() - tSplit) / 1000).toFixed(0)} s`);
  }
  const summary = summariseSpeed(runs);
  return {
    rounds: args.rounds,
    statsRounds: args.statsRounds,
    files: measured.length,
    bytes: measured.reduce((sum, f) => sum + f.bytes, 0),
    sampleStep: step,
    loadAverage: [loadBefore, os.loadavg()[1]],
    excludedCrashedFiles: check.files.filter((f) => f.crashed).length,
    summary,
    ratios: ratios(summary, ruleIds, PEER_RULE, runs),
    split,
    runs,
  };
}

function buildResults({ args, packages, corpus, nodeModules, ruleIds, distHash, distHead }, check, speed) {
  const oursCrashes = check.crashes.filter((c) => c.setup.startsWith('ours'));
  const unparseableFixes = check.fixFailures.filter((f) => f.kind === 'unparseable');
  const unstableFixes = check.fixFailures.filter((f) => f.kind === 'unstable');
  const comparison = comparePeer(check.comparison);
  comparison.samples.oursOnly = withSourceLines(comparison.samples.oursOnly, nodeModules);
  comparison.samples.theirsOnlyFsInAsync = withSourceLines(comparison.samples.theirsOnlyFsInAsync, nodeModules);
  return {
    generatedAt: new Date().toISOString(),
    mode: args.quick ? 'quick' : 'full',
    machine: machine(),
    versions: versions(),
    plugin: { gitHead: distHead, distHash, checkPass: check.plugin ?? null },
    ourRules: ruleIds,
    corpus: {
      key: path.basename(corpus),
      packages: packages.map((p) => ({
        ...p,
        ...pick(check.packages[p.name] ?? {}, ['files', 'testFiles', 'bytes', 'unparseable']),
      })),
      files: check.files.length,
      testFiles: check.files.filter((f) => f.test).length,
      bytes: check.files.reduce((sum, f) => sum + f.bytes, 0),
      unparseable: check.unparseable,
    },
    crashes: { ours: oursCrashes, peer: check.crashes.filter((c) => !c.setup.startsWith('ours')) },
    peerAsShipped: check.peerAsShippedCrashes,
    fixSafety: {
      fixedCopies: check.fixedDir,
      perPackage: Object.fromEntries(
        Object.entries(check.packages).map(([pkg, s]) => [
          pkg,
          { filesFixed: s.filesFixed, unparseable: s.fixUnparseable, unstable: s.fixUnstable, reports: s.reports },
        ]),
      ),
      unparseable: unparseableFixes,
      unstable: unstableFixes,
    },
    comparison,
    syncFsCounts: syncFsCounts(check.packages, OUR_SYNC_RULE),
    speed,
    failures: {
      crashes: oursCrashes.length,
      unparseableFixes: unparseableFixes.length,
      unstableFixes: unstableFixes.length,
    },
  };
}

function pick(object, keys) {
  return Object.fromEntries(keys.map((k) => [k, object[k] ?? 0]));
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 2;
});
