import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

const isNode = (value: unknown): value is TSESTree.Node => typeof value === 'object' && value !== null && 'type' in value;

/**
 * Whether `test` holds for `root` or a node below it. Visits depth first along the parser's visitor keys (the
 * last child first) and stops at the first node that passes; a `test` that never passes visits the whole subtree.
 */
export function someInSubtree(
  sourceCode: Readonly<TSESLint.SourceCode>,
  root: TSESTree.Node,
  test: (node: TSESTree.Node) => boolean,
): boolean {
  const keys = sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (test(node)) return true;
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child as unknown[]) if (isNode(item)) stack.push(item);
      } else if (isNode(child)) {
        stack.push(child);
      }
    }
  }
  return false;
}
