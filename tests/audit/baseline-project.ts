// A small project for the audit's module suites (baseline, SARIF): files with known findings of both rules, a flat
// config with our recommended config, and this repository's built plugin linked in as `eslint-plugin-async-io`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { ESLint } from 'eslint';

import {
  eslintBin,
  linkPackage,
  makeTempDir,
  REPO_ROOT,
  type RunResult,
  runSync,
} from '../integration/support/workspace';

export const SYNC_FS = 'async-io/no-sync-fs-in-async';
export const TIMEOUT = 'async-io/require-timeout-on-tool';

/** src/a.js: two sync fs calls (5:13, 6:3) and a tool run without a deadline (7:3). */
export const FILE_A = `import fs from 'node:fs';
import { execFile } from 'node:child_process';

export async function load(p) {
  const a = fs.readFileSync(p, 'utf8');
  fs.writeFileSync(p + '.bak', a);
  execFile('git', ['status'], () => {});
  return a;
}
`;

/** A file with one sync fs call (3:10): `statSync`. */
export const FILE_B = `import { statSync } from 'node:fs';
export async function size(p) {
  return statSync(p).size;
}
`;

/** A file with no finding. */
export const CLEAN = `export const answer = 42;\n`;

/** A file that does not parse (1:18). */
export const BROKEN = `export const x = ;\n`;

const CONFIG = `import plugin from 'eslint-plugin-async-io';
export default [...plugin.configs.recommended];
`;

/** A temporary project with the given files (path → text) and our recommended flat config. */
export function makeProject(prefix: string, files: Readonly<Record<string, string>>): string {
  const dir = makeTempDir(prefix);
  writeFileSync(path.join(dir, 'eslint.config.mjs'), CONFIG);
  linkPackage(dir, 'eslint-plugin-async-io');
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

/** ESLint's Node API on the project's `src/`, as the audit runs it. */
export async function lintProject(dir: string, eslint = new ESLint({ cwd: dir })): Promise<ESLint.LintResult[]> {
  return eslint.lintFiles(['src']);
}

/** The built command, as `npx async-io-audit` runs it. */
export const AUDIT_BIN = path.join(REPO_ROOT, 'dist/audit/cli.js');

/** Runs the built command in `cwd`; stdout is not a terminal, so the report is markdown unless told. */
export function runAudit(cwd: string, args: readonly string[]): RunResult {
  return runSync(process.execPath, [AUDIT_BIN, ...args], { cwd });
}

/** `eslint` (10) in `cwd` on `src`, with our recommended config from the project's eslint.config.mjs. */
export function runEslint(cwd: string, args: readonly string[]): RunResult {
  return runSync(process.execPath, [eslintBin(10), ...args, 'src'], { cwd });
}

/** A project that is a git work tree (the audit lints what git lists), with node_modules ignored. */
export function makeGitProject(prefix: string, files: Readonly<Record<string, string>>): string {
  const dir = makeProject(prefix, { '.gitignore': 'node_modules/\n', ...files });
  const init = runSync('git', ['init', '-q'], { cwd: dir });
  if (init.status !== 0) throw new Error(init.transcript);
  return dir;
}
