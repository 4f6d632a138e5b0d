import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { isWithin } from '../../util/ast';
import { findVariable } from '../../util/scope';

// Whether a call relies on what an earlier check saw: it runs only because of the check's result (control), or it
// is given that result (data). Only then did the code rely on the two running as one step.

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

/** Where a check's result is read: the call itself, and the reads of the variable its declaration initialises. */
function resultReads(sourceCode: SourceCode, check: TSESTree.CallExpression): TSESTree.Node[] {
  const reads: TSESTree.Node[] = [check];
  let node: TSESTree.Node = check;
  let parent: TSESTree.Node | undefined = node.parent;
  for (; parent != null && !ASTUtils.isFunction(parent); node = parent, parent = node.parent) {
    if (parent.type === AST_NODE_TYPES.VariableDeclarator) {
      if (parent.init !== node || parent.id.type !== AST_NODE_TYPES.Identifier) break;
      const variable = findVariable(sourceCode, parent.id);
      for (const reference of variable?.references ?? []) {
        if (reference.isRead()) reads.push(reference.identifier);
      }
      break;
    }
    if (/(?:Statement|Declaration)$/u.test(parent.type)) break;
  }
  return reads;
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

/**
 * The read of the check's result that `act` relies on: one that decides whether `act` runs, or one in its
 * arguments (`writeFileSync(p, String(Number(readFileSync(p)) + 1))`); undefined when `act` relies on neither.
 */
export function relianceOn(
  sourceCode: SourceCode,
  check: TSESTree.CallExpression,
  act: TSESTree.CallExpression,
): TSESTree.Node | undefined {
  return resultReads(sourceCode, check).find(
    (read) => guards(read, act) || act.arguments.some((argument) => isWithin(read, argument)),
  );
}
