import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

// The README's first command runs scripts/example.mjs: the audit of examples/, and the diff of its fixes.
const root = path.join(__dirname, '..');
const FIX_HEADING = '# What `async-io-audit --fix-suggestions` changes';
let output = '';

describe('npm run example (scripts/example.mjs: async-io-audit on examples/)', () => {
  beforeAll(() => {
    output = execFileSync(process.execPath, [path.join(root, 'scripts/example.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 90_000,
    });
  });

  it('prints the audit report, in markdown when not on a terminal', () => {
    const report = output.split(FIX_HEADING)[0] ?? '';
    expect(report).toContain('# Async execution audit');
    expect(report).toMatch(
      /\*\*Status\*\*: ⚠️ \*\*0% async\*\*: 0 of 7 fs calls .*\*\*33% bounded\*\*: 2 of 6 tool runs/u,
    );
  });

  it('reports blocking fs calls in the async file tools', () => {
    const report = output.split(FIX_HEADING)[0] ?? '';
    expect(report).toMatch(/^- `src\/tools\/files\.ts:8`: `readFileSync` blocks the event loop/mu);
  });

  it('reports the tool runs that have no bound', () => {
    const report = output.split(FIX_HEADING)[0] ?? '';
    for (const file of ['src/tools/shell.ts', 'src/tools/http.ts', 'src/mcp.ts']) {
      expect(report, file).toMatch(
        new RegExp(`^- \`${file.replaceAll('.', '\\.')}:\\d+\`: .*(deadline|timeout)`, 'mu'),
      );
    }
  });

  it('leaves the test file and the sync start-up helper alone', () => {
    expect(output).not.toContain('agent.test.ts');
    // loadConfig is at the end of files.ts and is not async: no report on its line (27).
    expect(output).not.toContain('src/tools/files.ts:27');
  });

  it('shows the fixes to fs/promises as a diff', () => {
    const diff = output.split(FIX_HEADING)[1] ?? '';
    expect(diff).toContain('+++ b/src/tools/files.ts');
    expect(diff).toMatch(/^\+.*await .*readFile\(file, 'utf8'\)/mu);
    expect(diff).toMatch(/^\+.*await fs\.promises\.access\(dir\)\.then\(\(\) => true, \(\) => false\)/mu);
    expect(diff).not.toContain('agent.test.ts');
  });

  it('prints the report that the README shows as its sample', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const sample = /<!-- begin audit sample -->\n````md\n([\s\S]*?)\n````\n<!-- end audit sample -->/u.exec(
      readme,
    )?.[1];
    const report = (output.split(FIX_HEADING)[0] ?? '').replace('# async-io-audit in examples/\n\n', '').trimEnd();
    expect(sample).toBe(report);
  });

  it('ends with a summary', () => {
    expect(output).toMatch(
      /11 findings; `--fix-suggestions` fixes 6 of them in 1 file\.\n5 remain: 4 take a deadline/u,
    );
  });
});
