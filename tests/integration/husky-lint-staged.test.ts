// The pre-commit hook most JavaScript projects use: husky 9 runs lint-staged 16, which runs `eslint --fix` with the
// plugin on the staged files. Each case is a throwaway git repository with a real `git commit`.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';

import { copyFixture, git, gitEnv, gitOk, removeTempDir, run } from './support/workspace';

const FILE = 'src/tools.js';

let repo: string | undefined;

function repository(): string {
  if (repo === undefined) throw new Error('no repository');
  return repo;
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(repository(), file)), { recursive: true });
  writeFileSync(path.join(repository(), file), text);
}

function read(file: string): string {
  return readFileSync(path.join(repository(), file), 'utf8');
}

/** What ESLint with the repository's config makes of `text` as `file` after `--fix`. */
async function fixed(file: string, text: string): Promise<string> {
  const [result] = await new ESLint({ cwd: repo, fix: true }).lintText(text, { filePath: file });
  return result?.output ?? text;
}

/**
 * A repository set up as the docs say: `husky init`, `.husky/pre-commit` running lint-staged, lint-staged's config in
 * package.json, and a first commit (made with HUSKY=0) holding `base` as src/tools.js.
 */
async function createRepository(base: string): Promise<void> {
  repo = copyFixture('hooks', {
    prefix: 'husky',
    packages: ['eslint', '@typescript-eslint/parser', 'eslint-plugin-async-io', 'husky', 'lint-staged'],
    bins: { eslint: 'eslint/bin/eslint.js', 'lint-staged': 'lint-staged/bin/lint-staged.js', husky: 'husky/bin.js' },
  });
  await gitOk(repo, ['init', '-q', '-b', 'main']);
  await gitOk(repo, ['config', 'commit.gpgsign', 'false']);
  const init = await run(process.execPath, ['node_modules/husky/bin.js', 'init'], { cwd: repo, env: gitEnv() });
  expect(init.status, init.transcript).toBe(0);
  write('.husky/pre-commit', 'lint-staged\n');
  chmodSync(path.join(repo, '.husky/pre-commit'), 0o755);
  write(FILE, base);
  await gitOk(repo, ['add', '.gitignore', '.husky/pre-commit', 'eslint.config.js', 'package.json', FILE]);
  await gitOk(repo, ['commit', '-q', '-m', 'base'], { ...gitEnv(), HUSKY: '0' });
}

const BASE = `const fs = require('node:fs');

async function listTool(dir) {
  return fs.promises.readdir(dir);
}

module.exports = { listTool };
`;

afterEach(() => {
  removeTempDir(repo);
  repo = undefined;
});

describe('husky + lint-staged running eslint --fix', () => {
  it('commits a staged file with fixable calls in its fixed form', async () => {
    await createRepository(BASE);
    const staged = BASE.replace(
      'module.exports = { listTool };',
      `async function readTool(file) {
  const text = fs.readFileSync(file, 'utf8');
  return text.trim();
}

module.exports = { listTool, readTool };`,
    );
    write(FILE, staged);
    await gitOk(repository(), ['add', FILE]);

    const commit = await git(repository(), ['commit', '-m', 'add readTool']);
    expect(commit.status, commit.transcript).toBe(0);

    const committed = await gitOk(repository(), ['show', `HEAD:${FILE}`]);
    expect(committed).toContain("const text = await fs.promises.readFile(file, 'utf8');");
    expect(committed).toBe(await fixed(FILE, staged));
    expect(read(FILE)).toBe(committed);
    expect(await gitOk(repository(), ['status', '--porcelain']), commit.transcript).toBe('');
  });

  it('blocks the commit on a problem --fix cannot fix, and leaves the work tree and index as they were', async () => {
    await createRepository(BASE);
    const head = await gitOk(repository(), ['rev-parse', 'HEAD']);
    // The read is fixable, the fetch is not (its bound is a suggestion): ESLint still fails after fixing.
    const staged = BASE.replace(
      'module.exports = { listTool };',
      `async function readTool(file) {
  const text = fs.readFileSync(file, 'utf8');
  return text.trim();
}

async function fetchTool(url) {
  const response = await fetch(url);
  return response.text();
}

module.exports = { listTool, readTool, fetchTool };`,
    );
    write(FILE, staged);
    await gitOk(repository(), ['add', FILE]);

    const commit = await git(repository(), ['commit', '-m', 'add tools']);
    expect(commit.status, commit.transcript).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('async-io/require-timeout-on-tool');
    expect(await gitOk(repository(), ['rev-parse', 'HEAD'])).toBe(head);
    expect(read(FILE)).toBe(staged);
    expect(await gitOk(repository(), ['show', `:${FILE}`])).toBe(staged);
  });

  it('fixes and commits only the staged lines of a partly staged file, and keeps the unstaged lines', async () => {
    const filler = Array.from({ length: 8 }, (_, index) => `// unchanged line ${String(index + 1)}`).join('\n');
    const base = `${BASE}\n${filler}\n`;
    await createRepository(base);
    const stagedPart = `async function readTool(file) {
  const text = fs.readFileSync(file, 'utf8');
  return text.trim();
}
`;
    const unstagedPart = `
async function writeTool(file, text) {
  fs.writeFileSync(file, text);
}
`;
    const staged = base.replace('async function listTool', `${stagedPart}\nasync function listTool`);
    write(FILE, staged);
    await gitOk(repository(), ['add', FILE]);
    const workTree = staged + unstagedPart;
    write(FILE, workTree);

    const commit = await git(repository(), ['commit', '-m', 'add readTool']);
    expect(commit.status, commit.transcript).toBe(0);

    const committed = await gitOk(repository(), ['show', `HEAD:${FILE}`]);
    expect(committed).toBe(await fixed(FILE, staged));
    expect(committed).toContain("const text = await fs.promises.readFile(file, 'utf8');");
    expect(committed).not.toContain('writeTool');
    // The unstaged function is back, untouched; the fixed staged lines are in the work tree too.
    expect(read(FILE), commit.transcript).toBe(committed + unstagedPart);
    expect(await gitOk(repository(), ['diff', '--cached', '--name-only'])).toBe('');
  });
});
