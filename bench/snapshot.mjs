#!/usr/bin/env node
// Behaviour snapshots of our rules over the corpus, to prove that a refactor changes nothing.
//
//   node bench/snapshot.mjs write --out FILE [--dist DIR] [--quick] [--jobs N] [--files-from SNAPSHOT]
//   node bench/snapshot.mjs compare BEFORE AFTER [--record FILE --before-label TEXT --after-label TEXT]
//
// `write` lints every corpus file with a plugin build (default dist/) under two option sets, the defaults and one
// that turns on every option, and writes one JSON line per file with a report: each message's rule, message id,
// text, full position, fix and suggestions (text, ranges, replacement). `compare` says whether two snapshots are
// identical and lists the first differences; it exits 1 when they differ. The build to compare against is another
// checkout's dist/ (CONTRIBUTING.md, "Prove a refactor changes nothing": a git worktree under .bench-cache/).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  corpusDir,
  ensureInstalled,
  extensionCategory,
  listPackageFiles,
  readCorpusList,
  selectPackages,
} from './corpus.mjs';

const SCRIPT = fileURLToPath(import.meta.url);
const PREFIX = 'async-io';

/** The option sets: the defaults, and each option away from its default (its code path in the snapshot too). */
export const OPTION_SETS = {
  defaults: {},
  everyOption: {
    'no-sync-fs-in-async': [{ modules: ['fs-extra', 'mz/fs', 'sync-fs'], fixHelpers: 'autofix', followImports: false }],
    'require-timeout-on-tool': [
      {
        strict: true,
        signalFromCaller: 'unknown',
        autofix: true,
        defaultTimeoutMs: 12_345,
        wrappers: ['withTimeout', '*.withDeadline', 'p.timeout'],
        signalParameters: ['signal', 'abortSignal', 'ctx'],
        tools: [
          { callee: '*.callTool', argument: 1, keys: ['timeout', 'signal'] },
          { callee: 'runTool', argument: 0, keys: ['timeoutMs'] },
        ],
      },
    ],
  },
};

function parseArgs(argv) {
  const args = { command: argv[0], positional: [], quick: false, jobs: 2, dist: null, out: null };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') args.quick = true;
    else if (arg === '--jobs') args.jobs = Number(argv[++i]);
    else if (arg === '--dist') args.dist = path.resolve(argv[++i]);
    else if (arg === '--out') args.out = path.resolve(argv[++i]);
    else if (arg === '--worker') args.worker = argv[++i];
    else if (arg === '--files-from') args.filesFrom = path.resolve(argv[++i]);
    else if (arg === '--record') args.record = path.resolve(argv[++i]);
    else if (arg === '--before-label') args.beforeLabel = argv[++i];
    else if (arg === '--after-label') args.afterLabel = argv[++i];
    else args.positional.push(arg);
  }
  return args;
}

const log = (line) => process.stderr.write(`[snapshot] ${line}\n`);

async function write(args) {
  if (!args.out) throw new Error('write needs --out FILE');
  const dist = args.dist ?? path.resolve(path.dirname(SCRIPT), '..', 'dist');
  if (!fs.existsSync(path.join(dist, 'index.js'))) throw new Error(`no plugin build at ${dist}: run npm run build`);
  const packages = selectPackages(readCorpusList(), { quick: args.quick });
  const corpus = ensureInstalled(packages, log);
  let files = packages.flatMap((p) => listPackageFiles(corpus, p)).map((f) => ({ pkg: f.pkg, rel: f.rel, abs: f.abs }));
  if (args.filesFrom) {
    // A quick check while working: only the files an earlier snapshot has messages for. Compared with that
    // snapshot, lost or changed messages show; new reports in other files do not, so the full run stays the proof.
    const wanted = new Set(fileKeys(args.filesFrom));
    files = files.filter((f) => wanted.has(`${f.pkg}/${f.rel}`));
  }
  log(`${files.length} files, ${args.jobs} workers, plugin ${dist}`);
  const shards = Array.from({ length: args.jobs }, () => []);
  files.forEach((file, i) => shards[i % args.jobs].push(file));
  const parts = await Promise.all(
    shards.map(async (shard, i) => {
      const input = `${args.out}.input-${i}.json`;
      const output = `${args.out}.part-${i}`;
      fs.writeFileSync(input, JSON.stringify({ cwd: corpus, files: shard, dist, output }));
      await runWorker(input);
      fs.rmSync(input);
      return output;
    }),
  );
  const lines = parts.flatMap((part) => {
    const text = fs.readFileSync(part, 'utf8');
    fs.rmSync(part);
    return text.split('\n').filter(Boolean);
  });
  lines.sort();
  fs.writeFileSync(args.out, `${lines.join('\n')}\n`);
  const messages = lines.reduce((sum, line) => sum + JSON.parse(line).messages.length, 0);
  log(`wrote ${args.out}: ${lines.length} files with a message, ${messages} messages`);
}

function fileKeys(snapshot) {
  return fs
    .readFileSync(snapshot, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line).file);
}

function runWorker(input) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=8192', SCRIPT, 'worker', '--worker', input], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
  });
}

async function worker(inputPath) {
  const { cwd, files, dist, output } = JSON.parse(fs.readFileSync(inputPath, 'utf8'));
  process.env.ASYNC_IO_BENCH_DIST = dist;
  const { createLinting, loadOurPlugin } = await import('./setups.mjs');
  const plugin = loadOurPlugin();
  const baseline = createLinting('baseline', plugin, cwd);
  const sets = Object.entries(OPTION_SETS).map(([name, options]) => {
    const ruleOptions = Object.fromEntries(
      Object.entries(options).map(([rule, value]) => [`${PREFIX}/${rule}`, value]),
    );
    return { name, linting: createLinting('ours', plugin, cwd, ruleOptions) };
  });
  const out = fs.openSync(output, 'w');
  for (const file of files) {
    const text = fs.readFileSync(file.abs, 'utf8');
    const parsed = parse(baseline, file, text);
    if (!parsed) continue;
    const messages = [];
    for (const { name, linting } of sets) {
      let found;
      try {
        found = linting.linter.verify(parsed.sourceCode, linting.configs[parsed.category], { filename: file.abs });
      } catch (error) {
        found = [{ ruleId: 'crash', message: String(error?.message ?? error).split('\n')[0] }];
      }
      for (const m of found) if (m.ruleId) messages.push(normalize(name, m));
    }
    if (messages.length) fs.writeSync(out, `${JSON.stringify({ file: `${file.pkg}/${file.rel}`, messages })}\n`);
  }
  fs.closeSync(out);
}

function parse(baseline, file, text) {
  const first = extensionCategory(file.abs);
  const tries = first === 'module' && /\.js$/.test(file.abs) ? ['module', 'commonjs', 'jsx'] : [first];
  for (const category of tries) {
    const fatal = baseline.linter.verify(text, baseline.configs[category], { filename: file.abs }).some((m) => m.fatal);
    if (!fatal) return { category, sourceCode: baseline.linter.getSourceCode() };
  }
  return null;
}

function normalize(optionSet, m) {
  return {
    optionSet,
    ruleId: m.ruleId,
    messageId: m.messageId ?? null,
    message: m.message,
    at: [m.line, m.column, m.endLine ?? null, m.endColumn ?? null],
    fix: m.fix ?? null,
    suggestions: (m.suggestions ?? []).map((s) => ({ messageId: s.messageId ?? null, desc: s.desc, fix: s.fix })),
  };
}

/** `--record FILE`: the comparison as JSON, which the benchmark page shows (bench/results/snapshot.json). */
function compare([before, after], args = {}) {
  if (!before || !after) throw new Error('compare needs two snapshot files');
  const read = (file) =>
    new Map(
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => [JSON.parse(line).file, line]),
    );
  const a = read(before);
  const b = read(after);
  const differences = [];
  for (const file of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(file) !== b.get(file)) differences.push(file);
  }
  const count = (map) => [...map.values()].reduce((sum, line) => sum + JSON.parse(line).messages.length, 0);
  console.log(`before: ${a.size} files, ${count(a)} messages; after: ${b.size} files, ${count(b)} messages`);
  console.log(`${differences.length} files differ`);
  for (const file of differences.slice(0, 10)) {
    console.log(
      `--- ${file}\n  before: ${(a.get(file) ?? '(none)').slice(0, 600)}\n  after:  ${(b.get(file) ?? '(none)').slice(0, 600)}`,
    );
  }
  if (args.record) {
    const packages = selectPackages(readCorpusList(), { quick: false });
    const corpusFiles = packages.reduce((sum, p) => sum + listPackageFiles(corpusDir(packages), p).length, 0);
    const side = (map, label) => ({ label: label ?? 'n/a', files: map.size, messages: count(map) });
    const record = {
      comparedAt: new Date().toISOString(),
      corpusFiles,
      optionSets: Object.keys(OPTION_SETS),
      before: side(a, args.beforeLabel),
      after: side(b, args.afterLabel),
      filesDiffering: differences.length,
    };
    fs.mkdirSync(path.dirname(args.record), { recursive: true });
    fs.writeFileSync(args.record, `${JSON.stringify(record, null, 2)}\n`);
  }
  return differences.length === 0 ? 0 : 1;
}

const args = parseArgs(process.argv.slice(2));
if (args.command === 'write') await write(args);
else if (args.command === 'worker') await worker(args.worker);
else if (args.command === 'compare') process.exitCode = compare(args.positional, args);
else {
  console.error(
    'usage: snapshot.mjs write --out FILE [--dist DIR] [--quick] [--jobs N] [--files-from SNAPSHOT] | compare BEFORE AFTER',
  );
  process.exitCode = 2;
}
