// The audit's speed row: over a part of the benchmark corpus, copied out of node_modules into a work folder, it
// times in interleaved rounds (the order rotates each round), each run a fresh process:
//   (a) plain ESLint (Node API) with the plugin's recommended config (the same two rules), the audit's parser setup
//       and its ignores, over the same files;
//   (b) the audit (`async-io-audit --format json`);
//   (c) the audit re-run with `--cache` and nothing changed (the cache primed once before the rounds).
// It checks that (a) and (b) lint the same number of files and that (b) and (c) report the same, then writes the
// medians, the spread and the ratios b/a and c/b to bench/results/audit-speed.json and docs/benchmarks-audit.md.
//
// Options: --packages a,b (corpus packages to copy; default below), --every K (every k-th file; default below),
// --rounds N (default 7), --no-write (print only), --render (the page again from the results JSON).
// Needs `npm run build` and the installed corpus (`npm run bench -- --list` installs it). Env: ASYNC_IO_CORPUS_DIR.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureInstalled, listPackageFiles, readCorpusList, selectPackages } from './corpus.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');
// `$ASYNC_IO_BENCH_DIST`: a snapshot of dist/ (beside a package.json and a node_modules), so a rebuild during the
// rounds cannot change what is measured.
const DIST = process.env.ASYNC_IO_BENCH_DIST || path.join(ROOT, 'dist');
const AUDIT_BIN = path.join(DIST, 'audit', 'cli.js');
const RESULTS = path.join(BENCH_DIR, 'results', 'audit-speed.json');
const PAGE = path.join(ROOT, 'docs', 'benchmarks-audit.md');
const BUDGET = { auditOverPlain: 1.1, cachedOverAudit: 0.2 };
const DEFAULT_PACKAGES = ['eslint'];
/** Every k-th file of the packages, in their order: a part that takes a minute or so a run on a loaded machine. */
const DEFAULT_EVERY = 4;

const require = createRequire(import.meta.url);
const log = (line) => process.stderr.write(`[audit-speed] ${line}\n`);

// --- (a) as a child process: `node bench/audit-speed.mjs --plain <dir>` ---

async function plainEslint(dir) {
  const { ESLint } = require('eslint');
  const plugin = require(path.join(DIST, 'index.js'));
  const { ALWAYS_IGNORED } = require(path.join(DIST, 'audit', 'targets.js'));
  const tsParser = require('@typescript-eslint/parser');
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    errorOnUnmatchedPattern: false,
    overrideConfig: [
      { ignores: [...ALWAYS_IGNORED] },
      { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
      ...plugin.configs.recommended,
    ],
  });
  const results = await eslint.lintFiles(['.']);
  process.stdout.write(`${JSON.stringify({ files: results.length })}\n`);
}

// --- The work folder ---

function parseArgs(argv) {
  const args = { packages: DEFAULT_PACKAGES, rounds: 7, every: DEFAULT_EVERY, write: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--packages') args.packages = argv[++i].split(',');
    else if (arg === '--rounds') args.rounds = Number(argv[++i]);
    else if (arg === '--every') args.every = Number(argv[++i]);
    else if (arg === '--no-write') args.write = false;
    else throw new Error(`unknown option ${arg}`);
  }
  if (!Number.isInteger(args.rounds) || args.rounds < 1) throw new Error('--rounds takes a whole number from 1');
  return args;
}

/** Copies the packages' own files out of node_modules (where the audit lints nothing) into a fresh folder. */
function prepareWork(packages, every) {
  const list = readCorpusList();
  const corpus = ensureInstalled(selectPackages(list, { quick: false }), log);
  const work = path.join(corpus, 'work', 'audit-speed');
  fs.rmSync(work, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  for (const name of packages) {
    const pkg = list.packages.find((p) => p.name === name);
    if (!pkg) throw new Error(`${name} is not in bench/corpus.json`);
    for (const [index, file] of listPackageFiles(corpus, pkg).entries()) {
      if (index % every !== 0) continue;
      const target = path.join(work, pkg.name, file.rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(file.abs, target);
      files += 1;
      bytes += file.bytes;
    }
  }
  const chosen = packages.map((name) => list.packages.find((p) => p.name === name));
  return { corpus, work, files, bytes, every, packages: chosen };
}

// --- Timing ---

const CACHE = (work) => path.join(work, '..', 'audit-speed-cache', 'eslintcache');

function commandOf(setup, work) {
  if (setup === 'plain') return [fileURLToPath(import.meta.url), '--plain', work];
  const cache = setup === 'cached' ? ['--cache', '--cache-location', CACHE(work)] : [];
  return [AUDIT_BIN, '--format', 'json', '--no-progress', ...cache];
}

function runOnce(setup, work) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, commandOf(setup, work), {
    cwd: work,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0 && !(setup !== 'plain' && child.status === 1)) {
    throw new Error(`${setup} exited ${child.status}: ${child.stderr}`);
  }
  const output = JSON.parse(child.stdout);
  return { ms, files: setup === 'plain' ? output.files : output.filesLinted, findings: output.findings };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const spread = (values) => ({ min: Math.min(...values), max: Math.max(...values) });

function measure(work, rounds) {
  const setups = ['plain', 'audit', 'cached'];
  const times = { plain: [], audit: [], cached: [] };
  fs.rmSync(path.dirname(CACHE(work)), { recursive: true, force: true });
  const primed = runOnce('cached', work);
  const checks = { plainFiles: null, auditFiles: primed.files, sameFindings: true };
  const load = [os.loadavg()[0]];
  for (let round = 0; round < rounds; round++) {
    const order = setups.map((_, i) => setups[(i + round) % setups.length]);
    for (const setup of order) {
      const result = runOnce(setup, work);
      times[setup].push(result.ms);
      if (setup === 'plain') checks.plainFiles = result.files;
      else if (JSON.stringify(result.findings) !== JSON.stringify(primed.findings)) checks.sameFindings = false;
    }
    load.push(os.loadavg()[0]);
    log(
      `round ${round + 1}/${rounds}: ${order.map((s) => `${s} ${(times[s].at(-1) / 1000).toFixed(1)} s`).join(', ')}`,
    );
  }
  // Each round's ratios, so the spread of a ratio is not the spread of two independent medians.
  const auditOverPlain = times.audit.map((ms, i) => ms / times.plain[i]);
  const cachedOverAudit = times.cached.map((ms, i) => ms / times.audit[i]);
  return {
    rounds,
    ms: Object.fromEntries(setups.map((s) => [s, { median: median(times[s]), ...spread(times[s]), runs: times[s] }])),
    ratios: {
      auditOverPlain: { median: median(auditOverPlain), ...spread(auditOverPlain) },
      cachedOverAudit: { median: median(cachedOverAudit), ...spread(cachedOverAudit) },
    },
    checks: { ...checks, findings: primed.findings.length },
    loadAverage: load,
  };
}

// --- The page ---

const seconds = (ms) => (ms / 1000).toFixed(1);
const ratio = (r) => `**${r.median.toFixed(2)}** (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;

/** What a ratio's rounds say about its budget: every round on one side, or rounds on both sides. */
function verdictOf(name, r, budget) {
  const range = `${r.min.toFixed(2)} to ${r.max.toFixed(2)}`;
  if (r.max <= budget) return `${name} stays within its ${budget} in every round (${range}), so "within" holds`;
  if (r.min > budget) return `${name} is over its ${budget} in every round (${range}), so "over" is real, not noise`;
  return `${name} ranges from ${range} across rounds, on both sides of its ${budget}, so this run does not settle it`;
}

/** The paragraph on how far the figures hold, from what this run measured. */
function trustParagraph(record) {
  const { speed, machine } = record;
  const load = speed.loadAverage;
  const lowest = Math.min(...load);
  const highest = Math.max(...load);
  const busy = highest > machine.cores;
  const runSpread = ['plain', 'audit', 'cached']
    .map((setup) => `${setup} ${(speed.ms[setup].max / speed.ms[setup].min).toFixed(1)}×`)
    .join(', ');
  return (
    `How far to trust these (written by the script from this run): the 1-minute load average went from ` +
    `${lowest.toFixed(1)} to ${highest.toFixed(1)} on ${machine.cores} cores` +
    `${busy ? ', so other work shared the machine' : ''}; the slowest run of each kind took this many times the ` +
    `fastest: ${runSpread}. ${verdictOf('b/a', speed.ratios.auditOverPlain, BUDGET.auditOverPlain)}; ` +
    `${verdictOf('c/b', speed.ratios.cachedOverAudit, BUDGET.cachedOverAudit)}.`
  );
}

function renderPage(record) {
  const { speed, work } = record;
  const within = (value, budget) => (value <= budget ? '✅ within' : '❌ over');
  const row = (label, setup) =>
    `| ${label} | ${seconds(speed.ms[setup].median)} | ${seconds(speed.ms[setup].min)}–${seconds(speed.ms[setup].max)} |`;
  return `# Benchmarks: the \`async-io-audit\` command

<!-- Generated by \`node bench/audit-speed.mjs\` on ${record.generatedAt}; do not edit by hand. JSON: ../bench/results/audit-speed.json. -->

The audit's budget (issue 17): at most 1.1 × a plain \`eslint\` run with the same two rules over the same files, and a
re-run with \`--cache\` and nothing changed at most 0.2 × the first. \`bench/audit-speed.mjs\` copies part of the
benchmark corpus out of \`node_modules\` and times, in ${speed.rounds} interleaved rounds (the order rotates each round),
each run a fresh Node process, wall clock, start-up included: (a) plain ESLint through its Node API with the
plugin's \`recommended\` config, espree (JSX on) for JavaScript, \`@typescript-eslint/parser\` for TypeScript and the
audit's ignores; (b) the audit, \`async-io-audit --format json\` (the two rules, its three census rules, the report);
(c) the audit with \`--cache\` after a priming run, nothing changed. Ratios are per round, then the median.

## Speed row

| Run | Median (s) | Spread (s) |
| --- | ---: | ---: |
${row('(a) plain `eslint`, same rules and parsers', 'plain')}
${row('(b) `async-io-audit`', 'audit')}
${row('(c) `async-io-audit --cache`, nothing changed', 'cached')}

| Ratio | Median (min–max) | Budget | |
| --- | --- | ---: | --- |
| b / a | ${ratio(speed.ratios.auditOverPlain)} | ≤ ${BUDGET.auditOverPlain} | ${within(speed.ratios.auditOverPlain.median, BUDGET.auditOverPlain)} |
| c / b | ${ratio(speed.ratios.cachedOverAudit)} | ≤ ${BUDGET.cachedOverAudit} | ${within(speed.ratios.cachedOverAudit.median, BUDGET.cachedOverAudit)} |

Files: ${work.files} (${(work.bytes / 1e6).toFixed(1)} MB)${work.every > 1 ? `, one file in ${work.every} in package order,` : ''} copied from ${work.packages.map((p) => `\`${p.name}@${p.version}\``).join(', ')}; (a) linted ${speed.checks.plainFiles} and (b) ${speed.checks.auditFiles} of them (the same ignores: \`dist/\`, \`build/\`, bundled \`node_modules/\`, …); ${speed.checks.findings} findings, ${speed.checks.sameFindings ? 'the same in every run of (b) and (c)' : '**not the same in (b) and (c)**'}.

What the ratios include: (a) loads \`@typescript-eslint/parser\` when its config is read, as any config that names it
does, while the audit loads it only when it parses a TypeScript file${work.packages.some((p) => p.name === 'eslint') ? ' (the eslint package is JavaScript only)' : ''}; (c) lints nothing,
but still starts Node, loads ESLint, the plugin and the config, lists the files, reads the cache and prints the
report, a cost the cache does not remove.

${trustParagraph(record)}

Machine: ${record.machine.cpu}, ${record.machine.cores} cores, ${record.machine.memoryGb} GB, ${record.machine.os}; **shared**: other work ran at the same time (load average ${speed.loadAverage.map((x) => x.toFixed(1)).join(' → ')} on ${record.machine.cores} cores), so the times are noisy and the ratios are the figures to read. Versions: ${Object.entries(
    record.versions,
  )
    .map(([name, version]) => `${name} ${version}`)
    .join(
      ', ',
    )}. Plugin: commit ${record.gitHead}. The audit ran with its default concurrency (\`auto\`, which ESLint turns into no worker on this machine).

## How to run

\`\`\`sh
npm run build
node bench/audit-speed.mjs                                  # every 4th file of eslint, 7 rounds
node bench/audit-speed.mjs --packages eslint,webpack --every 1 --rounds 9 --no-write
\`\`\`
`;
}

function gitHead() {
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : 'n/a';
}

async function main(argv) {
  if (argv[0] === '--plain') return plainEslint(path.resolve(argv[1]));
  if (argv[0] === '--render') {
    fs.writeFileSync(PAGE, renderPage(JSON.parse(fs.readFileSync(RESULTS, 'utf8'))));
    return undefined;
  }
  const args = parseArgs(argv);
  if (!fs.existsSync(AUDIT_BIN)) throw new Error('dist/ is missing: run npm run build first');
  const work = prepareWork(args.packages, args.every);
  log(`${work.files} files in ${work.work}`);
  const speed = measure(work.work, args.rounds);
  const version = (name) => require(`${name}/package.json`).version;
  const record = {
    generatedAt: new Date().toISOString(),
    gitHead: gitHead(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 1e9),
      os: `${os.type()} ${os.release()}`,
    },
    versions: {
      node: process.versions.node,
      eslint: version('eslint'),
      '@typescript-eslint/parser': version('@typescript-eslint/parser'),
    },
    work: {
      files: work.files,
      bytes: work.bytes,
      every: work.every,
      packages: work.packages.map(({ name, version: v }) => ({ name, version: v })),
    },
    speed,
  };
  const { auditOverPlain, cachedOverAudit } = speed.ratios;
  log(`b/a ${auditOverPlain.median.toFixed(2)}, c/b ${cachedOverAudit.median.toFixed(2)}`);
  if (!args.write) return;
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify(record, null, 2)}\n`);
  fs.writeFileSync(PAGE, renderPage(record));
  log(`wrote ${path.relative(ROOT, RESULTS)} and ${path.relative(ROOT, PAGE)}`);
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
