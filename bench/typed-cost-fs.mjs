// What type information costs no-sync-fs-in-async: as bench/typed-cost.mjs does for the timeout rule, this lints
// TypeScript projects that have a tsconfig, each file with and without a program, and sums ESLint's per-rule `stats`
// time and the parse time (the parse with a program is the type-aware parser's, whatever the rules), and the time spent
// in the typed part alone (`withTypedFsCalls`, timed by wrapping the built module's export): on a busy machine the
// rule's total moves with garbage collection from the typed parse, while that part is what types add. Projects: this
// repository's lib/ (tsconfig.json) and the typed fs test fixture (tests/fixtures/no-sync-fs-in-async/typed).
//
//   node bench/typed-cost-fs.mjs [--rounds N]
//
// Prints JSON on stdout; it writes nothing.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadOurPlugin, OUR_SYNC_RULE, PREFIX, versions } from './setups.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const { Linter } = require('eslint');
const tsParser = require('@typescript-eslint/parser');
// The rule calls the module's export through its exports object, so wrapping it here times every call.
const typedFsCalls = require(path.join(ROOT, 'dist/rules/no-sync-fs-in-async-utils/typedFsCalls.js'));
const withTypedFsCalls = typedFsCalls.withTypedFsCalls;
let typedPartMs = 0;
typedFsCalls.withTypedFsCalls = (...args) => {
  const started = performance.now();
  try {
    return withTypedFsCalls(...args);
  } finally {
    typedPartMs += performance.now() - started;
  }
};

const PROJECTS = [
  { name: 'lib/ of this repository', root: ROOT, tsconfig: './tsconfig.json', dir: 'lib' },
  {
    name: 'typed fs test fixture',
    root: path.join(ROOT, 'tests/fixtures/no-sync-fs-in-async/typed'),
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
      rules: { [OUR_SYNC_RULE]: 'error' },
    },
  ];
  const linter = new Linter({ configType: 'flat', cwd: project.root });
  let ruleMs = 0;
  let parseMs = 0;
  let reports = 0;
  typedPartMs = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const { messages } = linter.verifyAndFix(text, config, { filename: file, fix: false, stats: true });
    reports += messages.filter((m) => m.ruleId === OUR_SYNC_RULE).length;
    for (const step of linter.getTimes().passes) {
      parseMs += step.parse?.total ?? 0;
      ruleMs += step.rules?.[OUR_SYNC_RULE]?.total ?? 0;
    }
  }
  return { ruleMs, parseMs, typedPartMs, reports };
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
      ruleMs: Math.round(median(list.map((r) => r.ruleMs)) * 10) / 10,
      parseMs: Math.round(median(list.map((r) => r.parseMs))),
      typedPartMs: Math.round(median(list.map((r) => r.typedPartMs)) * 10) / 10,
      reports: list[0]?.reports ?? 0,
    });
    return { name: project.name, files: files.length, untyped: summary(runs.untyped), typed: summary(runs.typed) };
  });
  const { eslint } = versions();
  process.stdout.write(`${JSON.stringify({ rule: OUR_SYNC_RULE, rounds, eslint, projects }, null, 2)}\n`);
}

main();
