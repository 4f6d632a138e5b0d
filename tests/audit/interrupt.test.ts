// An audit interrupted mid-run (Ctrl-C, a CI job cancelled) leaves nothing in the temporary folder: with worker
// threads on, the options module the workers load is a `data:` URL, not a temp file that SIGINT and SIGTERM (which
// skip `exit` handlers) would leave behind.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeTempDir, removeTempDir } from '../integration/support/workspace';
import { AUDIT_BIN, copyAuditFixture } from './support';

/** Makes ESLint#lintFiles say "linting" on stderr, then wait a minute: the command is mid-run. */
const STALL = path.join(__dirname, 'stall-lint.cjs');

let project: string;
let tmp: string;

beforeAll(() => {
  project = copyAuditFixture('project');
  tmp = makeTempDir('audit-interrupt-tmp');
});

afterAll(() => {
  removeTempDir(project);
  removeTempDir(tmp);
});

/** Runs the command with workers on and TMPDIR in a folder of its own; sends `signal` once it is linting. */
function interrupted(signal: NodeJS.Signals): Promise<{ code: number | null; signal: string | null; left: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', STALL, AUDIT_BIN, '--concurrency', '2', '--format', 'json'], {
      cwd: project,
      env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('linting\n')) child.kill(signal);
    });
    child.on('error', reject);
    child.on('exit', (code, killedBy) => {
      resolve({ code, signal: killedBy, left: readdirSync(tmp) });
    });
  });
}

describe('an interrupted audit', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('leaves no temporary file on %s and ends by the signal', async (signal) => {
    const result = await interrupted(signal);
    expect(result).toEqual({ code: null, signal, left: [] });
  });
});
