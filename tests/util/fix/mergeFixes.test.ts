import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { mergeFixes } from '../../../lib/util/fix/mergeFixes';

const text = 'readFileSync(a).length';
const edit = (start: number, end: number, replacement: string): TSESLint.RuleFix => ({
  range: [start, end],
  text: replacement,
});

describe('mergeFixes', () => {
  it('merges insertions and a replacement that starts where an insertion is, in range order', () => {
    const merged = mergeFixes(text, [edit(15, 15, ')'), edit(0, 12, 'fsp.readFile'), edit(0, 0, '(await ')]);
    expect(merged).toEqual({ range: [0, 15], text: '(await fsp.readFile(a))' });
  });

  it('keeps the text between edits', () => {
    expect(mergeFixes(text, [edit(0, 0, 'await '), edit(16, 22, 'size')])).toEqual({
      range: [0, 22],
      text: 'await readFileSync(a).size',
    });
  });

  it('refuses edits that overlap', () => {
    expect(mergeFixes(text, [edit(0, 12, 'x'), edit(5, 14, 'y')])).toBeNull();
  });

  it('refuses two insertions at one point, whose order would be arbitrary', () => {
    expect(mergeFixes(text, [edit(0, 0, 'a'), edit(0, 0, 'b')])).toBeNull();
  });

  it('gives nothing for no edits', () => {
    expect(mergeFixes(text, [])).toBeNull();
  });
});
