// mergeFixes: several edits as the one fix ESLint would make of them.
import type { TSESLint } from '@typescript-eslint/utils';

/**
 * Merges edits into the single fix ESLint would make of them, or `null` when two of them touch the same text
 * (or insert at the same point, where their order would be arbitrary) and ESLint would throw. A fix shared by
 * many reports is merged once here, instead of once per report by ESLint.
 */
export function mergeFixes(text: string, fixes: readonly TSESLint.RuleFix[]): TSESLint.RuleFix | null {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return null;
  let merged = '';
  let position = first.range[0];
  let previous: TSESLint.RuleFix | undefined;
  for (const fix of sorted) {
    const bothInsertions = previous?.range[0] === previous?.range[1] && fix.range[0] === fix.range[1];
    if (previous && (fix.range[0] < previous.range[1] || (bothInsertions && fix.range[0] === previous.range[0]))) {
      return null;
    }
    merged += text.slice(position, fix.range[0]) + fix.text;
    position = fix.range[1];
    previous = fix;
  }
  const end = Math.max(...sorted.map((fix) => fix.range[1]));
  return { range: [first.range[0], end], text: merged + text.slice(position, end) };
}
