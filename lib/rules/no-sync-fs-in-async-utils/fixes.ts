import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { insertAwait, type AwaitWrapping } from '../../util/fix/insertAwait';
import { mergeFixes } from '../../util/fix/mergeFixes';
import { planBindings } from './bindingPlan';
import { SUGGESTIONS } from './fsSyncApis';
import type { BindingRewrite, CalleeRewrite, MessageId, SuggestionKind, SyncApi } from './types';

// The fixes and suggestions a report carries: the callee rewrite plus `await`, and any binding edits.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixes = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];

/** The whole conversion of one call: callee edits plus `await`, given the callee text for a binding. */
export function callFixes(
  sourceCode: SourceCode,
  fixer: TSESLint.RuleFixer,
  call: TSESTree.CallExpression,
  rewrite: CalleeRewrite,
  bindingCallee: string | undefined,
  wrapping: AwaitWrapping = {},
): TSESLint.RuleFix[] {
  const calleeFixes =
    rewrite.kind === 'member' ? rewrite.fix(fixer) : [fixer.replaceTextRange(rewrite.range, bindingCallee ?? '')];
  return [...insertAwait(fixer, sourceCode, call, wrapping), ...calleeFixes];
}

/** A call whose callee is rewritten through a named binding. */
export interface BindingCall {
  readonly call: TSESTree.CallExpression;
  readonly rewrite: BindingRewrite;
}

/**
 * One fix for every autofixable call through a named binding, plus the binding edits. Each such report
 * carries this same fix, so ESLint applies it once: a fix per call would need the same new import and
 * drop the same sync specifier, overlap, and take one `--fix` pass each.
 */
export function sharedBindingFix(
  sourceCode: SourceCode,
  members: readonly BindingCall[],
): { fix: TSESLint.ReportFixFunction; calls: ReadonlySet<TSESTree.CallExpression> } {
  const plan = planBindings(
    sourceCode,
    members.map((member) => member.rewrite.request),
  );
  const planned = members.filter((member) => plan.callee.has(member.rewrite.request));
  let merged: TSESLint.RuleFix | null | undefined;
  const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix | null => {
    merged ??= mergeFixes(sourceCode.text, [
      ...planned.flatMap(({ call, rewrite }) =>
        callFixes(sourceCode, fixer, call, rewrite, plan.callee.get(rewrite.request)),
      ),
      ...plan.fix(fixer),
    ]);
    return merged;
  };
  return { fix, calls: new Set(planned.map((member) => member.call)) };
}

/** A suggestion: the call rewritten with `wrapping`, plus any binding edits it needs on its own. */
function suggestionFix(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  rewrite: CalleeRewrite,
  wrapping: AwaitWrapping,
  extra: Fixes,
): Fixes | undefined {
  if (rewrite.kind === 'member')
    return (fixer) => [...callFixes(sourceCode, fixer, call, rewrite, undefined, wrapping), ...extra(fixer)];
  const plan = planBindings(sourceCode, [rewrite.request]);
  const callee = plan.callee.get(rewrite.request);
  if (callee == null) return undefined;
  return (fixer) => [
    ...callFixes(sourceCode, fixer, call, rewrite, callee, wrapping),
    ...extra(fixer),
    ...plan.fix(fixer),
  ];
}

/** A suggestion that makes `call` await its twin, with `wrapping` and `extra` edits, or `undefined` where it cannot. */
export function twinSuggestion(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  rewrite: CalleeRewrite,
  descriptor: { readonly messageId: MessageId; readonly data?: Record<string, string> },
  wrapping: AwaitWrapping = {},
  extra: Fixes = () => [],
): TSESLint.SuggestionReportDescriptor<MessageId> | undefined {
  const fix = suggestionFix(sourceCode, call, rewrite, wrapping, extra);
  return fix ? { ...descriptor, fix } : undefined;
}

/** The `using` declaration that `call` initialises: it must become `await using` to dispose asynchronously. */
function usingDeclarationOf(call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const declarator = call.parent;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== call) return undefined;
  return declarator.parent.kind === 'using' ? declarator.parent : undefined;
}

/** The suggestion of `kind` for `call`, or `undefined` where its binding edits cannot be made. */
export function suggestionFor(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  api: SyncApi,
  kind: SuggestionKind,
  rewrite: CalleeRewrite,
): TSESLint.SuggestionReportDescriptor<MessageId> | undefined {
  const { messageId, wrapping, awaitsUsing } = SUGGESTIONS[kind];
  const extra: Fixes = (fixer) => {
    const usingKeyword = awaitsUsing ? usingDeclarationOf(call) : undefined;
    return usingKeyword ? [fixer.insertTextBefore(usingKeyword, 'await ')] : [];
  };
  const fix = suggestionFix(sourceCode, call, rewrite, wrapping, extra);
  return fix ? { messageId, data: { twin: api.twin }, fix } : undefined;
}
