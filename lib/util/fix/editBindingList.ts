// editBindingList: edits that drop and add elements of a binding list (`{ a, b as c }`), commas included.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * Edits to a comma-separated list of bindings (`{ a, b as c }` of an import, `{ a, b: c }` of a pattern) that
 * drop `remove` and add `add` (source text of new elements). The first dropped element is overwritten by the
 * added text, or the text goes after the last element; only the dropped elements and their commas are touched,
 * so a trailing comma stays. Returns `undefined` when nothing would be left: the caller drops the whole list.
 */
export function editBindingList(
  fixer: TSESLint.RuleFixer,
  elements: readonly TSESTree.Node[],
  remove: ReadonlySet<TSESTree.Node>,
  add: readonly string[],
): TSESLint.RuleFix[] | undefined {
  const replaced = add.length > 0 ? elements.find((element) => remove.has(element)) : undefined;
  const isKept = (element: TSESTree.Node): boolean => element === replaced || !remove.has(element);
  const lastKeptIndex = elements.findLastIndex(isKept);
  const last = elements.at(-1);
  if (lastKeptIndex === -1 || !last) return undefined;

  const fixes: TSESLint.RuleFix[] = [];
  elements.forEach((element, index) => {
    if (element === replaced) {
      fixes.push(fixer.replaceText(element, add.join(', ')));
    } else if (!isKept(element) && index < lastKeptIndex) {
      const next = elements[index + 1];
      if (next) fixes.push(fixer.removeRange([element.range[0], next.range[0]]));
    }
  });
  const lastKept = elements[lastKeptIndex];
  if (lastKept && lastKeptIndex < elements.length - 1) {
    // Everything after the last kept element goes, with the comma that led to it.
    fixes.push(fixer.removeRange([lastKept.range[1], last.range[1]]));
  }
  if (add.length > 0 && !replaced) fixes.push(fixer.insertTextAfter(last, `, ${add.join(', ')}`));
  return fixes;
}
