// Under --config, the project's config may load its own install of the plugin (not the command's): its rules are
// other objects, and the audit must still count their findings, warn when the versions differ, count our rules
// wrapped one by one under any namespace, and stop (exit 2) rather than drop the findings of a plugin it does not
// recognise under our own namespace; another plugin with rules of the same names that are not ours, under its own
// namespace, is left out.
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeTempDir, REPO_ROOT, removeTempDir, repoModule } from '../integration/support/workspace';
import { CLEAN, FILE_A, FILE_B, writeFiles } from './baseline-project';
import { audit } from './support';

const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

const RECOMMENDED = `import plugin from 'eslint-plugin-async-io';
export default [...plugin.configs.recommended];
`;

/**
 * A fork: rules named like ours that are not ours (their own docs URL; they report what ours do), under a plugin
 * that does not say it is ours, registered under `namespace`.
 */
const forkAs = (namespace: string) => `import plugin from 'eslint-plugin-async-io';
const fork = (rule) => ({ meta: { ...rule.meta, docs: { ...rule.meta.docs, url: 'https://example.com/fork' } }, create: rule.create });
export default [
  {
    plugins: {
      '${namespace}': {
        meta: { name: 'my-fork' },
        rules: Object.fromEntries(Object.entries(plugin.rules).map(([name, rule]) => [name, fork(rule)])),
      },
    },
    rules: { '${namespace}/no-sync-fs-in-async': 'error' },
  },
];
`;

/** Our rules, each wrapped as `fixupPluginRules` does, in a plugin with no meta, under `namespace`. */
const wrappedAs = (namespace: string) => `import plugin from 'eslint-plugin-async-io';
const wrap = (rule) => ({ meta: rule.meta, create: (context) => rule.create(context) });
export default [
  {
    plugins: {
      '${namespace}': { rules: Object.fromEntries(Object.entries(plugin.rules).map(([name, rule]) => [name, wrap(rule)])) },
    },
    rules: { '${namespace}/no-sync-fs-in-async': 'error', '${namespace}/require-timeout-on-tool': 'error' },
  },
];
`;

let project: string;
let copy: string;

/** The copied install's package.json, with `version` (none when undefined). */
function setCopyVersion(value: string | undefined): void {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as object;
  writeFileSync(path.join(copy, 'package.json'), JSON.stringify({ ...manifest, version: value }));
}

beforeAll(() => {
  project = makeTempDir('audit-second-install');
  // A copy of the built package (not a link: Node would resolve a link to this repository's own dist), whose
  // dependencies are this repository's.
  copy = path.join(project, 'node_modules/eslint-plugin-async-io');
  mkdirSync(path.join(copy, 'node_modules'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'dist'), path.join(copy, 'dist'), { recursive: true });
  for (const name of readdirSync(repoModule())) symlinkSync(repoModule(name), path.join(copy, 'node_modules', name));
  writeFiles(project, { 'src/a.js': FILE_A, 'src/b.js': FILE_B, 'src/c.js': CLEAN });
});

afterAll(() => {
  removeTempDir(project);
});

interface Report {
  readonly findings: readonly { readonly file: string; readonly line: number }[];
}

async function auditWith(config: string, copyVersion: string | undefined) {
  writeFileSync(path.join(project, 'eslint.config.mjs'), config);
  setCopyVersion(copyVersion);
  return audit(project, ['--config', 'eslint.config.mjs', '--format', 'json']);
}

describe('a second install of the plugin under --config', () => {
  it('counts its findings when it is the same version, without a warning', async () => {
    const result = await auditWith(RECOMMENDED, version);
    expect([result.status, result.stderr], result.transcript).toEqual([1, '']);
    const { findings } = JSON.parse(result.stdout) as Report;
    expect(findings.map(({ file, line }) => `${file}:${String(line)}`)).toEqual([
      'src/a.js:5',
      'src/a.js:6',
      'src/a.js:7',
      'src/b.js:3',
    ]);
  });

  it('counts its findings when its version differs, warning once', async () => {
    const result = await auditWith(RECOMMENDED, '0.0.1-other');
    expect(result.status, result.transcript).toBe(1);
    expect((JSON.parse(result.stdout) as Report).findings).toHaveLength(4);
    expect(result.stderr).toBe(
      'async-io-audit: warning: the config uses another install of eslint-plugin-async-io (0.0.1-other); this ' +
        `command is ${version}, so its findings are counted but may differ from this version's\n`,
    );
  });

  it('leaves the version out of the warning when the install has none', async () => {
    const result = await auditWith(RECOMMENDED, undefined);
    expect(result.status, result.transcript).toBe(1);
    expect((JSON.parse(result.stdout) as Report).findings).toHaveLength(4);
    expect(result.stderr).toBe(
      'async-io-audit: warning: the config uses another install of eslint-plugin-async-io; this ' +
        `command is ${version}, so its findings are counted but may differ from this version's\n`,
    );
  });

  it('stops with exit 2 and one line when our namespace holds a plugin it does not recognise', async () => {
    const result = await auditWith(forkAs('async-io'), version);
    expect([result.status, result.stdout], result.transcript).toEqual([2, '']);
    expect(result.stderr).toBe(
      'async-io-audit: async-io/no-sync-fs-in-async reports from a plugin that is not eslint-plugin-async-io ' +
        '(no meta.name "eslint-plugin-async-io"), so its findings cannot be audited; register the package itself\n',
    );
  });

  it('leaves out the messages of another plugin with rules named like ours, under its own namespace', async () => {
    const result = await auditWith(forkAs('fork'), version);
    expect([result.status, result.stderr], result.transcript).toEqual([0, '']);
    expect((JSON.parse(result.stdout) as Report).findings).toEqual([]);
  });

  it.each(['io', 'async-io'])('counts the findings of our rules wrapped one by one, under %s', async (namespace) => {
    const result = await auditWith(wrappedAs(namespace), version);
    expect([result.status, result.stderr], result.transcript).toEqual([1, '']);
    const { findings } = JSON.parse(result.stdout) as Report;
    expect(findings.map(({ file, line }) => `${file}:${String(line)}`)).toEqual([
      'src/a.js:5',
      'src/a.js:6',
      'src/a.js:7',
      'src/b.js:3',
    ]);
  });
});
