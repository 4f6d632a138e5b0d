import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { propertyKeyName, unwrapExpression } from '../../util/ast';
import type { TrackedReference } from '../../util/trackReferences';
import { constantInit, findVariable } from '../../util/scope';
import type { SourceCode, ToolImplementation, TraceInfo } from './types';

// The functions an agent SDK runs as tools, found by the import of its definition call (`tool` from `ai`), and the
// parameter through which each receives the abort signal the SDK aborts on cancel or on the tool's timeout.

/** A function written in place, or the local function or `const` arrow a name refers to. */
function functionOf(sourceCode: SourceCode, node: TSESTree.Node | undefined): TSESTree.FunctionLike | undefined {
  if (node == null) return undefined;
  const expression = unwrapExpression(node);
  if (ASTUtils.isFunction(expression)) return expression;
  if (expression.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = constantInit(sourceCode, expression);
  if (init != null) {
    const value = unwrapExpression(init);
    return ASTUtils.isFunction(value) ? value : undefined;
  }
  const definition = findVariable(sourceCode, expression)?.defs[0];
  return definition?.node.type === AST_NODE_TYPES.FunctionDeclaration ? definition.node : undefined;
}

/** The implementation a definition call is given: an argument, or a key of the object literal there. */
function implementationOf(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  implementation: ToolImplementation,
): TSESTree.FunctionLike | undefined {
  const argument = call.arguments[implementation.argument];
  if (argument == null || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (implementation.key == null) return functionOf(sourceCode, argument);
  const object = unwrapExpression(argument);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  // The last property of that name is the one the object holds.
  const property = object.properties
    .filter((candidate): candidate is TSESTree.Property => candidate.type === AST_NODE_TYPES.Property)
    .filter((candidate) => propertyKeyName(candidate) === implementation.key)
    .at(-1);
  return functionOf(sourceCode, property?.value);
}

/** Each tool implementation of the file, with where it receives its signal. */
export function toolImplementations(
  sourceCode: SourceCode,
  references: readonly TrackedReference<TraceInfo>[],
): ReadonlyMap<TSESTree.Node, ToolImplementation> {
  const found = new Map<TSESTree.Node, ToolImplementation>();
  for (const { node, info } of references) {
    const implementation = info.kind === 'toolDefinition' || info.kind === 'factory' ? info.implementation : undefined;
    if (implementation == null || node.type !== AST_NODE_TYPES.CallExpression) continue;
    const fn = implementationOf(sourceCode, node, implementation);
    if (fn) found.set(fn, implementation);
  }
  return found;
}

/** How a tool implementation's signal is reached: the name that holds it, and the text that reads it. */
export interface ImplementationSignal {
  /** The identifier whose references count as passing the signal on (`abortSignal`, or `options`). */
  readonly binding: TSESTree.Identifier;
  /** The signal as code: `abortSignal`, `options.abortSignal`. */
  readonly text: string;
}

/**
 * The signal an SDK hands a tool implementation: `{ abortSignal }` or `{ abortSignal: s }` destructured, or read from
 * the parameter (`options.abortSignal`). None where the function does not take that parameter, or destructures it
 * without the signal (no name to pass on).
 */
export function implementationSignal(
  fn: TSESTree.FunctionLike,
  implementation: ToolImplementation,
): ImplementationSignal | undefined {
  const parameter = fn.params[implementation.parameter];
  const pattern =
    parameter?.type === AST_NODE_TYPES.AssignmentPattern ? parameter.left : (parameter as TSESTree.Node | undefined);
  if (pattern?.type === AST_NODE_TYPES.Identifier) {
    // Contextually typed from an optional parameter, `details` may be undefined: `details.signal` fails `tsc --strict`.
    const access = implementation.optionalParameter === true ? '?.' : '.';
    return { binding: pattern, text: `${pattern.name}${access}${implementation.signalKey}` };
  }
  if (pattern?.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || propertyKeyName(property) !== implementation.signalKey) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    return value.type === AST_NODE_TYPES.Identifier ? { binding: value, text: value.name } : undefined;
  }
  return undefined;
}
