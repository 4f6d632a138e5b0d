import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { propertyKeyName, unwrapExpression } from '../../util/ast';
import { constantInit, findVariable } from '../../util/scope';
import { type TypedKey, typedKeysOf } from './typedOptions';
import { isGlobal } from './watchdog';

// Reads the options argument of a tool call: where it sits, and what keys it sets (types, when present, tell a
// callback or an array from an options object).

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What an argument evidently is, enough to tell an options object from an argument list or a callback. */
export type ArgumentShape = 'absent' | 'array' | 'function' | 'object' | 'string' | 'nullish' | 'spread' | 'unknown';

const CALLBACK_NAME = /^(?:cb|callback|done|next|handler|listener|resolve|reject)$|(?:Callback|Handler|Listener)$/u;
const URL_NAME = /(?:url|uri|href|endpoint|link)s?$/iu;

function shapeOfType(annotation: TSESTree.TypeNode | undefined): ArgumentShape {
  switch (annotation?.type) {
    case AST_NODE_TYPES.TSArrayType:
    case AST_NODE_TYPES.TSTupleType:
      return 'array';
    case AST_NODE_TYPES.TSFunctionType:
      return 'function';
    case AST_NODE_TYPES.TSStringKeyword:
      return 'string';
    case AST_NODE_TYPES.TSTypeLiteral:
      return 'object';
    case AST_NODE_TYPES.TSTypeReference: {
      const { typeName } = annotation;
      if (typeName.type !== AST_NODE_TYPES.Identifier) return 'unknown';
      if (typeName.name === 'URL') return 'string';
      return typeName.name === 'Array' || typeName.name === 'ReadonlyArray' ? 'array' : 'unknown';
    }
    default:
      return 'unknown';
  }
}

/** The type annotation written on the declaration of the variable an identifier refers to. */
function declaredType(sourceCode: SourceCode, identifier: TSESTree.Identifier): TSESTree.TypeNode | undefined {
  const variable = findVariable(sourceCode, identifier);
  const name = variable?.defs[0]?.name;
  return name?.type === AST_NODE_TYPES.Identifier ? name.typeAnnotation?.typeAnnotation : undefined;
}

/**
 * The shape the type checker gives `node`, where the parser provides type information (never required: without a
 * program this is `unknown`). Only evident shapes count: an array or tuple, a callable, a string or `URL`, an object
 * type whose keys are closed.
 */
function shapeFromTypes(sourceCode: SourceCode, node: TSESTree.Node): ArgumentShape {
  const services = sourceCode.parserServices;
  const program = services?.program;
  const tsNode = services?.esTreeNodeToTSNodeMap?.get(node);
  if (!program || !tsNode) return 'unknown';
  const checker = program.getTypeChecker();
  const type = checker.getNonNullableType(checker.getTypeAtLocation(tsNode));
  if (checker.isArrayType(type) || checker.isTupleType(type)) return 'array';
  if (type.getCallSignatures().length > 0) return 'function';
  const text = checker.typeToString(type);
  if (text === 'string' || text === 'URL') return 'string';
  return typedKeysOf(sourceCode, node) == null ? 'unknown' : 'object';
}

/**
 * The shape of `node`, from its syntax, from the initialiser or type annotation of the variable it names, and
 * last from the variable's name (`cb`, `onDone`, `url`). `unknown` when none of them tells.
 */
export function argumentShape(sourceCode: SourceCode, argument: TSESTree.Node | undefined, depth = 0): ArgumentShape {
  if (argument == null) return 'absent';
  const node = unwrapExpression(argument);
  switch (node.type) {
    case AST_NODE_TYPES.SpreadElement:
      return 'spread';
    case AST_NODE_TYPES.ArrayExpression:
      return 'array';
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
      return 'function';
    case AST_NODE_TYPES.ObjectExpression:
      return 'object';
    case AST_NODE_TYPES.TemplateLiteral:
      return 'string';
    case AST_NODE_TYPES.Literal:
      if (typeof node.value === 'string') return 'string';
      return node.value === null ? 'nullish' : 'unknown';
    case AST_NODE_TYPES.NewExpression:
      return node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'URL' ? 'string' : 'unknown';
    case AST_NODE_TYPES.Identifier: {
      if (node.name === 'undefined') return 'nullish';
      const init = depth === 0 ? constantInit(sourceCode, node) : undefined;
      const fromInit = init ? argumentShape(sourceCode, init, depth + 1) : 'unknown';
      if (fromInit !== 'unknown') return fromInit;
      const variable = findVariable(sourceCode, node);
      if ((variable?.defs[0]?.type as string | undefined) === 'FunctionName') return 'function';
      const fromType = shapeOfType(declaredType(sourceCode, node));
      if (fromType !== 'unknown') return fromType;
      const fromTypes = shapeFromTypes(sourceCode, node);
      if (fromTypes !== 'unknown') return fromTypes;
      if (CALLBACK_NAME.test(node.name)) return 'function';
      return URL_NAME.test(node.name) ? 'string' : 'unknown';
    }
    case AST_NODE_TYPES.MemberExpression: {
      const fromTypes = shapeFromTypes(sourceCode, node);
      if (fromTypes !== 'unknown') return fromTypes;
      return !node.computed && URL_NAME.test(node.property.name) ? 'string' : 'unknown';
    }
    default:
      return shapeFromTypes(sourceCode, node);
  }
}

/** Where the options argument of a call is, or where a new one would go. */
export type OptionsLocation =
  | { readonly kind: 'found'; readonly node: TSESTree.Node; readonly index: number }
  /** No options argument: a new one goes at `index`, before a trailing callback if there is one. */
  | { readonly kind: 'missing'; readonly index: number }
  /** The arguments cannot be told apart without types (`spawn(cmd, x)`: args or options?). */
  | { readonly kind: 'unknown' };

/** How a call's options argument is found. */
export type OptionsSlot =
  /** Always at this index (`exec(cmd, options?, cb?)`, `axios.post(url, data, config)`). */
  | { readonly kind: 'index'; readonly index: number }
  /** After an optional argument array that starts at `index` (`spawn(cmd, args?, options?)`). */
  | { readonly kind: 'afterArguments'; readonly index: number }
  /** First when it is an object, else second (`http.get(options | url, …)`, `axios(config | url, config?)`). */
  | { readonly kind: 'objectOrSecond' }
  /** At `index` when an object is there, else after the optional argument there (`request(req, schema?, options?)`). */
  | { readonly kind: 'afterOptional'; readonly index: number };

const MISSING_OR_CALLBACK: ReadonlySet<ArgumentShape> = new Set(['absent', 'function']);

function at(sourceCode: SourceCode, call: TSESTree.CallExpression, index: number): OptionsLocation {
  const argument = call.arguments[index];
  const shape = argumentShape(sourceCode, argument);
  if (call.arguments.slice(0, index + 1).some((item) => item.type === AST_NODE_TYPES.SpreadElement)) {
    return { kind: 'unknown' };
  }
  if (MISSING_OR_CALLBACK.has(shape)) return { kind: 'missing', index };
  if (argument == null || shape === 'nullish' || shape === 'array' || shape === 'string') {
    return { kind: 'unknown' };
  }
  return { kind: 'found', node: argument, index };
}

/** Finds the options argument of `call` as `slot` describes it. */
export function locateOptions(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  slot: OptionsSlot,
): OptionsLocation {
  switch (slot.kind) {
    case 'index':
      return at(sourceCode, call, slot.index);
    case 'objectOrSecond': {
      const first = argumentShape(sourceCode, call.arguments[0]);
      if (first === 'object') return at(sourceCode, call, 0);
      if (first === 'string' || first === 'array') return at(sourceCode, call, 1);
      return argumentShape(sourceCode, call.arguments[1]) === 'object' ? at(sourceCode, call, 1) : { kind: 'unknown' };
    }
    case 'afterOptional': {
      const shape = argumentShape(sourceCode, call.arguments[slot.index]);
      return shape === 'object' || shape === 'absent'
        ? at(sourceCode, call, slot.index)
        : at(sourceCode, call, slot.index + 1);
    }
    case 'afterArguments': {
      const { index } = slot;
      const shape = argumentShape(sourceCode, call.arguments[index]);
      const next = argumentShape(sourceCode, call.arguments[index + 1]);
      if (shape === 'array') return at(sourceCode, call, index + 1);
      if (shape === 'unknown')
        return next === 'absent' || next === 'function' ? { kind: 'unknown' } : at(sourceCode, call, index + 1);
      return at(sourceCode, call, index);
    }
  }
}

/** One key an options object sets, as far as the syntax shows it. */
export interface OptionEntry {
  readonly value: TSESTree.Node;
  /** The property in the object literal the call itself spells, if it is there (a fix can edit it). */
  readonly property: TSESTree.Property | undefined;
}

/** The keys an options expression sets; `opaque` when some keys may come from something unreadable. */
export interface OptionsView {
  readonly entries: ReadonlyMap<string, OptionEntry>;
  /** Keys set before an unreadable spread may be overridden, keys absent may be supplied by it. */
  readonly opaque: boolean;
  /** The object literal at the call site, where a fix inserts a property. */
  readonly literal: TSESTree.ObjectExpression | undefined;
  /**
   * With type information, for an opaque view: the keys its unreadable parts may set, when each has a closed type
   * (keys set in `entries` after them are not repeated here). Undefined when some unreadable part has none.
   */
  readonly typedKeys?: ReadonlyMap<string, TypedKey>;
}

export const EMPTY_OPTIONS: OptionsView = { entries: new Map(), opaque: false, literal: undefined };
export const OPAQUE_OPTIONS: OptionsView = { entries: new Map(), opaque: true, literal: undefined };

/** The typed keys of two opaque parts, the later's over the earlier's; undefined when either part has none. */
function laterTypedKeys(earlier: OptionsView, later: OptionsView): ReadonlyMap<string, TypedKey> | undefined {
  if (!earlier.opaque) return later.typedKeys;
  if ((later.opaque && later.typedKeys == null) || earlier.typedKeys == null) return undefined;
  const keys = new Map([...earlier.typedKeys].filter(([key]) => !later.entries.has(key)));
  for (const [key, status] of later.typedKeys ?? []) keys.set(key, status);
  return keys;
}

/** The options a call sees: its own over those its instance or the module set. */
export function mergeViews(inherited: OptionsView, own: OptionsView): OptionsView {
  if (inherited.entries.size === 0 && !inherited.opaque) return own;
  const typedKeys = inherited.opaque || own.opaque ? laterTypedKeys(inherited, own) : undefined;
  return {
    entries: new Map([...inherited.entries, ...own.entries].filter(([key]) => own.typedKeys?.has(key) !== true)),
    opaque: own.opaque || inherited.opaque,
    literal: own.literal,
    ...(typedKeys && { typedKeys }),
  };
}

/** An options value the syntax cannot read, with the keys its type declares where it has a closed type. */
function opaqueView(sourceCode: SourceCode, node: TSESTree.Node): OptionsView {
  const typedKeys = typedKeysOf(sourceCode, node);
  return { entries: new Map(), opaque: true, literal: undefined, ...(typedKeys && { typedKeys }) };
}

/** Options that set one key to `value` (`axios.defaults.timeout = n`). */
export function assignedOption(key: string, value: TSESTree.Node): OptionsView {
  return { entries: new Map([[key, { value, property: undefined }]]), opaque: false, literal: undefined };
}

/** `Object.assign(options, …)`, `Object.defineProperty(options, …)`: a global `Object` call that writes `use`. */
function isWrittenByObjectCall(sourceCode: SourceCode, use: TSESTree.Node): boolean {
  const call = use.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== use) return false;
  const callee = unwrapExpression(call.callee);
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    callee.computed ||
    callee.object.type !== AST_NODE_TYPES.Identifier ||
    callee.object.name !== 'Object' ||
    !OBJECT_WRITERS.has(callee.property.name)
  ) {
    return false;
  }
  return isGlobal(sourceCode, callee.object);
}

const OBJECT_WRITERS: ReadonlySet<string> = new Set(['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf']);

/**
 * Whether a `const` object may be changed after its declaration: `options.timeout = 0`, `delete options.timeout`,
 * `options.retries++`, `Object.assign(options, overrides)`.
 */
function isMutated(sourceCode: SourceCode, identifier: TSESTree.Identifier): boolean {
  const variable = findVariable(sourceCode, identifier);
  return (variable?.references ?? []).some(({ identifier: use }) => {
    const { parent } = use;
    if (isWrittenByObjectCall(sourceCode, use)) return true;
    return (
      parent.type === AST_NODE_TYPES.MemberExpression &&
      parent.object === use &&
      ((parent.parent.type === AST_NODE_TYPES.AssignmentExpression && parent.parent.left === parent) ||
        parent.parent.type === AST_NODE_TYPES.UpdateExpression ||
        (parent.parent.type === AST_NODE_TYPES.UnaryExpression && parent.parent.operator === 'delete'))
    );
  });
}

/**
 * The keys `node` sets: an object literal (spreads of literals and of unchanged `const` literals read through), a
 * `const` holding one, or nothing readable (`opaque`). A key written after every unreadable spread is certain.
 */
export function readOptions(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): OptionsView {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.Identifier && depth < 3) {
    if (expression.name === 'undefined') return EMPTY_OPTIONS;
    // `const o = { … } as const` and `{ … } satisfies T` are object literals too.
    const init = constantInit(sourceCode, expression);
    const literal = init && unwrapExpression(init);
    const mutated = isMutated(sourceCode, expression);
    if (literal?.type === AST_NODE_TYPES.ObjectExpression && !mutated) {
      return { ...readOptions(sourceCode, literal, depth + 1), literal: undefined };
    }
    // `Object.assign(options, { timeout })` adds keys its type does not show.
    return mutated ? { entries: new Map(), opaque: true, literal: undefined } : opaqueView(sourceCode, expression);
  }
  if (expression.type !== AST_NODE_TYPES.ObjectExpression) {
    const nullish = expression.type === AST_NODE_TYPES.Literal && expression.value === null;
    return nullish ? EMPTY_OPTIONS : opaqueView(sourceCode, expression);
  }
  const entries = new Map<string, OptionEntry>();
  let opaque = false;
  // The keys typed spreads may set; null once an unreadable part has no closed type.
  let typedKeys: Map<string, TypedKey> | null = new Map();
  for (const property of expression.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const spread = depth < 3 ? readOptions(sourceCode, property.argument, depth + 1) : undefined;
      if (spread == null || spread.opaque) {
        opaque = true;
        // A typed spread overrides the keys its type declares; an untyped one may override any.
        if (spread?.typedKeys == null || typedKeys == null) {
          typedKeys = null;
          entries.clear();
        } else {
          for (const [key, status] of spread.typedKeys) {
            entries.delete(key);
            typedKeys.set(key, status);
          }
        }
      }
      for (const [key, entry] of spread?.entries ?? []) {
        entries.set(key, { value: entry.value, property: undefined });
        typedKeys?.delete(key);
      }
      continue;
    }
    const key = propertyKeyName(property);
    if (key == null) {
      opaque = true;
      typedKeys = null;
      continue;
    }
    entries.set(key, { value: property.value, property: depth === 0 ? property : undefined });
    typedKeys?.delete(key);
  }
  const literal = depth === 0 ? expression : undefined;
  return { entries, opaque, literal, ...(opaque && typedKeys != null && { typedKeys }) };
}
