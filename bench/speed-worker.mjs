// Child process: one measured run. Lints every file of the manifest with one setup, single-threaded, then reports
// what the whole process cost (CPU since the process started, peak RSS) and, with --stats, ESLint's own
// per-file times (parse, per rule), summed. One process per run, so no run warms another's caches.
import fs from 'node:fs';

import { createLinting, loadOurPlugin } from './setups.mjs';

const [, , setup, manifestPath, statsFlag] = process.argv;
const stats = statsFlag === '--stats';
const { cwd, files } = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));

const { linter, configs } = createLinting(setup, loadOurPlugin(), cwd);

const parse = { total: 0 };
const rules = {};
let lintTotal = 0;
let messages = 0;
let errors = 0;

const started = performance.now();
for (const file of files) {
  const text = fs.readFileSync(file.abs, 'utf8');
  try {
    // verifyAndFix with fix off is what the ESLint class runs per file; it is also the path that keeps stats.
    messages += linter.verifyAndFix(text, configs[file.category], { filename: file.abs, fix: false, stats }).messages
      .length;
  } catch {
    errors++;
    continue;
  }
  if (!stats) continue;
  for (const pass of linter.getTimes().passes) {
    parse.total += pass.parse?.total ?? 0;
    lintTotal += pass.total ?? 0;
    for (const [ruleId, time] of Object.entries(pass.rules ?? {})) rules[ruleId] = (rules[ruleId] ?? 0) + time.total;
  }
}
const lintLoopMs = performance.now() - started;

const cpu = process.cpuUsage();
const usage = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({
    setup,
    stats,
    files: files.length,
    messages,
    errors,
    lintLoopMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssKb: usage.maxRSS,
    timings: stats ? { parseMs: parse.total, rulesMs: rules, totalMs: lintTotal } : null,
  })}\n`,
);
