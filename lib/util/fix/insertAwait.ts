// insertAwait: the fix that puts `await` before an expression, with the parentheses and `;` the parse needs.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

/** Text to put inside the `await` around the expression: `await <before>expr<after>`. */
export interface AwaitWrapping {
  readonly before?: string;
  readonly after?: string;
}

/** Skips postfix `!`, which binds tighter than `await` and so belongs to the operand's position, not to it. */
function outermostNonNull(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent?.type === AST_NODE_TYPES.TSNonNullExpression) current = current.parent;
  return current;
}

/**
 * Whether `await expr` placed where `expr` stands would change the parse: positions that take a
 * left-hand-side expression (member object, callee, tag, `new` callee, `extends`, decorator) or the left of `**`,
 * where `await a ** b` is a SyntaxError.
 */
export function needsParenthesesAsAwait(node: TSESTree.Node): boolean {
  const operand = outermostNonNull(node);
  const { parent } = operand;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === operand;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.callee === operand;
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return parent.tag === operand;
    case AST_NODE_TYPES.ClassDeclaration:
    case AST_NODE_TYPES.ClassExpression:
      return parent.superClass === operand;
    case AST_NODE_TYPES.BinaryExpression:
      return parent.operator === '**' && parent.left === operand;
    case AST_NODE_TYPES.Decorator:
      return true;
    default:
      return false;
  }
}

/** The expression statement that `node` starts, if any: a `(` put there could continue the previous line. */
function statementStartedBy(node: TSESTree.Node): TSESTree.ExpressionStatement | undefined {
  let current: TSESTree.Node = node;
  while (current.parent && current.parent.range[0] === node.range[0]) {
    current = current.parent;
    if (current.type === AST_NODE_TYPES.ExpressionStatement) return current;
  }
  return undefined;
}

const BLOCK_LIKE: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.ClassBody,
  AST_NODE_TYPES.StaticBlock,
  AST_NODE_TYPES.SwitchStatement,
  AST_NODE_TYPES.TSModuleBlock,
]);

/** Nodes whose statements follow one another, so that the previous one may lack its `;`. */
const STATEMENT_LISTS: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.StaticBlock,
  AST_NODE_TYPES.SwitchCase,
  AST_NODE_TYPES.TSModuleBlock,
]);

/** Whether a line starting with `(` here would be read as a call of what precedes it (no semicolon there). */
function needsLeadingSemicolon(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const statement = statementStartedBy(node);
  // The body of `if`, `else`, `while`, `do`, `for`, `with` or a label follows its head, which `(` cannot continue;
  // a `;` there would end that body and run the expression unconditionally.
  if (!statement || !STATEMENT_LISTS.has(statement.parent.type)) return false;
  const previous = sourceCode.getTokenBefore(statement);
  if (!previous || previous.value === ';' || previous.value === '{' || previous.value === ':') return false;
  if (previous.value === '}') {
    // A block ends a statement, unless it is the body of a function or class *expression*, which `(` would call.
    const closed = sourceCode.getNodeByRangeIndex(previous.range[0]);
    if (!closed || !BLOCK_LIKE.has(closed.type)) return true;
    const owner = closed.parent?.type;
    return owner === AST_NODE_TYPES.FunctionExpression || owner === AST_NODE_TYPES.ClassExpression;
  }
  return true;
}

/**
 * Edits that make `node` awaited: `await node`, or `(await node)` where precedence demands it; with
 * `alreadyAwaited` only the wrapping text goes in, so the result is never `await await`. Insertions only,
 * so comments and the expression's own text are kept.
 */
export function insertAwait(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  { before = '', after = '' }: AwaitWrapping = {},
): TSESLint.RuleFix[] {
  const alreadyAwaited = node.parent?.type === AST_NODE_TYPES.AwaitExpression && node.parent.argument === node;
  const wrap = !alreadyAwaited && needsParenthesesAsAwait(node) && !ASTUtils.isParenthesized(node, sourceCode);
  const opening = `${alreadyAwaited ? '' : 'await '}${before}`;
  const fixes: TSESLint.RuleFix[] = [];
  if (wrap) {
    const semicolon = needsLeadingSemicolon(sourceCode, node) ? ';' : '';
    fixes.push(fixer.insertTextBefore(node, `${semicolon}(${opening}`), fixer.insertTextAfter(node, `${after})`));
  } else {
    if (opening) fixes.push(fixer.insertTextBefore(node, opening));
    if (after) fixes.push(fixer.insertTextAfter(node, after));
  }
  return fixes;
}
