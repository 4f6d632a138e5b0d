import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { findVariable } from '../../util/scope';
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
  valueVerdict: (identifier: TSESTree.Identifier) => Verdict,
): Verdict {
  const variable = findVariable(sourceCode, name);
  if (variable == null || variable.defs.length === 0) return GLOBAL_TYPES[name.name] ?? 'unknown';
  const verdicts = variable.defs.map((definition): Verdict => {
    const { node } = definition;
    switch (node.type) {
      case AST_NODE_TYPES.TSTypeAliasDeclaration:
        if (seen.has(node)) return 'other'; // a cycle adds nothing the other members do not say
        seen.add(node);
        return typeNodeVerdict(sourceCode, node.typeAnnotation, seen, valueVerdict);
      case AST_NODE_TYPES.TSEnumDeclaration:
        return enumVerdict(node);
      case AST_NODE_TYPES.TSInterfaceDeclaration:
      case AST_NODE_TYPES.ClassDeclaration:
        return 'other';
      case AST_NODE_TYPES.TSTypeParameter:
        return node.constraint == null ? 'unknown' : typeNodeVerdict(sourceCode, node.constraint, seen, valueVerdict);
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

/** What a type annotation admits: `number`, a number literal, `keyof`, or an alias or union of them. */
export function typeNodeVerdict(
  sourceCode: SourceCode,
  type: TSESTree.TypeNode,
  seen: Set<TSESTree.Node>,
  valueVerdict: (identifier: TSESTree.Identifier) => Verdict,
): Verdict {
  const recurse = (inner: TSESTree.TypeNode): Verdict => typeNodeVerdict(sourceCode, inner, seen, valueVerdict);
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
      if (typeName.type === AST_NODE_TYPES.Identifier)
        return referenceVerdict(sourceCode, typeName, seen, valueVerdict);
      // `fs.PathLike`: only the two fs names are known.
      return typeName.type === AST_NODE_TYPES.TSQualifiedName
        ? (FS_TYPES[typeName.right.name] ?? 'unknown')
        : 'unknown';
    }
    case AST_NODE_TYPES.TSTypeQuery:
      return type.exprName.type === AST_NODE_TYPES.Identifier ? valueVerdict(type.exprName) : 'unknown';
    case AST_NODE_TYPES.TSBooleanKeyword:
    case AST_NODE_TYPES.TSBigIntKeyword:
    case AST_NODE_TYPES.TSSymbolKeyword:
    case AST_NODE_TYPES.TSNullKeyword:
    case AST_NODE_TYPES.TSUndefinedKeyword:
    case AST_NODE_TYPES.TSVoidKeyword:
    case AST_NODE_TYPES.TSNeverKeyword:
    case AST_NODE_TYPES.TSObjectKeyword:
    case AST_NODE_TYPES.TSTypeLiteral:
    case AST_NODE_TYPES.TSArrayType:
    case AST_NODE_TYPES.TSTupleType:
    case AST_NODE_TYPES.TSFunctionType:
    case AST_NODE_TYPES.TSConstructorType:
    case AST_NODE_TYPES.TSMappedType:
      return 'other';
    default:
      return 'unknown'; // any, unknown, indexed access, conditional and imported types
  }
}

type Checker = ReturnType<NonNullable<NonNullable<SourceCode['parserServices']>['program']>['getTypeChecker']>;
type Type = ReturnType<Checker['getTypeAtLocation']>;

/** One constituent of a union: number literals (numeric enum members too) and `number` may be descriptors. */
function partVerdict(checker: Checker, part: Type): Verdict {
  if (part.isNumberLiteral()) return 'number';
  if (part.isStringLiteral()) return 'string';
  if (part.isIntersection())
    return part.types.some((inner) => partVerdict(checker, inner) === 'number') ? 'number' : 'other';
  if (part.isTypeParameter()) return 'unknown';
  const text = checker.typeToString(part);
  if (text === 'number' || text === 'Number') return 'number';
  if (text === 'any' || text === 'unknown') return 'unknown';
  return text === 'string' ? 'string' : 'other';
}

/**
 * With type information, what the checker's type of `node` admits: any number-like constituent (`number`, a number
 * literal, a numeric enum member) gives `number`; `any`, `unknown` or an unconstrained type parameter give
 * `unknown`. Undefined without a program.
 */
export function checkerVerdict(sourceCode: SourceCode, node: TSESTree.Node): Verdict | undefined {
  const services = sourceCode.parserServices;
  const program = services?.program;
  const tsNode = services?.esTreeNodeToTSNodeMap?.get(node);
  if (program == null || tsNode == null) return undefined;
  const checker = program.getTypeChecker();
  const type = checker.getTypeAtLocation(tsNode);
  const resolved = type.isTypeParameter() ? (checker.getBaseConstraintOfType(type) ?? type) : type;
  const parts = resolved.isUnion() ? resolved.types : [resolved];
  return joinAll(parts.map((part) => partVerdict(checker, part)));
}
