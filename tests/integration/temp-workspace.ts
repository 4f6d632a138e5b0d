// Throwaway copies of fixture projects, wired to this repository's installed packages by symlinks so that nothing
// is downloaded: `eslint-plugin-async-io` resolves to the repository itself (its built dist/).
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.join(__dirname, '../..');
const REPO_MODULES = path.join(REPO_ROOT, 'node_modules');

/** Fails with a clear message when dist/ is missing: `npm test` builds it before vitest runs. */
export function requireBuiltPlugin(): void {
  if (!existsSync(path.join(REPO_ROOT, 'dist/index.js'))) {
    throw new Error('dist/index.js is missing: run `npm run build` first (`npm test` does).');
  }
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `async-io-${prefix}-`));
}

export function removeTempDir(dir: string | undefined): void {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
}

/**
 * Creates `dir/node_modules` with a symlink per package (this repository's copy) and `.bin` links for the given
 * commands. Node follows the links to their real paths, so each package's own dependencies resolve here too.
 */
export function linkModules(dir: string, packages: readonly string[], bins: Readonly<Record<string, string>> = {}): void {
  const modules = path.join(dir, 'node_modules');
  mkdirSync(path.join(modules, '.bin'), { recursive: true });
  for (const name of packages) {
    const target = name === 'eslint-plugin-async-io' ? REPO_ROOT : path.join(REPO_MODULES, name);
    mkdirSync(path.dirname(path.join(modules, name)), { recursive: true });
    symlinkSync(target, path.join(modules, name), 'dir');
  }
  for (const [command, script] of Object.entries(bins)) {
    symlinkSync(path.join(REPO_MODULES, script), path.join(modules, '.bin', command));
  }
}

/** Copies a fixture project into a new temp dir and links the given packages into it. */
export function copyFixture(fixtureDir: string, prefix: string, packages: readonly string[]): string {
  const dir = makeTempDir(prefix);
  cpSync(fixtureDir, dir, { recursive: true });
  linkModules(dir, packages);
  return dir;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program to completion and returns its exit code and output; never throws on a non-zero exit. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env ?? process.env, timeout: options.timeout ?? 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr: error !== null && typeof error.code !== 'number' ? `${stderr}\n${error.message}` : stderr });
      },
    );
  });
}

/** Formats a run for an assertion message. */
export function describeRun(what: string, result: RunResult): string {
  return `${what} exited ${result.code}\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`;
}

/**
 * The environment of a developer's terminal: without what a surrounding hook or CI job set (GIT_DIR,
 * GIT_INDEX_FILE, HUSKY=0) and without vitest's NODE_ENV=test (lint-staged then prints JSON events).
 */
export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('GIT_') || key === 'HUSKY' || key === 'NODE_ENV') env[key] = undefined;
  }
  return {
    ...env,
    NO_COLOR: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
  };
}

/** Runs git in `cwd` with {@link gitEnv}. */
export function git(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = gitEnv()): Promise<RunResult> {
  return run('git', args, { cwd, env });
}

/** Runs git in `cwd` and returns its stdout; throws with git's output when it fails. */
export async function gitOk(cwd: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<string> {
  const result = await git(cwd, args, env);
  if (result.code !== 0) throw new Error(describeRun(`git ${args.join(' ')}`, result));
  return result.stdout;
}
