// The status line's tool-run figure counts runs, not lines: two runs on one line, a bounded and an unbounded one
// on another.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { makeTempDir, removeTempDir } from '../integration/support/workspace';
import { audit } from './support';

let dir: string;

beforeAll(() => {
  dir = makeTempDir('audit-runs');
  writeFileSync(
    path.join(dir, 'a.js'),
    [
      "const { execFile } = require('child_process');",
      "async function f() { execFile('a', [], () => {}); execFile('b', [], () => {}); }",
      "async function g() { execFile('c', [], { timeout: 1000 }, () => {}); execFile('d', [], () => {}); }",
      'module.exports = { f, g };',
      '',
    ].join('\n'),
  );
});

afterAll(() => {
  removeTempDir(dir);
});

it('keys tool runs by file, line and column', async () => {
  const result = await audit(dir, ['--format', 'json']);
  expect(result.status, result.transcript).toBe(1);
  const report = JSON.parse(result.stdout) as { status: { boundedToolRuns: unknown }; findings: unknown[] };
  expect(report.findings).toHaveLength(3);
  expect(report.status.boundedToolRuns).toEqual({ part: 1, total: 4, share: 0.25 });
});
