// --cache (ESLint's cache: a re-run with nothing changed lints nothing and reports the same) and --concurrency.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { removeTempDir } from '../integration/support/workspace';
import { audit, copyAuditFixture, countedAudit } from './support';

let dir: string;

beforeAll(() => {
  dir = copyAuditFixture('clean');
  // A node_modules of its own (not the link to this repository's), where the cache goes by default.
  rmSync(path.join(dir, 'node_modules'));
  mkdirSync(path.join(dir, 'node_modules'));
});

afterAll(() => {
  removeTempDir(dir);
});

describe('--cache', () => {
  it('keeps ESLint’s cache under node_modules/.cache/async-io-audit, and a re-run lints nothing again', async () => {
    const first = await countedAudit(dir, ['--cache', '--format', 'json']);
    expect(first.status, first.transcript).toBe(0);
    expect(first.linted).toBe(3);
    const cacheDir = path.join(dir, 'node_modules/.cache/async-io-audit');
    // ESLint's cache file, and beside it the imports the audit keeps for it.
    const cacheFile = readdirSync(cacheDir).find((name) => !name.endsWith('.async-io-imports.json'));
    expect(cacheFile).toMatch(/^\.cache_/u);
    expect(readdirSync(cacheDir).sort()).toEqual([cacheFile, `${cacheFile ?? ''}.async-io-imports.json`]);
    const second = await countedAudit(dir, ['--cache', '--format', 'json']);
    expect(second.status, second.transcript).toBe(0);
    expect(second.linted).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    // Without --cache, every file is linted.
    const uncached = await countedAudit(dir, ['--format', 'json']);
    expect(uncached.linted).toBe(3);
    expect(uncached.stdout).toBe(first.stdout);
  });

  it('keeps it where --cache-location says', async () => {
    const location = path.join(dir, 'my-cache');
    const first = await countedAudit(dir, ['--cache-location', 'my-cache', '--format', 'md']);
    expect(first.status, first.transcript).toBe(0);
    expect(existsSync(location)).toBe(true);
    const second = await countedAudit(dir, ['--cache-location', 'my-cache', '--format', 'md']);
    expect(second.linted).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });
});

describe('--cache and imported helpers', () => {
  it('lints again a file whose imported helper changed (the helper gains a readFileSync)', async () => {
    const project = copyAuditFixture('clean');
    try {
      rmSync(path.join(project, 'node_modules'));
      mkdirSync(path.join(project, 'node_modules'));
      mkdirSync(path.join(project, 'src/xmod'), { recursive: true });
      const helper = path.join(project, 'src/xmod/helper.ts');
      writeFileSync(helper, "export function load() {\n  return 'settings';\n}\n");
      writeFileSync(
        path.join(project, 'src/xmod/main.ts'),
        "import { load } from './helper';\nexport async function main() {\n  return load();\n}\n",
      );
      const args = ['--cache', '--format', 'json', '--no-progress'];
      const first = await countedAudit(project, args);
      expect(first.status, first.transcript).toBe(0);
      writeFileSync(
        helper,
        "import { readFileSync } from 'node:fs';\nexport function load() {\n  return readFileSync('settings.json', 'utf8');\n}\n",
      );
      const second = await countedAudit(project, args);
      const uncached = await countedAudit(project, ['--format', 'json', '--no-progress']);
      expect(uncached.status, uncached.transcript).toBe(1);
      expect(second.status, second.transcript).toBe(1);
      expect(second.stdout).toBe(uncached.stdout);
      // Only the helper and its importer are linted again.
      expect(second.linted).toBe(2);
    } finally {
      removeTempDir(project);
    }
  });
});

describe('--concurrency', () => {
  it('accepts a number, auto and off, with the same report', async () => {
    const results = await Promise.all(
      [[], ['--concurrency', '2'], ['--concurrency', 'auto'], ['--concurrency', 'off']].map((args) =>
        audit(dir, ['--format', 'json', ...args]),
      ),
    );
    for (const result of results) expect(result.status, result.transcript).toBe(0);
    expect(new Set(results.map((result) => result.stdout)).size).toBe(1);
  });

  it('stops with exit 2 and one line on a bad value', async () => {
    const results = await Promise.all(
      ['0', '-1', 'many', '1.5'].map((value) => audit(dir, [`--concurrency=${value}`])),
    );
    results.forEach((result, index) => {
      expect(result.status, result.transcript).toBe(2);
      expect(result.stderr).toBe(
        `async-io-audit: --concurrency takes a whole number from 1, auto or off: ${['0', '-1', 'many', '1.5'][index] ?? ''}\n`,
      );
    });
  });
});
