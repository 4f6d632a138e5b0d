import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_TOKEN_TYPES } from '@typescript-eslint/types';
import * as ESLintUtils from '@typescript-eslint/utils/eslint-utils';

// Minimal edits that add an option: a property into an object literal, or a new options argument.

type SourceCode = Readonly<TSESLint.SourceCode>;

const { nullThrows, NullThrowsReasons } = ESLintUtils;

function isComma(token: TSESLint.AST.Token | null): token is TSESLint.AST.Token {
  return token?.type === AST_TOKEN_TYPES.Punctuator && token.value === ',';
}

/** The whitespace that starts the line `node` starts on, when nothing but whitespace precedes it there. */
function lineIndent(sourceCode: SourceCode, node: TSESTree.Node | TSESLint.AST.Token): string | undefined {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  const before = line.slice(0, node.loc.start.column);
  return /^\s*$/u.test(before) ? before : undefined;
}

/**
 * Inserts `text` (`timeout: 30_000`) as the last property of `object`, after every spread so that it wins:
 * `{}` → `{ text }`, `{ a }` → `{ a, text }`, `{ a, }` → `{ a, text, }`; on its own line, with the last
 * property's indentation, when the properties are one per line.
 */
export function insertProperty(
  fixer: TSESLint.RuleFixer,
  sourceCode: SourceCode,
  object: TSESTree.ObjectExpression,
  text: string,
): TSESLint.RuleFix {
  const last = object.properties.at(-1);
  const closing = nullThrows(sourceCode.getLastToken(object), NullThrowsReasons.MissingToken('}', 'object'));
  if (!last) {
    const opening = nullThrows(sourceCode.getFirstToken(object), NullThrowsReasons.MissingToken('{', 'object'));
    return fixer.replaceTextRange([opening.range[1], closing.range[0]], ` ${text} `);
  }
  const after = sourceCode.getTokenAfter(last);
  const indent = last.loc.start.line === closing.loc.start.line ? undefined : lineIndent(sourceCode, last);
  const separator = indent === undefined ? ' ' : `\n${indent}`;
  if (isComma(after) && after !== closing) return fixer.insertTextAfter(after, `${separator}${text},`);
  return fixer.insertTextAfter(last, `,${separator}${text}`);
}

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
