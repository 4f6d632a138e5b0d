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
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
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

const argv = process.argv.slice(2);
if (argv[0] === '--worker') {
  const [, job, manifestPath, setup] = argv;
  process.stdout.write(JSON.stringify(job === 'enter' ? enteringFiles(manifestPath) : timeSetup(setup, manifestPath)));
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
