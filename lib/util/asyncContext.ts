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
  return immediateCallbackMethod(parent) == null ? undefined : parent;
}

/** The method's name when `call` calls one known to run its callback at once (`files.forEach(…)`). */
export function immediateCallbackMethod(call: TSESTree.CallExpression): string | undefined {
  const { callee } = call;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return undefined;
  const name = callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : undefined;
  return name != null && IMMEDIATE_CALLBACK_METHODS.has(name) ? name : undefined;
}

/** Where the code of a variable scope's block runs: the async function it blocks, and the first callback on the way. */
type BlockRun =
  { readonly fn: TSESTree.FunctionLike; readonly firstCallback: TSESTree.FunctionLike | undefined } | undefined;

/** From a variable scope's block out through the callbacks run at once, to the async function it runs in, if any. */
function blockRun(sourceCode: Readonly<TSESLint.SourceCode>, start: TSESTree.Node): BlockRun {
  let block = start;
  let firstCallback: TSESTree.FunctionLike | undefined;
  for (;;) {
    if (!isFunctionLike(block)) return undefined;
    // Async generators included: they run on the event loop and `await` is legal in their bodies.
    if (block.async) return { fn: block, firstCallback };
    const caller = immediateCaller(block);
    if (!caller || block.generator) return undefined;
    firstCallback ??= block;
    block = sourceCode.getScope(caller).variableScope.block;
  }
}

function contextOf(node: TSESTree.Node, run: BlockRun): AsyncContext {
  if (run == null) return NONE;
  const { fn, firstCallback } = run;
  if (firstCallback) return { kind: 'callback', fn, callback: firstCallback };
  return isWithinAny(node, fn.params) ? { kind: 'parameter', fn } : { kind: 'body', fn };
}

/**
 * Decides whether `node` runs while an async function runs, asking the scope manager for the nearest boundary:
 * functions, class field initialisers and static blocks each have a scope of their own.
 */
export function getAsyncContext(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): AsyncContext {
  return contextOf(node, blockRun(sourceCode, sourceCode.getScope(node).variableScope.block));
}

/** `getAsyncContext` for one file, each node and each scope's walk out decided once. */
export type AsyncContextOf = (node: TSESTree.Node) => AsyncContext;

/** A per-file `getAsyncContext`: the rule's passes ask about the same calls and functions many times. */
export function createAsyncContexts(sourceCode: Readonly<TSESLint.SourceCode>): AsyncContextOf {
  const byNode = new Map<TSESTree.Node, AsyncContext>();
  const byBlock = new Map<TSESTree.Node, BlockRun>();
  return (node) => {
    let found = byNode.get(node);
    if (found == null) {
      const { block } = sourceCode.getScope(node).variableScope;
      let run = byBlock.get(block);
      if (!byBlock.has(block)) {
        run = blockRun(sourceCode, block);
        byBlock.set(block, run);
      }
      found = contextOf(node, run);
      byNode.set(node, found);
    }
    return found;
  };
}
