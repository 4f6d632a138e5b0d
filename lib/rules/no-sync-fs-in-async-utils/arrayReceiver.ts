import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { staticMemberName, unwrapExpression } from '../../util/ast';
import { findVariable } from '../../util/scope';

// Whether a `forEach`/`map` receiver is a dense array: only then do `for…of` and `Promise.all` visit what they visit.
// A Map's `forEach` passes (value, key), a Set's iterates otherwise, and an array with holes skips them in `forEach`
// but not in `for…of`.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** Static functions of a global that always return a new dense array. */
const ARRAY_FACTORIES: Readonly<Record<string, ReadonlySet<string>>> = {
  Array: new Set(['from', 'of']),
  Object: new Set(['keys', 'values', 'entries', 'getOwnPropertyNames']),
};

/**
 * Array methods that return a new array, dense when their receiver is (`flat` drops holes; the rest keep them), and
 * for `concat` its arguments.
 */
const ARRAY_RESULTS: ReadonlySet<string> = new Set([
  'concat',
  'filter',
  'flat',
  'flatMap',
  'map',
  'slice',
  'toReversed',
  'toSorted',
]);

/** Calls that mutate an array in place and change which elements a `forEach` visits. */
const MUTATORS: ReadonlySet<string> = new Set([
  'copyWithin',
  'fill',
  'pop',
  'push',
  'reverse',
  'shift',
  'sort',
  'splice',
  'unshift',
]);

/** What the receiver check needs from the file. */
export interface ReceiverContext {
  readonly sourceCode: SourceCode;
  /** Tracked `readdirSync` calls: they return an array. */
  readonly arrayCalls: ReadonlySet<TSESTree.Node>;
}

/** An unshadowed global: unresolved, or declared by the configuration only. */
function isGlobal(sourceCode: SourceCode, identifier: TSESTree.Identifier): boolean {
  const variable = findVariable(sourceCode, identifier);
  return variable == null || variable.defs.length === 0;
}

/** A written type that is an array or a tuple: `T[]`, `readonly T[]`, `Array<T>`, `ReadonlyArray<T>`, `[A, B]`. */
function isArrayTypeNode(sourceCode: SourceCode, node: TSESTree.TypeNode | undefined): boolean {
  if (node == null) return false;
  switch (node.type) {
    case AST_NODE_TYPES.TSArrayType:
    case AST_NODE_TYPES.TSTupleType:
      return true;
    case AST_NODE_TYPES.TSTypeOperator:
      return node.operator === 'readonly' && isArrayTypeNode(sourceCode, node.typeAnnotation);
    case AST_NODE_TYPES.TSTypeReference:
      return (
        node.typeName.type === AST_NODE_TYPES.Identifier &&
        (node.typeName.name === 'Array' || node.typeName.name === 'ReadonlyArray') &&
        isGlobal(sourceCode, node.typeName)
      );
    default:
      return false;
  }
}

/** `new Array(n)`, `Array(n)`: holes, whatever their type says. */
function makesHoles(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.ArrayExpression) return inner.elements.some((element) => element == null);
  return (
    (inner.type === AST_NODE_TYPES.NewExpression || inner.type === AST_NODE_TYPES.CallExpression) &&
    inner.callee.type === AST_NODE_TYPES.Identifier &&
    inner.callee.name === 'Array'
  );
}

/** `delete xs[i]` or `xs.length = n` anywhere: either can leave holes. */
function mayGetHoles(variable: Variable): boolean {
  return variable.references.some(({ identifier }) => {
    const member = identifier.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) return false;
    const isDeleted = member.parent.type === AST_NODE_TYPES.UnaryExpression && member.parent.operator === 'delete';
    const isLengthWrite =
      staticMemberName(member) === 'length' &&
      ((member.parent.type === AST_NODE_TYPES.AssignmentExpression && member.parent.left === member) ||
        (member.parent.type === AST_NODE_TYPES.UpdateExpression && member.parent.argument === member));
    return isDeleted || isLengthWrite;
  });
}

/** With type information, whether every constituent of the node's type is an array or a tuple. */
function isTypedArray(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  const services = sourceCode.parserServices;
  const program = services?.program;
  const tsNode = services?.esTreeNodeToTSNodeMap?.get(node);
  if (program == null || tsNode == null) return false;
  const checker = program.getTypeChecker();
  const type = checker.getTypeAtLocation(tsNode);
  const parts = type.isUnion() ? type.types : [type];
  return parts.every((part) => checker.isArrayType(part) || checker.isTupleType(part));
}

/** A binding written once, by its declaration or as a parameter, that holds a dense array. */
function isDenseBinding(context: ReceiverContext, identifier: TSESTree.Identifier, depth: number): boolean {
  const variable = findVariable(context.sourceCode, identifier);
  const [def] = variable?.defs ?? [];
  if (variable == null || def == null || variable.defs.length !== 1 || mayGetHoles(variable)) return false;
  const writes = variable.references.filter((reference) => reference.isWrite());
  if (writes.some((reference) => reference.init !== true)) return false;
  const { node } = def;
  if ((def.type as string) === 'Parameter') {
    // A parameter: its written type, when it is a plain array parameter (not a pattern, no default).
    const { name } = def;
    return (
      name.type === AST_NODE_TYPES.Identifier &&
      name.parent === node &&
      isArrayTypeNode(context.sourceCode, name.typeAnnotation?.typeAnnotation)
    );
  }
  if (node.type !== AST_NODE_TYPES.VariableDeclarator || node.id.type !== AST_NODE_TYPES.Identifier) return false;
  if (node.init == null || makesHoles(node.init)) return false;
  return (
    isArrayTypeNode(context.sourceCode, node.id.typeAnnotation?.typeAnnotation) ||
    isDenseArray(context, node.init, depth + 1)
  );
}

/** Whether `node` certainly evaluates to an array without holes, from its syntax and the bindings it reads. */
function isDenseArray(context: ReceiverContext, node: TSESTree.Node, depth: number): boolean {
  if (depth > 8) return false;
  const inner = unwrapExpression(node);
  if (context.arrayCalls.has(inner)) return true;
  switch (inner.type) {
    case AST_NODE_TYPES.ArrayExpression:
      return inner.elements.every((element) => element != null);
    case AST_NODE_TYPES.Identifier:
      return isDenseBinding(context, inner, depth);
    case AST_NODE_TYPES.CallExpression: {
      const { callee } = inner;
      if (callee.type !== AST_NODE_TYPES.MemberExpression || inner.optional || callee.optional) return false;
      const method = staticMemberName(callee);
      if (method == null) return false;
      const { object } = callee;
      if (object.type === AST_NODE_TYPES.Identifier && ARRAY_FACTORIES[object.name]?.has(method) === true) {
        return isGlobal(context.sourceCode, object);
      }
      // `concat` spreads its array arguments in, holes and all: each must be dense too, or a primitive literal.
      const argumentsAreDense =
        method !== 'concat' ||
        inner.arguments.every(
          (argument) =>
            argument.type === AST_NODE_TYPES.Literal ||
            argument.type === AST_NODE_TYPES.TemplateLiteral ||
            isDenseArray(context, argument, depth + 1),
        );
      return ARRAY_RESULTS.has(method) && argumentsAreDense && isDenseArray(context, object, depth + 1);
    }
    default:
      return false;
  }
}

/**
 * Whether `receiver` is an array without holes: from its syntax and bindings (literals, `Array.from`,
 * `Object.keys`, array methods, `readdirSync`, bindings written once with such a value or an array type), or
 * else from the type checker; never a binding that may get holes (`delete xs[i]`, `xs.length = n`).
 */
export function isDenseArrayReceiver(context: ReceiverContext, receiver: TSESTree.Node): boolean {
  if (isDenseArray(context, receiver, 0)) return true;
  const inner = unwrapExpression(receiver);
  if (inner.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(context.sourceCode, inner);
    if (variable == null || mayGetHoles(variable)) return false;
    const holes = (reference: TSESLint.Scope.Reference): boolean =>
      reference.writeExpr != null && makesHoles(reference.writeExpr);
    if (variable.references.some(holes)) return false;
  } else if (inner.type !== AST_NODE_TYPES.MemberExpression) {
    return false;
  }
  return isTypedArray(context.sourceCode, inner);
}

/**
 * Whether the callback visibly changes which elements its receiver has: a mutating method called on it, or a
 * write to its `length`, or `delete` of an element. The receiver is matched by binding, or by its text when it is a
 * member chain (`this.items`).
 */
export function mutatesReceiver(sourceCode: SourceCode, receiver: TSESTree.Node, callback: TSESTree.Node): boolean {
  const inner = unwrapExpression(receiver);
  const variable = inner.type === AST_NODE_TYPES.Identifier ? findVariable(sourceCode, inner) : undefined;
  const text = sourceCode.getText(inner);
  const isReceiver = (node: TSESTree.Node): boolean => {
    const value = unwrapExpression(node);
    if (variable != null) {
      return value.type === AST_NODE_TYPES.Identifier && findVariable(sourceCode, value) === variable;
    }
    return value.type === inner.type && sourceCode.getText(value) === text;
  };
  const [start, end] = callback.range;
  const inCallback = (node: TSESTree.Node): boolean => start <= node.range[0] && node.range[1] <= end;
  const members: TSESTree.MemberExpression[] = [];
  if (variable != null) {
    for (const { identifier } of variable.references) {
      const member = identifier.parent;
      if (inCallback(identifier) && member.type === AST_NODE_TYPES.MemberExpression) members.push(member);
    }
  } else {
    collectMembers(sourceCode, callback, members);
  }
  return members.some((member) => {
    if (!isReceiver(member.object)) return false;
    const name = staticMemberName(member);
    const { parent } = member;
    if (name != null && MUTATORS.has(name)) return parent.type === AST_NODE_TYPES.CallExpression;
    if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete') return true;
    return name === 'length' && parent.type !== AST_NODE_TYPES.CallExpression && isWritten(member);
  });
}

function isWritten(member: TSESTree.MemberExpression): boolean {
  const { parent } = member;
  return (
    (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === member) ||
    (parent.type === AST_NODE_TYPES.UpdateExpression && parent.argument === member)
  );
}

/** Every member expression below `root`. */
function collectMembers(sourceCode: SourceCode, root: TSESTree.Node, out: TSESTree.MemberExpression[]): void {
  const keys = sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.MemberExpression) out.push(node);
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const value of Array.isArray(child) ? (child as unknown[]) : [child]) {
        if (typeof value === 'object' && value !== null && 'type' in value) visit(value as TSESTree.Node);
      }
    }
  };
  visit(root);
}
