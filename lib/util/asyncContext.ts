// getAsyncContext: where a node runs relative to an async function: its body, a parameter, a callback run at once.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { isWithin } from './ast';

/**
 * Callees known to run a synchronous callback argument at once, before they return. A sync call inside such a
 * callback blocks the async function that made the call. Deferred callbacks (`setTimeout`, `on('x', …)`) are absent.
 */
const IMMEDIATE_CALLBACK_METHODS: ReadonlySet<string> = new Set([
  'every',
  'filter',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'flatMap',
  'forEach',
  'map',
  'reduce',
  'reduceRight',
  'some',
  'sort',
  'toSorted',
]);

/** Where a node runs relative to the async function whose event-loop turn it blocks. */
export type AsyncContext =
  /** Directly in the body of an async function: `await` is legal right here. */
  | { readonly kind: 'body'; readonly fn: TSESTree.FunctionLike }
  /** In a parameter default of an async function: it runs while the function does, but `await` is illegal. */
  | { readonly kind: 'parameter'; readonly fn: TSESTree.FunctionLike }
  /** In a synchronous callback that an async function's call runs at once (`files.map(f => …)`, `(() => …)()`). */
  | { readonly kind: 'callback'; readonly fn: TSESTree.FunctionLike; readonly callback: TSESTree.FunctionLike }
  /** Anywhere else: module top level, a sync function, a deferred callback, a field initialiser, a static block. */
  | { readonly kind: 'none' };

const NONE: AsyncContext = { kind: 'none' };

function isFunctionLike(node: TSESTree.Node): node is TSESTree.FunctionLike {
  return ASTUtils.isFunction(node);
}

function isWithinAny(node: TSESTree.Node, containers: readonly TSESTree.Node[]): boolean {
  return containers.some((container) => isWithin(node, container));
}

/** The call that runs `fn` at once, if `fn` is passed straight to one of the known immediate callees. */
function immediateCaller(fn: TSESTree.FunctionLike): TSESTree.Node | undefined {
  const { parent } = fn;
  if (parent.type === AST_NODE_TYPES.NewExpression) {
    const isPromiseExecutor =
      parent.arguments[0] === fn &&
      parent.callee.type === AST_NODE_TYPES.Identifier &&
      parent.callee.name === 'Promise';
    return isPromiseExecutor ? parent : undefined;
  }
  if (parent.type !== AST_NODE_TYPES.CallExpression) return undefined;
  // An immediately invoked function: `(() => …)()`.
  if (parent.callee === fn) return parent;
  if (!parent.arguments.some((argument) => argument === fn)) return undefined;
  const { callee } = parent;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = callee.computed
    ? undefined
    : callee.property.type === AST_NODE_TYPES.Identifier
      ? callee.property.name
      : undefined;
  return name != null && IMMEDIATE_CALLBACK_METHODS.has(name) ? parent : undefined;
}

/**
 * Decides whether `node` runs while an async function runs, asking the scope manager for the nearest boundary:
 * functions, class field initialisers and static blocks each have a scope of their own.
 */
export function getAsyncContext(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): AsyncContext {
  let block: TSESTree.Node = sourceCode.getScope(node).variableScope.block;
  let firstCallback: TSESTree.FunctionLike | undefined;
  for (;;) {
    if (!isFunctionLike(block)) return NONE;
    if (block.async) {
      // Async generators included: they run on the event loop and `await` is legal in their bodies.
      if (firstCallback) return { kind: 'callback', fn: block, callback: firstCallback };
      return isWithinAny(node, block.params) ? { kind: 'parameter', fn: block } : { kind: 'body', fn: block };
    }
    const caller = immediateCaller(block);
    if (!caller || block.generator) return NONE;
    firstCallback ??= block;
    block = sourceCode.getScope(caller).variableScope.block;
  }
}
