// --cache and the files a linted file imports: a change that reaches an importer through its imports (an edited
// helper, a specifier that starts to lead to another file) lints the importer again, so the cached report is never
// staler than an uncached one.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { REPO_ROOT, removeTempDir } from '../integration/support/workspace';
import { copyAuditFixture, countedAudit } from './support';

const CACHED = ['--cache', '--format', 'json', '--no-progress'];
const UNCACHED = ['--format', 'json', '--no-progress'];

const QUIET_HELPER = "export function load() {\n  return 'settings';\n}\n";
const BLOCKING_HELPER =
  "import { readFileSync } from 'node:fs';\nexport function load() {\n  return readFileSync('settings.json', 'utf8');\n}\n";
const MAIN_BODY = 'export async function main() {\n  return load();\n}\n';

let project: string;
let xmod: string;

beforeEach(() => {
  project = copyAuditFixture('clean');
  // A node_modules of its own (not the link to this repository's), where the cache goes by default.
  rmSync(path.join(project, 'node_modules'));
  mkdirSync(path.join(project, 'node_modules'));
  xmod = path.join(project, 'src/xmod');
  mkdirSync(xmod, { recursive: true });
});

afterEach(() => {
  removeTempDir(project);
});

/** The cached run, checked against an uncached run of the same tree: same status and report. */
async function cachedMatchesUncached(status: number) {
  const cached = await countedAudit(project, CACHED);
  const uncached = await countedAudit(project, UNCACHED);
  expect(uncached.status, uncached.transcript).toBe(status);
  expect(cached.status, cached.transcript).toBe(status);
  expect(cached.stdout).toBe(uncached.stdout);
  return cached;
}

describe('--cache and the import scan', () => {
  it('sees a helper edit through an import whose braces hold a quote and a semicolon', async () => {
    writeFileSync(path.join(xmod, 'helper.ts'), QUIET_HELPER);
    writeFileSync(
      path.join(xmod, 'main.ts'),
      `import {\n  load, // the helper's loader; "quoted"\n} from './helper';\n${MAIN_BODY}`,
    );
    expect((await countedAudit(project, CACHED)).status).toBe(0);
    writeFileSync(path.join(xmod, 'helper.ts'), BLOCKING_HELPER);
    const second = await cachedMatchesUncached(1);
    expect(second.linted).toBe(2);
  });
});

describe('--cache and the kept import lists', () => {
  it('primes, re-runs with nothing changed, then sees a helper edit through the kept lists', async () => {
    writeFileSync(path.join(xmod, 'helper.ts'), QUIET_HELPER);
    writeFileSync(path.join(xmod, 'main.ts'), `import { load } from './helper';\n${MAIN_BODY}`);
    const first = await countedAudit(project, CACHED);
    expect(first.status, first.transcript).toBe(0);
    const scanFiles = () =>
      readdirSync(path.join(project, 'node_modules/.cache/async-io-audit')).filter((name) =>
        name.endsWith('.async-io-imports.json'),
      );
    expect(scanFiles()).toHaveLength(1);
    // Nothing changed: nothing linted, the same report, main.ts's imports taken from the kept list.
    const second = await countedAudit(project, CACHED);
    expect([second.status, second.linted, second.stdout]).toEqual([0, 0, first.stdout]);
    writeFileSync(path.join(xmod, 'helper.ts'), BLOCKING_HELPER);
    const third = await cachedMatchesUncached(1);
    expect(third.linted).toBe(2);
  });
});

describe('--cache and a specifier that comes to lead to another file', () => {
  it('lints the importer again when helper.ts is deleted and an unchanged, blocking helper.js wins', async () => {
    writeFileSync(path.join(xmod, 'helper.ts'), QUIET_HELPER);
    writeFileSync(path.join(xmod, 'helper.js'), BLOCKING_HELPER);
    writeFileSync(path.join(xmod, 'main.ts'), `import { load } from './helper';\n${MAIN_BODY}`);
    expect((await countedAudit(project, CACHED)).status).toBe(0);
    rmSync(path.join(xmod, 'helper.ts'));
    const second = await cachedMatchesUncached(1);
    expect(second.linted).toBe(1);
  });

  it('lints the importer again when a blocking helper.ts is deleted and an unchanged, quiet helper.js wins', async () => {
    writeFileSync(path.join(xmod, 'helper.ts'), BLOCKING_HELPER);
    writeFileSync(path.join(xmod, 'helper.js'), QUIET_HELPER);
    writeFileSync(path.join(xmod, 'main.ts'), `import { load } from './helper';\n${MAIN_BODY}`);
    expect((await countedAudit(project, CACHED)).status).toBe(1);
    rmSync(path.join(xmod, 'helper.ts'));
    const second = await cachedMatchesUncached(0);
    expect(second.linted).toBe(1);
  });

  it('lints the importer again when a folder’s package.json `main` comes to name another file', async () => {
    mkdirSync(path.join(xmod, 'lib'));
    writeFileSync(path.join(xmod, 'lib/quiet.js'), QUIET_HELPER);
    writeFileSync(path.join(xmod, 'lib/blocking.js'), BLOCKING_HELPER);
    writeFileSync(path.join(xmod, 'lib/package.json'), JSON.stringify({ main: 'quiet.js' }));
    writeFileSync(path.join(xmod, 'main.ts'), `import { load } from './lib';\n${MAIN_BODY}`);
    expect((await countedAudit(project, CACHED)).status).toBe(0);
    writeFileSync(path.join(xmod, 'lib/package.json'), JSON.stringify({ main: 'blocking.js' }));
    const second = await cachedMatchesUncached(1);
    expect(second.linted).toBe(1);
  });
});

describe('--cache under --config with type information', () => {
  it('lints again a file that imports its helper through a tsconfig `paths` alias', async () => {
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'nodenext', baseUrl: '.', paths: { '@app/*': ['src/xmod/*'] } },
        include: ['src'],
      }),
    );
    writeFileSync(
      path.join(project, 'eslint.config.mjs'),
      `import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(path.join(REPO_ROOT, 'package.json'))});
const plugin = require(${JSON.stringify(REPO_ROOT)});
const parser = require('@typescript-eslint/parser');
export default [
  {
    files: ['**/*.ts'],
    languageOptions: { parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  ...plugin.configs.recommended,
];
`,
    );
    writeFileSync(path.join(xmod, 'helper.ts'), QUIET_HELPER);
    writeFileSync(path.join(xmod, 'main.ts'), `import { load } from '@app/helper';\n${MAIN_BODY}`);
    const config = ['--config', 'eslint.config.mjs', 'src/xmod'];
    const first = await countedAudit(project, [...CACHED, ...config]);
    expect(first.status, first.transcript).toBe(0);
    writeFileSync(path.join(xmod, 'helper.ts'), BLOCKING_HELPER);
    const cached = await countedAudit(project, [...CACHED, ...config]);
    const uncached = await countedAudit(project, [...UNCACHED, ...config]);
    expect(uncached.status, uncached.transcript).toBe(1);
    expect(cached.status, cached.transcript).toBe(1);
    expect(cached.stdout).toBe(uncached.stdout);
    // The helper, and its importer (linted again on every cached run: its alias is not resolved by the scan).
    expect(cached.linted).toBe(2);
  });
});
