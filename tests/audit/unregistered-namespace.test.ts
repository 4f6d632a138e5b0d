// A directive naming one of our rules under a namespace the config does not register (`io/…` when the zero-config
// setup registers `async-io`) makes ESLint report "Definition for rule … was not found" with that rule id and no
// plugin behind it. No finding of ours is lost, so the audit must not stop (exit 2): it reports the real findings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeTempDir, removeTempDir, runSync } from '../integration/support/workspace';
import { FILE_B, writeFiles } from './baseline-project';
import { audit } from './support';

const DISABLED = `import fs from 'node:fs';
export async function load(p) {
  // eslint-disable-next-line io/no-sync-fs-in-async
  return fs.readFileSync(p, 'utf8');
}
`;

const CONFIGURED = `/* eslint io/require-timeout-on-tool: "off" */
export const answer = 42;
`;

let project: string;

beforeAll(() => {
  project = makeTempDir('audit-unregistered');
  writeFiles(project, { 'src/a.js': DISABLED, 'src/b.js': FILE_B, 'src/c.js': CONFIGURED });
  const init = runSync('git', ['init', '-q'], { cwd: project });
  if (init.status !== 0) throw new Error(init.transcript);
});

afterAll(() => {
  removeTempDir(project);
});

interface Report {
  readonly findings: readonly { readonly file: string; readonly line: number }[];
}

describe('a directive naming our rule under an unregistered namespace', () => {
  it('is skipped: the zero-config audit exits 1 with the real findings', async () => {
    const result = await audit(project, ['--format', 'json']);
    expect(result.status, result.transcript).toBe(1);
    const { findings } = JSON.parse(result.stdout) as Report;
    expect(findings.map(({ file, line }) => `${file}:${String(line)}`)).toEqual(['src/a.js:4', 'src/b.js:3']);
  });
});
