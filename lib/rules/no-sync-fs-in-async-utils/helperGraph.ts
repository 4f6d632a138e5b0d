import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { memberKeyName, staticPropertyKey } from '../../util/ast';
import { immediateCallbackMethod } from '../../util/asyncContext';
import { classUses, isVariableExported, overridersOf, type Class } from './helperMembers';

// The module's own sync functions (helpers) and where each is called, resolved through bindings and class
// membership, never through names alone.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

export type HelperFunction =
  TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** How the module reaches a helper: a binding, a class member, or a property of a `const` object literal. */
export type HelperBinding =
  | { readonly kind: 'variable'; readonly variable: Variable }
  | {
      readonly kind: 'member';
      readonly cls: Class;
      readonly key: string;
      readonly isStatic: boolean;
      readonly node: TSESTree.MethodDefinition | TSESTree.PropertyDefinition;
    }
  | { readonly kind: 'property'; readonly object: Variable; readonly key: string; readonly node: TSESTree.Property };

export interface Helper {
  readonly fn: HelperFunction;
  /** As a call would name it: `load`, `this.#read`, `Store.copy`, `paths.config`. */
  readonly name: string;
  readonly binding: HelperBinding;
}

/** Why making a helper async could break code the fix cannot see or edit. */
export interface Escape {
  readonly reason: string;
}

/** The calls resolved to a helper, and the other uses that keep its fix back. */
export interface HelperUses {
  readonly calls: readonly TSESTree.CallExpression[];
  readonly escapes: readonly Escape[];
}

const lineOf = (node: TSESTree.Node): number => node.loc.start.line;

/** Whether a variable is written only by its declaration. */
function isWrittenOnce(variable: Variable): boolean {
  return variable.references.every((reference) => !reference.isWrite() || reference.init === true);
}

/** The call that runs `fn` at once (an IIFE, an eager array method, `new Promise`), as `getAsyncContext` counts it. */
function immediateCaller(fn: TSESTree.FunctionLike): TSESTree.Node | undefined {
  const { parent } = fn;
  if (parent.type === AST_NODE_TYPES.NewExpression) {
    const { callee } = parent;
    const isExecutor = parent.arguments[0] === fn && callee.type === AST_NODE_TYPES.Identifier;
    return isExecutor && callee.name === 'Promise' ? parent : undefined;
  }
  if (parent.type !== AST_NODE_TYPES.CallExpression) return undefined;
  if (parent.callee === fn) return parent;
  const passed = parent.arguments.some((argument) => argument === fn);
  return passed && immediateCallbackMethod(parent) != null ? parent : undefined;
}

function variableHelper(sourceCode: SourceCode, fn: HelperFunction): Helper | undefined {
  const { parent } = fn;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) {
    const { id } = fn;
    const variable = id == null ? undefined : sourceCode.getDeclaredVariables(fn).find((v) => v.name === id.name);
    if (variable == null || variable.references.some((reference) => reference.isWrite())) return undefined;
    // `function f` declared twice (JS): which one runs depends on order, so neither is a helper.
    const others = variable.defs.filter(({ node }) => node !== fn && node.type !== AST_NODE_TYPES.TSDeclareFunction);
    if (others.length > 0) return undefined;
    return { fn, name: variable.name, binding: { kind: 'variable', variable } };
  }
  if (parent.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== fn) return undefined;
  if (parent.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  const { kind } = parent.parent;
  if (kind !== 'const' && kind !== 'let') return undefined;
  const variable = sourceCode.getDeclaredVariables(parent)[0];
  if (variable == null || !isWrittenOnce(variable)) return undefined;
  return { fn, name: variable.name, binding: { kind: 'variable', variable } };
}

function memberHelper(sourceCode: SourceCode, fn: HelperFunction): Helper | undefined {
  const member = fn.parent;
  if (member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition) {
    return undefined;
  }
  if (member.value !== fn || member.computed) return undefined;
  if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind !== 'method') return undefined;
  const key = memberKeyName(member.key, false);
  if (key == null) return undefined;
  const cls = member.parent.parent;
  const owner = member.static ? (cls.id?.name ?? 'this') : 'this';
  const binding = { kind: 'member', cls, key, isStatic: member.static, node: member } as const;
  // An instance method overridden in a subclass of the file: `this.m()` may run the override, which may not block.
  if (!member.static && overridersOf(sourceCode, binding).length > 0) return undefined;
  return { fn, name: `${owner}.${key}`, binding };
}

/** Whether `property` surely gives `literal` its `key`: no other property of that key, no spread or computed key after it. */
function isOnlyValue(literal: TSESTree.ObjectExpression, property: TSESTree.Property, key: string): boolean {
  const index = literal.properties.indexOf(property);
  return literal.properties.every((other, i) => {
    if (other === property) return true;
    if (other.type === AST_NODE_TYPES.SpreadElement) return i < index;
    const otherKey = staticPropertyKey(other);
    return otherKey == null ? i < index : otherKey !== key;
  });
}

/** Whether `object.key` is ever a write target (`o.m = …`, `o.m++`, `delete o.m`, a destructuring target). */
export function isKeyWritten(object: Variable, key: string): boolean {
  return object.references.some(({ identifier }) => {
    const member = identifier.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) return false;
    if (memberKeyName(member.property, member.computed) !== key) return false;
    const { parent } = member;
    switch (parent.type) {
      case AST_NODE_TYPES.AssignmentExpression:
      case AST_NODE_TYPES.AssignmentPattern:
        return parent.left === member;
      case AST_NODE_TYPES.UpdateExpression:
      case AST_NODE_TYPES.ArrayPattern:
      case AST_NODE_TYPES.RestElement:
        return true;
      case AST_NODE_TYPES.UnaryExpression:
        return parent.operator === 'delete';
      case AST_NODE_TYPES.Property:
        return parent.value === member && parent.parent.type === AST_NODE_TYPES.ObjectPattern;
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
        return parent.left === member;
      default:
        return false;
    }
  });
}

function propertyHelper(sourceCode: SourceCode, fn: HelperFunction): Helper | undefined {
  const property = fn.parent;
  if (property.type !== AST_NODE_TYPES.Property || property.value !== fn || property.kind !== 'init') return undefined;
  const key = staticPropertyKey(property);
  const literal = property.parent;
  const declarator = literal.parent;
  if (key == null || literal.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== literal) return undefined;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.parent.kind !== 'const') return undefined;
  const object = sourceCode.getDeclaredVariables(declarator)[0];
  if (object == null || !isOnlyValue(literal, property, key) || isKeyWritten(object, key)) return undefined;
  return { fn, name: `${object.name}.${key}`, binding: { kind: 'property', object, key, node: property } };
}

/** The helper `fn` is, if it is a sync, non-generator function the module reaches through a binding. */
function helperOf(sourceCode: SourceCode, fn: TSESTree.Node): Helper | undefined {
  if (
    fn.type !== AST_NODE_TYPES.FunctionDeclaration &&
    fn.type !== AST_NODE_TYPES.FunctionExpression &&
    fn.type !== AST_NODE_TYPES.ArrowFunctionExpression
  ) {
    return undefined;
  }
  if (fn.async || fn.generator) return undefined;
  return variableHelper(sourceCode, fn) ?? memberHelper(sourceCode, fn) ?? propertyHelper(sourceCode, fn);
}

function variableUses(variable: Variable): HelperUses {
  const calls: TSESTree.CallExpression[] = [];
  const escapes: Escape[] = [];
  if (isVariableExported(variable)) escapes.push({ reason: 'is exported' });
  for (const reference of variable.references) {
    if (reference.init === true) continue;
    const { identifier } = reference;
    const { parent } = identifier;
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier) calls.push(parent);
    else if (parent.type !== AST_NODE_TYPES.ExportSpecifier) {
      escapes.push({ reason: `is used as a value (line ${lineOf(identifier)})` });
    }
  }
  return { calls, escapes };
}

/** The first `this.<key>` read inside an object literal, per key (its methods' `this` may be the object). */
function thisReadsOf(sourceCode: SourceCode, literal: TSESTree.Node): Map<string, TSESTree.Node> {
  const reads = new Map<string, TSESTree.Node>();
  const keys = sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;
  const stack: TSESTree.Node[] = [literal];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression) {
      const key = memberKeyName(node.property, node.computed);
      if (key != null && !reads.has(key)) reads.set(key, node);
    }
    for (const name of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[name];
      for (const item of Array.isArray(child) ? (child as unknown[]) : [child]) {
        if (item != null && typeof (item as TSESTree.Node).type === 'string') stack.push(item as TSESTree.Node);
      }
    }
  }
  return reads;
}

function propertyUses(object: Variable, key: string, thisReads: ReadonlyMap<string, TSESTree.Node>): HelperUses {
  const calls: TSESTree.CallExpression[] = [];
  const escapes: Escape[] = [];
  if (isVariableExported(object)) escapes.push({ reason: `belongs to \`${object.name}\`, which is exported` });
  for (const reference of object.references) {
    if (reference.init === true) continue;
    const { identifier } = reference;
    const member = identifier.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) {
      if (member.type !== AST_NODE_TYPES.ExportSpecifier) {
        escapes.push({
          reason: `belongs to \`${object.name}\`, which is used as a value (line ${lineOf(identifier)})`,
        });
      }
      continue;
    }
    const name = memberKeyName(member.property, member.computed);
    if (name !== key) {
      if (name == null)
        escapes.push({
          reason: `belongs to \`${object.name}\`, which is read by a computed key (line ${lineOf(member)})`,
        });
      continue;
    }
    if (member.parent.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member) {
      calls.push(member.parent);
    } else escapes.push({ reason: `is used as a value (line ${lineOf(member)})` });
  }
  const throughThis = thisReads.get(key);
  if (throughThis) escapes.push({ reason: `is read through \`this\` (line ${lineOf(throughThis)})` });
  return { calls, escapes };
}

/** `function w() { … w() … }`: calls through a function expression's own name, which the fix would not await. */
function selfNameEscapes(sourceCode: SourceCode, fn: HelperFunction): Escape[] {
  if (fn.type !== AST_NODE_TYPES.FunctionExpression || fn.id == null) return [];
  const { id } = fn;
  const own = sourceCode.getDeclaredVariables(fn).find((variable) => variable.identifiers[0] === id);
  const reference = own?.references[0];
  return reference == null
    ? []
    : [{ reason: `is reached through its own name \`${own?.name ?? ''}\` (line ${lineOf(reference.identifier)})` }];
}

/** What a file's helper analysis shares: each function's helper and each helper's uses, found once. */
export interface HelperGraph {
  readonly sourceCode: SourceCode;
  /** The helper that runs `node`: the function around it, through callbacks that run at once. */
  runnerOf(node: TSESTree.Node): Helper | undefined;
  usesOf(helper: Helper): HelperUses;
}

export function createHelperGraph(sourceCode: SourceCode): HelperGraph {
  const helpers = new Map<TSESTree.Node, Helper | undefined>();
  const uses = new Map<Helper, HelperUses>();
  const classScans = new Map<TSESTree.Node, Map<string, TSESTree.MemberExpression[]>>();
  const literalScans = new Map<TSESTree.Node, Map<string, TSESTree.Node>>();
  const thisReadsIn = (literal: TSESTree.Node): Map<string, TSESTree.Node> => {
    let reads = literalScans.get(literal);
    if (!reads) {
      reads = thisReadsOf(sourceCode, literal);
      literalScans.set(literal, reads);
    }
    return reads;
  };
  const helperAt = (fn: TSESTree.Node): Helper | undefined => {
    if (!helpers.has(fn)) helpers.set(fn, helperOf(sourceCode, fn));
    return helpers.get(fn);
  };
  return {
    sourceCode,
    runnerOf(node) {
      let block: TSESTree.Node = sourceCode.getScope(node).variableScope.block;
      for (;;) {
        if (!ASTUtils.isFunction(block) || block.async || block.generator) return undefined;
        const helper = helperAt(block);
        if (helper) return helper;
        const caller = immediateCaller(block);
        if (!caller) return undefined;
        block = sourceCode.getScope(caller).variableScope.block;
      }
    },
    usesOf(helper) {
      let found = uses.get(helper);
      if (found == null) {
        const { binding } = helper;
        found =
          binding.kind === 'variable'
            ? variableUses(binding.variable)
            : binding.kind === 'property'
              ? propertyUses(binding.object, binding.key, thisReadsIn(binding.node.parent))
              : classUses(sourceCode, classScans, binding);
        const own = selfNameEscapes(sourceCode, helper.fn);
        if (own.length > 0) found = { calls: found.calls, escapes: [...found.escapes, ...own] };
        uses.set(helper, found);
      }
      return found;
    },
  };
}
