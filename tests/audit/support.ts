// What the audit suites share: fixture repositories copied into temp git work trees, and the built command.
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { makeTempDir, REPO_ROOT, type RunResult, run, runSync, TSC } from '../integration/support/workspace';

/** The built command, as `bin` points at it. */
export const AUDIT_BIN = path.join(REPO_ROOT, 'dist/audit/cli.js');

export type AuditFixture = 'project' | 'clean';

/** Files the zero-config audit must skip: each holds a blocking call in async code that would be a finding. */
export const SKIPPED_FILES = [
  'dist/bundle.js',
  'build/index.js',
  'out/legacy.js',
  'coverage/lcov-report/sorter.js',
  'vendor/lib.js',
  'third_party/lib.js',
  'node_modules/pkg/index.js',
  'ignored/tool.ts',
  'src/app.min.js',
  'src/api.generated.ts',
  'src/types.d.ts',
];
const BLOCKING = "import fs from 'fs';\nexport async function f() {\n  return fs.readFileSync('x');\n}\n";

/**
 * Copies tests/fixtures/audit/<fixture> into a new git work tree (its `gitignore` becomes `.gitignore`), adds the
 * files the audit must skip, and links this repository's node_modules (for tsc and `--config` projects). With
 * `git: false` it stays a plain folder: the audit then reads `.gitignore` itself.
 */
export function copyAuditFixture(fixture: AuditFixture, { git = true }: { git?: boolean } = {}): string {
  const dir = makeTempDir(`audit-${fixture}`);
  cpSync(path.join(REPO_ROOT, 'tests/fixtures/audit', fixture), dir, { recursive: true });
  const gitignore = path.join(dir, 'gitignore');
  try {
    renameSync(gitignore, path.join(dir, '.gitignore'));
  } catch {
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\nout/\n');
  }
  for (const file of SKIPPED_FILES.filter((name) => !name.startsWith('node_modules/'))) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), BLOCKING);
  }
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  if (!git) return dir;
  const init = runSync('git', ['init', '-q'], { cwd: dir });
  if (init.status !== 0) throw new Error(init.transcript);
  return dir;
}

/** Runs the built command in `cwd`; NO_COLOR unless `env` says otherwise. */
export function audit(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return run(process.execPath, [AUDIT_BIN, ...args], { cwd, env: { NO_COLOR: '1', FORCE_COLOR: undefined, ...env } });
}

const COUNTER = path.join(__dirname, 'count-lints.cjs');

/** Runs the command with the lint counter loaded; returns its output and how many files ESLint linted. */
export async function countedAudit(cwd: string, args: readonly string[]) {
  const result = await run(process.execPath, ['--require', COUNTER, AUDIT_BIN, ...args], {
    cwd,
    env: { NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  const linted = /files linted by ESLint: (\d+)\n$/u.exec(result.stderr)?.[1];
  return { ...result, linted: linted == null ? null : Number(linted) };
}

/** Type-checks a fixture copy with its tsconfig (strict, noUnusedLocals). */
export function typeCheck(dir: string): RunResult {
  return runSync(process.execPath, [TSC, '-p', 'tsconfig.json', '--noEmit'], { cwd: dir });
}

/**
 * Compiles a fixture copy to out/ and runs its entry on a fresh working directory; returns what it printed and the
 * directory's files afterwards, to compare an original with its fixed copy.
 */
export function compileAndRun(dir: string): { stdout: string; files: Record<string, string> } {
  const build = runSync(process.execPath, [TSC, '-p', 'tsconfig.json', '--noCheck'], { cwd: dir });
  if (build.status !== 0) throw new Error(build.transcript);
  const work = path.join(dir, 'work');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work);
  writeFileSync(path.join(work, 'notes.txt'), 'hello\n');
  const ran = runSync(process.execPath, ['out/main.js', work], { cwd: dir });
  if (ran.status !== 0) throw new Error(ran.transcript);
  const names = readdirSync(work).sort();
  const files = Object.fromEntries(names.map((name) => [name, readFileSync(path.join(work, name), 'utf8')]));
  return { stdout: ran.stdout, files };
}
