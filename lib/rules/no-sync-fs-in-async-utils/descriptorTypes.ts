import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { findVariable } from '../../util/scope';
import { fsExportOf } from './fsExports';
import type { Verdict } from './types';

// What a type says about a value for the descriptor check: a written annotation, or the type checker's type.

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Joins what two sources say: a possible number wins, then not knowing; two kinds of non-number give `other`. */
export function join(a: Verdict, b: Verdict): Verdict {
  if (a === 'number' || b === 'number') return 'number';
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return a === b ? a : 'other';
}

const joinAll = (verdicts: readonly Verdict[]): Verdict => verdicts.reduce(join, 'other');

/** Types of `@types/node`'s `fs` by name: the one that admits a descriptor, and the path-only one. */
const FS_TYPES: Readonly<Record<string, Verdict>> = { PathOrFileDescriptor: 'number', PathLike: 'other' };
const FS_MODULES: ReadonlySet<string> = new Set(['fs', 'node:fs', 'fs-extra', 'graceful-fs']);
/** Global types that are never numbers and that a file does not declare. */
const GLOBAL_TYPES: Readonly<Record<string, Verdict>> = {
  Number: 'number',
  String: 'string',
  Buffer: 'other',
  URL: 'other',
  Uint8Array: 'other',
};

/** A numeric enum may hold numbers; an enum all of whose members are strings holds strings. */
function enumVerdict(declaration: TSESTree.TSEnumDeclaration): Verdict {
  // Older parsers (and oxlint's AST) may put the members on the declaration itself.
  const body = declaration.body as TSESTree.TSEnumBody | undefined;
  const members = body?.members ?? (declaration as { members?: TSESTree.TSEnumMember[] }).members ?? [];
  const isString = (member: TSESTree.TSEnumMember): boolean =>
    member.initializer?.type === AST_NODE_TYPES.TemplateLiteral ||
    (member.initializer?.type === AST_NODE_TYPES.Literal && typeof member.initializer.value === 'string');
  return members.length > 0 && members.every(isString) ? 'string' : 'number';
}

/** What a type name means, following local aliases, enums, interfaces, classes and imports from `fs`. */
function referenceVerdict(
  sourceCode: SourceCode,
  name: TSESTree.Identifier,
  seen: Set<TSESTree.Node>,
  values: ValueQuestions,
): Verdict {
  const variable = findVariable(sourceCode, name);
  if (variable == null || variable.defs.length === 0) return GLOBAL_TYPES[name.name] ?? 'unknown';
  const verdicts = variable.defs.map((definition): Verdict => {
    const { node } = definition;
    switch (node.type) {
      case AST_NODE_TYPES.TSTypeAliasDeclaration:
        if (seen.has(node)) return 'other'; // a cycle adds nothing the other members do not say
        seen.add(node);
        return typeNodeVerdict(sourceCode, node.typeAnnotation, seen, values);
      case AST_NODE_TYPES.TSEnumDeclaration:
        return enumVerdict(node);
      case AST_NODE_TYPES.TSInterfaceDeclaration:
      case AST_NODE_TYPES.ClassDeclaration:
        return 'other';
      case AST_NODE_TYPES.TSTypeParameter:
        return node.constraint == null ? 'unknown' : typeNodeVerdict(sourceCode, node.constraint, seen, values);
      case AST_NODE_TYPES.ImportSpecifier: {
        const source = definition.parent;
        const imported = node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : node.imported.value;
        const fromFs = source?.type === AST_NODE_TYPES.ImportDeclaration && FS_MODULES.has(source.source.value);
        return (fromFs ? FS_TYPES[imported] : undefined) ?? 'unknown';
      }
      default:
        return 'unknown';
    }
  });
  return joinAll(verdicts);
}

/** What the value flow answers for a type: `typeof x`, and what `ReturnType<typeof f>` gives for a local `f`. */
export interface ValueQuestions {
  readonly value: (identifier: TSESTree.Identifier) => Verdict;
  readonly returned: (identifier: TSESTree.Identifier) => Verdict;
}

/** The type arguments of `Name<…>` (`typeArguments`, where every supported parser puts them). */
const typeArguments = (type: TSESTree.TSTypeReference): readonly TSESTree.TypeNode[] =>
  type.typeArguments?.params ?? [];

/**
 * Global utility types read through their argument when the file does not declare the name: `NonNullable<T>` is
 * what `T` is, `ReturnType<typeof openSync>` a descriptor; undefined for any other name.
 */
function utilityVerdict(
  sourceCode: SourceCode,
  type: TSESTree.TSTypeReference,
  recurse: (inner: TSESTree.TypeNode) => Verdict,
  values: ValueQuestions,
): Verdict | undefined {
  const { typeName } = type;
  if (typeName.type !== AST_NODE_TYPES.Identifier) return undefined;
  const declared = findVariable(sourceCode, typeName);
  if (declared != null && declared.defs.length > 0) return undefined; // the file's own type of that name
  const [argument] = typeArguments(type);
  if (argument == null) return undefined;
  switch (typeName.name) {
    case 'NonNullable':
      return recurse(argument); // what it removes, `null` and `undefined`, are no numbers anyway
    case 'ReturnType': {
      if (argument.type !== AST_NODE_TYPES.TSTypeQuery) return 'unknown';
      const { exprName } = argument;
      if (fsExportOf(sourceCode, exprName) === 'openSync') return 'number';
      return exprName.type === AST_NODE_TYPES.Identifier ? values.returned(exprName) : 'unknown';
    }
    default:
      return undefined;
  }
}

/** The element of a tuple as written: `[a: T]`, `[T?]`, `[...T[]]` give `T` or `T[]`. */
function tupleElement(element: TSESTree.TypeNode): TSESTree.TypeNode {
  if (element.type === AST_NODE_TYPES.TSNamedTupleMember) return element.elementType;
  if (element.type === AST_NODE_TYPES.TSOptionalType) return element.typeAnnotation;
  if (element.type === AST_NODE_TYPES.TSRestType && element.typeAnnotation.type === AST_NODE_TYPES.TSArrayType)
    return element.typeAnnotation.elementType;
  return element;
}

/** The key of `T['key']` when written as a string literal. */
const literalKey = (index: TSESTree.TypeNode): string | undefined =>
  index.type === AST_NODE_TYPES.TSLiteralType &&
  index.literal.type === AST_NODE_TYPES.Literal &&
  typeof index.literal.value === 'string'
    ? index.literal.value
    : undefined;

/** How many local aliases an indexed access follows to its array, tuple or object type. */
const MAX_ALIASES = 8;

/**
 * `T[number]`, `T[0]`, `T['key']`: the element of an array or tuple type, or a property of an object type literal,
 * written there or behind local aliases; `unknown` for what cannot be read.
 */
function indexedVerdict(
  sourceCode: SourceCode,
  type: TSESTree.TSIndexedAccessType,
  recurse: (inner: TSESTree.TypeNode) => Verdict,
): Verdict {
  let object: TSESTree.TypeNode = type.objectType;
  for (let step = 0; step < MAX_ALIASES; step++) {
    if (object.type === AST_NODE_TYPES.TSTypeOperator && object.operator === 'readonly' && object.typeAnnotation) {
      object = object.typeAnnotation;
    } else if (object.type === AST_NODE_TYPES.TSTypeReference && object.typeName.type === AST_NODE_TYPES.Identifier) {
      const variable = findVariable(sourceCode, object.typeName);
      const declaration = variable?.defs.length === 1 ? variable.defs[0]?.node : undefined;
      if (declaration?.type === AST_NODE_TYPES.TSTypeAliasDeclaration) object = declaration.typeAnnotation;
      else if (declaration?.type === AST_NODE_TYPES.TSTypeParameter && declaration.constraint) {
        object = declaration.constraint;
      } else return 'unknown';
    } else {
      break;
    }
  }
  switch (object.type) {
    case AST_NODE_TYPES.TSArrayType:
      return recurse(object.elementType);
    case AST_NODE_TYPES.TSTupleType:
      return joinAll(object.elementTypes.map((element) => recurse(tupleElement(element))));
    case AST_NODE_TYPES.TSTypeLiteral: {
      const key = literalKey(type.indexType);
      const member = object.members.find(
        (entry) =>
          entry.type === AST_NODE_TYPES.TSPropertySignature &&
          !entry.computed &&
          entry.key.type === AST_NODE_TYPES.Identifier &&
          entry.key.name === key,
      );
      const annotation = member?.type === AST_NODE_TYPES.TSPropertySignature ? member.typeAnnotation : undefined;
      return annotation == null ? 'unknown' : recurse(annotation.typeAnnotation);
    }
    default:
      return 'unknown';
  }
}

/** What a type annotation admits: `number`, a number literal, `keyof`, or an alias or union of them. */
export function typeNodeVerdict(
  sourceCode: SourceCode,
  type: TSESTree.TypeNode,
  seen: Set<TSESTree.Node>,
  values: ValueQuestions,
): Verdict {
  const recurse = (inner: TSESTree.TypeNode): Verdict => typeNodeVerdict(sourceCode, inner, seen, values);
  switch (type.type) {
    case AST_NODE_TYPES.TSNumberKeyword:
      return 'number';
    case AST_NODE_TYPES.TSStringKeyword:
    case AST_NODE_TYPES.TSTemplateLiteralType:
      return 'string';
    case AST_NODE_TYPES.TSLiteralType: {
      const { literal } = type;
      if (literal.type === AST_NODE_TYPES.UnaryExpression) return 'number'; // `-1`
      if (literal.type === AST_NODE_TYPES.TemplateLiteral) return 'string';
      return typeof literal.value === 'number' ? 'number' : typeof literal.value === 'string' ? 'string' : 'other';
    }
    case AST_NODE_TYPES.TSUnionType:
    case AST_NODE_TYPES.TSIntersectionType:
      return joinAll(type.types.map(recurse));
    case AST_NODE_TYPES.TSTypeOperator:
      // `keyof T` may be a number; `readonly T[]` and `unique symbol` are what they wrap.
      if (type.operator === 'keyof') return 'number';
      return type.typeAnnotation == null ? 'unknown' : recurse(type.typeAnnotation);
    case AST_NODE_TYPES.TSTypeReference: {
      const { typeName } = type;
      const utility = utilityVerdict(sourceCode, type, recurse, values);
      if (utility != null) return utility;
      if (typeName.type === AST_NODE_TYPES.Identifier) return referenceVerdict(sourceCode, typeName, seen, values);
      // `fs.PathLike`: only the two fs names are known.
      return typeName.type === AST_NODE_TYPES.TSQualifiedName
        ? (FS_TYPES[typeName.right.name] ?? 'unknown')
        : 'unknown';
    }
    case AST_NODE_TYPES.TSIndexedAccessType:
      return indexedVerdict(sourceCode, type, recurse);
    case AST_NODE_TYPES.TSTypeLiteral:
      return type.members.length === 0 ? 'unknown' : 'other'; // `{}` admits numbers
    case AST_NODE_TYPES.TSTypeQuery:
      return type.exprName.type === AST_NODE_TYPES.Identifier ? values.value(type.exprName) : 'unknown';
    case AST_NODE_TYPES.TSBooleanKeyword:
    case AST_NODE_TYPES.TSBigIntKeyword:
    case AST_NODE_TYPES.TSSymbolKeyword:
    case AST_NODE_TYPES.TSNullKeyword:
    case AST_NODE_TYPES.TSUndefinedKeyword:
    case AST_NODE_TYPES.TSVoidKeyword:
    case AST_NODE_TYPES.TSNeverKeyword:
    case AST_NODE_TYPES.TSObjectKeyword:
    case AST_NODE_TYPES.TSArrayType:
    case AST_NODE_TYPES.TSTupleType:
    case AST_NODE_TYPES.TSFunctionType:
    case AST_NODE_TYPES.TSConstructorType:
    case AST_NODE_TYPES.TSMappedType:
      return 'other';
    default:
      return 'unknown'; // any, unknown, conditional and imported types
  }
}

type Checker = ReturnType<NonNullable<NonNullable<SourceCode['parserServices']>['program']>['getTypeChecker']>;
type Type = ReturnType<Checker['getTypeAtLocation']>;

/**
 * Bits of TypeScript's `TypeFlags`, the same in every release since 3.2 (the plugin does not load `typescript`):
 * `Any | Unknown`, and the number-like ones, `Number | Enum | NumberLiteral`.
 */
const ANY_OR_UNKNOWN = 1 | 2;
const NUMBER_LIKE = 8 | 32 | 256;
const STRING_OR_LITERAL = 4 | 128;
/** How many constraints, unions and intersections one question follows. */
const MAX_TYPE_DEPTH = 8;

/** Whether an object type admits a number: `{}` and `Object` do (with a checker that can say so). */
function admitsNumber(checker: Checker, type: Type): boolean {
  const { isTypeAssignableTo, getNumberType } = checker as Partial<Checker>;
  if (typeof isTypeAssignableTo !== 'function' || typeof getNumberType !== 'function') return false;
  return checker.isTypeAssignableTo(checker.getNumberType(), type);
}

/**
 * What a type admits, from the checker's flags: number-like types (numeric enums and their members too) may be
 * descriptors; a union may hold any member, an intersection is a number if a member is; a generic type (type
 * parameter, indexed access, conditional, `NonNullable<T>`) is what its base constraint admits, and `unknown`
 * without one; an object type that admits numbers (`{}`) is not known.
 */
function typeVerdict(checker: Checker, type: Type, depth: number): Verdict {
  if (depth > MAX_TYPE_DEPTH || (type.flags & ANY_OR_UNKNOWN) !== 0) return 'unknown';
  if ((type.flags & NUMBER_LIKE) !== 0) return 'number';
  if ((type.flags & STRING_OR_LITERAL) !== 0) return 'string';
  const next = (inner: Type): Verdict => typeVerdict(checker, inner, depth + 1);
  if (type.isUnion()) return joinAll(type.types.map(next));
  if (type.isIntersection()) {
    const parts = type.types.map(next);
    if (parts.includes('number')) return 'number';
    if (parts.includes('string')) return 'string';
    return parts.includes('unknown') ? 'unknown' : 'other';
  }
  const constraint = checker.getBaseConstraintOfType(type);
  if (constraint != null && constraint !== type) return next(constraint);
  if (type.isTypeParameter()) return 'unknown';
  const text = checker.typeToString(type);
  if (text === 'Number') return 'number';
  return admitsNumber(checker, type) ? 'unknown' : 'other';
}

/**
 * With type information, what the checker's type of `node` admits (see `typeVerdict`): any number-like constituent
 * gives `number`; `any`, `unknown`, `{}` or a type parameter without a constraint give `unknown`. Undefined
 * without a program.
 */
export function checkerVerdict(sourceCode: SourceCode, node: TSESTree.Node): Verdict | undefined {
  const services = sourceCode.parserServices;
  const program = services?.program;
  const tsNode = services?.esTreeNodeToTSNodeMap?.get(node);
  if (program == null || tsNode == null) return undefined;
  const checker = program.getTypeChecker();
  return typeVerdict(checker, checker.getTypeAtLocation(tsNode), 0);
}
