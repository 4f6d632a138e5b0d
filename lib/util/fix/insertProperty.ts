// insertProperty: a minimal edit that adds an option, a property at the end of an object literal.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ESLintUtils from '@typescript-eslint/utils/eslint-utils';

import { isComma } from '../tokens';

type SourceCode = Readonly<TSESLint.SourceCode>;

const { nullThrows, NullThrowsReasons } = ESLintUtils;

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
  const separator = indent == null ? ' ' : `\n${indent}`;
  if (isComma(after) && after !== closing) return fixer.insertTextAfter(after, `${separator}${text},`);
  return fixer.insertTextAfter(last, `,${separator}${text}`);
}
