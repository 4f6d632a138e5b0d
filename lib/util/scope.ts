// What a name refers to: scope lookups without type information.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The variable an identifier refers to, or undefined when it is a global or unresolved: the nearest variable of
 * its name from the identifier's scope outwards. (`ASTUtils.findVariable(scope, identifier)` does the same lookup,
 * but first searches the scope's child scopes for one around the identifier, which `getScope` has already found:
 * at a bundle's top level that is a scan of every top-level function, on every call.)
 */
export function findVariable(
  sourceCode: SourceCode,
  identifier: TSESTree.Identifier,
): TSESLint.Scope.Variable | undefined {
  const { name } = identifier;
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(identifier); scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (variable) return variable;
  }
  return undefined;
}

/** Whether a variable is written only by its declaration (`const`, or a `let` never reassigned). */
function isWrittenOnce(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.filter((reference) => reference.isWrite()).length <= 1;
}

/** The initialiser of the single-assignment variable `identifier` names, one level deep. */
export function constantInit(sourceCode: SourceCode, identifier: TSESTree.Identifier): TSESTree.Expression | undefined {
  const variable = findVariable(sourceCode, identifier);
  if (variable?.defs.length !== 1 || !isWrittenOnce(variable)) return undefined;
  const [definition] = variable.defs;
  if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
  const { id, init } = definition.node;
  return id.type === AST_NODE_TYPES.Identifier && init ? init : undefined;
}
