// The fix loop's edit merge: ESLint's rule, an edit that starts at or before the end of the last one taken is left
// for the next pass.
import { describe, expect, it } from 'vitest';

import { applyEdits } from '../../lib/audit/fix';

describe('applyEdits', () => {
  it('takes one of two edits at the same offset', () => {
    const edits = [
      { range: [6, 6] as [number, number], text: 'await ' },
      { range: [6, 6] as [number, number], text: 'void ' },
    ];
    expect(applyEdits('const x = f();', edits)).toBe('const await x = f();');
  });

  it('skips an edit that starts where the previous one ends', () => {
    const edits = [
      { range: [0, 5] as [number, number], text: 'let' },
      { range: [5, 6] as [number, number], text: '_' },
    ];
    expect(applyEdits('const x = 1;', edits)).toBe('let x = 1;');
  });

  it('applies edits that do not touch, the first at offset 0', () => {
    const edits = [
      { range: [0, 0] as [number, number], text: '// a\n' },
      { range: [6, 7] as [number, number], text: 'y' },
    ];
    expect(applyEdits('const x = 1;', edits)).toBe('// a\nconst y = 1;');
  });
});
