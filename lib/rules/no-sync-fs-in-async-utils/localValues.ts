import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { propertyKeyName } from '../../util/ast';
import { constantInit, findVariable } from '../../util/scope';

// Values the file shows through local things: what a local function returns, a member of a `const` literal.

type SourceCode = Readonly<TSESLint.SourceCode>;

/** How many return statements of one function are read. */
const MAX_RETURNS = 64;

/** The function a name is bound to in the file: a declaration, or a `const` holding a function; never reassigned. */
export function localFunction(sourceCode: SourceCode, name: TSESTree.Identifier): TSESTree.FunctionLike | undefined {
  const variable = findVariable(sourceCode, name);
  if (variable?.defs.length !== 1) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && reference.init !== true)) return undefined;
  const node = variable.defs[0]?.node;
  if (node?.type === AST_NODE_TYPES.FunctionDeclaration) return node;
  const init = constantInit(sourceCode, name);
  const isConst = node?.type === AST_NODE_TYPES.VariableDeclarator && node.parent.kind === 'const';
  if (!isConst || init == null) return undefined;
  return init.type === AST_NODE_TYPES.ArrowFunctionExpression || init.type === AST_NODE_TYPES.FunctionExpression
    ? init
    : undefined;
}

/**
 * The expressions a function may return (`'undefined'` return values left out as non-numbers); undefined when that
 * is not known here: an async function or generator, a body without one, or too many returns.
 */
export function returnedValues(fn: TSESTree.FunctionLike): TSESTree.Node[] | undefined {
  if (fn.async || fn.generator || fn.body == null) return undefined;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const values: TSESTree.Node[] = [];
  const stack: TSESTree.Node[] = [fn.body];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      if (node.argument != null) values.push(node.argument);
      if (values.length > MAX_RETURNS) return undefined;
      continue;
    }
    if (/Function|Class/u.test(node.type) || !/Statement|Block|SwitchCase|CatchClause/u.test(node.type)) continue;
    for (const child of Object.values(node as unknown as Record<string, unknown>)) {
      for (const item of Array.isArray(child) ? (child as unknown[]) : [child]) {
        const isNode = item != null && typeof item === 'object' && typeof (item as TSESTree.Node).type === 'string';
        if (isNode && item !== node.parent) stack.push(item as TSESTree.Node);
      }
    }
  }
  return values;
}

/** `o.h` or `arr[0]` where `o` is a `const` holding an object or array literal: the expression written there. */
export function literalMember(sourceCode: SourceCode, member: TSESTree.MemberExpression): TSESTree.Node | undefined {
  if (member.object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = constantInit(sourceCode, member.object);
  const { property } = member;
  const key =
    !member.computed && property.type === AST_NODE_TYPES.Identifier
      ? property.name
      : property.type === AST_NODE_TYPES.Literal
        ? String(property.value)
        : undefined;
  if (init == null || key == null) return undefined;
  if (init.type === AST_NODE_TYPES.ObjectExpression) {
    const found = init.properties.findLast(
      (entry) => entry.type === AST_NODE_TYPES.Property && propertyKeyName(entry) === key,
    );
    return found?.type === AST_NODE_TYPES.Property ? found.value : undefined;
  }
  if (init.type !== AST_NODE_TYPES.ArrayExpression || !/^\d+$/u.test(key)) return undefined;
  if (init.elements.some((element) => element?.type === AST_NODE_TYPES.SpreadElement)) return undefined;
  return init.elements[Number(key)] ?? undefined;
}
