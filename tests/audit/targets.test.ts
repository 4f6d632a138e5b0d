// `.gitignore` lines as flat-config ignore patterns, for a project that is not a git work tree.
import { describe, expect, it } from 'vitest';

import { gitignorePattern } from '../../lib/audit/targets';

describe('gitignorePattern', () => {
  it.each([
    ['node_modules/', '**/node_modules/'],
    ['*.log', '**/*.log'],
    ['/build', 'build'],
    ['/out/', 'out/'],
    ['docs/generated', 'docs/generated'],
    ['docs/generated/', 'docs/generated/'],
    ['!keep.log', '!**/keep.log'],
    ['!/src/keep', '!src/keep'],
    ['cache   ', '**/cache'],
  ])('%j → %j', (line, pattern) => {
    expect(gitignorePattern(line)).toBe(pattern);
  });

  it.each(['', '   ', '# a comment'])('%j is no pattern', (line) => {
    expect(gitignorePattern(line)).toBeNull();
  });
});
