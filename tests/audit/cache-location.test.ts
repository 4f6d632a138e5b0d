// --cache-location: a trailing separator (a folder ESLint names the cache file in) survives resolving the path.
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseOptions } from '../../lib/audit/options';

describe('--cache-location', () => {
  const cwd = path.resolve('/project');

  it('keeps a trailing separator after resolving', () => {
    expect(parseOptions(['--cache-location', 'dir/'], false, cwd).cacheLocation).toBe(
      `${path.join(cwd, 'dir')}${path.sep}`,
    );
  });

  it('leaves a file name as it is', () => {
    expect(parseOptions(['--cache-location', 'dir/cache.json'], false, cwd).cacheLocation).toBe(
      path.join(cwd, 'dir', 'cache.json'),
    );
  });
});
