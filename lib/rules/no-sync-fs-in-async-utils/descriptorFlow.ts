import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { dotName, propertyKeyName } from '../../util/ast';
import { constantInit, findVariable } from '../../util/scope';
import { fieldOf, indexClassFields, superclassOf, TAKES_RIGHT, type FieldSources } from './classFields';
import { checkerVerdict, join, typeNodeVerdict } from './descriptorTypes';
import { isOpenCallbackDescriptor } from './fsExports';
import { literalMember, localFunction, returnedValues } from './localValues';
import { isPathStringCall } from './pathModule';
import { patternSource } from './patternSource';
import type { Verdict } from './types';

// Whether the first argument of `readFileSync`/`writeFileSync`/… may be a file descriptor, from where its value can
// come in the file: literals, every assignment of a binding, `openSync` calls, class fields, type annotations.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;
type Class = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** Names that hold a file descriptor by convention, for values nothing else in the file decides. */
const DESCRIPTOR_NAME = /^(?:fd|descriptor|fileDescriptor)$|(?:Fd|FD|Descriptor)$/u;
/** How deep one question may follow bindings, and how many steps a file's questions may take together. */
const MAX_DEPTH = 24;
const FILE_BUDGET = 20_000;

/** What one file's descriptor questions share: `openSync` calls, and answers already found. */
export interface DescriptorFlow {
  readonly sourceCode: SourceCode;
  /** Every call of `openSync` the tracker found, under whatever name. */
  readonly openCalls: ReadonlySet<TSESTree.Node>;
  readonly variables: Map<Variable, Verdict>;
  readonly classes: Map<Class, ReadonlyMap<string, FieldSources>>;
  /** Variables whose answer is being worked out: met again, they are a cycle. */
  readonly pending: Set<Variable>;
  /** What local functions return, and those whose answer is being worked out. */
  readonly functions: Map<TSESTree.Node, Verdict>;
  readonly pendingFunctions: Set<TSESTree.Node>;
  /**
   * Bumped at each cycle met or bound reached: an answer that met one is not kept, it may lack the cycle's other
   * sources or what lies past the bound.
   */
  cycles: number;
  steps: number;
}

export function createDescriptorFlow(sourceCode: SourceCode, openCalls: ReadonlySet<TSESTree.Node>): DescriptorFlow {
  return {
    sourceCode,
    openCalls,
    variables: new Map(),
    classes: new Map(),
    pending: new Set(),
    functions: new Map(),
    pendingFunctions: new Set(),
    cycles: 0,
    steps: 0,
  };
}

/** A value nothing in the file decides: a descriptor only if its name says so. */
const byName = (name: string | undefined): Verdict =>
  name != null && DESCRIPTOR_NAME.test(name) ? 'number' : 'unknown';

function plus(left: Verdict, right: Verdict): Verdict {
  if (left === 'string' || right === 'string') return 'string';
  return left === 'number' || right === 'number' ? 'number' : 'unknown';
}

/** What an annotation says, with `typeof x` answered through the flow. */
function annotationVerdict(flow: DescriptorFlow, type: TSESTree.TypeNode | undefined, depth: number): Verdict {
  if (type == null) return 'unknown';
  return typeNodeVerdict(flow.sourceCode, type, new Set(), {
    value: (name) => identifierVerdict(flow, name, depth + 1),
    returned: (name) => {
      const fn = localFunction(flow.sourceCode, name);
      return fn == null ? 'unknown' : functionVerdict(flow, fn, depth + 1);
    },
  });
}

/** An annotation that rules numbers out is trusted; one that admits them, or none, leaves it to the values. */
function withAnnotation(annotation: Verdict, values: Verdict): Verdict {
  if (annotation === 'number' || values === 'number') return 'number';
  return annotation === 'unknown' ? values : annotation;
}

/** What a local function (a declaration, or a `const` holding one) may return, from its return statements. */
function functionVerdict(flow: DescriptorFlow, fn: TSESTree.FunctionLike, depth: number): Verdict {
  const known = flow.functions.get(fn);
  if (known != null) return known;
  if (flow.pendingFunctions.has(fn)) {
    flow.cycles++;
    return 'other'; // the cycle's other returns say what it gives; this answer is not kept
  }
  const cycles = flow.cycles;
  flow.pendingFunctions.add(fn);
  const values = returnedValues(fn);
  const verdict =
    values == null
      ? 'unknown'
      : values.reduce<Verdict>(
          (sum, value) => (sum === 'number' ? sum : join(sum, valueVerdict(flow, value, depth + 1))),
          'other',
        );
  flow.pendingFunctions.delete(fn);
  if (flow.cycles === cycles) flow.functions.set(fn, verdict);
  return verdict;
}

function callVerdict(flow: DescriptorFlow, call: TSESTree.CallExpression, depth: number): Verdict {
  if (flow.openCalls.has(call)) return 'number';
  if (isPathStringCall(flow.sourceCode, call)) return 'string';
  const { callee } = call;
  const local = callee.type === AST_NODE_TYPES.Identifier ? localFunction(flow.sourceCode, callee) : undefined;
  if (local != null) return functionVerdict(flow, local, depth);
  if (callee.type !== AST_NODE_TYPES.Identifier || findVariable(flow.sourceCode, callee) != null) return 'unknown';
  // The globals, when the file does not shadow them.
  if (callee.name === 'String') return 'string';
  return ['Number', 'parseInt', 'parseFloat'].includes(callee.name) ? 'number' : 'unknown';
}

function binaryVerdict(flow: DescriptorFlow, node: TSESTree.BinaryExpression, depth: number): Verdict {
  if (node.operator === '+') {
    return plus(valueVerdict(flow, node.left, depth + 1), valueVerdict(flow, node.right, depth + 1));
  }
  return /^(?:[-*/%&|^]|\*\*|<<|>>>?)$/u.test(node.operator) ? 'number' : 'other';
}

function assignmentVerdict(flow: DescriptorFlow, node: TSESTree.AssignmentExpression, depth: number): Verdict {
  const right = valueVerdict(flow, node.right, depth + 1);
  if (node.operator === '=') return right;
  if (TAKES_RIGHT.has(node.operator)) return join(valueVerdict(flow, node.left, depth + 1), right);
  return node.operator === '+=' ? plus(valueVerdict(flow, node.left, depth + 1), right) : 'number';
}

/** How many classes up a superclass chain a field is looked for. */
const MAX_SUPERCLASSES = 8;

/** What `cls` and its superclasses in the file say about the field `key`; undefined when none names it. */
function chainSources(flow: DescriptorFlow, cls: Class, key: string): FieldSources | undefined {
  const types: TSESTree.TypeNode[] = [];
  const values: FieldSources['values'] = [];
  let found = false;
  const seen = new Set<Class>();
  for (let current: Class | undefined = cls; current != null && seen.size < MAX_SUPERCLASSES;) {
    if (seen.has(current)) break;
    seen.add(current);
    let index = flow.classes.get(current);
    if (!index) {
      index = indexClassFields(flow.sourceCode, current);
      flow.classes.set(current, index);
    }
    const sources = index.get(key);
    if (sources) {
      found = true;
      types.push(...sources.types);
      values.push(...sources.values);
    }
    current = superclassOf(flow.sourceCode, current);
  }
  return found ? { types, values } : undefined;
}

/**
 * `this.x` or `C.x`: what the class (and its superclasses in the file) put in the field; another object's property
 * only by its name (`handle.fd`).
 */
function memberVerdict(flow: DescriptorFlow, member: TSESTree.MemberExpression, depth: number): Verdict {
  const field = fieldOf(flow.sourceCode, member);
  if (field == null) {
    // A member of a `const` object or array literal: may have changed since, so only a possible number counts.
    const literal = literalMember(flow.sourceCode, member);
    if (literal != null && valueVerdict(flow, literal, depth + 1) === 'number') return 'number';
    return byName(dotName(member, true));
  }
  const fieldName = field.key.replace(/^static /u, '').replace(/^#/u, '');
  const sources = chainSources(flow, field.cls, field.key);
  if (!sources) return byName(fieldName);
  const annotation = sources.types
    .map((type) => annotationVerdict(flow, type, depth))
    .reduce<Verdict>((a, b) => (a === 'unknown' ? b : join(a, b)), 'unknown');
  const values = sources.values
    .map((value) => (typeof value === 'string' ? value : valueVerdict(flow, value, depth + 1)))
    .reduce(join, 'other');
  const verdict = withAnnotation(annotation, values);
  return verdict === 'unknown' ? byName(fieldName) : verdict;
}

/** What an expression may evaluate to. */
export function valueVerdict(flow: DescriptorFlow, node: TSESTree.Node, depth: number): Verdict {
  flow.steps++;
  if (depth > MAX_DEPTH || flow.steps > FILE_BUDGET) {
    flow.cycles++; // not kept: the same question asked closer to its sources may be answered
    return 'number'; // past the bounds nothing is sure: a possible number, so no fix
  }
  const next = depth + 1;
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      if (typeof node.value === 'number') return 'number';
      return typeof node.value === 'string' ? 'string' : 'other';
    case AST_NODE_TYPES.TemplateLiteral:
      return 'string';
    case AST_NODE_TYPES.UnaryExpression:
      if (node.operator === 'typeof') return 'string';
      return ['-', '+', '~'].includes(node.operator) ? 'number' : 'other';
    case AST_NODE_TYPES.UpdateExpression:
      return 'number';
    case AST_NODE_TYPES.BinaryExpression:
      return binaryVerdict(flow, node, depth);
    case AST_NODE_TYPES.LogicalExpression:
      return join(valueVerdict(flow, node.left, next), valueVerdict(flow, node.right, next));
    case AST_NODE_TYPES.ConditionalExpression:
      return join(valueVerdict(flow, node.consequent, next), valueVerdict(flow, node.alternate, next));
    case AST_NODE_TYPES.SequenceExpression:
      return node.expressions.length > 0 ? valueVerdict(flow, node.expressions.at(-1) ?? node, next) : 'unknown';
    case AST_NODE_TYPES.AssignmentExpression:
      return assignmentVerdict(flow, node, depth);
    case AST_NODE_TYPES.AwaitExpression:
      // `await fsp.open(p)` is a `FileHandle`; what other promises hold is not known here.
      return node.argument.type === AST_NODE_TYPES.CallExpression ? 'unknown' : valueVerdict(flow, node.argument, next);
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      return withAnnotation(
        annotationVerdict(flow, node.typeAnnotation, depth),
        valueVerdict(flow, node.expression, next),
      );
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.ChainExpression:
      return valueVerdict(flow, node.expression, next);
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.ThisExpression:
      return 'other';
    case AST_NODE_TYPES.Identifier:
      return identifierVerdict(flow, node, depth);
    case AST_NODE_TYPES.MemberExpression:
      return memberVerdict(flow, node, depth);
    case AST_NODE_TYPES.CallExpression:
      return callVerdict(flow, node, depth);
    default:
      return 'unknown';
  }
}

/** The `fd` of `const { fd: handle } = …`: a destructured `fd` key reads like a `.fd` property. */
function destructuredKey(identifier: TSESTree.Identifier): string | undefined {
  const target = identifier.parent.type === AST_NODE_TYPES.AssignmentPattern ? identifier.parent : identifier;
  const { parent } = target;
  if (parent.type !== AST_NODE_TYPES.Property || parent.parent.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  return propertyKeyName(parent) === 'fd' ? 'fd' : undefined;
}

/** What one write of a variable (its declaration, an assignment, a default, a loop) puts in it. */
function writeVerdict(flow: DescriptorFlow, identifier: TSESTree.Identifier, depth: number): Verdict {
  const { parent } = identifier;
  if (parent.type === AST_NODE_TYPES.UpdateExpression) return 'number';
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === identifier) {
    return assignmentVerdict(flow, parent, depth);
  }
  const source = patternSource(identifier, (name) => constantInit(flow.sourceCode, name));
  if (source.kind === 'unknown') return byName(identifier.name);
  if (source.kind === 'forIn') return 'string';
  const values = source.values.map((value) => (value === 'undefined' ? 'other' : valueVerdict(flow, value, depth + 1)));
  const verdict = values.reduce<Verdict>(join, source.whole ? 'other' : 'unknown');
  return verdict === 'unknown' ? byName(destructuredKey(identifier) ?? identifier.name) : verdict;
}

/**
 * A parameter's own annotation, or the descriptor that fs's `open` gives its callback; without either, its name
 * decides (a default value is a write of its own).
 */
function parameterVerdict(flow: DescriptorFlow, name: TSESTree.Identifier, depth: number): Verdict {
  if (isOpenCallbackDescriptor(flow.sourceCode, name)) return 'number';
  const annotation = annotationVerdict(flow, name.typeAnnotation?.typeAnnotation, depth);
  return annotation === 'unknown' ? byName(name.name) : annotation;
}

/** The annotation a variable's declaration writes on its name (`let fd: number`), if any. */
function declaredAnnotation(definition: Variable['defs'][number]): TSESTree.TypeNode | undefined {
  const { name } = definition;
  const isVariable = (definition.type as string) === 'Variable' && name.type === AST_NODE_TYPES.Identifier;
  return isVariable ? name.typeAnnotation?.typeAnnotation : undefined;
}

/**
 * What the declarations of a variable say before its writes: annotations, functions, imports. (Compared by string:
 * the scope manager's enum of definition types is not loaded at run time.)
 */
function definitionVerdict(flow: DescriptorFlow, variable: Variable, depth: number): Verdict {
  let verdict: Verdict = 'other';
  for (const definition of variable.defs) {
    const type = definition.type as string;
    if (type === 'Parameter') {
      const { name } = definition;
      verdict = join(
        verdict,
        name.type === AST_NODE_TYPES.Identifier ? parameterVerdict(flow, name, depth) : 'unknown',
      );
    } else if (type === 'Variable') {
      const annotation = declaredAnnotation(definition);
      if (annotation != null) verdict = join(verdict, annotationVerdict(flow, annotation, depth));
    } else if (type !== 'FunctionName' && type !== 'ClassName') {
      verdict = join(verdict, byName(variable.name)); // imports, `catch (e)`, enums, implicit globals
    }
  }
  return verdict;
}

function computeVariable(flow: DescriptorFlow, variable: Variable, depth: number): Verdict {
  const declared = definitionVerdict(flow, variable, depth);
  if (declared === 'number') return 'number';
  const hasAnnotation = variable.defs.some((definition) => declaredAnnotation(definition) != null);
  const seen = new Set<TSESTree.Node>();
  let values: Verdict = 'other';
  for (const reference of variable.references) {
    if (!reference.isWrite() || seen.has(reference.identifier)) continue;
    seen.add(reference.identifier);
    values = join(values, writeVerdict(flow, reference.identifier as TSESTree.Identifier, depth));
    if (values === 'number') return 'number';
  }
  // A `var`/`let` declared without a value and never assigned holds `undefined`.
  return hasAnnotation && declared !== 'unknown' ? declared : join(declared, values);
}

function identifierVerdict(flow: DescriptorFlow, identifier: TSESTree.Identifier, depth: number): Verdict {
  const variable = findVariable(flow.sourceCode, identifier);
  if (variable == null || variable.defs.length === 0) {
    if (identifier.name === 'undefined') return 'other';
    return identifier.name === 'NaN' || identifier.name === 'Infinity' ? 'number' : byName(identifier.name);
  }
  const known = flow.variables.get(variable);
  if (known != null) return known;
  if (flow.pending.has(variable)) {
    flow.cycles++;
    return 'other'; // the cycle's other writes say what it holds; this answer is not kept
  }
  const cycles = flow.cycles;
  flow.pending.add(variable);
  const verdict = computeVariable(flow, variable, depth);
  flow.pending.delete(variable);
  if (flow.cycles === cycles) flow.variables.set(variable, verdict);
  return verdict;
}

/**
 * Whether `argument` may be a file descriptor, which `fs/promises` rejects: its value may be a number, or nothing
 * decides and its name says so. With type information, also when its type admits a number, `any` or `unknown`,
 * unless the values show it is not a number.
 */
export function mayBeDescriptor(flow: DescriptorFlow, argument: TSESTree.Node | undefined): boolean {
  if (argument == null) return false;
  const values = valueVerdict(flow, argument, 0);
  if (values === 'number') return true;
  const typed = checkerVerdict(flow.sourceCode, argument);
  if (typed === 'number') return true;
  if (values === 'string' || values === 'other') return false;
  if (typed != null) return typed === 'unknown';
  return byName(dotName(argument, true)) === 'number';
}
