import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { dotName } from '../../util/ast';
import { findVariable } from '../../util/scope';
import type { FlagValue } from './types';

// What a call's arguments say: a file descriptor where a path was expected, an option that changes the result.

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Names that hold a file descriptor by convention: `fd`, `outFd`, `fileDescriptor`, `process.stdout.fd`. */
const DESCRIPTOR_NAME = /^(?:fd|descriptor|fileDescriptor)$|(?:Fd|FD|Descriptor)$/u;

/** Whether a type annotation is or contains `number` (in a union or intersection, at any depth). */
function mentionsNumber(type: TSESTree.TypeNode): boolean {
  if (type.type === AST_NODE_TYPES.TSNumberKeyword) return true;
  if (type.type === AST_NODE_TYPES.TSLiteralType)
    return type.literal.type === AST_NODE_TYPES.Literal && typeof type.literal.value === 'number';
  if (type.type === AST_NODE_TYPES.TSUnionType || type.type === AST_NODE_TYPES.TSIntersectionType) {
    return type.types.some(mentionsNumber);
  }
  return false;
}

/** With type information, a first argument that may be a `number` is a descriptor whatever its name. */
function isTypedNumber(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  const services = sourceCode.parserServices;
  const checker = services?.program?.getTypeChecker();
  const tsNode = services?.esTreeNodeToTSNodeMap?.get(node);
  if (!checker || !tsNode) return false;
  const type = checker.getTypeAtLocation(tsNode);
  const parts = type.isUnion() ? type.types : [type];
  return parts.some((part) => checker.typeToString(checker.getBaseTypeOfLiteralType(part)) === 'number');
}

/** Without it, a variable or parameter whose own annotation mentions `number` (`source: number | string`). */
function isAnnotatedNumber(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(sourceCode, node);
  return (
    variable?.defs.some(({ name }) => {
      const annotation = name.type === AST_NODE_TYPES.Identifier ? name.typeAnnotation : undefined;
      return annotation != null && mentionsNumber(annotation.typeAnnotation);
    }) ?? false
  );
}

/** `const handle = openSync(…)`: whatever its name, a variable initialised by `openSync` holds a descriptor. */
function isOpenedDescriptor(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(sourceCode, node);
  return (
    variable?.defs.some(
      ({ node: declarator }) =>
        declarator.type === AST_NODE_TYPES.VariableDeclarator &&
        declarator.init?.type === AST_NODE_TYPES.CallExpression &&
        dotName(declarator.init.callee) === 'openSync',
    ) ?? false
  );
}

/** Whether an argument looks like a file descriptor: a number literal, a descriptor's name, or a `number`. */
export function isDescriptorLike(sourceCode: SourceCode, node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'number') return true;
  const name = dotName(node);
  return (
    (name != null && DESCRIPTOR_NAME.test(name)) ||
    isOpenedDescriptor(sourceCode, node) ||
    isAnnotatedNumber(sourceCode, node) ||
    isTypedNumber(sourceCode, node)
  );
}

/** The value of `flag` in the call's options argument (the second), as far as it can be read. */
export function optionFlag(call: TSESTree.CallExpression, flag: string): FlagValue {
  const options = call.arguments[1];
  if (!options) return 'absent';
  if (options.type === AST_NODE_TYPES.Literal && typeof options.value === 'string') return 'absent'; // an encoding
  if (options.type !== AST_NODE_TYPES.ObjectExpression) return 'unknown';
  let value: FlagValue = 'absent';
  for (const property of options.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement || property.computed) return 'unknown';
    const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String(property.key.value);
    if (key !== flag) continue;
    const literal = property.value.type === AST_NODE_TYPES.Literal ? property.value.value : undefined;
    value = literal === true ? 'true' : literal === false ? 'false' : 'unknown';
  }
  return value;
}
