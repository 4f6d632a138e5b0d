import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { propertyKeyName } from '../../util/ast';
import { handleUses } from './handleUses';
import type { OptionsLocation, OptionsView } from './optionsArgument';
import type { FileCheck, Finding, SourceCode, ToolRun } from './types';
import { runsOnTrigger, type Trigger } from './watchdog';

// The abort signal a tool implementation receives (`execute(args, { abortSignal })`, `run(cmd, signal)`), and the
// runs inside it that drop it.

export interface ReceivedSignal {
  /** The local name the signal is bound to (`abortSignal`, or `_signal` in `{ abortSignal: _signal }`). */
  readonly binding: TSESTree.Identifier;
  /** The function that receives it. */
  readonly fn: TSESTree.FunctionLike;
}

/** Whether a type annotation rules out an abort signal (`signal: NodeJS.Signals`, `signal: string`). */
function isOtherType(annotation: TSESTree.TypeNode | undefined): boolean {
  if (!annotation) return false;
  if (annotation.type === AST_NODE_TYPES.TSUnionType) return annotation.types.every(isOtherType);
  if (annotation.type === AST_NODE_TYPES.TSUndefinedKeyword || annotation.type === AST_NODE_TYPES.TSNullKeyword)
    return false;
  if (annotation.type !== AST_NODE_TYPES.TSTypeReference) return true;
  const { typeName } = annotation;
  const name =
    typeName.type === AST_NODE_TYPES.Identifier
      ? typeName.name
      : typeName.type === AST_NODE_TYPES.TSQualifiedName
        ? typeName.right.name
        : '';
  return !/AbortSignal/u.test(name);
}

/**
 * The identifier a parameter binds, unless it is evidently something else than an abort signal: a POSIX signal name
 * (`{ signal = 'SIGTERM' }`) or a type that is no `AbortSignal`.
 */
function bindingIdentifier(node: TSESTree.Node): TSESTree.Identifier | undefined {
  if (node.type === AST_NODE_TYPES.Identifier)
    return isOtherType(node.typeAnnotation?.typeAnnotation) ? undefined : node;
  if (node.type !== AST_NODE_TYPES.AssignmentPattern || node.left.type !== AST_NODE_TYPES.Identifier) return undefined;
  const isString = node.right.type === AST_NODE_TYPES.Literal || node.right.type === AST_NODE_TYPES.TemplateLiteral;
  return isString ? undefined : bindingIdentifier(node.left);
}

function signalInParameter(parameter: TSESTree.Parameter, names: ReadonlySet<string>): TSESTree.Identifier | undefined {
  const pattern = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
  if (pattern.type === AST_NODE_TYPES.Identifier || pattern.type === AST_NODE_TYPES.AssignmentPattern) {
    const binding = bindingIdentifier(pattern);
    if (binding) return names.has(binding.name) ? binding : undefined;
  }
  const target = pattern.type === AST_NODE_TYPES.AssignmentPattern ? pattern.left : pattern;
  if (target.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  for (const property of target.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = propertyKeyName(property);
    if (key != null && names.has(key)) return bindingIdentifier(property.value);
  }
  return undefined;
}

/** The abort signal the nearest enclosing function that takes one receives, by the parameter names in `names`. */
export function receivedSignal(node: TSESTree.Node, names: ReadonlySet<string>): ReceivedSignal | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (!ASTUtils.isFunction(current)) continue;
    for (const parameter of current.params) {
      const binding = signalInParameter(parameter, names);
      if (binding) return { binding, fn: current };
    }
  }
  return undefined;
}

const ABORT_TRIGGER: ReadonlySet<Trigger> = new Set(['abort']);

/** The variable a parameter declares (not a same-named one of an inner scope). */
function declaredVariable(sourceCode: SourceCode, binding: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(binding); scope; scope = scope.upper) {
    const variable = scope.set.get(binding.name);
    if (variable?.identifiers.includes(binding)) return variable;
  }
  return undefined;
}

/** signalDropped: the run sits in a function that receives an abort signal and does not pass it on. */
export function droppedSignal(
  file: FileCheck,
  run: ToolRun,
  view: OptionsView,
  location: OptionsLocation | undefined,
): Finding | undefined {
  const { sourceCode } = file;
  const { policy } = run.api;
  const { signalKey } = policy;
  if (signalKey == null || view.opaque || location?.kind === 'unknown') return undefined;
  const received = receivedSignal(run.node, file.signalNames);
  if (!received) return undefined;
  const signalKeys = Object.entries(policy.keys).filter(([, kind]) => kind === 'signal');
  if (signalKeys.some(([key]) => view.entries.has(key))) return undefined;
  const variable = declaredVariable(sourceCode, received.binding);
  const [start, end] = run.node.range;
  if (variable?.references.some(({ identifier }) => identifier.range[0] >= start && identifier.range[1] <= end))
    return undefined;
  if (run.api.handle === true) {
    const uses = handleUses(sourceCode, run.node, file.memberCache);
    if (uses.some((use) => runsOnTrigger(sourceCode, use, ABORT_TRIGGER))) return undefined;
  }
  const signal = received.binding.name;
  const pass = signal === signalKey ? signal : `${signalKey}: ${signal}`;
  return {
    messageId: 'signalDropped',
    data: { name: run.name, signal, key: signalKey, pass },
    edit: { kind: 'passSignal', text: pass },
  };
}
