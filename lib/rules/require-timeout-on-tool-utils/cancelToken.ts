import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { staticMemberName, staticPropertyKey, unwrapExpression } from '../../util/ast';
import { constantInit, findVariable } from '../../util/scope';
import type { SignalContext, ValueVerdict } from './boundValue';

// axios's deprecated `cancelToken`: a token, not a signal. It bounds the call only if something can cancel it.

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What a binding imports from axios (`import` or `require`): `*` for the module itself, else the export's name. */
function axiosImport(sourceCode: SourceCode, identifier: TSESTree.Identifier): string | undefined {
  const definition = findVariable(sourceCode, identifier)?.defs[0];
  if (!definition) return undefined;
  const { node } = definition;
  if (node.type === AST_NODE_TYPES.ImportDefaultSpecifier || node.type === AST_NODE_TYPES.ImportNamespaceSpecifier)
    return node.parent.source.value === 'axios' ? '*' : undefined;
  if (node.type === AST_NODE_TYPES.ImportSpecifier) {
    const imported = node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : node.imported.value;
    return node.parent.source?.value === 'axios' ? imported : undefined;
  }
  if (node.type !== AST_NODE_TYPES.VariableDeclarator || node.init?.type !== AST_NODE_TYPES.CallExpression)
    return undefined;
  const {
    callee,
    arguments: [source],
  } = node.init;
  const isRequire =
    callee.type === AST_NODE_TYPES.Identifier &&
    callee.name === 'require' &&
    source?.type === AST_NODE_TYPES.Literal &&
    source.value === 'axios';
  if (!isRequire) return undefined;
  if (node.id.type === AST_NODE_TYPES.Identifier) return '*';
  if (node.id.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  const property = node.id.properties.find(
    (candidate) =>
      candidate.type === AST_NODE_TYPES.Property &&
      candidate.value.type === AST_NODE_TYPES.Identifier &&
      candidate.value.name === identifier.name,
  );
  return property?.type === AST_NODE_TYPES.Property ? staticPropertyKey(property) : undefined;
}

/** `new axios.CancelToken(…)` or `new CancelToken(…)` of axios, by the binding the callee reads. */
function isAxiosCancelToken(sourceCode: SourceCode, callee: TSESTree.Node): boolean {
  const expression = unwrapExpression(callee);
  if (expression.type === AST_NODE_TYPES.Identifier) return axiosImport(sourceCode, expression) === 'CancelToken';
  if (expression.type !== AST_NODE_TYPES.MemberExpression || staticMemberName(expression) !== 'CancelToken')
    return false;
  const object = unwrapExpression(expression.object);
  return object.type === AST_NODE_TYPES.Identifier && axiosImport(sourceCode, object) === '*';
}

/** Whether an executor `(cancel) => …` can ever call its `cancel`: it reads the parameter somewhere. */
function executorCanCancel(sourceCode: SourceCode, executor: TSESTree.Node | undefined): boolean {
  const expression = executor && unwrapExpression(executor);
  if (
    expression?.type !== AST_NODE_TYPES.ArrowFunctionExpression &&
    expression?.type !== AST_NODE_TYPES.FunctionExpression
  )
    return true;
  const [cancel] = expression.params;
  if (cancel == null) return false;
  if (cancel.type !== AST_NODE_TYPES.Identifier) return true;
  const variable = sourceCode.scopeManager
    ?.getDeclaredVariables(expression)
    .find((candidate) => candidate.name === cancel.name);
  return variable == null || variable.references.length > 0;
}

/**
 * A `cancelToken` value: `undefined`, `null` and a `new CancelToken(executor)` of axios whose executor never reads
 * its `cancel` function set no bound; a token from elsewhere is judged like a signal from the caller.
 */
export function cancelTokenVerdict(context: SignalContext, node: TSESTree.Node, depth = 0): ValueVerdict {
  const expression = unwrapExpression(node);
  const fromCaller: ValueVerdict = { verdict: context.callerSignal === 'bounded' ? 'bounded' : 'unknown' };
  switch (expression.type) {
    case AST_NODE_TYPES.Literal:
      return expression.value === null ? { verdict: 'unbounded', shown: 'null' } : fromCaller;
    case AST_NODE_TYPES.Identifier: {
      if (expression.name === 'undefined') return { verdict: 'unbounded', shown: 'undefined' };
      const init = depth < 4 ? constantInit(context.sourceCode, expression) : undefined;
      return init ? cancelTokenVerdict(context, init, depth + 1) : fromCaller;
    }
    case AST_NODE_TYPES.NewExpression:
      if (!isAxiosCancelToken(context.sourceCode, expression.callee)) return fromCaller;
      return executorCanCancel(context.sourceCode, expression.arguments[0])
        ? fromCaller
        : { verdict: 'unbounded', shown: 'a CancelToken that nothing cancels' };
    default:
      return fromCaller;
  }
}
