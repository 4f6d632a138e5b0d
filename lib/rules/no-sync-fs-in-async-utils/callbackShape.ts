import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

// What a callback's body does that would change meaning once the body runs as a loop body or an async callback.

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What the callback's own code (not that of functions inside it) does. */
export interface CallbackBody {
  /** `this`, `super` or `new.target` that a function expression binds itself (an arrow's belong to its function). */
  readonly usesOwnThis: boolean;
  /** The `return` statements of the callback itself. */
  readonly returns: readonly TSESTree.ReturnStatement[];
  /** A `return` of the callback inside one of its own loops, where `continue` would go on with that loop. */
  readonly returnsInLoop: boolean;
  /** The labels the callback's own code declares. */
  readonly labels: ReadonlySet<string>;
}

const LOOPS: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
]);

const isNode = (value: unknown): value is TSESTree.Node =>
  typeof value === 'object' && value !== null && 'type' in value;

function childrenOf(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.Node[] {
  const keys = (sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>)[node.type] ?? [];
  return keys.flatMap((key) => {
    const child = (node as unknown as Record<string, unknown>)[key];
    return (Array.isArray(child) ? (child as unknown[]) : [child]).filter(isNode);
  });
}

/** Reads the callback's body once: its own `this`, returns and labels. */
export function readCallbackBody(sourceCode: SourceCode, callback: TSESTree.FunctionLike): CallbackBody {
  const bindsThis = callback.type !== AST_NODE_TYPES.ArrowFunctionExpression;
  let usesOwnThis = false;
  let returnsInLoop = false;
  const returns: TSESTree.ReturnStatement[] = [];
  const labels = new Set<string>();
  const visit = (node: TSESTree.Node, inLoop: boolean, own: boolean): void => {
    if (ASTUtils.isFunction(node)) {
      // A nested function's `this` is its own, unless it is an arrow; its returns and labels are always its own.
      if (node.type !== AST_NODE_TYPES.ArrowFunctionExpression) return;
      own = false;
    }
    const isThis =
      node.type === AST_NODE_TYPES.ThisExpression ||
      node.type === AST_NODE_TYPES.Super ||
      (node.type === AST_NODE_TYPES.MetaProperty && node.meta.name === 'new');
    if (bindsThis && isThis) usesOwnThis = true;
    if (own && node.type === AST_NODE_TYPES.ReturnStatement) {
      returns.push(node);
      if (inLoop) returnsInLoop = true;
    }
    if (own && node.type === AST_NODE_TYPES.LabeledStatement) labels.add(node.label.name);
    const loop = inLoop || LOOPS.has(node.type);
    for (const child of childrenOf(sourceCode, node)) visit(child, loop, own);
  };
  if (callback.body) visit(callback.body, false, true);
  return { usesOwnThis, returns, returnsInLoop, labels };
}

/** Whether a function expression reads its own `arguments` (an arrow has none of its own). */
export function usesOwnArguments(sourceCode: SourceCode, callback: TSESTree.FunctionLike): boolean {
  if (callback.type === AST_NODE_TYPES.ArrowFunctionExpression) return false;
  const variable = sourceCode.getScope(callback).set.get('arguments');
  return variable != null && variable.references.length > 0;
}

/**
 * Whether the callback declares a `var` or a function at its top level: in a loop body, a `var` would belong to the
 * enclosing function, and a function declaration would too in sloppy mode.
 */
export function declaresFunctionScoped(sourceCode: SourceCode, callback: TSESTree.FunctionLike): boolean {
  const scope = sourceCode.getScope(callback);
  const isFunctionScoped = ({ type, parent }: TSESLint.Scope.Definition): boolean =>
    (type as string) === 'FunctionName' ||
    ((type as string) === 'Variable' && (parent as { kind?: string } | null)?.kind === 'var');
  return scope.variables.some((variable) => variable.defs.some(isFunctionScoped));
}

/** The labels around `node`, up to (not including) `outer`. */
export function enclosingLabels(node: TSESTree.Node, outer: TSESTree.Node): Set<string> {
  const labels = new Set<string>();
  for (let current = node.parent; current && current !== outer; current = current.parent) {
    if (current.type === AST_NODE_TYPES.LabeledStatement) labels.add(current.label.name);
  }
  return labels;
}

/** Expressions that run no code of their own once their operands do: no call, assignment, `new`, `delete`, tag. */
const PURE_SHAPES: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.TemplateElement,
  AST_NODE_TYPES.PrivateIdentifier,
]);

/** Whether evaluating `node` calls nothing but the `reads` and has no other side effect. */
function isPureBut(sourceCode: SourceCode, node: TSESTree.Node, reads: ReadonlySet<TSESTree.Node>): boolean {
  if (reads.has(node) && node.type === AST_NODE_TYPES.CallExpression) {
    return node.arguments.every((argument) => isPureBut(sourceCode, argument, reads));
  }
  switch (node.type) {
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
      return isPureBut(sourceCode, node.expression, reads);
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator !== 'delete' && isPureBut(sourceCode, node.argument, reads);
    default:
      return (
        PURE_SHAPES.has(node.type) && childrenOf(sourceCode, node).every((child) => isPureBut(sourceCode, child, reads))
      );
  }
}

/**
 * Whether the callback does nothing but the `reads` and pure computation, so that running its calls concurrently
 * cannot reorder side effects: an expression body, or a block of `const`/`let` declarations of plain names
 * initialised by such expressions, then one `return`.
 */
export function onlyReads(
  sourceCode: SourceCode,
  callback: TSESTree.FunctionLike,
  reads: ReadonlySet<TSESTree.Node>,
): boolean {
  const { body } = callback;
  if (body == null) return false;
  if (body.type !== AST_NODE_TYPES.BlockStatement) return isPureBut(sourceCode, body, reads);
  const statements = body.body;
  const last = statements[statements.length - 1];
  if (last == null || last.type !== AST_NODE_TYPES.ReturnStatement) return false;
  const declarationsArePure = statements
    .slice(0, -1)
    .every(
      (statement) =>
        statement.type === AST_NODE_TYPES.VariableDeclaration &&
        (statement.kind === 'const' || statement.kind === 'let') &&
        statement.declarations.every(
          ({ id, init }) =>
            id.type === AST_NODE_TYPES.Identifier && (init == null || isPureBut(sourceCode, init, reads)),
        ),
    );
  return declarationsArePure && (last.argument == null || isPureBut(sourceCode, last.argument, reads));
}
