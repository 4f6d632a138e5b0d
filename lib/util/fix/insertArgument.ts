// insertArgument: a minimal edit that adds an argument, filling the ones before it with `undefined`.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ESLintUtils from '@typescript-eslint/utils/eslint-utils';

import { isComma } from '../tokens';

type SourceCode = Readonly<TSESLint.SourceCode>;

const { nullThrows, NullThrowsReasons } = ESLintUtils;

/**
 * Inserts `text` as argument `index` of `call`: before the argument now at `index` (a trailing callback:
 * `exec(cmd, cb)` → `exec(cmd, text, cb)`), or after the last one, keeping a trailing comma. Missing arguments
 * before `index` are filled with `undefined` (`axios.post(url)` → `axios.post(url, undefined, text)`).
 */
export function insertArgument(
  fixer: TSESLint.RuleFixer,
  sourceCode: SourceCode,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
  text: string,
): TSESLint.RuleFix {
  const { arguments: args } = call;
  const before = args[index];
  if (before) return fixer.insertTextBefore(before, `${text}, `);
  const filler = Array.from({ length: index - args.length }, () => 'undefined');
  const inserted = [...filler, text].join(', ');
  const last = args.at(-1);
  const closing = nullThrows(sourceCode.getLastToken(call), NullThrowsReasons.MissingToken(')', 'call'));
  if (!last) return fixer.insertTextBefore(closing, inserted);
  const after = sourceCode.getTokenAfter(last);
  if (isComma(after) && after !== closing) return fixer.insertTextAfter(after, ` ${inserted},`);
  return fixer.insertTextAfter(last, `, ${inserted}`);
}
