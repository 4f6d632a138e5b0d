import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

// The README's first command runs scripts/example.mjs: it must report the example's faults and show the fixes.
const root = path.join(__dirname, '..');
let output = '';

describe('npm run example (scripts/example.mjs on examples/)', () => {
  beforeAll(() => {
    output = execFileSync(process.execPath, [path.join(root, 'scripts/example.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });
  });

  it('reports blocking fs calls in the async file tools', () => {
    const files = output.split('# What `eslint --fix` changes')[0] ?? '';
    expect(files).toMatch(/src\/tools\/files\.ts\n(.*\n)*.*async-io\/no-sync-fs-in-async/);
    expect(files).toMatch(/readFileSync/);
  });

  it('reports the tool runs that have no bound', () => {
    const found = output.split('# What `eslint --fix` changes')[0] ?? '';
    for (const file of ['src/tools/shell.ts', 'src/tools/http.ts', 'src/mcp.ts', 'src/agent.ts']) {
      const section = found.split(/\n(?=\/)/).find((part) => part.includes(file)) ?? '';
      expect(section, `${file} in:\n${found}`).toContain('async-io/require-timeout-on-tool');
    }
  });

  it('leaves the test file and the sync start-up helper alone', () => {
    expect(output).not.toContain('agent.test.ts');
    const files = output.split(/\n(?=\/)/).find((part) => part.includes('src/tools/files.ts')) ?? '';
    // loadConfig is at the end of files.ts and is not async: no report on its line (27).
    expect(files).not.toMatch(/^\s+27:/m);
  });

  it('shows the autofix to fs/promises as a diff', () => {
    const diff = output.split('# What `eslint --fix` changes')[1] ?? '';
    expect(diff).toContain('+++ b/src/tools/files.ts');
    expect(diff).toMatch(/^\+.*await .*readFile\(file, 'utf8'\)/m);
    expect(diff).not.toContain('agent.test.ts');
  });

  it('ends with a summary', () => {
    expect(output).toMatch(/\d+ problems in \d+ files; `eslint --fix` fixes \d+ of them in \d+ files\./);
  });
});
