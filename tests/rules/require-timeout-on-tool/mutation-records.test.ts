import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

// CONTRIBUTING.md's "Last results" for this rule must name every mutation entry that has no recorded result, and
// every recorded one-by-one result must say at which commit it ran.

const ROOT = path.join(__dirname, '../../..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

interface Entry {
  readonly index: number;
  readonly commit?: string;
}

/** `#26, #27, #68–#71` → 26, 27, 68, 69, 70, 71. */
function expand(text: string): number[] {
  return [...text.matchAll(/#(\d+)(?:–#(\d+))?/gu)].flatMap(([, from, to]) => {
    const first = Number(from);
    const last = to === undefined ? first : Number(to);
    return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
  });
}

describe('require-timeout-on-tool mutation records', () => {
  const guards = JSON.parse(read('lib/rules/require-timeout-on-tool-utils/mutations.json')) as unknown[];
  const records = JSON.parse(read('bench/results/mutations.json')) as { rule: string; entries: Entry[] }[];
  const record = records.find(({ rule }) => rule === 'require-timeout-on-tool');
  const recorded = new Set(record?.entries.map(({ index }) => index));

  it('CONTRIBUTING.md names exactly the entries with no recorded result', () => {
    const paragraph = read('CONTRIBUTING.md').split('Last results (`bench/results/mutations.json`)')[1] ?? '';
    const ours = paragraph.split('- `require-timeout-on-tool`:')[1]?.split('\n\n')[0] ?? '';
    const missing = ours.split('No recorded result (not yet run):')[1]?.split('. ')[0] ?? '';
    const unrecorded = guards.map((_, index) => index).filter((index) => !recorded.has(index));
    expect([...new Set(expand(missing))].sort((a, b) => a - b)).toEqual(unrecorded);
  });

  it('a result outside the full run says at which commit it ran', () => {
    expect(record?.entries.find(({ index }) => index === 72)?.commit).toBe('5262ba1');
  });
});
