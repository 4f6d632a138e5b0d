import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { isWithin } from '../../util/ast';
import { declaresFunctionScoped, enclosingLabels, readCallbackBody, usesOwnArguments } from './callbackShape';

// `items.forEach((item, i) => { … })` as `for (const [i, item] of items.entries()) { … }`: the edits around the
// callback's body, where that loop does what the `forEach` did.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Edits = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
type Parameter = TSESTree.Parameter;

/** First tokens that would make an expression statement parse as something else. */
const AMBIGUOUS_STARTS: ReadonlySet<string> = new Set(['async', 'class', 'function', 'let', '{']);

/** The binding a parameter can give a `for…of` head, without its type annotation; `undefined` where it cannot. */
function headBinding(sourceCode: SourceCode, parameter: Parameter): string | undefined {
  switch (parameter.type) {
    case AST_NODE_TYPES.Identifier:
      return parameter.optional || parameter.name === 'this' ? undefined : parameter.name;
    case AST_NODE_TYPES.ObjectPattern:
    case AST_NODE_TYPES.ArrayPattern: {
      const end = parameter.typeAnnotation?.range[0] ?? parameter.range[1];
      return parameter.optional ? undefined : sourceCode.text.slice(parameter.range[0], end).trimEnd();
    }
    default:
      return undefined; // a default, a rest element, a parameter property
  }
}

/** Whether every variable the parameter declares is never read, so the loop can leave it out. */
function isUnused(sourceCode: SourceCode, callback: TSESTree.FunctionLike, parameter: Parameter | undefined): boolean {
  if (parameter == null) return true;
  if (parameter.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = sourceCode.getScope(callback).set.get(parameter.name);
  return variable != null && variable.references.length === 0;
}

/** Whether the expression reads a variable named like one of `names` (functions inside it included). */
function readsAny(sourceCode: SourceCode, expression: TSESTree.Node, names: ReadonlySet<string>): boolean {
  const scope = sourceCode.getScope(expression);
  const inner = scope.childScopes.filter((child) => isWithin(child.block, expression));
  const references = [...scope.references, ...inner.flatMap((child) => child.through)];
  return references.some(({ identifier }) => names.has(identifier.name) && isWithin(identifier, expression));
}

/** The `for…of` head: `const item of items`, or `const [i, item] of items.entries()`; `undefined` where none fits. */
function loopHead(
  sourceCode: SourceCode,
  callback: TSESTree.FunctionLike,
  receiver: TSESTree.Node,
  receiverText: string,
): string | undefined {
  const [element, index, array, ...rest] = callback.params;
  if (element == null || rest.length > 0 || !isUnused(sourceCode, callback, array)) return undefined;
  const elementBinding = headBinding(sourceCode, element);
  // The loop exists for its elements: an element the callback never reads would be a new unused variable.
  if (elementBinding == null || isUnused(sourceCode, callback, element)) return undefined;
  const withIndex = !isUnused(sourceCode, callback, index);
  const indexBinding = withIndex && index?.type === AST_NODE_TYPES.Identifier ? headBinding(sourceCode, index) : '';
  if (indexBinding == null || (withIndex && indexBinding === '')) return undefined;
  const declared = sourceCode.getDeclaredVariables(callback);
  // `for (const item of items)` would read the loop's own `item` before it is set.
  const names = new Set(declared.map((variable) => variable.name));
  if (readsAny(sourceCode, receiver, names)) return undefined;
  const isWritten = declared.some((variable) =>
    variable.references.some((reference) => reference.init !== true && reference.isWrite()),
  );
  const kind = isWritten ? 'let' : 'const';
  return withIndex
    ? `${kind} [${indexBinding}, ${elementBinding}] of ${receiverText}.entries()`
    : `${kind} ${elementBinding} of ${receiverText}`;
}

/** Whether the callback's own code means the same as a loop body's: no own `this`, `arguments`, `var`, `return x`. */
function isLoopBody(
  sourceCode: SourceCode,
  callback: TSESTree.FunctionLike,
  statement: TSESTree.Node,
  fn: TSESTree.FunctionLike,
): readonly TSESTree.ReturnStatement[] | undefined {
  if (callback.typeParameters != null || (callback.type === AST_NODE_TYPES.FunctionExpression && callback.id != null)) {
    return undefined;
  }
  const body = readCallbackBody(sourceCode, callback);
  if (body.usesOwnThis || body.returnsInLoop || body.returns.some((ret) => ret.argument != null)) return undefined;
  if (usesOwnArguments(sourceCode, callback) || declaresFunctionScoped(sourceCode, callback)) return undefined;
  // A label of the callback inside a statement with the same label is a SyntaxError once they share a function.
  const outer = enclosingLabels(statement, fn);
  return [...body.labels].some((label) => outer.has(label)) ? undefined : body.returns;
}

/** Where the body's text starts and ends, parentheses of an expression body included. */
function bodyBounds(sourceCode: SourceCode, callback: TSESTree.FunctionLike): TSESTree.Range | undefined {
  const { body } = callback;
  if (body == null) return undefined;
  if (body.type === AST_NODE_TYPES.BlockStatement) return body.range;
  const arrow = sourceCode.getTokenBefore(body, { filter: (token) => token.value === '=>' });
  const first = arrow && sourceCode.getTokenAfter(arrow);
  if (first == null) return undefined;
  let end = body.range[1];
  let after = sourceCode.getTokenAfter(body);
  // Each `(` between `=>` and the body has its `)` after it.
  for (let open: TSESTree.Token | null = first; open && open.range[0] < body.range[0];) {
    if (after == null) return undefined;
    end = after.range[1];
    after = sourceCode.getTokenAfter(after);
    open = sourceCode.getTokenAfter(open);
  }
  return AMBIGUOUS_STARTS.has(first.value) ? undefined : [first.range[0], end];
}

/** Whether a comment lies in `range`, where the edits would drop it. */
function hasComment(sourceCode: SourceCode, [start, end]: TSESTree.Range): boolean {
  return sourceCode.getAllComments().some((comment) => comment.range[0] < end && comment.range[1] > start);
}

/**
 * The edits that turn the `forEach` statement `call` into a `for…of` loop over the same array, with the
 * callback's own `return;` statements as `continue;`, or `undefined` where the loop would not do the same.
 * The receiver must be a dense array and not mutated by the callback: the caller checks that.
 */
export function forOfLoopEdits(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  callback: TSESTree.FunctionLike,
  fn: TSESTree.FunctionLike,
): Edits | undefined {
  const statement = call.parent;
  const { callee } = call;
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression !== call) return undefined;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || call.typeArguments != null) return undefined;
  const returns = isLoopBody(sourceCode, callback, statement, fn);
  const bounds = bodyBounds(sourceCode, callback);
  const dot = sourceCode.getTokenBefore(callee.property);
  if (returns == null || bounds == null || dot == null) return undefined;
  const receiverText = sourceCode.text.slice(callee.range[0], dot.range[0]).trimEnd();
  const head = loopHead(sourceCode, callback, callee.object, receiverText);
  const before: TSESTree.Range = [statement.range[0], bounds[0]];
  const after: TSESTree.Range = [bounds[1], statement.range[1]];
  if (head == null || hasComment(sourceCode, before) || hasComment(sourceCode, after)) return undefined;
  const isBlock = callback.body?.type === AST_NODE_TYPES.BlockStatement;
  return (fixer) => [
    fixer.replaceTextRange(before, `for (${head}) ${isBlock ? '' : '{ '}`),
    fixer.replaceTextRange(after, isBlock ? '' : '; }'),
    ...returns.flatMap((ret) => {
      const keyword = sourceCode.getFirstToken(ret);
      return keyword ? [fixer.replaceText(keyword, 'continue')] : [];
    }),
  ];
}
