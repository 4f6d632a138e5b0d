// What type information costs require-timeout-on-tool: the corpus has no typed mode (its packages ship JavaScript and
// no tsconfig), so this lints TypeScript projects that have one, each file with and without a program, and sums
// ESLint's per-rule `stats` time and the parse time. Projects: this repository's lib/ (tsconfig.json) and the typed
// test fixture (tests/fixtures/require-timeout-on-tool/typed).
//
//   node bench/typed-cost.mjs [--rounds N] [--record]
//
// --record: write bench/results/typed-cost.json and render docs/benchmarks.md again; else the JSON on stdout.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadOurPlugin, OUR_TIMEOUT_RULE, PREFIX, versions } from './setups.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');
const RECORD = path.join(BENCH_DIR, 'results', 'typed-cost.json');
const require = createRequire(path.join(ROOT, 'package.json'));
const { Linter } = require('eslint');
const tsParser = require('@typescript-eslint/parser');

const PROJECTS = [
  { name: 'lib/ of this repository', root: ROOT, tsconfig: './tsconfig.json', dir: 'lib' },
  {
    name: 'typed test fixture',
    root: path.join(ROOT, 'tests/fixtures/require-timeout-on-tool/typed'),
    tsconfig: './tsconfig.json',
    dir: '.',
  },
];

function tsFiles(root, dir) {
  const found = [];
  const walk = (abs) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const child = path.join(abs, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) found.push(child);
    }
  };
  walk(path.join(root, dir));
  return found.sort();
}

/** One pass over a project's files: summed rule and parse time, and the reports. */
function pass(project, files, typed, plugin) {
  const parserOptions = typed ? { project: project.tsconfig, tsconfigRootDir: project.root } : {};
  const config = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser, parserOptions },
      plugins: { [PREFIX]: plugin },
      rules: { [OUR_TIMEOUT_RULE]: 'error' },
    },
  ];
  const linter = new Linter({ configType: 'flat', cwd: project.root });
  let ruleMs = 0;
  let parseMs = 0;
  let reports = 0;
  const started = performance.now();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const { messages } = linter.verifyAndFix(text, config, { filename: file, fix: false, stats: true });
    reports += messages.filter((m) => m.ruleId === OUR_TIMEOUT_RULE).length;
    for (const step of linter.getTimes().passes) {
      parseMs += step.parse?.total ?? 0;
      ruleMs += step.rules?.[OUR_TIMEOUT_RULE]?.total ?? 0;
    }
  }
  return { ruleMs, parseMs, wallMs: performance.now() - started, reports };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function main() {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;
  const plugin = loadOurPlugin();
  if (!plugin) throw new Error('dist/ has no plugin: run `npm run build` first');
  const projects = PROJECTS.map((project) => {
    const files = tsFiles(project.root, project.dir);
    const runs = { untyped: [], typed: [] };
    for (let round = 0; round < rounds; round++) {
      // Alternating, so neither mode always runs warm.
      for (const mode of round % 2 === 0 ? ['untyped', 'typed'] : ['typed', 'untyped']) {
        runs[mode].push(pass(project, files, mode === 'typed', plugin));
      }
    }
    const summary = (list) => ({
      ruleMs: median(list.map((r) => r.ruleMs)),
      parseMs: median(list.map((r) => r.parseMs)),
      wallMs: median(list.map((r) => r.wallMs)),
      reports: list[0]?.reports ?? 0,
    });
    return { name: project.name, files: files.length, untyped: summary(runs.untyped), typed: summary(runs.typed) };
  });
  const record = {
    recordedAt: new Date().toISOString(),
    rounds,
    versions: { eslint: versions().eslint, '@typescript-eslint/parser': versions()['@typescript-eslint/parser'] },
    plugin: { gitHead: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim() },
    projects,
  };
  if (!args.includes('--record')) {
    process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
    return;
  }
  fs.writeFileSync(RECORD, `${JSON.stringify(record, null, 2)}\n`);
  execFileSync(
    process.execPath,
    [path.join(BENCH_DIR, 'run.mjs'), '--render', path.join(BENCH_DIR, 'results', 'benchmarks.json')],
    { stdio: 'inherit' },
  );
}

main();
