import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { unwrapExpression } from '../../util/ast';
import { durationVerdict, gotTimeoutVerdict, signalVerdict, type ValueVerdict } from './boundValue';
import { cancelTokenVerdict } from './cancelToken';
import { boundText, replaceValue, valueEdit } from './edits';
import type { OptionEntry, OptionsView } from './optionsArgument';
import { MISLEADING_KEY_MESSAGES, VALUE_REMEDIES } from './policies';
import type { BoundPolicy, Disabler, Edit, FileCheck, KeyKind, MisleadingKey, Outcome } from './types';

// The verdict of a call's options alone, before the idioms around the call (watchdogs, races) are looked at.

export const BOUNDED: Outcome = { kind: 'bounded' };
export const UNKNOWN: Outcome = { kind: 'unknown', reason: 'options' };
const UNKNOWN_SIGNAL: Outcome = { kind: 'unknown', reason: 'signal' };

type Unbounded = Extract<Outcome, { kind: 'unbounded' }>;

/** Whether `value` is the literal `expected` (`true`, `false`, `0`), through `as` and `!`. */
export function isLiteral(value: TSESTree.Node, expected: boolean | number): boolean {
  const expression = unwrapExpression(value);
  return expression.type === AST_NODE_TYPES.Literal && expression.value === expected;
}

function isInfinity(value: TSESTree.Node): boolean {
  const expression = unwrapExpression(value);
  return (
    (expression.type === AST_NODE_TYPES.Identifier && expression.name === 'Infinity') ||
    (expression.type === AST_NODE_TYPES.MemberExpression &&
      !expression.computed &&
      expression.object.type === AST_NODE_TYPES.Identifier &&
      expression.object.name === 'Number' &&
      expression.property.name === 'POSITIVE_INFINITY')
  );
}

function disables(disabler: Disabler, value: TSESTree.Node): boolean {
  switch (disabler) {
    case 'zero':
      return isLiteral(value, 0);
    case 'false':
      return isLiteral(value, false);
    case 'zeroOrInfinite':
      return isLiteral(value, 0) || isInfinity(value);
  }
}

/** An API with a deadline of its own: only a value that turns it off, or an endless progress reset, is reported. */
function judgeLibraryDefault(
  file: FileCheck,
  name: string,
  policy: BoundPolicy,
  libraryDefault: NonNullable<BoundPolicy['libraryDefault']>,
  view: OptionsView,
): Outcome {
  const { entries } = view;
  const data = { name, remedy: policy.remedy };
  for (const [key, disabler] of Object.entries(libraryDefault.disablers)) {
    const entry = entries.get(key);
    if (!entry || !disables(disabler, entry.value)) continue;
    const edit = entry.property && replaceValue(entry.property, key, file.timeoutText);
    const value = file.sourceCode.getText(entry.value);
    const firesAtOnce = libraryDefault.disablerFiresAtOnce === true;
    return {
      kind: 'unbounded',
      problem: firesAtOnce ? 'disablerFiresAtOnce' : 'valueIsNoBound',
      finding: {
        messageId: firesAtOnce ? 'mcpTimeoutFiresAtOnce' : 'noBoundValue',
        data: { ...data, key, value },
        edit,
      },
    };
  }
  const reset = entries.get('resetTimeoutOnProgress');
  if (
    policy.progressReset === true &&
    reset &&
    isLiteral(reset.value, true) &&
    !entries.has('maxTotalTimeout') &&
    !view.opaque
  ) {
    const edit: Edit = { kind: 'insertBound', text: `maxTotalTimeout: ${file.timeoutText}` };
    return { kind: 'unbounded', problem: 'unboundedProgress', finding: { messageId: 'unboundedProgress', data, edit } };
  }
  if (Object.keys(policy.keys).some((key) => entries.has(key))) return BOUNDED;
  return view.opaque ? UNKNOWN : { kind: 'libraryDefault', duration: libraryDefault.duration };
}

function valueVerdict(file: FileCheck, kind: KeyKind, entry: OptionEntry): ValueVerdict | 'number' {
  if (kind === 'cancelToken') return cancelTokenVerdict(file.signalContext, entry.value);
  return kind === 'signal'
    ? signalVerdict(file.signalContext, entry.value)
    : kind === 'delays'
      ? gotTimeoutVerdict(file.sourceCode, entry.value)
      : durationVerdict(file.sourceCode, entry.value);
}

interface KeyValues {
  /** The first key whose value is no bound. */
  readonly unbounded: Unbounded | undefined;
  readonly unknown: boolean;
  /** Some unknown value is a signal's (option `signalFromCaller`). */
  readonly signalUnknown: boolean;
}

/** The values of the bounding keys the call sets: bounded as soon as one is, else what the others say. */
function judgeValues(file: FileCheck, name: string, policy: BoundPolicy, view: OptionsView): KeyValues | 'bounded' {
  const { sourceCode } = file;
  let unbounded: Unbounded | undefined;
  let unknown = false;
  let signalUnknown = false;
  for (const key of Object.keys(policy.keys).filter((present) => view.entries.has(present))) {
    const kind = policy.keys[key] ?? 'duration';
    const entry = view.entries.get(key);
    if (!entry) continue;
    const verdict = valueVerdict(file, kind, entry);
    if (verdict === 'number') {
      const value = sourceCode.getText(entry.value);
      const edit = entry.property && replaceValue(entry.property, key, `{ request: ${value} }`);
      const finding = { messageId: 'gotTimeoutNumber' as const, data: { name, remedy: policy.remedy, value }, edit };
      unbounded ??= { kind: 'unbounded', problem: 'gotTimeoutNumber', finding };
      continue;
    }
    if (verdict.verdict === 'bounded') return 'bounded';
    if (verdict.verdict === 'unknown') {
      unknown = true;
      signalUnknown ||= kind === 'signal';
    } else {
      const edit = entry.property && valueEdit(entry.property, key, kind, file.timeoutText);
      const value = verdict.shown ?? sourceCode.getText(entry.value);
      const data = { name, key, value, remedy: VALUE_REMEDIES[kind] };
      unbounded ??= {
        kind: 'unbounded',
        problem: 'valueIsNoBound',
        finding: { messageId: 'noBoundValue', data, edit },
      };
    }
  }
  return { unbounded, unknown, signalUnknown };
}

/** The fix for a misleading key: the key the API obeys instead. */
function misleadingKeyEdit(
  file: FileCheck,
  misleading: MisleadingKey,
  entry: OptionEntry,
  view: OptionsView,
  policy: BoundPolicy,
): Edit | undefined {
  const { sourceCode, timeoutText } = file;
  const { property } = entry;
  const duration = (): string =>
    durationVerdict(sourceCode, entry.value).verdict === 'bounded' ? sourceCode.getText(entry.value) : timeoutText;
  switch (misleading) {
    case 'ignoredByFetch':
      if (!property || view.entries.has('signal')) return undefined;
      return { kind: 'replace', node: property, text: `signal: AbortSignal.timeout(${duration()})` };
    case 'onlyEmitsEvent':
      return view.entries.has('signal')
        ? undefined
        : { kind: 'insertBound', text: `signal: AbortSignal.timeout(${duration()})` };
    case 'ignoredWhileBlocking':
      return policy.add && { kind: 'insertBound', text: boundText(policy.add, timeoutText) };
    case 'renamed':
      if (!property || view.entries.has('cancelSignal')) return undefined;
      return property.shorthand
        ? { kind: 'replace', node: property, text: `cancelSignal: ${sourceCode.getText(property.value)}` }
        : { kind: 'replace', node: property.key, text: 'cancelSignal' };
    case 'versionDependent':
      return undefined;
  }
}

/** The keys the call sets, judged against the API's policy: values first, then misleading keys. */
function judgeKeys(file: FileCheck, name: string, policy: BoundPolicy, view: OptionsView): Outcome {
  const values = judgeValues(file, name, policy, view);
  if (values === 'bounded') return BOUNDED;
  const { unbounded } = values;
  let { unknown } = values;
  if (unbounded?.problem === 'gotTimeoutNumber') return unbounded;
  const data = { name, remedy: policy.remedy };
  for (const [key, misleading] of Object.entries(policy.misleadingKeys ?? {})) {
    const entry = view.entries.get(key);
    if (!entry) continue;
    if (misleading === 'versionDependent') {
      unknown = true;
      continue;
    }
    const edit = misleadingKeyEdit(file, misleading, entry, view, policy);
    const finding = { messageId: MISLEADING_KEY_MESSAGES[misleading], data, edit };
    return { kind: 'unbounded', problem: 'misleadingKey', misleading, finding };
  }
  if (unknown || view.opaque) return values.signalUnknown && !view.opaque ? UNKNOWN_SIGNAL : UNKNOWN;
  if (unbounded) return unbounded;
  if (!policy.add)
    return { kind: 'unbounded', problem: 'noDeadlineApi', finding: { messageId: 'noDeadlineApi', data } };
  const edit: Edit = { kind: 'insertBound', text: boundText(policy.add, file.timeoutText) };
  return { kind: 'unbounded', problem: 'missingBound', finding: { messageId: 'missingTimeout', data, edit } };
}

/** The verdict of the options alone, before idioms such as watchdogs and races. */
export function judgeOptions(file: FileCheck, name: string, policy: BoundPolicy, view: OptionsView): Outcome {
  const { libraryDefault } = policy;
  return libraryDefault
    ? judgeLibraryDefault(file, name, policy, libraryDefault, view)
    : judgeKeys(file, name, policy, view);
}
