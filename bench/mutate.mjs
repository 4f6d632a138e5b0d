// Mutation check (issue 20): for each documented guard of a rule, in turn, apply a small mutation to lib/ (from the
// rule's `mutations.json`, kept beside its data modules), run the rule tests, and record whether some test fails.
// The original file is always restored. Not run in CI: `node bench/mutate.mjs [--rule <name>] [--only <index>]`.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RULES = ['no-sync-fs-in-async', 'require-timeout-on-tool'];
const TIMEOUT_MS = 300_000;

const argv = process.argv.slice(2);
const option = (name) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const values = { rule: option('rule'), only: option('only') };
const rules = values.rule === undefined ? RULES : [values.rule];
for (const rule of rules)
  if (!RULES.includes(rule)) throw new Error(`unknown rule ${rule}; one of ${RULES.join(', ')}`);

/** The file being mutated and its original text, to restore on any exit; the test run under way. */
let pending;
let child;
let interrupted = false;
function restore() {
  if (pending) writeFileSync(pending.path, pending.original);
  pending = undefined;
}
// On Ctrl-C: stop the tests, restore the file at once, and stop after the entry under way (its `finally` restores too).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    restore();
    child?.kill('SIGTERM');
    process.exitCode = 130;
  });
}

const occurrences = (text, find) => text.split(find).length - 1;

const REPORT = join(tmpdir(), `mutate-${String(process.pid)}.json`);

/** The tests' exit code, and the first failing test ('file › title') from vitest's JSON report. */
function runTests(rule) {
  const args = [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'eslint-10'];
  args.push(`tests/rules/${rule}`, 'tests/rules/catalog-coverage.test.ts', 'tests/docs.test.ts');
  args.push('--bail=1', '--reporter=json', `--outputFile=${REPORT}`);
  rmSync(REPORT, { force: true });
  return new Promise((resolve) => {
    child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore', timeout: TIMEOUT_MS });
    child.on('exit', (code) => {
      child = undefined;
      resolve({ code, failed: firstFailure() });
    });
  });
}

function firstFailure() {
  if (!existsSync(REPORT)) return undefined;
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  for (const file of report.testResults) {
    const test = file.assertionResults.find((result) => result.status === 'failed');
    if (test) return `${relative(ROOT, file.name)} › ${test.title.split('\n')[0] ?? ''}`;
    if (file.status === 'failed') return relative(ROOT, file.name);
  }
  return undefined;
}

async function check(rule, entry) {
  const path = join(ROOT, entry.file);
  const original = readFileSync(path, 'utf8');
  if (occurrences(original, entry.find) !== 1) return { verdict: 'stale' };
  pending = { path, original };
  try {
    writeFileSync(
      path,
      original.replace(entry.find, () => entry.replace),
    );
    const { code, failed } = await runTests(rule);
    return code === 0 ? { verdict: 'survived' } : { verdict: code === null ? 'timedOut' : 'killed', failed };
  } finally {
    restore();
  }
}

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
// A run in a tree that differs from HEAD (tracked changes, staged or not) tests code no commit holds: say so.
const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' });
const dirty = changed.trim() === '' ? {} : { dirty: true };
const results = [];
let survivors = 0;
for (const rule of rules) {
  // A mutation is killed only if the unmutated code passes the same tests.
  if ((await runTests(rule)).code !== 0) throw new Error(`the ${rule} tests fail before any mutation`);
  const list = JSON.parse(readFileSync(join(ROOT, `lib/rules/${rule}-utils/mutations.json`), 'utf8'));
  const entries = [];
  for (const [index, entry] of list.entries()) {
    if (values.only !== undefined && Number(values.only) !== index) continue;
    if (interrupted) break;
    const started = Date.now();
    const { verdict, failed } = await check(rule, entry);
    if (interrupted) break;
    if (verdict !== 'killed' && verdict !== 'timedOut') survivors++;
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(`${rule} #${String(index)} ${verdict.padEnd(8)} ${String(seconds).padStart(3)} s  ${entry.guard}`);
    if (failed) console.log(`    failed: ${failed}`);
    const killed = verdict === 'killed' || verdict === 'timedOut';
    // A one-entry run is merged into the rule's older record: the entry says when and at which commit it ran.
    const stamp = values.only === undefined ? {} : { commit, ranAt: new Date().toISOString(), ...dirty };
    entries.push({ index, guard: entry.guard, verdict, killed, failed, ...stamp });
  }
  results.push({ ranAt: new Date().toISOString(), commit, ...dirty, rule, entries });
}

console.log('\n| rule | killed | total | survived or stale |\n| --- | --- | --- | --- |');
for (const { rule, entries } of results) {
  const killed = entries.filter((entry) => entry.killed).length;
  const rest = entries.filter((entry) => !entry.killed).map((entry) => `#${entry.index} (${entry.verdict})`);
  console.log(`| ${rule} | ${killed} | ${entries.length} | ${rest.join(', ') || '—'} |`);
}

// One record per rule: a run of one rule (or of one entry) replaces that rule's record only.
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const out = join(ROOT, 'bench/results/mutations.json');
const previous = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : [];
/** With --only, the rule's earlier record with this run's entry put in place of the one of the same index. */
function mergedRecord(result, earlier) {
  if (values.only === undefined || earlier === undefined) return result;
  const kept = earlier.entries.filter((entry) => !result.entries.some((ran) => ran.index === entry.index));
  const entries = [...kept, ...result.entries].sort((a, b) => a.index - b.index);
  return { ...earlier, entries };
}
const merged = RULES.map((rule) => {
  const result = results.find((candidate) => candidate.rule === rule);
  const earlier = previous.find((candidate) => candidate.rule === rule);
  return result ? mergedRecord(result, earlier) : earlier;
}).filter(Boolean);
if (!interrupted) writeFileSync(out, `${JSON.stringify(merged, null, 2)}\n`);
if (!interrupted) process.exitCode = survivors > 0 ? 1 : 0;
