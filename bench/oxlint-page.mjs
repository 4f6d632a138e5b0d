// The oxlint section of docs/benchmarks.md: what `bench/oxlint-parity.mjs --record` found on the whole corpus,
// kept in bench/results/oxlint-parity.json so that `npm run bench` renders it again with the rest of the page.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');
export const OXLINT_RECORD = path.join(BENCH_DIR, 'results', 'oxlint-parity.json');

function version(name) {
  return createRequire(path.join(ROOT, 'package.json'))(`${name}/package.json`).version;
}

function gitHead() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** Writes the record (the verdict without the corpus-specific paths' bulk) and renders the page again. */
export function recordOnPage(result, selection) {
  const { verdict } = result;
  const rel = (file) => path.relative(path.join(selection.corpus, 'node_modules'), file);
  const record = {
    recordedAt: result.generatedAt,
    plugin: { gitHead: gitHead() },
    versions: {
      oxlint: version('oxlint'),
      eslint: version('eslint'),
      '@typescript-eslint/parser': version('@typescript-eslint/parser'),
    },
    corpus: { key: path.basename(selection.corpus), files: verdict.files },
    agrees: result.agrees,
    verdict: {
      ...verdict,
      skippedByOxlint: verdict.skippedByOxlint.map(rel),
      notLintedByOxlint: verdict.notLintedByOxlint.map(rel),
      notParsedByEslint: verdict.notParsedByEslint.map((u) => ({ ...u, file: rel(u.file) })),
      sourceTypeFallbacks: verdict.sourceTypeFallbacks.map((f) => ({ ...f, file: rel(f.file) })),
      samples: verdict.samples.map((s) => ({ ...s, file: rel(s.file) })),
      jsPluginErrors: verdict.jsPluginErrors.map((e) => ({ ...e, file: rel(e.file) })),
      printed: {
        ...verdict.printed,
        hiddenSamples: (verdict.printed.hiddenSamples ?? []).map((h) => ({ ...h, file: rel(h.file) })),
      },
    },
    speed: result.speed ? { ...result.speed } : null,
  };
  fs.mkdirSync(path.dirname(OXLINT_RECORD), { recursive: true });
  fs.writeFileSync(OXLINT_RECORD, `${JSON.stringify(record, null, 2)}\n`);
  execFileSync(
    process.execPath,
    [path.join(BENCH_DIR, 'run.mjs'), '--render', path.join(BENCH_DIR, 'results', 'benchmarks.json')],
    {
      stdio: 'inherit',
    },
  );
}

const n = (x) => x.toLocaleString('en-US');
const s1 = (x) => `${x.toFixed(1)} s`;
const range = (stat, format) => `${format(stat.median)} (${format(stat.min)}–${format(stat.max)})`;
const times = (x) => `${x.toFixed(1)}×`;

function speedPart(speed) {
  if (!speed) return 'Speed: not measured in this record.\n\n';
  const rows = Object.entries(speed.perSetup).map(
    ([setup, m]) => `| ${setup} | ${range(m.wallS, s1)} | ${range(m.cpuS, s1)} | ${m.maxRssMb.median.toFixed(0)} MB |`,
  );
  const r = speed.ratios;
  const ratio = (stat) =>
    stat ? `**${times(stat.median)}** (rounds ${times(stat.min)} to ${times(stat.max)})` : 'n/a';
  return (
    `Speed: both command lines on the same ${n(speed.files)} files (${(speed.bytes / 1e6).toFixed(1)} MB, every ` +
    `${speed.sampleStep}th linted file of the corpus), our two rules on, ${speed.rounds} interleaved rounds (the order ` +
    `rotates each round); medians with min–max. CPU is user + system time of the process and all its threads ` +
    `(GNU time). Load average ${speed.loadAverage.map((x) => x.toFixed(1)).join(' → ')} on 2 cores that other work ` +
    `shared, so single runs moved; the per-round ratios are steadier.\n\n` +
    `| Host | Wall, median (min–max) | CPU, median (min–max) | Peak RSS |\n| --- | --- | --- | --- |\n` +
    `${rows.join('\n')}\n\n` +
    `- ESLint over oxlint, both single-threaded: CPU ${ratio(r.cpuSingle)}, wall ${ratio(r.wallSingle)}.\n` +
    `- ESLint (its default, one thread) over oxlint with its default threads: CPU ${ratio(r.cpuDefault)}, wall ${ratio(r.wallDefault)}.\n` +
    `- ESLint \`--concurrency auto\` over oxlint's default threads, wall: ${ratio(r.wallAuto)}.\n\n`
  );
}

/** The reports oxlint did not print, and why. */
function hiddenSentence({ hidden, hiddenSamples = [] }) {
  const files = [...new Set(hiddenSamples.map((h) => `\`${h.file}\``))];
  return (
    `It did not print ${n(hidden)} recorded ${hidden === 1 ? 'report' : 'reports'}` +
    `${files.length ? ` (${files.join(', ')})` : ''}: the corpus's own \`eslint-disable\` comments cover ` +
    `${hidden === 1 ? 'it' : 'them'}, and oxlint obeys them while the check's ESLint side (inline config off, as in every ` +
    `corpus run) does not.`
  );
}

/** The page's section, or '' when no record exists yet. */
export function oxlintSection(record) {
  if (!record) return '';
  const v = record.verdict;
  const fallbacks = v.sourceTypeFallbacks.length;
  return (
    `## oxlint: the same results, and the speed of both hosts\n\n` +
    `\`node bench/oxlint-parity.mjs --speed --record\` lints every corpus file with oxlint ${record.versions.oxlint} ` +
    `(our rules through \`jsPlugins\`) and with ESLint ${record.versions.eslint} (no type information; each file with ` +
    `the source type oxlint parsed it with), and compares every report's rule, message, start and end, its fix and ` +
    `its suggestions, as exact edits (oxlint's JSON output has no fixes: a wrapper plugin, ` +
    `\`bench/oxlint-recorder.cjs\`, writes down what the rules give oxlint). Recorded ${record.recordedAt}, plugin ` +
    `commit ${record.plugin.gitHead ?? 'n/a'}:\n\n` +
    `- Files: ${n(v.files)}; linted by both hosts: ${n(v.linted.both)}. oxlint leaves out ${v.skippedByOxlint.length} ` +
    `\`*.min.js\` files even when they are named on its command line; ${v.notLintedByOxlint.length} other files not linted by oxlint, ` +
    `${v.notParsedByEslint.length} not parsed by ESLint.` +
    `${fallbacks ? ` ${fallbacks} scripts with a top-level \`return\` (CommonJS bins) are parsed by ESLint as \`commonjs\`, which oxlint accepts as \`script\`.` : ''}\n` +
    `- Reports: ${n(v.reports.eslint)} under ESLint, ${n(v.reports.oxlint)} under oxlint (${n(v.reports.fixes)} with a fix, ` +
    `${n(v.reports.suggestions)} suggestions). **${n(v.differences)} differences. ${v.jsPluginErrors.length} JS plugin errors.**\n` +
    `- oxlint printed ${n(v.printed.diagnostics)} diagnostics, each one a recorded report` +
    `${v.printed.notRecorded ? ` except ${v.printed.notRecorded}` : ''}.` +
    `${v.printed.hidden ? ` ${hiddenSentence(v.printed)}` : ''}\n\n` +
    speedPart(record.speed)
  );
}

/** The record `recordOnPage` wrote, or null. */
export function readOxlintRecord() {
  return fs.existsSync(OXLINT_RECORD) ? JSON.parse(fs.readFileSync(OXLINT_RECORD, 'utf8')) : null;
}
