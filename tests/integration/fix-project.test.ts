// The fix integration test: the real `eslint --fix` (ESLint 8.57, 9 and 10, each through its own CLI, and ESLint 10
// with type information) on a copy of tests/fixtures/fix-project, then the real `tsc`, then the original and the
// fixed code run side by side on working directories with the same initial contents.
//
// The fixture marks every line that holds a sync fs call with a trailing comment `// <kind>:<id>`:
//   fix     reported, autofixed by one `eslint --fix` run: the line changes, gains `await`, and keeps no `*Sync(` call;
//   report  reported, no autofix (suggestion only, or report only): still reported after the fix, line unchanged;
//   either  reported; the spec leaves open whether it is autofixed (fs-extra helpers, graceful-fs, spread arguments,
//           descriptors under other names): if it is, `tsc` and the side-by-side run judge the fix;
//   keep    not reported at all (no async function runs it): line unchanged.
// Besides, every fixed file must pass `tsc --noEmit` (strict, noUnusedLocals), a second `--fix` run must change
// nothing, and the fixed entry must print the same results and leave the same files as the original.
import { lstatSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  builtPlugin,
  copyFixture,
  makeTempDir,
  parseOutput,
  removeTempDir,
  repoModule,
  type RunResult,
  runSync,
  TSC,
} from './support/workspace';

const RULE_ID = 'async-io/no-sync-fs-in-async';

/**
 * The three ESLint majors installed side by side (npm aliases), each run through its own CLI; on ESLint 10 also with
 * type information (the rule may take another path when `parserServices.program` exists).
 */
const SETUPS = [
  { name: 'ESLint 10', pkg: 'eslint', typed: false },
  { name: 'ESLint 10 with type information', pkg: 'eslint', typed: true },
  { name: 'ESLint 9', pkg: 'eslint-v9', typed: false },
  { name: 'ESLint 8.57', pkg: 'eslint-v8', typed: false },
] as const;

const SOURCE_FILE = /\.(?:ts|cts|js|cjs)$/;
const MARKER = /\/\/ (fix|report|either|keep):([\w-]+)\s*$/;
const SYNC_CALL = /\b\w+Sync\s*\(/;
const DOUBLE_AWAIT = /\bawait\s*\(?\s*await\b/;
/** Each step runs tsc or ESLint (a few seconds each on 2 cores, more while other suites run). */
const STEP_TIMEOUT = 180_000;

type MarkerKind = 'fix' | 'report' | 'either' | 'keep';

interface Marker {
  readonly kind: MarkerKind;
  readonly file: string;
  /** 1-based line in the file it was read from. */
  readonly line: number;
  readonly text: string;
}

interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
  readonly line: number;
  readonly fatal?: boolean;
  readonly fix?: unknown;
  readonly suggestions?: unknown[];
}

interface LintResult {
  readonly filePath: string;
  readonly messages: LintMessage[];
  readonly output?: string;
}

interface LintRun {
  readonly status: number | null;
  readonly results: LintResult[];
  readonly said: string;
}

/** Runs node with the build to test and the fixture config's typed switch (two minutes unless told otherwise). */
function runNode(
  args: string[],
  cwd: string,
  { typed = false, timeout }: { typed?: boolean; timeout?: number } = {},
): RunResult {
  // ESLint 8.57 must find eslint.config.js by itself, as it does for a user with no settings.
  const env = { ASYNC_IO_PLUGIN: plugin, ASYNC_IO_TYPED: typed ? '1' : '0', ESLINT_USE_FLAT_CONFIG: undefined };
  return runSync(process.execPath, args, { cwd, env, timeout });
}

function eslint(pkg: string, typed: boolean, cwd: string, fix: boolean): LintRun {
  const run = runNode([repoModule(pkg, 'bin/eslint.js'), '--format', 'json', ...(fix ? ['--fix'] : []), '.'], cwd, {
    typed,
  });
  return { status: run.status, results: parseOutput(run) as LintResult[], said: run.transcript };
}

function tsc(args: string[], cwd: string): RunResult {
  return runNode([TSC, ...args], cwd);
}

/** node_modules (a link when someone lints the fixture in place) and tsc's output dirs. */
function isGenerated(name: string): boolean {
  return name === 'node_modules' || name === 'out' || name.startsWith('out-');
}

/** Copies the fixture (its sources only) and links the repo's node_modules so tsc, types and fs-extra resolve. */
function copyProject(into: string): void {
  copyFixture('fix-project', { into, skip: isGenerated, packages: 'all' });
}

/** Project files (relative path → text) that ESLint may touch. */
function sourceFiles(project: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (isGenerated(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SOURCE_FILE.test(entry.name)) files.set(path.relative(project, full), readFileSync(full, 'utf8'));
    }
  };
  walk(project);
  return files;
}

function markersOf(files: Map<string, string>): Map<string, Marker> {
  const markers = new Map<string, Marker>();
  for (const [file, text] of files) {
    text.split('\n').forEach((lineText, index) => {
      const match = MARKER.exec(lineText);
      if (!match) return;
      const [, kind, id] = match as unknown as [string, MarkerKind, string];
      if (markers.has(id)) throw new Error(`marker id ${id} used twice (${file})`);
      markers.set(id, { kind, file, line: index + 1, text: lineText });
    });
  }
  return markers;
}

/** Our rule's messages per `file:line`; any other message (a parse error, another rule) is returned apart. */
function messagesByLine(
  project: string,
  results: LintResult[],
): { byLine: Map<string, LintMessage[]>; foreign: string[] } {
  const byLine = new Map<string, LintMessage[]>();
  const foreign: string[] = [];
  for (const result of results) {
    const file = path.relative(project, result.filePath);
    for (const message of result.messages) {
      if (message.ruleId !== RULE_ID || message.fatal === true) {
        foreign.push(`${file}:${message.line} ${String(message.ruleId)} ${message.message}`);
        continue;
      }
      const key = `${file}:${message.line}`;
      byLine.set(key, [...(byLine.get(key) ?? []), message]);
    }
  }
  return { byLine, foreign };
}

function describeMessages(byLine: Map<string, LintMessage[]>, keys: Iterable<string>): string {
  return [...keys]
    .map(
      (key) =>
        `${key}: ${(byLine.get(key) ?? []).map((m) => `${m.message}${m.fix === undefined ? '' : ' [fix]'}`).join(' | ')}`,
    )
    .join('\n');
}

/** The initial contents of a working directory: the same for the original and the fixed run. */
function seedWorkDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ name: 'demo', retries: 2 }));
  writeFileSync(path.join(dir, 'notes.txt'), 'hello\nworld\n');
}

/** Every entry under `dir`: relative path → `dir`, or the file's contents (all text here). */
function snapshotTree(dir: string): Record<string, string> {
  const tree: Record<string, string> = {};
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const full = path.join(current, name);
      const rel = path.relative(dir, full);
      if (lstatSync(full).isDirectory()) {
        tree[rel] = 'dir';
        walk(full);
      } else {
        tree[rel] = `file: ${readFileSync(full, 'utf8')}`;
      }
    }
  };
  walk(dir);
  return tree;
}

/** Compiles `project` (already type-checked separately) to `project/out` and runs its entry on a fresh `workDir`. */
function compileAndRun(project: string, workDir: string): { results: unknown; tree: Record<string, string> } {
  const build = tsc(['-p', 'tsconfig.json', '--noCheck', '--outDir', 'out'], project);
  expect(build.status, build.transcript).toBe(0);
  seedWorkDir(workDir);
  const run = runNode([path.join(project, 'out/src/main.js'), workDir], project, { timeout: 60_000 });
  expect(run.status, run.transcript).toBe(0);
  return { results: parseOutput(run), tree: snapshotTree(workDir) };
}

/** The built plugin (`npm test` builds it first); ASYNC_IO_PLUGIN points the test at another build. */
let plugin = '';
let root = '';
let originalFiles = new Map<string, string>();
let markers = new Map<string, Marker>();
let original: { results: unknown; tree: Record<string, string> } = { results: null, tree: {} };

beforeAll(() => {
  plugin = builtPlugin(process.env.ASYNC_IO_PLUGIN);
  root = makeTempDir('fix-project');
  const project = path.join(root, 'original');
  copyProject(project);
  originalFiles = sourceFiles(project);
  markers = markersOf(originalFiles);
  // The fixture itself must type-check: otherwise a failing tsc after the fix would prove nothing.
  const check = tsc(['-p', 'tsconfig.json', '--noEmit'], project);
  expect(check.status, check.transcript).toBe(0);
  original = compileAndRun(project, path.join(root, 'work-original'));
}, 2 * STEP_TIMEOUT);

afterAll(() => {
  if (root === '') return;
  // ASYNC_IO_KEEP_TMP=1 keeps the fixed copies and working directories to look at.
  if (process.env.ASYNC_IO_KEEP_TMP === '1') console.info(`fix-project test files kept in ${root}`);
  else removeTempDir(root);
});

it('has a fixture that marks every kind of line and runs without error', () => {
  const kinds = [...markers.values()].map((marker) => marker.kind);
  for (const kind of ['fix', 'report', 'either', 'keep'] as const) expect(kinds).toContain(kind);
  expect(kinds.filter((kind) => kind === 'fix').length).toBeGreaterThanOrEqual(80);
  // The run got through every step (the entry writes its results last).
  expect(original.tree['out/results.json']).toBeDefined();
  expect(Object.keys(original.results as object).length).toBeGreaterThanOrEqual(60);
});

describe.each(SETUPS)('$name ($pkg)', ({ pkg, typed }) => {
  let project = '';
  let before: LintRun = { status: null, results: [], said: '' };
  let fixRun: LintRun = { status: null, results: [], said: '' };
  let fixedFiles = new Map<string, string>();

  beforeAll(() => {
    project = path.join(root, typed ? `${pkg}-typed` : pkg);
    copyProject(project);
    before = eslint(pkg, typed, project, false);
    fixRun = eslint(pkg, typed, project, true);
    fixedFiles = sourceFiles(project);
  }, 2 * STEP_TIMEOUT);

  it('reports exactly the marked calls before fixing, with a fix on every `fix:` line', () => {
    expect(before.status, before.said).toBe(1);
    const { byLine, foreign } = messagesByLine(project, before.results);
    expect(foreign, before.said).toEqual([]);
    const marked = new Set<string>();
    const problems: string[] = [];
    for (const [id, marker] of markers) {
      const key = `${marker.file}:${marker.line}`;
      marked.add(key);
      const messages = byLine.get(key) ?? [];
      if (marker.kind === 'keep' && messages.length > 0) problems.push(`${id} (${key}) is reported`);
      if (marker.kind !== 'keep' && messages.length === 0) problems.push(`${id} (${key}) is not reported`);
      if (marker.kind === 'fix' && !messages.every((m) => m.fix !== undefined))
        problems.push(`${id} (${key}) has no fix`);
      if (marker.kind === 'report' && messages.some((m) => m.fix !== undefined))
        problems.push(`${id} (${key}) has a fix`);
    }
    for (const key of byLine.keys()) if (!marked.has(key)) problems.push(`unmarked line reported: ${key}`);
    expect(problems, describeMessages(byLine, byLine.keys())).toEqual([]);
  });

  it('one `eslint --fix` run leaves nothing autofixable and converts every `fix:` line', () => {
    // Exit 1: the `report:` lines stay reported. Exit 2 would be a crash or a config error.
    expect(fixRun.status, fixRun.said).toBe(1);
    const { byLine, foreign } = messagesByLine(project, fixRun.results);
    expect(foreign, fixRun.said).toEqual([]);
    const fixable = [...byLine].filter(([, messages]) => messages.some((m) => m.fix !== undefined)).map(([key]) => key);
    expect(fixable, describeMessages(byLine, fixable)).toEqual([]);

    const fixedMarkers = markersOf(fixedFiles);
    expect([...fixedMarkers.keys()].sort()).toEqual([...markers.keys()].sort());
    const problems: string[] = [];
    const stillReported = new Set<string>();
    for (const [id, marker] of fixedMarkers) {
      const key = `${marker.file}:${marker.line}`;
      const was = markers.get(id)?.text;
      const reported = byLine.has(key);
      if (reported) stillReported.add(key);
      switch (marker.kind) {
        case 'fix':
          if (reported) problems.push(`${id}: still reported`);
          if (marker.text === was) problems.push(`${id}: unchanged`);
          if (!marker.text.includes('await')) problems.push(`${id}: no await: ${marker.text.trim()}`);
          if (SYNC_CALL.test(marker.text)) problems.push(`${id}: still calls a *Sync function: ${marker.text.trim()}`);
          break;
        case 'report':
          if (!reported) problems.push(`${id}: no longer reported`);
          if (marker.text !== was) problems.push(`${id}: changed to ${marker.text.trim()}`);
          break;
        case 'keep':
          if (reported) problems.push(`${id}: reported`);
          if (marker.text !== was) problems.push(`${id}: changed to ${marker.text.trim()}`);
          break;
        case 'either':
          break;
      }
    }
    for (const key of byLine.keys())
      if (!stillReported.has(key)) problems.push(`unmarked line reported after the fix: ${key}`);
    for (const [file, text] of fixedFiles) if (DOUBLE_AWAIT.test(text)) problems.push(`${file}: await await`);
    expect(problems, [...fixedFiles].map(([file, text]) => `--- ${file}\n${text}`).join('\n')).toEqual([]);
  });

  it('keeps `return await` in try, comments inside arguments, and the callback-style `readFile`', () => {
    const lineOf = (id: string): string => markersOf(fixedFiles).get(id)?.text ?? '';
    expect(lineOf('cfg-return-in-try')).toMatch(/\breturn await\b/);
    expect(lineOf('cfg-load')).toContain('/* the config file */');
    expect(lineOf('cfg-callback')).toBe("  readFile(file, 'utf8', done); // keep:cfg-callback");
  });

  it(
    'leaves code that `tsc --noEmit` accepts (strict, noUnusedLocals)',
    () => {
      const check = tsc(['-p', 'tsconfig.json', '--noEmit'], project);
      expect(check.status, check.transcript).toBe(0);
    },
    STEP_TIMEOUT,
  );

  it(
    'changes nothing on a second `eslint --fix` run',
    () => {
      const second = eslint(pkg, typed, project, true);
      expect(second.status, second.said).toBe(1);
      const after = sourceFiles(project);
      const changed = [...after].filter(([file, text]) => fixedFiles.get(file) !== text).map(([file]) => file);
      expect(changed, second.said).toEqual([]);
      expect([...after.keys()].sort()).toEqual([...fixedFiles.keys()].sort());
    },
    STEP_TIMEOUT,
  );

  it(
    'does at run time what the original did: same results, same files',
    () => {
      const fixed = compileAndRun(project, path.join(root, `work-${path.basename(project)}`));
      expect(fixed.results).toEqual(original.results);
      expect(fixed.tree).toEqual(original.tree);
    },
    STEP_TIMEOUT,
  );
});
