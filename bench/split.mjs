#!/usr/bin/env node
// Where the per-rule time (ESLint's `stats`) falls, file by file, for our rules and for n/no-sync:
//   - on the files where one of our rules' pre-scan listeners fires (the file imports or requires a module a rule
//     traces, or has an identifier spelled like a traced global) and on all the others;
//   - on a first pass over the speed set in a fresh process (what one ESLint run costs) and on a second pass over the
//     same files in the same process (the code already compiled and warm).
// Each setup runs in a process of its own; which files "enter" is found in a third one, so the wrapping that finds it
// is never timed. `npm run bench` (full mode) runs it after the speed pass and puts the table in docs/benchmarks.md.
//
//   node bench/split.mjs [--quick] [--manifest FILE] [--setups ours,ours-no-imports,peer]
//   (`npm run bench` writes the manifest; the setups default to ours and peer; `ours-no-imports` is ours with
//   no-sync-fs-in-async's `followImports: false`, to tell the cross-module pass from the rest)
//
//   node bench/split.mjs --compare DIST_A DIST_B [--setup ours] [--manifest FILE] [--quick]
// compares two builds of our plugin in one process, file by file in turn (the order alternates), by the process CPU
// time of our rules' create() and listeners: on a machine others share, ESLint's stats (wall clock) count the time
// the process waited for a core, and runs in separate processes meet different loads. Run it with
// `node --single-threaded` so that V8's helper threads do their work on the measured thread (and `--expose-gc` to
// start each pass from a collected heap). A collection lands in whichever listener allocates when it is due, so one
// pass of a few hundred files can move a build's total by a major collection (tens of ms): compare two passes, or
// run the same build twice (A/A, from a copy of the folder: one folder loads once) first to see the spread.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { speedManifest } from './corpus.mjs';
import { PEER_RULE, createLinting, loadOurPlugin, ourRuleIds } from './setups.mjs';

const SELF = fileURLToPath(import.meta.url);
const PASSES = 2;
/** The key of a file's parse time among its per-rule times. */
const PARSE = '(parse)';
const DEFAULT_SETUPS = ['ours', 'peer'];

/**
 * Lints every file `PASSES` times; per pass, each file's stats time per rule (an error: that file is left out), and
 * its parse time under the key `PARSE`.
 */
function timeSetup(setup, manifestPath) {
  const { cwd, files } = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const { linter, configs } = createLinting(setup, loadOurPlugin(), cwd);
  const texts = files.map((file) => fs.readFileSync(file.abs, 'utf8'));
  const passes = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const perFile = files.map((file, i) => {
      try {
        linter.verifyAndFix(texts[i], configs[file.category], { filename: file.abs, fix: false, stats: true });
      } catch {
        return null;
      }
      const rules = {};
      for (const step of linter.getTimes().passes) {
        rules[PARSE] = (rules[PARSE] ?? 0) + (step.parse?.total ?? 0);
        for (const [ruleId, time] of Object.entries(step.rules ?? {}))
          rules[ruleId] = (rules[ruleId] ?? 0) + time.total;
      }
      return rules;
    });
    passes.push(perFile);
  }
  return passes;
}

/** For each file, whether any of our rules' listeners other than `Program:exit` ran on it. */
function enteringFiles(manifestPath) {
  const { cwd, files } = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const plugin = loadOurPlugin();
  let entered = false;
  const wrap = (rule) => ({
    ...rule,
    create(context) {
      const listeners = rule.create(context);
      const wrapped = {};
      for (const [selector, listener] of Object.entries(listeners)) {
        wrapped[selector] =
          selector === 'Program:exit'
            ? listener
            : (...args) => {
                entered = true;
                return listener(...args);
              };
      }
      return wrapped;
    },
  });
  const wrappedPlugin = {
    ...plugin,
    rules: Object.fromEntries(Object.entries(plugin.rules).map(([id, rule]) => [id, wrap(rule)])),
  };
  const { linter, configs } = createLinting('ours', wrappedPlugin, cwd);
  return files.map((file) => {
    entered = false;
    try {
      linter.verify(fs.readFileSync(file.abs, 'utf8'), configs[file.category], { filename: file.abs });
    } catch {
      return null;
    }
    return entered;
  });
}

function child(args) {
  const result = spawnSync(process.execPath, [SELF, '--worker', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`split worker ${args.join(' ')} exited with ${result.status}`);
  return JSON.parse(result.stdout);
}

/**
 * Runs the worker processes over a manifest (one finds the files our pre-scan enters, one per setup times them) and
 * sums their times: per rule (and for our two rules together), per pass, on the files our pre-scan enters and on the
 * others, with each setup's parse time over all files beside them. A file counts only where every run linted it.
 */
export function measureSplit(manifestPath, setups = DEFAULT_SETUPS) {
  const entering = child(['enter', manifestPath]);
  const timed = Object.fromEntries(setups.map((setup) => [setup, child(['time', manifestPath, setup])]));
  const ourIds = ourRuleIds(loadOurPlugin());
  const ruleIdsOf = (setup) => (setup.startsWith('ours') ? ourIds : [PEER_RULE]);
  const kept = entering.map(
    (flag, i) =>
      flag !== null && Object.values(timed).every((passes) => passes.every((perFile) => perFile[i] !== null)),
  );
  const count = (wanted) => entering.filter((flag, i) => kept[i] && flag === wanted).length;
  const sum = (perFile, ids, wanted) =>
    perFile.reduce(
      (total, rules, i) =>
        kept[i] && (wanted === undefined || entering[i] === wanted)
          ? total + ids.reduce((t, id) => t + (rules[id] ?? 0), 0)
          : total,
      0,
    );
  const rows = [];
  for (const [setup, passes] of Object.entries(timed)) {
    const ids = ruleIdsOf(setup);
    const groups = [...ids.map((id) => [id, [id]]), ...(ids.length > 1 ? [['both of ours', ids]] : [])];
    for (const [rules, groupIds] of groups) {
      passes.forEach((perFile, pass) =>
        rows.push({
          setup,
          rules,
          pass: pass + 1,
          enteringMs: sum(perFile, groupIds, true),
          otherMs: sum(perFile, groupIds, false),
          parseMs: sum(perFile, [PARSE]),
        }),
      );
    }
  }
  return { files: count(true) + count(false), entering: count(true), others: count(false), rows };
}

/** The split as a markdown table; with `withParse`, each row's share of its setup's parse time too. */
export function renderSplit(split, { withParse = false } = {}) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const name = ({ rules, setup }) =>
    `${rules.startsWith('both') ? rules : `\`${rules}\``}${setup === 'ours-no-imports' ? ' (followImports off)' : ''}`;
  const parse = ({ enteringMs, otherMs, parseMs }) =>
    withParse ? ` | ${ms(parseMs)} | ${(((enteringMs + otherMs) / parseMs) * 100).toFixed(2)}%` : '';
  return [
    `| Rules | Pass | Files our pre-scan enters | Other files | All |${withParse ? ' Parse | All / parse |' : ''}`,
    `| --- | --- | --- | --- | --- |${withParse ? ' --- | --- |' : ''}`,
    ...split.rows.map(
      (row) =>
        `| ${name(row)} | ${row.pass === 1 ? 'first' : 'second (warm)'} | ${ms(row.enteringMs)} | ${ms(row.otherMs)} | ${ms(row.enteringMs + row.otherMs)}${parse(row)} |`,
    ),
  ].join('\n');
}

/** Process CPU time in microseconds (user + system). */
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** A copy of `plugin` whose rules add the CPU time of their create() and listeners to `totals[rule name]`. */
function cpuTimedPlugin(plugin, totals) {
  const timed = (name, fn, self, args) => {
    const start = cpuNow();
    try {
      return fn.apply(self, args);
    } finally {
      totals[name] = (totals[name] ?? 0) + cpuNow() - start;
    }
  };
  const rules = Object.entries(plugin.rules).map(([name, rule]) => {
    // The tracker hands every file the same listener functions: wrap each once, so the wrapping allocates nothing.
    const wrappers = new WeakMap();
    const wrap = (listener) => {
      let wrapper = wrappers.get(listener);
      if (wrapper == null) {
        wrapper = function (...args) {
          return timed(name, listener, this, args);
        };
        wrappers.set(listener, wrapper);
      }
      return wrapper;
    };
    const create = (context) => {
      const listeners = timed(name, rule.create, rule, [context]);
      return Object.fromEntries(Object.entries(listeners).map(([selector, listener]) => [selector, wrap(listener)]));
    };
    return [name, { ...rule, create }];
  });
  return { ...plugin, rules: Object.fromEntries(rules) };
}

/** Two builds, interleaved file by file, `PASSES` passes: per pass and build, each rule's CPU time and the lint's. */
export function compareBuilds(manifestPath, dists, setup) {
  // One path loads one module instance: both "builds" would share its caches (the module summaries), and the second
  // to lint each file would find them built. An A/A run needs a copy (`cp -r dist .bench-cache/dist-a`).
  const [a, b] = dists.map((dist) => fs.realpathSync(path.resolve(dist)));
  if (a === b) throw new Error(`--compare needs two builds in different folders (both are ${a}); copy one first`);
  const { cwd, files } = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const builds = dists.map((dist) => {
    const totals = {};
    const plugin = cpuTimedPlugin(loadPluginFrom(dist), totals);
    return { dist, totals, lintUs: 0, ...createLinting(setup, plugin, cwd) };
  });
  const texts = files.map((file) => fs.readFileSync(file.abs, 'utf8'));
  const passes = [];
  for (let pass = 0; pass < PASSES; pass++) {
    globalThis.gc?.();
    for (const build of builds) {
      for (const name of Object.keys(build.totals)) delete build.totals[name];
      build.lintUs = 0;
    }
    files.forEach((file, i) => {
      for (const build of (i + pass) % 2 === 0 ? builds : [...builds].reverse()) {
        const start = cpuNow();
        try {
          build.linter.verify(texts[i], build.configs[file.category], { filename: file.abs });
        } catch {
          // A file a build throws on is counted as far as it got, for both builds alike.
        }
        build.lintUs += cpuNow() - start;
      }
    });
    passes.push(builds.map(({ dist, totals, lintUs }) => ({ dist, rulesUs: { ...totals }, lintUs })));
  }
  return passes;
}

function loadPluginFrom(dist) {
  const previous = process.env.ASYNC_IO_BENCH_DIST;
  process.env.ASYNC_IO_BENCH_DIST = path.resolve(dist);
  try {
    const plugin = loadOurPlugin();
    if (plugin == null) throw new Error(`no plugin build in ${dist}`);
    return plugin;
  } finally {
    if (previous === undefined) delete process.env.ASYNC_IO_BENCH_DIST;
    else process.env.ASYNC_IO_BENCH_DIST = previous;
  }
}

function renderComparison(passes) {
  const ms = (us) => `${(us / 1000).toFixed(1)} ms`;
  const lines = ['| Pass | Build | Lint CPU | Rules CPU | Per rule |', '| --- | --- | --- | --- | --- |'];
  passes.forEach((builds, pass) => {
    for (const { dist, rulesUs, lintUs } of builds) {
      const all = Object.values(rulesUs).reduce((sum, us) => sum + us, 0);
      const each = Object.entries(rulesUs)
        .map(([name, us]) => `\`${name}\` ${ms(us)}`)
        .join(', ');
      lines.push(`| ${pass === 0 ? 'first' : 'second (warm)'} | ${dist} | ${ms(lintUs)} | ${ms(all)} | ${each} |`);
    }
  });
  return lines.join('\n');
}

const argv = process.argv.slice(2);
const compareArg = argv.indexOf('--compare');
if (argv[0] === '--worker') {
  const [, job, manifestPath, setup] = argv;
  process.stdout.write(JSON.stringify(job === 'enter' ? enteringFiles(manifestPath) : timeSetup(setup, manifestPath)));
} else if (compareArg >= 0 && process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  const { manifest } = speedManifest(argv);
  const setupArg = argv.indexOf('--setup');
  const dists = [argv[compareArg + 1], argv[compareArg + 2]];
  const passes = compareBuilds(manifest, dists, setupArg >= 0 ? argv[setupArg + 1] : 'ours');
  console.log(
    `${renderComparison(passes)}\n\nLoad average at the end: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')}.`,
  );
} else if (process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  const { manifest } = speedManifest(argv);
  const setupsArg = argv.indexOf('--setups');
  const setups = setupsArg >= 0 ? argv[setupsArg + 1].split(',') : DEFAULT_SETUPS;
  const split = measureSplit(manifest, setups);
  console.log(
    `Speed set: ${manifest} (${split.files} files; ${split.entering} where our rules' pre-scan fires, ${split.others} others).\n`,
  );
  console.log(renderSplit(split, { withParse: true }));
}
