import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { insertAwait } from '../../util/fix/insertAwait';
import { readCallbackBody } from './callbackShape';
import type { SYNC_APIS } from './fsSyncApis';

// `const texts = files.map((f) => readFileSync(f))` as `await Promise.all(files.map(async (f) => …))`: the edits
// around the `map`, where the result is used and every blocking call in the callback only reads.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Edits = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
type ApiName = keyof (typeof SYNC_APIS)['fs'] | keyof (typeof SYNC_APIS)['fs-extra'];

/**
 * The sync APIs that only read: run at once, their order does not matter. Writes are left out: started together,
 * they would no longer run one after another in the array's order.
 */
const READS: ReadonlySet<string> = new Set<ApiName>([
  'accessSync',
  'lstatSync',
  'opendirSync',
  'pathExistsSync',
  'readFileSync',
  'readJSONSync',
  'readJsonSync',
  'readdirSync',
  'readlinkSync',
  'realpathSync.native',
  'statSync',
  'statfsSync',
]);

export const isReadApi = (name: string): boolean => READS.has(name);

/** Whether `Promise` at `node` is the global one. */
function isGlobalPromise(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(node); scope; scope = scope.upper) {
    const variable = scope.set.get('Promise');
    if (variable) return variable.defs.length === 0;
  }
  return true;
}

/** `Promise.all(files.map(…))`: the promises the callback returns once async are already awaited together. */
function isPromiseAllArgument(sourceCode: SourceCode, call: TSESTree.CallExpression): boolean {
  const { parent } = call;
  return (
    parent.type === AST_NODE_TYPES.CallExpression &&
    parent.arguments.length === 1 &&
    parent.arguments[0] === call &&
    parent.callee.type === AST_NODE_TYPES.MemberExpression &&
    !parent.callee.computed &&
    parent.callee.object.type === AST_NODE_TYPES.Identifier &&
    parent.callee.object.name === 'Promise' &&
    parent.callee.property.type === AST_NODE_TYPES.Identifier &&
    parent.callee.property.name === 'all' &&
    isGlobalPromise(sourceCode, parent)
  );
}

/** Whether the result of `call` is used as a value (not dropped by a statement or `void`). */
function isValueUsed(call: TSESTree.CallExpression): boolean {
  const { parent } = call;
  if (parent.type === AST_NODE_TYPES.ExpressionStatement || parent.type === AST_NODE_TYPES.ChainExpression) {
    return false;
  }
  return !(parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void');
}

/** Whether the callback takes the array as its third parameter: what it does with it is not followed. */
function readsArrayParameter(sourceCode: SourceCode, callback: TSESTree.FunctionLike): boolean {
  const [, , array, ...rest] = callback.params;
  if (array == null) return false;
  if (rest.length > 0 || array.type !== AST_NODE_TYPES.Identifier) return true;
  return (sourceCode.getScope(callback).set.get(array.name)?.references.length ?? 1) > 0;
}

/**
 * The edits that make `call`, a `map` whose result is used, await every callback's promise together:
 * `await Promise.all(` around the call (parenthesised where precedence needs it), `async` on the callback, and
 * `Promise<…>` around a written return type; `undefined` where the callback binds its own `this` or the call has
 * type arguments.
 */
export function promiseAllEdits(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  callback: TSESTree.FunctionLike,
): Edits | undefined {
  if (!isValueUsed(call) || !isGlobalPromise(sourceCode, call)) return undefined;
  // `map<T>(…)` would type the async callback's promise as `T`: left as it is.
  if (call.typeArguments != null) return undefined;
  if (readCallbackBody(sourceCode, callback).usesOwnThis || readsArrayParameter(sourceCode, callback)) return undefined;
  const returnType = callback.returnType?.typeAnnotation;
  const isAwaitedTogether = isPromiseAllArgument(sourceCode, call);
  return (fixer) => [
    ...(isAwaitedTogether ? [] : insertAwait(fixer, sourceCode, call, { before: 'Promise.all(', after: ')' })),
    fixer.insertTextBefore(callback, 'async '),
    ...(returnType ? [fixer.insertTextBefore(returnType, 'Promise<'), fixer.insertTextAfter(returnType, '>')] : []),
  ];
}
