import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { isWithin } from '../../util/ast';
import { findVariable } from '../../util/scope';

// Whether a call may rely on what an earlier check of its path saw: it runs only because of the check's result or
// its exception (control), or it is given that result, directly or through other bindings (data). Dependence is
// ruled out for a check that cannot throw whose result is never read, and for a result that is neither bound nor
// handed on (to a call, or into a member) and is used only elsewhere, outside a `try`: its exception then ends the
// function and the act never runs.

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Whether a statement always leaves its block: `return`, `throw`, `break`, `continue`, or a block ending so. */
export function exits(statement: TSESTree.Statement | null | undefined): boolean {
  switch (statement?.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.BreakStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    case AST_NODE_TYPES.BlockStatement:
      return exits(statement.body.at(-1));
    default:
      return false;
  }
}

/** Checks that never throw: `existsSync(p)` alone, its result unread, decides nothing. */
const SILENT_CHECKS: ReadonlySet<string> = new Set(['existsSync', 'pathExistsSync']);

/** The variables a declaration or a plain assignment of the check's result binds; undefined for other shapes. */
function resultVariables(sourceCode: SourceCode, holder: TSESTree.Node, node: TSESTree.Node) {
  if (holder.type === AST_NODE_TYPES.VariableDeclarator && holder.init === node) {
    return sourceCode.scopeManager?.getDeclaredVariables(holder);
  }
  if (
    holder.type === AST_NODE_TYPES.AssignmentExpression &&
    holder.operator === '=' &&
    holder.right === node &&
    holder.left.type === AST_NODE_TYPES.Identifier
  ) {
    const variable = findVariable(sourceCode, holder.left);
    return variable == null ? undefined : [variable];
  }
  return undefined;
}

/**
 * Where a check's result is read: the call itself, and the reads of the variables its declaration or assignment
 * binds (`const ok = …`, `done = …`, `const { size } = …`), in source order.
 */
function resultReads(sourceCode: SourceCode, check: TSESTree.CallExpression): TSESTree.Node[] {
  const reads: TSESTree.Node[] = [check];
  let node: TSESTree.Node = check;
  let parent: TSESTree.Node | undefined = node.parent;
  for (; parent != null && !ASTUtils.isFunction(parent); node = parent, parent = node.parent) {
    const variables = resultVariables(sourceCode, parent, node);
    if (variables != null) {
      for (const reference of variables.flatMap((variable) => variable.references)) {
        if (reference.isRead()) reads.push(reference.identifier);
      }
      break;
    }
    if (/(?:Statement|Declaration|Declarator)$/u.test(parent.type)) break;
  }
  return reads.sort((a, b) => a.range[0] - b.range[0]);
}

/** Whether the check certainly decides nothing: it cannot throw and its result is dropped or bound and never read. */
function isInert(sourceCode: SourceCode, name: string, check: TSESTree.CallExpression): boolean {
  if (!SILENT_CHECKS.has(name)) return false;
  const { parent } = check;
  if (parent.type === AST_NODE_TYPES.ExpressionStatement) return true;
  const variables = resultVariables(sourceCode, parent, check);
  return variables != null && variables.every((variable) => !variable.references.some((use) => use.isRead()));
}

/** Whether the test that `read` is part of decides whether `act` runs. */
function guards(read: TSESTree.Node, act: TSESTree.CallExpression): boolean {
  let node: TSESTree.Node = read;
  for (let { parent } = node; parent != null && !ASTUtils.isFunction(parent); node = parent, parent = node.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement: {
        if (parent.test !== node) return false;
        if (isWithin(act, parent.consequent) || (parent.alternate != null && isWithin(act, parent.alternate))) {
          return true;
        }
        const leaves = exits(parent.consequent) || exits(parent.alternate);
        return leaves && act.range[0] >= parent.range[1] && isWithin(act, parent.parent);
      }
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === node) return isWithin(act, parent.consequent) || isWithin(act, parent.alternate);
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.left === node && isWithin(act, parent.right)) return true;
        break;
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.ForStatement:
        return parent.test === node && isWithin(act, parent.body);
      default:
        if (/(?:Statement|Declaration)$/u.test(parent.type)) return false;
    }
  }
  return false;
}

/** The nearest reads of a result an act looks back at: many acts on one result stay linear. */
const MAX_READS = 16;

/** The reads of each check's result, found once per check. */
export type ReadsCache = Map<TSESTree.CallExpression, readonly TSESTree.Node[]>;

/**
 * What `act` relies on in `check`: the read of the check's result that decides whether `act` runs or is in its
 * arguments (`writeFileSync(p, String(Number(readFileSync(p)) + 1))`), else the check itself while dependence
 * cannot be ruled out: its result is bound and read anywhere (it may flow on through other bindings), it escapes
 * into a member or a call other than the sync fs calls of `fsCalls`, or it is caught by a `try` around it that the act follows; undefined otherwise. Looks at the nearest reads before the
 * act's end, so it costs the same for every act.
 */
export function relianceOn(
  sourceCode: SourceCode,
  cache: ReadsCache,
  check: { readonly call: TSESTree.CallExpression; readonly name: string },
  act: TSESTree.CallExpression,
  fsCalls: ReadonlySet<TSESTree.Node>,
): TSESTree.Node | undefined {
  if (isInert(sourceCode, check.name, check.call)) return undefined;
  let reads = cache.get(check.call);
  if (reads == null) {
    reads = resultReads(sourceCode, check.call);
    cache.set(check.call, reads);
  }
  let [low, high] = [0, reads.length]; // the first read that starts at or after the act's end
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((reads[middle]?.range[0] ?? Infinity) < act.range[1]) low = middle + 1;
    else high = middle;
  }
  for (let index = low - 1; index >= Math.max(0, low - MAX_READS); index -= 1) {
    const read = reads[index];
    if (read != null && (guards(read, act) || act.arguments.some((argument) => isWithin(read, argument)))) {
      return read;
    }
  }
  return reads.length > 1 || escapes(check.call, fsCalls) || isCaught(check.call, act) ? check.call : undefined;
}

/**
 * Whether the check's result, or a value made from it, is handed to a call (`log.push(readFileSync(p))`) or stored
 * in a member before its statement ends: it escapes, and what reads it later cannot be ruled out.
 */
function escapes(check: TSESTree.CallExpression, fsCalls: ReadonlySet<TSESTree.Node>): boolean {
  let node: TSESTree.Node = check;
  while (node.parent != null && !ASTUtils.isFunction(node.parent)) {
    const parent: TSESTree.Node = node.parent;
    const child = node;
    // A sync fs call given the value uses it while it runs, and keeps nothing.
    const isArgument =
      (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) &&
      parent.arguments.some((argument) => argument === child) &&
      !fsCalls.has(parent);
    const isStored =
      parent.type === AST_NODE_TYPES.AssignmentExpression &&
      parent.right === node &&
      parent.left.type !== AST_NODE_TYPES.Identifier;
    if (isArgument || isStored) return true;
    if (/(?:Statement|Declaration|Declarator)$/u.test(parent.type)) return false;
    node = parent;
  }
  return false;
}

/** Whether the check sits in a `try` block whose handler, finalizer or following code holds the act. */
function isCaught(check: TSESTree.CallExpression, act: TSESTree.CallExpression): boolean {
  let node: TSESTree.Node = check;
  let parent: TSESTree.Node | undefined = node.parent;
  for (; parent != null && !ASTUtils.isFunction(parent); node = parent, parent = node.parent) {
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === node) {
      if (!isWithin(act, parent.block) && isWithin(act, parent.parent)) return true;
    }
  }
  return false;
}
