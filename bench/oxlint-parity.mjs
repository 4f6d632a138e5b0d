#!/usr/bin/env node
// The oxlint parity check: the same files linted by oxlint with our rules as a JS plugin and by ESLint (no type
// information) must give the same reports (rule, message, start, end), the same fixes and suggestions (their
// exact edits), and no JS plugin error. Exits 1 when they do not.
//
//   node bench/oxlint-parity.mjs                 # the whole benchmark corpus
//   node bench/oxlint-parity.mjs --quick         # the quick corpus (two packages)
//   node bench/oxlint-parity.mjs --dir DIR       # every lintable file under DIR (tests/fixtures/oxlint-parity)
//   node bench/oxlint-parity.mjs --files-from F  # the files listed in F, one path a line
//
// Options: --json FILE (write the verdict there; default: print it), --threads N (oxlint's threads; default:
// its own), --speed (then measure both hosts: see oxlint-speed.mjs; --rounds N, --speed-mb N), --record (write
// bench/results/oxlint-parity.json and the page's oxlint section; full corpus only), --verdict FILE (take the
// check's result, and its timings if it has them, from the JSON an earlier run wrote with --json instead of
// checking again: for --speed --record).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureInstalled, listPackageFiles, readCorpusList, selectPackages } from './corpus.mjs';
import { agrees, compareHosts, groupRecords } from './oxlint-compare.mjs';
import { lintWithEslint, lintWithOxlint } from './oxlint-hosts.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const RECORD = path.join(BENCH_DIR, 'results', 'oxlint-parity.json');
const LINTED = /\.(?:[cm]?[jt]s|[jt]sx)$/u;
const DECLARATION = /\.d\.[cm]?ts$/u;

const log = (line) => process.stderr.write(`[oxlint-parity] ${line}\n`);

function parseArgs(argv) {
  const args = { quick: false, dir: null, json: null, threads: null, speed: false, record: false, rounds: 3 };
  args.speedMb = 32;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--quick') args.quick = true;
    else if (arg === '--dir') args.dir = path.resolve(value());
    else if (arg === '--files-from') args.filesFrom = path.resolve(value());
    else if (arg === '--json') args.json = path.resolve(value());
    else if (arg === '--threads') args.threads = Number(value());
    else if (arg === '--speed') args.speed = true;
    else if (arg === '--rounds') args.rounds = Number(value());
    else if (arg === '--speed-mb') args.speedMb = Number(value());
    else if (arg === '--record') args.record = true;
    else if (arg === '--verdict') args.verdict = path.resolve(value());
    else throw new Error(`unknown option ${arg}`);
  }
  if (args.record && (args.quick || args.dir)) throw new Error('--record is for the full corpus');
  return args;
}

/** Every lintable file under `dir` (declaration files left out), in a stable order. */
function filesUnder(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && LINTED.test(entry.name) && !DECLARATION.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The files to check and a work directory outside git: the fixture dir's files, or the corpus's. */
function selectFiles(args) {
  const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'oxlint-parity-'));
  if (args.dir) return { files: filesUnder(args.dir), work: temp() };
  if (args.filesFrom) {
    const files = fs.readFileSync(args.filesFrom, 'utf8').split('\n').filter(Boolean);
    return { files: files.map((file) => path.resolve(file)), work: temp() };
  }
  const packages = selectPackages(readCorpusList(), args);
  const corpus = ensureInstalled(packages, log);
  const entries = packages.flatMap((p) => listPackageFiles(corpus, p));
  const work = path.join(corpus, `work-oxlint-parity-${process.pid}`);
  fs.mkdirSync(work, { recursive: true });
  return { files: entries.map((f) => f.abs), entries, corpus, packages, work };
}

export async function checkParity(files, work, threads) {
  let t = performance.now();
  const oxlint = await lintWithOxlint(files, { work, threads });
  const oxlintMs = performance.now() - t;
  const sourceTypes = {};
  for (const [file, entry] of groupRecords(oxlint.records)) if (entry.linted) sourceTypes[file] = entry.sourceType;
  t = performance.now();
  const eslint = lintWithEslint(
    files.filter((file) => file in sourceTypes),
    sourceTypes,
  );
  const eslintMs = performance.now() - t;
  return { verdict: compareHosts(files, oxlint, eslint), sourceTypes, oxlintMs, eslintMs };
}

async function timedCheck(files, work, threads) {
  const { verdict, sourceTypes, oxlintMs, eslintMs } = await checkParity(files, work, threads);
  log(
    `oxlint ${(oxlintMs / 1000).toFixed(1)} s, ESLint ${(eslintMs / 1000).toFixed(1)} s (check runs, not timed runs)`,
  );
  return { verdict, sourceTypes };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const selection = selectFiles(args);
  const { files, work } = selection;
  log(`${files.length} files; work in ${work}`);
  try {
    const { verdict, sourceTypes, generatedAt, speed } = args.verdict
      ? { ...JSON.parse(fs.readFileSync(args.verdict, 'utf8')), sourceTypes: null }
      : await timedCheck(files, work, args.threads);
    const result = { generatedAt: generatedAt ?? new Date().toISOString(), agrees: agrees(verdict), verdict };
    // An earlier run's timings are kept unless this run measures again.
    if (speed != null) result.speed = speed;
    if (args.speed && selection.entries) {
      const { measureHosts } = await import('./oxlint-speed.mjs');
      result.speed = await measureHosts(selection, sourceTypes, args, log);
    }
    const text = `${JSON.stringify(result, null, 2)}\n`;
    if (args.json) fs.writeFileSync(args.json, text);
    else if (!args.record) process.stdout.write(text);
    if (args.record) {
      const { recordOnPage } = await import('./oxlint-page.mjs');
      recordOnPage(result, selection);
    }
    const { reports, differences, jsPluginErrors } = verdict;
    log(
      `${verdict.linted.both} files linted by both; reports ESLint ${reports.eslint}, oxlint ${reports.oxlint}; ` +
        `${differences} differences, ${jsPluginErrors.length} JS plugin errors`,
    );
    process.exitCode = result.agrees ? 0 : 1;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exitCode = 2;
  });
}
