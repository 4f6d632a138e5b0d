// Finding nodes below a root by their tokens (someTokenWithin, innermostNodeAt), and small token tests.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_TOKEN_TYPES } from '@typescript-eslint/types';

// A subtree's tokens are one slice of the program's sorted token list (no comments), found by a binary search:
// scanning it for a name, then going down to the few nodes that hold it, costs less than visiting every node.

type SourceCode = Readonly<TSESLint.SourceCode>;

const isNode = (value: unknown): value is TSESTree.Node =>
  typeof value === 'object' && value !== null && 'type' in value;

/** The index of the first token that starts at or after `offset`. */
function firstTokenAt(tokens: readonly TSESTree.Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle] as TSESTree.Token).range[0] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Calls `visit` with the index of each token inside `root`, first to last, until it returns true (then so does
 * this). The index is into `tokens`, which `visit` may read around.
 */
export function someTokenWithin(
  sourceCode: SourceCode,
  root: TSESTree.Node,
  visit: (tokens: readonly TSESTree.Token[], index: number) => boolean,
): boolean {
  const { tokens } = sourceCode.ast;
  const [, end] = root.range;
  for (let index = firstTokenAt(tokens, root.range[0]); index < tokens.length; index++) {
    if ((tokens[index] as TSESTree.Token).range[0] >= end) break;
    if (visit(tokens, index)) return true;
  }
  return false;
}

/**
 * The innermost node below `root` (or `root` itself) whose range holds `offset`, reached by going down along the
 * parser's visitor keys into the one child that holds it.
 */
export function innermostNodeAt(sourceCode: SourceCode, root: TSESTree.Node, offset: number): TSESTree.Node {
  const keys = sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;
  const holds = (value: unknown): value is TSESTree.Node =>
    isNode(value) && value.range[0] <= offset && offset < value.range[1];
  let node = root;
  for (;;) {
    let inner: TSESTree.Node | undefined;
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      inner = Array.isArray(child) ? (child as unknown[]).find(holds) : holds(child) ? child : undefined;
      if (inner) break;
    }
    if (!inner) return node;
    node = inner;
  }
}

export function isComma(token: TSESLint.AST.Token | null): token is TSESLint.AST.Token {
  return token?.type === AST_TOKEN_TYPES.Punctuator && token.value === ',';
}
