// The command stays off the rules' load path: loading the plugin loads nothing of dist/audit/. And the command loads
// @typescript-eslint/parser only when it lints a TypeScript file.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { builtPlugin, REPO_ROOT, removeTempDir } from '../integration/support/workspace';
import { AUDIT_BIN, copyAuditFixture } from './support';

describe('the plugin entry', () => {
  it('does not load the audit command or its dependencies', () => {
    const script = `require(${JSON.stringify(builtPlugin())}); console.log(JSON.stringify(Object.keys(require.cache)));`;
    const loaded = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
    expect(loaded.some((file) => file.includes(`${path.sep}dist${path.sep}index.js`))).toBe(true);
    const audit = path.join(REPO_ROOT, 'dist', 'audit');
    expect(
      loaded.filter((file) => file.startsWith(audit) || file.includes(`@typescript-eslint${path.sep}parser`)),
    ).toEqual([]);
  });
});

describe('the zero-config audit', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyAuditFixture('clean');
  });
  afterAll(() => {
    removeTempDir(dir);
  });

  /** Runs the command's main() in a child process on `paths`; returns its status and whether the parser loaded. */
  function auditLoads(paths: string[]): { status: number; parserLoaded: boolean } {
    const script = [
      `const { main } = require(${JSON.stringify(AUDIT_BIN)});`,
      'const io = { cwd: process.cwd(), env: {}, isTerminal: false, out: () => {}, err: (t) => process.stderr.write(t) };',
      `main(${JSON.stringify(paths)}, io).then((status) => {`,
      // Its code, not its package.json (read for the parser's name and version).
      "  const parser = ['', '@typescript-eslint', 'parser', 'dist', ''].join(require('path').sep);",
      '  const parserLoaded = Object.keys(require.cache).some((file) => file.includes(parser));',
      '  console.log(JSON.stringify({ status, parserLoaded }));',
      '});',
    ].join('\n');
    const output = execFileSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' });
    return JSON.parse(output) as { status: number; parserLoaded: boolean };
  }

  it('does not load @typescript-eslint/parser when it lints JavaScript only', () => {
    expect(auditLoads(['src/app.jsx'])).toEqual({ status: 0, parserLoaded: false });
  });

  it('loads it for a TypeScript file', () => {
    expect(auditLoads(['src/ok.ts'])).toEqual({ status: 0, parserLoaded: true });
  });
});
