import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { unwrapExpression } from '../../util/ast';
import { insertArgument } from '../../util/fix/insertArgument';
import { insertProperty } from '../../util/fix/insertProperty';
import type { OptionsLocation, OptionsView } from './optionsArgument';
import type { BoundText, Edit, KeyKind, MessageId, SourceCode, ToolRun } from './types';

// The text a fix writes, and the fix that writes it.

/** The ECMAScript version the file is parsed as, where the configuration says (`parserOptions` first). */
export function configuredEcmaVersion(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): unknown {
  const languageOptions = context.languageOptions as
    { readonly ecmaVersion?: unknown; readonly parserOptions?: { readonly ecmaVersion?: unknown } } | undefined;
  return languageOptions?.parserOptions?.ecmaVersion ?? languageOptions?.ecmaVersion;
}

/** `30000` → `30_000`: numeric separators (ES2021) where the parser accepts them. */
export function formatMs(ms: number, separators: boolean): string {
  const digits = String(ms);
  return separators && /^\d{5,}$/u.test(digits) ? digits.replace(/\B(?=(?:\d{3})+$)/gu, '_') : digits;
}

/** The option a fix adds to a call with no bound. */
export function boundText(add: BoundText, timeoutText: string): string {
  switch (add) {
    case 'timeout':
      return `timeout: ${timeoutText}`;
    case 'signal':
      return `signal: AbortSignal.timeout(${timeoutText})`;
    case 'abortSignal':
      return `abortSignal: AbortSignal.timeout(${timeoutText})`;
    case 'gotTimeout':
      return `timeout: { request: ${timeoutText} }`;
  }
}

/** Replaces a property's value; a shorthand (`{ timeout }`) becomes `timeout: text`, as its key must stay. */
export function replaceValue(property: TSESTree.Property, key: string, text: string): Edit {
  return property.shorthand
    ? { kind: 'replace', node: property, text: `${key}: ${text}` }
    : { kind: 'replace', node: property.value, text };
}

/**
 * The edit for a key whose value is no bound: a value of its kind in its place. axios's `cancelToken` takes a
 * token, never a signal, and a token that nothing cancels does nothing: it gives way to axios's `timeout` (a
 * `timeout` the call sets already is no bound either, and is reported and replaced first).
 */
export function valueEdit(property: TSESTree.Property, key: string, kind: KeyKind, timeoutText: string): Edit {
  switch (kind) {
    case 'signal':
      return replaceValue(property, key, `AbortSignal.timeout(${timeoutText})`);
    case 'delays':
      return replaceValue(property, key, `{ request: ${timeoutText} }`);
    case 'duration':
      return replaceValue(property, key, timeoutText);
    case 'cancelToken':
      return { kind: 'replace', node: property, text: `timeout: ${timeoutText}` };
  }
}

/** The suggestion's message for each kind of edit. */
export const SUGGESTION_MESSAGES: Readonly<Record<Edit['kind'], MessageId>> = {
  insertBound: 'addBound',
  passSignal: 'passSignal',
  insertProperty: 'addBound',
  replace: 'replaceBound',
};

/** A tagged template's fix: into the options of a factory called at the tag, else a call at the tag. */
function tagFix(sourceCode: SourceCode, run: ToolRun, tagged: TSESTree.TaggedTemplateExpression, text: string) {
  if (run.api.factory !== true && run.api.policy.tagTakesOptions !== true) return undefined;
  // A factory called at the tag (``$({ cwd })`cmd` ``): into its options rather than a second call.
  const tag = unwrapExpression(tagged.tag);
  const [factoryOptions] =
    tag.type === AST_NODE_TYPES.CallExpression && tag.arguments.length === 1 ? tag.arguments : [];
  if (factoryOptions?.type === AST_NODE_TYPES.ObjectExpression) {
    return (fixer: TSESLint.RuleFixer) => insertProperty(fixer, sourceCode, factoryOptions, text);
  }
  return (fixer: TSESLint.RuleFixer) => fixer.insertTextAfter(tagged.tag, `({ ${text} })`);
}

/** The edit as a fix, or undefined where it cannot be made. */
export function fixFor(
  sourceCode: SourceCode,
  edit: Edit,
  run: ToolRun,
  location: OptionsLocation | undefined,
  view: OptionsView,
): TSESLint.ReportFixFunction | undefined {
  if (edit.kind === 'replace') return (fixer) => fixer.replaceText(edit.node, edit.text);
  if (edit.kind === 'insertProperty') return (fixer) => insertProperty(fixer, sourceCode, edit.object, edit.text);
  const { node } = run;
  if (node.type === AST_NODE_TYPES.TaggedTemplateExpression) return tagFix(sourceCode, run, node, edit.text);
  if (location?.kind === 'missing')
    return (fixer) => insertArgument(fixer, sourceCode, node, location.index, `{ ${edit.text} }`);
  if (location?.kind !== 'found') return undefined;
  if (view.literal) {
    const { literal } = view;
    return (fixer) => insertProperty(fixer, sourceCode, literal, edit.text);
  }
  const argument = unwrapExpression(location.node);
  if (argument.type !== AST_NODE_TYPES.Identifier && argument.type !== AST_NODE_TYPES.MemberExpression)
    return undefined;
  const original = location.node;
  return (fixer) => fixer.replaceText(original, `{ ...${sourceCode.getText(original)}, ${edit.text} }`);
}
