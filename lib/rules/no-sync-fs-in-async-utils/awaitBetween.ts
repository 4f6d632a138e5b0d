import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { isWithin } from '../../util/ast';

// Whether an `await` always runs between a sync check and a sync act of the same function: then other callers could
// already run between the two, the pair was never one step, and converting them changes nothing about that.

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The awaits of each function (or of the module's top level), in source order, found once per function. */
export type AwaitsCache = Map<TSESTree.Node | undefined, readonly TSESTree.AwaitExpression[]>;

/** The awaits of `fn`'s own body, not of the functions inside it. */
function awaitsOf(sourceCode: SourceCode, fn: TSESTree.Node | undefined): TSESTree.AwaitExpression[] {
  const keys = sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;
  const found: TSESTree.AwaitExpression[] = [];
  const stack: TSESTree.Node[] = [fn ?? sourceCode.ast];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === AST_NODE_TYPES.AwaitExpression) found.push(node);
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? (child as unknown[]) : [child]) {
        const isNode = item != null && typeof (item as TSESTree.Node).type === 'string';
        if (isNode && !ASTUtils.isFunction(item as TSESTree.Node)) stack.push(item as TSESTree.Node);
      }
    }
  }
  return found.sort((a, b) => a.range[0] - b.range[0]);
}

/** `a ||= b`, `a &&= b`, `a ??= b` evaluate `b` only on one outcome of `a`. */
const LOGICAL_ASSIGNMENTS: ReadonlySet<string> = new Set(['||=', '&&=', '??=']);

/** Whether `parent` evaluates its child `node` whenever it runs: not a branch, a loop body, a handler or a default. */
function alwaysRuns(node: TSESTree.Node, parent: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.WhileStatement:
      return parent.test === node;
    case AST_NODE_TYPES.LogicalExpression:
      return parent.left === node;
    case AST_NODE_TYPES.ForStatement:
      return parent.init === node || parent.test === node;
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.right === node;
    case AST_NODE_TYPES.SwitchStatement:
      return parent.discriminant === node;
    case AST_NODE_TYPES.TryStatement:
      return parent.finalizer === node;
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.left === node;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.left === node || !LOGICAL_ASSIGNMENTS.has(parent.operator);
    case AST_NODE_TYPES.CallExpression:
      return parent.callee === node || !parent.optional;
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === node || !parent.optional;
    case AST_NODE_TYPES.SwitchCase:
    case AST_NODE_TYPES.CatchClause:
      return false;
    default:
      return true;
  }
}

/** Whether `awaited` runs on every path from where it stands to `act`, before `act` is called. */
function runsBefore(awaited: TSESTree.AwaitExpression, act: TSESTree.CallExpression): boolean {
  let node: TSESTree.Node = awaited;
  while (node.parent != null) {
    const parent: TSESTree.Node = node.parent;
    if (!alwaysRuns(node, parent)) return false;
    if (isWithin(act, parent)) return true;
    node = parent;
  }
  return false;
}

/** How many awaits between one check and one act are looked at. */
const MAX_AWAITS = 16;

/**
 * Whether an `await` of the same function always runs after `check` and before `act` is called (in between, or in
 * the act's own arguments).
 */
export function awaitsBetween(
  sourceCode: SourceCode,
  cache: AwaitsCache,
  fn: TSESTree.Node | undefined,
  check: TSESTree.CallExpression,
  act: TSESTree.CallExpression,
): boolean {
  let awaits = cache.get(fn);
  if (awaits == null) {
    awaits = awaitsOf(sourceCode, fn);
    cache.set(fn, awaits);
  }
  let [low, high] = [0, awaits.length]; // the first await that starts after the check ends
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((awaits[middle]?.range[0] ?? Infinity) < check.range[1]) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < Math.min(awaits.length, low + MAX_AWAITS); index += 1) {
    const awaited = awaits[index];
    if (awaited == null || awaited.range[0] >= act.range[1]) return false;
    const before = awaited.range[1] <= act.range[0] || isWithin(awaited, act);
    if (before && runsBefore(awaited, act)) return true;
  }
  return false;
}
