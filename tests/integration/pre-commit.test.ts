// The pre-commit framework (https://pre-commit.com, Debian's `pre-commit` here) using the hook this repository
// declares in .pre-commit-hooks.yaml. The hook repository is a git copy of this working tree, as a user's clone
// would be; pre-commit installs it the way it installs every `language: node` hook (npm install, npm pack,
// npm install -g of the tarball and the hook's additional_dependencies), so this is the only test that needs the
// npm registry. A warm npm cache (`npm ci` ran first) is used through npm_config_prefer_offline.
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  copyFixture,
  fixturePath,
  git,
  gitEnv,
  gitOk,
  makeTempDir,
  removeTempDir,
  REPO_ROOT,
  run,
  type RunResult,
} from './support/workspace';

const HOOK_ID = 'async-io';
// A consumer's own list replaces the hook's, so it names ESLint again, beside the parser its config needs.
const ADDITIONAL_DEPENDENCIES = ['eslint@10.15.0', '@typescript-eslint/parser@8.72.0'];

const tempDirs: string[] = [];
let consumer = '';
let oracle = '';
let env: NodeJS.ProcessEnv = {};
let installLog = '';

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(consumer, file)), { recursive: true });
  writeFileSync(path.join(consumer, file), text);
}

function read(file: string): string {
  return readFileSync(path.join(consumer, file), 'utf8');
}

function commit(message: string): Promise<RunResult> {
  return git(consumer, ['commit', '-m', message], env);
}

/** What `eslint --fix` with the consumer's config makes of `text` (ESLint run in a linked copy of the fixture). */
async function fixed(file: string, text: string): Promise<string> {
  const [result] = await new ESLint({ cwd: oracle, fix: true }).lintText(text, { filePath: path.join(oracle, file) });
  return result?.output ?? text;
}

/** A git repository holding this working tree's files (not the ignored ones: no node_modules, no dist). */
async function createHookRepository(): Promise<string> {
  const hookRepo = makeTempDir('hook-repo');
  tempDirs.push(hookRepo);
  const listed = await gitOk(REPO_ROOT, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  for (const file of listed.split('\0').filter(Boolean)) {
    const source = path.join(REPO_ROOT, file);
    const target = path.join(hookRepo, file);
    mkdirSync(path.dirname(target), { recursive: true });
    const stats = lstatSync(source, { throwIfNoEntry: false });
    // Skipped: a tracked file deleted in the work tree (a clone of the work tree would not have it either).
    if (stats?.isSymbolicLink() === true) symlinkSync(readlinkSync(source), target);
    else if (stats?.isFile() === true) copyFileSync(source, target);
  }
  await gitOk(hookRepo, ['init', '-q', '-b', 'main']);
  await gitOk(hookRepo, ['add', '-A']);
  await gitOk(hookRepo, ['-c', 'commit.gpgsign=false', 'commit', '-q', '--no-verify', '-m', 'hook repository']);
  return hookRepo;
}

const BASE = `const fs = require('node:fs');

async function listTool(dir) {
  return fs.promises.readdir(dir);
}

module.exports = { listTool };
`;

beforeAll(async () => {
  const version = await run('pre-commit', ['--version'], { cwd: REPO_ROOT });
  if (version.status !== 0) {
    throw new Error(
      `Debian's pre-commit is needed (apt-get install -y pre-commit; .ci/run does it):\n${version.transcript}`,
    );
  }

  const hookRepo = await createHookRepository();
  const rev = (await gitOk(hookRepo, ['rev-parse', 'HEAD'])).trim();
  const preCommitHome = makeTempDir('pre-commit-home');
  tempDirs.push(preCommitHome);
  env = { ...gitEnv(), PRE_COMMIT_HOME: preCommitHome, npm_config_prefer_offline: 'true' };

  oracle = copyFixture('hooks', {
    prefix: 'pre-commit-oracle',
    packages: ['eslint', '@typescript-eslint/parser', 'eslint-plugin-async-io'],
  });
  tempDirs.push(oracle);

  // The consumer has no node_modules: ESLint, the plugin and the parser come from the hook's environment.
  consumer = makeTempDir('pre-commit-consumer');
  tempDirs.push(consumer);
  copyFileSync(fixturePath('hooks', 'eslint.config.js'), path.join(consumer, 'eslint.config.js'));
  write(
    '.pre-commit-config.yaml',
    `repos:
  - repo: ${hookRepo}
    rev: ${rev}
    hooks:
      - id: ${HOOK_ID}
        additional_dependencies: [${ADDITIONAL_DEPENDENCIES.map((name) => `'${name}'`).join(', ')}]
`,
  );
  write('src/list.js', BASE);
  await gitOk(consumer, ['init', '-q', '-b', 'main'], env);
  await gitOk(consumer, ['config', 'commit.gpgsign', 'false'], env);
  await gitOk(consumer, ['add', '.'], env);
  await gitOk(consumer, ['commit', '-q', '-m', 'base'], env);

  const install = await run('pre-commit', ['install'], { cwd: consumer, env });
  expect(install.status, install.transcript).toBe(0);
  // The slow part (tens of seconds): clone, npm install, npm pack, npm install -g. Once, for all the tests below.
  const started = Date.now();
  const hooks = await run('pre-commit', ['install-hooks'], { cwd: consumer, env, timeout: 540_000 });
  installLog = `${hooks.transcript}\n(took ${String(Math.round((Date.now() - started) / 1000))} s)`;
  let preCommitLog = '';
  try {
    preCommitLog = readFileSync(path.join(preCommitHome, 'pre-commit.log'), 'utf8');
  } catch {
    // pre-commit writes its log only when something failed.
  }
  expect(hooks.status, `${installLog}\n${preCommitLog}`).toBe(0);

  // The hook repository has no dist/ (it is gitignored): `npm pack` must build it, or ESLint cannot load the plugin.
  const envs = readdirSync(preCommitHome).filter((name) => name.startsWith('repo'));
  const installed = envs.map((name) =>
    path.join(preCommitHome, name, 'node_env-system/lib/node_modules/eslint-plugin-async-io'),
  );
  expect(
    installed.filter((dir) => existsSync(path.join(dir, 'dist/index.js'))),
    `the hook environments (${installed.join(', ')}) should hold the plugin with dist/index.js: package.json needs a build ` +
      `in "prepack", and .npmrc needs foreground-scripts=false (pre-commit reads the tarball name from npm pack's output)\n${installLog}`,
  ).toHaveLength(1);
}, 600_000);

afterAll(() => {
  for (const dir of tempDirs) removeTempDir(dir);
});

describe(`pre-commit hook "${HOOK_ID}" from .pre-commit-hooks.yaml`, () => {
  it('stops a commit of fixable files with "files were modified by this hook" and leaves them fixed', async () => {
    const head = await gitOk(consumer, ['rev-parse', 'HEAD']);
    const js = `const fs = require('node:fs');

async function readTool(file) {
  const text = fs.readFileSync(file, 'utf8');
  return text.trim();
}

module.exports = { readTool };
`;
    const ts = `import * as fs from 'node:fs';

export async function saveConfig(configPath: string, config: { endpoint: string }): Promise<void> {
  fs.writeFileSync(configPath, JSON.stringify(config));
}
`;
    write('src/read.js', js);
    write('src/save.ts', ts);
    await gitOk(consumer, ['add', 'src/read.js', 'src/save.ts'], env);

    const first = await commit('add tools');
    const said = `${first.transcript}\n${installLog}`;
    expect(first.status, said).not.toBe(0);
    expect(first.stdout + first.stderr, said).toContain('files were modified by this hook');
    expect(await gitOk(consumer, ['rev-parse', 'HEAD'])).toBe(head);
    expect(read('src/read.js'), said).toContain("const text = await fs.promises.readFile(file, 'utf8');");
    expect(read('src/read.js'), said).toBe(await fixed('src/read.js', js));
    expect(read('src/save.ts'), said).toContain('await fs.promises.writeFile(configPath, JSON.stringify(config));');
    expect(read('src/save.ts'), said).toBe(await fixed('src/save.ts', ts));

    // The usual next step: stage the fixes and commit again; now the hook passes.
    await gitOk(consumer, ['add', 'src/read.js', 'src/save.ts'], env);
    const second = await commit('add tools');
    expect(second.status, second.transcript).toBe(0);
    expect(await gitOk(consumer, ['show', 'HEAD:src/read.js'])).toBe(read('src/read.js'));
  });

  it('blocks a commit on a report that --fix cannot fix, and changes nothing', async () => {
    const head = await gitOk(consumer, ['rev-parse', 'HEAD']);
    const ts = `export async function fetchTool(url: string): Promise<string> {
  const response = await fetch(url);
  return response.text();
}
`;
    write('src/fetch.ts', ts);
    await gitOk(consumer, ['add', 'src/fetch.ts'], env);

    const result = await commit('add fetchTool');
    const said = `${result.transcript}\n${installLog}`;
    expect(result.status, said).not.toBe(0);
    expect(result.stdout + result.stderr, said).toContain('async-io/require-timeout-on-tool');
    expect(result.stdout + result.stderr, said).not.toContain('files were modified by this hook');
    expect(await gitOk(consumer, ['rev-parse', 'HEAD'])).toBe(head);
    expect(read('src/fetch.ts')).toBe(ts);
  });
});
