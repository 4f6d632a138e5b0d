// What type information costs one of our rules: the corpus has no typed mode (its packages ship JavaScript and no
// tsconfig), so this lints TypeScript projects that have one, each file with and without a program, and sums
// ESLint's per-rule `stats` time and the parse time (the parse with a program is the type-aware parser's, whatever
// the rules). For no-sync-fs-in-async it also times the typed part alone (`withTypedFsCalls`, by wrapping the built
// module's export): on a busy machine the rule's total moves with garbage collection from the typed parse, while that
// part is what types add. Projects: this repository's lib/ (tsconfig.json) and the rule's typed test fixture.
//
//   node bench/typed-cost.mjs [--rule require-timeout-on-tool|no-sync-fs-in-async] [--projects all|fixture]
//                             [--rounds N] [--record]
//
// --rule: default require-timeout-on-tool (bench/typed-cost-fs.mjs is this with no-sync-fs-in-async). --projects
// fixture: the test fixture only (seconds, not a minute). --record: write the rule's record (bench/results/
// typed-cost.json, typed-cost-fs.json) and render docs/benchmarks.md again; else the JSON on stdout.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadOurPlugin, OUR_SYNC_RULE, OUR_TIMEOUT_RULE, PREFIX, versions } from './setups.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const { Linter } = require('eslint');
const tsParser = require('@typescript-eslint/parser');

/** Per rule: its id, its typed test fixture, where --record writes, and the typed part timed alone (if any). */
export const TYPED_COST_RULES = {
  'require-timeout-on-tool': {
    ruleId: OUR_TIMEOUT_RULE,
    fixture: { name: 'typed test fixture', root: 'tests/fixtures/require-timeout-on-tool/typed' },
    record: 'typed-cost.json',
    typedPart: null,
  },
  'no-sync-fs-in-async': {
    ruleId: OUR_SYNC_RULE,
    fixture: { name: 'typed fs test fixture', root: 'tests/fixtures/no-sync-fs-in-async/typed' },
    record: 'typed-cost-fs.json',
    typedPart: { module: 'rules/no-sync-fs-in-async-utils/typedFsCalls.js', name: 'withTypedFsCalls' },
  },
};

/** The projects a run lints: lib/ and the rule's fixture (`all`), or the fixture alone (`fixture`). */
function projectsOf(rule, set) {
  const fixture = { name: rule.fixture.name, root: path.join(ROOT, rule.fixture.root), tsconfig: './tsconfig.json' };
  const lib = { name: 'lib/ of this repository', root: ROOT, tsconfig: './tsconfig.json', dir: 'lib' };
  if (set === 'fixture') return [{ ...fixture, dir: '.' }];
  if (set === 'all') return [lib, { ...fixture, dir: '.' }];
  throw new Error(`--projects is all or fixture, not ${set}`);
}

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

/**
 * A timer around the rule's typed part: the rule calls that module's export through its exports object, so
 * replacing the export times every call. `ms()` reads and resets the time spent in it.
 */
function typedPartTimer(part) {
  if (!part) return null;
  const dist = process.env.ASYNC_IO_BENCH_DIST || path.join(ROOT, 'dist');
  const exports = require(path.join(dist, part.module));
  const original = exports[part.name];
  let spent = 0;
  exports[part.name] = (...args) => {
    const started = performance.now();
    try {
      return original(...args);
    } finally {
      spent += performance.now() - started;
    }
  };
  return {
    ms() {
      const value = spent;
      spent = 0;
      return value;
    },
  };
}

/** One pass over a project's files: summed rule and parse time, the typed part's time, and the reports. */
function pass({ project, files, typed, plugin, ruleId, timer }) {
  const parserOptions = typed ? { project: project.tsconfig, tsconfigRootDir: project.root } : {};
  const config = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser, parserOptions },
      plugins: { [PREFIX]: plugin },
      rules: { [ruleId]: 'error' },
    },
  ];
  const linter = new Linter({ configType: 'flat', cwd: project.root });
  let ruleMs = 0;
  let parseMs = 0;
  let reports = 0;
  timer?.ms();
  const started = performance.now();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const { messages } = linter.verifyAndFix(text, config, { filename: file, fix: false, stats: true });
    reports += messages.filter((m) => m.ruleId === ruleId).length;
    for (const step of linter.getTimes().passes) {
      parseMs += step.parse?.total ?? 0;
      ruleMs += step.rules?.[ruleId]?.total ?? 0;
    }
  }
  const wallMs = performance.now() - started;
  return { ruleMs, parseMs, wallMs, ...(timer ? { typedPartMs: timer.ms() } : {}), reports };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function summary(list) {
  const out = {
    ruleMs: median(list.map((r) => r.ruleMs)),
    parseMs: median(list.map((r) => r.parseMs)),
    wallMs: median(list.map((r) => r.wallMs)),
    reports: list[0]?.reports ?? 0,
  };
  if (list[0]?.typedPartMs != null) out.typedPartMs = median(list.map((r) => r.typedPartMs));
  return out;
}

function parseArgs(argv) {
  const args = { rule: 'require-timeout-on-tool', projects: 'all', rounds: 3, record: false };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      const v = argv[++i];
      if (v == null) throw new Error(`${argv[i - 1]} needs a value`);
      return v;
    };
    if (argv[i] === '--rule') args.rule = value();
    else if (argv[i] === '--projects') args.projects = value();
    else if (argv[i] === '--rounds') args.rounds = Number(value());
    else if (argv[i] === '--record') args.record = true;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  if (!Object.hasOwn(TYPED_COST_RULES, args.rule))
    throw new Error(`--rule is one of ${Object.keys(TYPED_COST_RULES).join(', ')}, not ${args.rule}`);
  return args;
}

export function main(argv) {
  const args = parseArgs(argv);
  const rule = TYPED_COST_RULES[args.rule];
  const plugin = loadOurPlugin();
  if (!plugin) throw new Error('dist/ has no plugin: run `npm run build` first');
  const timer = typedPartTimer(rule.typedPart);
  const projects = projectsOf(rule, args.projects).map((project) => {
    const files = tsFiles(project.root, project.dir);
    const runs = { untyped: [], typed: [] };
    for (let round = 0; round < args.rounds; round++) {
      // Alternating, so neither mode always runs warm.
      for (const mode of round % 2 === 0 ? ['untyped', 'typed'] : ['typed', 'untyped']) {
        runs[mode].push(pass({ project, files, typed: mode === 'typed', plugin, ruleId: rule.ruleId, timer }));
      }
    }
    return { name: project.name, files: files.length, untyped: summary(runs.untyped), typed: summary(runs.typed) };
  });
  const record = {
    recordedAt: new Date().toISOString(),
    rule: rule.ruleId,
    rounds: args.rounds,
    versions: { eslint: versions().eslint, '@typescript-eslint/parser': versions()['@typescript-eslint/parser'] },
    plugin: { gitHead: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim() },
    projects,
  };
  if (!args.record) {
    process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
    return;
  }
  fs.writeFileSync(path.join(BENCH_DIR, 'results', rule.record), `${JSON.stringify(record, null, 2)}\n`);
  execFileSync(
    process.execPath,
    [path.join(BENCH_DIR, 'run.mjs'), '--render', path.join(BENCH_DIR, 'results', 'benchmarks.json')],
    { stdio: 'inherit' },
  );
}

if (process.argv[1] != null && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
