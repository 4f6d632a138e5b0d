import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { PROGRESS_RESET } from './policies';
import type { BoundPolicy } from './types';

// With type information: the keys an options value the syntax cannot read (a variable, a parameter, a spread) may
// set, from its type. Only a closed object type tells: no index signature, not `any`, `unknown`, `object` or `{}`.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Program = NonNullable<NonNullable<SourceCode['parserServices']>['program']>;
type Checker = ReturnType<Program['getTypeChecker']>;
type TsType = ReturnType<Checker['getTypeAtLocation']>;
type TsNode = Parameters<Checker['getTypeAtLocation']>[0];

/** A key a type declares: always set to a value that is not nullish, or perhaps absent or nullish. */
export type TypedKey = 'required' | 'optional';

// `ts.TypeFlags` and `ts.SymbolFlags` members, stable since TypeScript 3.
const OBJECT_FLAG = 524_288;
const NULLISH_FLAGS = 16_384 | 32_768 | 65_536; // void, undefined, null
const OPTIONAL_FLAG = 16_777_216;
const OPEN_TYPES: ReadonlySet<string> = new Set(['{}', 'object', 'Object']);

/** The keys of one object type, or undefined when the type does not close them. */
function objectKeys(checker: Checker, type: TsType, at: TsNode): Map<string, TypedKey> | undefined {
  if ((type.flags & OBJECT_FLAG) === 0 && !type.isIntersection()) return undefined;
  if (OPEN_TYPES.has(checker.typeToString(type)) || checker.getIndexInfosOfType(type).length > 0) return undefined;
  if (type.getCallSignatures().length > 0) return undefined;
  const keys = new Map<string, TypedKey>();
  for (const property of checker.getPropertiesOfType(type)) {
    const valueType = checker.getTypeOfSymbolAtLocation(property, at);
    const parts = valueType.isUnion() ? valueType.types : [valueType];
    const nullable = parts.some((part) => (part.flags & NULLISH_FLAGS) !== 0);
    const optional = (property.flags & OPTIONAL_FLAG) !== 0 || nullable;
    keys.set(property.getName(), optional ? 'optional' : 'required');
  }
  return keys.size > 0 ? keys : undefined;
}

/**
 * The keys the type of `node` declares, where the parser gives a program and the type is closed; a union's key is
 * required only where every member requires it, and a nullish member (`options?: T`) sets no key.
 */
export function typedKeysOf(sourceCode: SourceCode, node: TSESTree.Node): ReadonlyMap<string, TypedKey> | undefined {
  const services = sourceCode.parserServices;
  const program = services?.program;
  const tsNode = services?.esTreeNodeToTSNodeMap?.get(node) as TsNode | undefined;
  if (program == null || tsNode == null) return undefined;
  const checker = program.getTypeChecker();
  const type = checker.getTypeAtLocation(tsNode);
  const members = (type.isUnion() ? type.types : [type]).filter((part) => (part.flags & NULLISH_FLAGS) === 0);
  const keyed = members.map((member) => objectKeys(checker, member, tsNode));
  if (keyed.length === 0 || keyed.some((keys) => keys == null)) return undefined;
  const all = new Map<string, TypedKey>();
  for (const keys of keyed as Map<string, TypedKey>[]) {
    for (const [key, status] of keys) all.set(key, all.get(key) === 'optional' ? 'optional' : status);
  }
  for (const [key, status] of all) {
    if (status === 'required' && keyed.some((keys) => keys?.has(key) !== true)) all.set(key, 'optional');
  }
  if (members.length < (type.isUnion() ? type.types.length : 1)) {
    for (const key of all.keys()) all.set(key, 'optional');
  }
  return all;
}

/** Keys an idiom or a project tool reads besides the policy's (`detached`, a carrier such as `context`). */
const READ_ELSEWHERE = /^(?:detached|stdio)$|signal|abort|context|ctx|timeout|deadline/iu;

/** Whether a typed key is one the rule reads for this policy: a bound, a misleading key, or an idiom's. */
export function isReadKey(policy: BoundPolicy, key: string): boolean {
  return (
    key in policy.keys ||
    key in (policy.misleadingKeys ?? {}) ||
    key in (policy.libraryDefault?.disablers ?? {}) ||
    (policy.progressReset === true && (key === PROGRESS_RESET.key || key === PROGRESS_RESET.cap)) ||
    READ_ELSEWHERE.test(key)
  );
}
