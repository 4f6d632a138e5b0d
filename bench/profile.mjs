#!/usr/bin/env node
// Where our rules spend their time on the corpus: runs one speed run of a setup under `--cpu-prof` and sums the
// samples (1) by area (parsing, ESLint's traversal and selector matching, our dist/, eslint-plugin-n, GC) and
// (2) by function inside dist/, both self time and time under the outermost dist/ frame (the listener ESLint called).
//
//   node bench/profile.mjs [setup=ours] [--quick] [--manifest FILE]   (`npm run bench` writes the manifest)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { speedManifest } from './corpus.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
// The plugin build the worker loads: dist/, or `$ASYNC_IO_BENCH_DIST` (another build, to compare two).
const DIST = `${path.resolve(process.env.ASYNC_IO_BENCH_DIST || path.join(BENCH_DIR, '..', 'dist'))}${path.sep}`;

const argv = process.argv.slice(2);
const manifestArg = argv.indexOf('--manifest');
const setup = argv.find((a, i) => !a.startsWith('--') && (manifestArg < 0 || i !== manifestArg + 1)) ?? 'ours';
const { corpus, manifest } = speedManifest(argv);

const profileDir = path.join(corpus, 'work', `profiles-${process.pid}`);
fs.rmSync(profileDir, { recursive: true, force: true });
const child = spawnSync(
  process.execPath,
  [
    '--cpu-prof',
    '--cpu-prof-dir',
    profileDir,
    '--cpu-prof-interval',
    '200',
    path.join(BENCH_DIR, 'speed-worker.mjs'),
    setup,
    manifest,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
);
if (child.status !== 0) throw new Error(`speed-worker exited with ${child.status}`);
const [profileFile] = fs.readdirSync(profileDir);
const profile = JSON.parse(fs.readFileSync(path.join(profileDir, profileFile), 'utf8'));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);

function area(frame) {
  const url = frame.url;
  if (frame.functionName === '(garbage collector)') return 'GC';
  if (frame.functionName === '(program)' || frame.functionName === '(idle)') return 'V8/other';
  if (url.startsWith(`file://${DIST}`) || url.startsWith(DIST)) return 'ours (dist/)';
  if (/eslint-plugin-n\//.test(url)) return 'eslint-plugin-n';
  if (/\/(espree|acorn|acorn-jsx|typescript-estree|typescript|@typescript-eslint\/parser)\//.test(url)) return 'parse';
  if (/\/(eslint-scope|@typescript-eslint\/scope-manager)\//.test(url)) return 'scope analysis';
  if (/\/esquery\//.test(url) || /source-code-traverser|esquery|selector/.test(url))
    return 'ESLint traversal and selectors';
  if (/\/(@eslint|eslint)\//.test(url)) return 'ESLint (other)';
  if (/\/@typescript-eslint\/utils\/|\/@eslint-community\/eslint-utils\//.test(url))
    return 'eslint-utils (called by rules)';
  if (url.startsWith('node:') || url === '') return 'Node/V8';
  return 'other';
}

const label = (f) =>
  `${f.functionName || '(anonymous)'} ${path.relative(DIST, f.url.replace(/^file:\/\//, ''))}:${f.lineNumber + 1}`;
const samples = profile.samples;
const deltas = profile.timeDeltas;
const areaMs = {};
const selfInDist = {};
const underOuterDist = {};
const inclusiveInDist = {};
let totalMs = 0;
for (let i = 0; i < samples.length; i++) {
  const ms = (deltas[i] ?? 0) / 1000;
  totalMs += ms;
  const leaf = byId.get(samples[i]);
  let leafArea = area(leaf.callFrame);
  // Library code a rule calls (eslint-utils, scope lookups) counts for the rule when a dist/ frame is above it.
  let outerDist = null;
  const onStack = new Set();
  for (let id = samples[i]; id !== undefined; id = parentOf.get(id)) {
    const frame = byId.get(id).callFrame;
    if (area(frame) === 'ours (dist/)') {
      outerDist = frame;
      onStack.add(label(frame));
    }
  }
  for (const name of onStack) inclusiveInDist[name] = (inclusiveInDist[name] ?? 0) + ms;
  if (outerDist && leafArea !== 'ours (dist/)' && leafArea !== 'GC') leafArea = `ours (dist/): in ${leafArea}`;
  areaMs[leafArea] = (areaMs[leafArea] ?? 0) + ms;
  if (area(leaf.callFrame) === 'ours (dist/)')
    selfInDist[label(leaf.callFrame)] = (selfInDist[label(leaf.callFrame)] ?? 0) + ms;
  if (outerDist) underOuterDist[label(outerDist)] = (underOuterDist[label(outerDist)] ?? 0) + ms;
}

const top = (record, n) =>
  Object.entries(record)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `  ${ms.toFixed(0).padStart(7)} ms  ${((ms / totalMs) * 100).toFixed(2).padStart(6)}%  ${k}`)
    .join('\n');

process.stdout.write(
  `profile of setup "${setup}" (${profileFile}), ${totalMs.toFixed(0)} ms sampled\n\nby area:\n${top(areaMs, 20)}\n\n` +
    `dist/ functions, self time:\n${top(selfInDist, 25)}\n\n` +
    `dist/ entry frames (outermost dist/ frame on the stack), total time under them:\n${top(underOuterDist, 15)}\n\n` +
    `dist/ functions, total time with them on the stack (callees included):\n${top(inclusiveInDist, 25)}\n`,
);
