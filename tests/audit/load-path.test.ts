// The command stays off the rules' load path: loading the plugin loads nothing of dist/audit/.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { builtPlugin, REPO_ROOT } from '../integration/support/workspace';

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
