import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { findVariable } from '../../util/scope';
import type { CalleeRewrite, FileCheck, SyncApi, SyncCall } from './types';

// How a call's callee turns into its promise version's, and the calls whose callee must stay as it is.

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What the callee rewrites need to know about the call. */
interface Target {
  readonly sourceCode: SourceCode;
  /** The traced module, without `node:`. */
  readonly module: string;
  readonly api: SyncApi;
}

/** `.promises` in front of the twin where it lives in `fs/promises`; nothing for fs-extra's own helpers. */
const promisesPrefix = (api: SyncApi): string => (api.twinModule === 'fs/promises' ? 'promises.' : '');

/** `readFileSync(…)` and `realpathSync.native(…)`: the new callee text comes from the binding plan. */
function bindingRewrite(
  { sourceCode, module, api }: Target,
  identifier: TSESTree.Identifier,
  range: TSESTree.Range,
): CalleeRewrite | undefined {
  const variable = findVariable(sourceCode, identifier);
  if (!variable) return undefined;
  const request = { reference: identifier, variable, twinModule: api.twinModule, module, twin: api.twin };
  return { kind: 'binding', request, range };
}

/** `fs.realpathSync.native(…)` and `realpathSync.native(…)`. */
function nativeMemberRewrite(target: Target, callee: TSESTree.MemberExpression): CalleeRewrite | undefined {
  if (callee.computed) return undefined;
  const { object } = callee;
  if (object.type === AST_NODE_TYPES.Identifier) {
    // The whole callee is replaced: a comment inside it would go too.
    return target.sourceCode.getCommentsInside(callee).length > 0
      ? undefined
      : bindingRewrite(target, object, callee.range);
  }
  if (object.type !== AST_NODE_TYPES.MemberExpression || object.computed || object.optional) return undefined;
  // `(fs.realpathSync).native` → `(fs.promises.realpath)`: only `.native` goes, parentheses and comments stay.
  const dot = target.sourceCode.getTokenBefore(callee.property);
  if (!dot) return undefined;
  return {
    kind: 'member',
    fix: (fixer) => [
      fixer.replaceText(object.property, `${promisesPrefix(target.api)}${target.api.twin}`),
      fixer.removeRange([dot.range[0], callee.property.range[1]]),
    ],
  };
}

/** `fs.readFileSync(…)` and `fs['readFileSync'](…)`. */
function memberRewrite({ sourceCode, api }: Target, callee: TSESTree.MemberExpression): CalleeRewrite | undefined {
  const { property } = callee;
  const prefix = promisesPrefix(api);
  if (!callee.computed) {
    return { kind: 'member', fix: (fixer) => [fixer.replaceText(property, `${prefix}${api.twin}`)] };
  }
  if (property.type !== AST_NODE_TYPES.Literal || typeof property.value !== 'string') return undefined;
  // `fs[('readFileSync')]`: the bracket, not the parenthesis, is where `.promises` goes.
  const bracket = sourceCode.getTokenBefore(property, { filter: (token) => token.value === '[' });
  const quote = property.raw.charAt(0);
  return {
    kind: 'member',
    fix: (fixer) => [
      ...(prefix && bracket ? [fixer.insertTextBefore(bracket, '.promises')] : []),
      fixer.replaceText(property, `${quote}${api.twin}${quote}`),
    ],
  };
}

const isOptional = (call: TSESTree.CallExpression): boolean =>
  call.optional || (call.callee.type === AST_NODE_TYPES.MemberExpression && call.callee.optional);

const hasSpread = (call: TSESTree.CallExpression): boolean =>
  call.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement);

/** `enum E { A = f() }`: the initialiser runs while the async function does, but `await` is illegal there. */
function isInEnum(sourceCode: SourceCode, call: TSESTree.CallExpression): boolean {
  const scope = sourceCode.getScope(call);
  for (let current: typeof scope | null = scope; current && current !== scope.variableScope; current = current.upper) {
    if (current.block.type === AST_NODE_TYPES.TSEnumDeclaration) return true;
  }
  return false;
}

/**
 * The edits that make the callee call the twin instead, or `undefined` where that is not safe to do:
 * `.call()`/`.apply()`, optional calls, spread arguments, enum initialisers, and callees of other shapes.
 */
export function calleeRewrite(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  path: readonly string[],
  sync: SyncCall & { readonly api: SyncApi },
): CalleeRewrite | undefined {
  if (sync.indirect || isOptional(call) || hasSpread(call) || isInEnum(sourceCode, call)) return undefined;
  const { callee } = call;
  const target: Target = { sourceCode, module: path[0] ?? '', api: sync.api };
  if (callee.type === AST_NODE_TYPES.Identifier) return bindingRewrite(target, callee, callee.range);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  // `realpathSync.native` is the one traced member of an export.
  return path.length === 3 ? nativeMemberRewrite(target, callee) : memberRewrite(target, callee);
}

/**
 * The tracker follows a `let` or `var` even when it is assigned again later (`fs = memfs`); the callee's
 * binding could then be anything, so such calls are left alone.
 */
export function isRebound({ sourceCode, rebound }: FileCheck, call: TSESTree.CallExpression): boolean {
  let root: TSESTree.Node = call.callee;
  while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(sourceCode, root);
  if (!variable) return false;
  let isWritten = rebound.get(variable);
  if (isWritten == null) {
    isWritten = variable.references.some((reference) => reference.isWrite() && !reference.init);
    rebound.set(variable, isWritten);
  }
  return isWritten;
}
