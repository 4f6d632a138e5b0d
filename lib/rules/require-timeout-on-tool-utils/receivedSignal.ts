import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { propertyKeyName, staticMemberName } from '../../util/ast';
import { handleUses } from './handleUses';
import type { OptionsLocation, OptionsView } from './optionsArgument';
import { implementationSignal } from './toolImplementations';
import type { FileCheck, Finding, SourceCode, ToolImplementation, ToolRun } from './types';
import { isGlobal, isStopUse, localFunctionVariable, runsOnTrigger, type Trigger } from './watchdog';

// The abort signal a tool implementation receives (`execute(args, { abortSignal })`, `run(cmd, signal)`), and the
// runs inside it that drop it.

export interface ReceivedSignal {
  /** The local name the signal is bound to (`abortSignal`, or `_signal` in `{ abortSignal: _signal }`). */
  readonly binding: TSESTree.Identifier;
  /** The function that receives it. */
  readonly fn: TSESTree.FunctionLike;
  /** The signal as code, where it is read from the parameter (`options.abortSignal`); else the binding's name. */
  readonly text?: string;
}

/** The name a type reference ends in: `AbortSignal`, `NodeJS.Signals` → `Signals`. */
function typeReferenceName(annotation: TSESTree.TSTypeReference): string {
  const { typeName } = annotation;
  if (typeName.type === AST_NODE_TYPES.Identifier) return typeName.name;
  return typeName.type === AST_NODE_TYPES.TSQualifiedName ? typeName.right.name : '';
}

/** What a type annotation says: an abort signal, something else (`NodeJS.Signals`, `string`), or nothing. */
function annotationSays(annotation: TSESTree.TypeNode | undefined): 'abort' | 'other' | undefined {
  if (annotation == null) return undefined;
  if (annotation.type === AST_NODE_TYPES.TSUnionType) {
    const members = annotation.types.map(annotationSays);
    if (members.includes('abort')) return 'abort';
    return members.every((member) => member != null) ? 'other' : undefined;
  }
  if (annotation.type === AST_NODE_TYPES.TSUndefinedKeyword || annotation.type === AST_NODE_TYPES.TSNullKeyword)
    return undefined;
  if (annotation.type !== AST_NODE_TYPES.TSTypeReference) return 'other';
  return /AbortSignal/u.test(typeReferenceName(annotation)) ? 'abort' : 'other';
}

/** What the type checker says of a binding, where the parser provides type information. */
function checkerSays(sourceCode: SourceCode, binding: TSESTree.Identifier): 'abort' | 'other' | undefined {
  const services = sourceCode.parserServices;
  const program = services?.program;
  const tsNode = services?.esTreeNodeToTSNodeMap?.get(binding);
  if (program == null || tsNode == null) return undefined;
  const checker = program.getTypeChecker();
  const type = checker.getNonNullableType(checker.getTypeAtLocation(tsNode));
  const parts = type.isUnion() ? type.types : [type];
  if (parts.some((part) => /AbortSignal/u.test(part.getSymbol()?.getName() ?? ''))) return 'abort';
  // `NodeJS.Signals`, `string`, a union of string literals: a signal name.
  return parts.length > 0 && parts.every((part) => part.isStringLiteral() || checker.typeToString(part) === 'string')
    ? 'other'
    : undefined;
}

const LISTENER_METHODS: ReadonlySet<string> = new Set([
  'on',
  'once',
  'addListener',
  'prependListener',
  'prependOnceListener',
  'addEventListener',
]);

/** Whether `node` is the listener of an event subscription: `process.on('SIGTERM', node)`, `child.on('exit', node)`. */
function isListenerArgument(node: TSESTree.Node): boolean {
  const call = node.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== node) return false;
  const callee = call.callee.type === AST_NODE_TYPES.ChainExpression ? call.callee.expression : call.callee;
  const name = callee.type === AST_NODE_TYPES.MemberExpression ? staticMemberName(callee) : undefined;
  return name != null && LISTENER_METHODS.has(name);
}

/**
 * Whether a function is an event listener, passed to `.on(event, fn)` directly or by its name: its parameters are
 * the event's arguments (a signal name for `process.on('SIGTERM')` or a child's `'exit'`), never an abort signal.
 */
function isEventListener(sourceCode: SourceCode, fn: TSESTree.FunctionLike): boolean {
  if (isListenerArgument(fn)) return true;
  const variable = localFunctionVariable(sourceCode, fn);
  return (variable?.references ?? []).some(({ identifier }) => isListenerArgument(identifier));
}

/** Whether `use` is a signal name's use: `child.kill(use)`, `process.kill(pid, use)`, `use === 'SIGTERM'`. */
function isSignalNameUse(sourceCode: SourceCode, use: TSESTree.Node): boolean {
  const { parent } = use;
  if (parent?.type === AST_NODE_TYPES.CallExpression) {
    const callee = parent.callee.type === AST_NODE_TYPES.ChainExpression ? parent.callee.expression : parent.callee;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || staticMemberName(callee) !== 'kill') return false;
    const isProcess =
      callee.object.type === AST_NODE_TYPES.Identifier &&
      callee.object.name === 'process' &&
      isGlobal(sourceCode, callee.object);
    return parent.arguments[isProcess ? 1 : 0] === use;
  }
  if (parent?.type !== AST_NODE_TYPES.BinaryExpression || !['===', '!==', '==', '!='].includes(parent.operator))
    return false;
  const other = parent.left === use ? parent.right : parent.left;
  return other.type === AST_NODE_TYPES.Literal && typeof other.value === 'string';
}

/**
 * Whether a parameter named like a signal holds something else: its annotation or type says so, the function is an
 * event listener, or the value is used as a signal name (passed to `.kill()`, compared with a string).
 */
function holdsOtherValue(sourceCode: SourceCode, binding: TSESTree.Identifier, fn: TSESTree.FunctionLike): boolean {
  const annotated = annotationSays(binding.typeAnnotation?.typeAnnotation) ?? checkerSays(sourceCode, binding);
  if (annotated != null) return annotated === 'other';
  if (isEventListener(sourceCode, fn)) return true;
  const variable = declaredVariable(sourceCode, binding);
  return (variable?.references ?? []).some(({ identifier }) => isSignalNameUse(sourceCode, identifier));
}

/**
 * The identifier a parameter binds, unless it is evidently no abort signal: a POSIX signal name as its default
 * (`{ signal = 'SIGTERM' }`).
 */
function bindingIdentifier(node: TSESTree.Node): TSESTree.Identifier | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node;
  if (node.type !== AST_NODE_TYPES.AssignmentPattern || node.left.type !== AST_NODE_TYPES.Identifier) return undefined;
  const isString = node.right.type === AST_NODE_TYPES.Literal || node.right.type === AST_NODE_TYPES.TemplateLiteral;
  return isString ? undefined : bindingIdentifier(node.left);
}

/** A positional parameter's name as `signalParameters` lists it: `_signal` is `signal`, renamed to be unused. */
const listedName = (name: string): string => name.replace(/^_+/u, '');

function signalInParameter(parameter: TSESTree.Parameter, names: ReadonlySet<string>): TSESTree.Identifier | undefined {
  const pattern = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
  if (pattern.type === AST_NODE_TYPES.Identifier || pattern.type === AST_NODE_TYPES.AssignmentPattern) {
    const binding = bindingIdentifier(pattern);
    if (binding) return names.has(listedName(binding.name)) ? binding : undefined;
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

/**
 * The abort signal the nearest enclosing function that takes one receives, by the parameter names in `names`; a
 * parameter that holds something else (a signal name) is none.
 */
export function receivedSignal(
  sourceCode: SourceCode,
  node: TSESTree.Node,
  names: ReadonlySet<string>,
  implementations: ReadonlyMap<TSESTree.Node, ToolImplementation> = new Map(),
): ReceivedSignal | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (!ASTUtils.isFunction(current)) continue;
    // An SDK's tool implementation receives its signal where the SDK passes it, whatever the parameter's name.
    const implementation = implementations.get(current);
    if (implementation) {
      const signal = implementationSignal(current, implementation);
      // Without a name for it (`execute(input)`), there is nothing to pass on, and an outer signal is not this one.
      return signal && { binding: signal.binding, fn: current, text: signal.text };
    }
    for (const parameter of current.params) {
      const binding = signalInParameter(parameter, names);
      if (binding && !holdsOtherValue(sourceCode, binding, current)) return { binding, fn: current };
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
  const received = receivedSignal(sourceCode, run.node, file.signalNames, file.toolImplementations);
  if (!received) return undefined;
  const signalKeys = Object.entries(policy.keys).filter(([, kind]) => kind === 'signal');
  if (signalKeys.some(([key]) => view.entries.has(key))) return undefined;
  const variable = declaredVariable(sourceCode, received.binding);
  const [start, end] = run.node.range;
  if (variable?.references.some(({ identifier }) => identifier.range[0] >= start && identifier.range[1] <= end))
    return undefined;
  if (run.api.handle === true) {
    const uses = handleUses(sourceCode, run.node, file.memberCache);
    if (uses.some((use) => isStopUse(sourceCode, use) && runsOnTrigger(sourceCode, use, ABORT_TRIGGER)))
      return undefined;
  }
  const signal = received.text ?? received.binding.name;
  const pass = signal === signalKey ? signal : `${signalKey}: ${signal}`;
  return {
    messageId: 'signalDropped',
    data: { name: run.name, signal, key: signalKey, pass },
    edit: { kind: 'passSignal', text: pass },
  };
}
