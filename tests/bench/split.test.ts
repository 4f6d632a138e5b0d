import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * bench/split.mjs on a three-file manifest: it must sort the files by whether our rules' pre-scan enters them (a
 * traced module or global is named) and give one row per rule and pass, for our rules and for n/no-sync.
 */
const execFileAsync = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');

const FILES: Record<string, string> = {
  'uses-fs.js': "const fs = require('fs');\nexports.load = async (p) => fs.readFileSync(p, 'utf8');\n",
  'uses-fetch.mjs': 'export async function get(url) {\n  return fetch(url);\n}\n',
  'plain.js':
    'function readFileSync(p) { return p; }\nexports.load = async (p) => readFileSync(p);\nconst o = { fetchAll: 1 };\nexports.o = o.fetchAll;\n',
};

describe('bench/split.mjs', () => {
  let dir = '';
  let stdout = '';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'async-io-split-'));
    const files = Object.entries(FILES).map(([name, text]) => {
      fs.writeFileSync(path.join(dir, name), text);
      return { abs: path.join(dir, name), category: name.endsWith('.mjs') ? 'module' : 'commonjs' };
    });
    const manifest = path.join(dir, 'manifest.json');
    fs.writeFileSync(manifest, JSON.stringify({ cwd: dir, files }));
    ({ stdout } = await execFileAsync(
      process.execPath,
      [path.join(ROOT, 'bench', 'split.mjs'), '--manifest', manifest],
      { cwd: ROOT },
    ));
  }, 120_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('counts the files the pre-scan enters apart from the others', () => {
    expect(stdout).toContain("(3 files; 2 where our rules' pre-scan fires, 1 others)");
  });

  it('gives each rule, both of ours together, and n/no-sync a first and a warm pass', () => {
    const rows = stdout
      .split('\n')
      .filter((line) => /^\| (?:`|both)/u.test(line))
      .map((line) => line.split(' | ').slice(0, 2).join(' | '));
    expect(rows).toEqual([
      '| `async-io/no-sync-fs-in-async` | first',
      '| `async-io/no-sync-fs-in-async` | second (warm)',
      '| `async-io/require-timeout-on-tool` | first',
      '| `async-io/require-timeout-on-tool` | second (warm)',
      '| both of ours | first',
      '| both of ours | second (warm)',
      '| `n/no-sync` | first',
      '| `n/no-sync` | second (warm)',
    ]);
  });

  it('refuses to compare a build with itself from one folder, whose module caches the two would share', async () => {
    const run = execFileAsync(
      process.execPath,
      [
        path.join(ROOT, 'bench', 'split.mjs'),
        '--compare',
        'dist',
        './dist',
        '--manifest',
        path.join(dir, 'manifest.json'),
      ],
      { cwd: ROOT },
    );
    await expect(run).rejects.toThrow(/--compare needs two builds in different folders/u);
  }, 120_000);
});
