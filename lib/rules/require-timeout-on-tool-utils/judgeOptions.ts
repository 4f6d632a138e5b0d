import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { unwrapExpression } from '../../util/ast';
import { AI_TIMEOUT_REMEDY, aiTimeoutEdit, aiTimeoutObject, aiTimeoutVerdict } from './aiTimeout';
import { durationVerdict, gotTimeoutVerdict, signalVerdict, type ValueVerdict } from './boundValue';
import { cancelTokenVerdict } from './cancelToken';
import { boundText, replaceValue, valueEdit } from './edits';
import type { OptionEntry, OptionsView } from './optionsArgument';
import { isReadKey, type TypedKey } from './typedOptions';
import { MISLEADING_KEY_EFFECTS, MISLEADING_KEY_MESSAGES, PROGRESS_RESET, VALUE_REMEDIES } from './policies';
import type { BoundPolicy, Disabler, Edit, FileCheck, MisleadingKey, Outcome } from './types';

// The verdict of a call's options alone, before the idioms around the call (watchdogs, races) are looked at.

export const BOUNDED: Outcome = { kind: 'bounded' };
export const UNKNOWN: Outcome = { kind: 'unknown', reason: 'options' };
const UNKNOWN_SIGNAL: Outcome = { kind: 'unknown', reason: 'signal' };
const UNKNOWN_STEPS: Outcome = { kind: 'unknown', reason: 'steps' };

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

/** Whether `value` is one that turns the library's timer off (`0`, `false`). */
export function disables(disabler: Disabler, value: TSESTree.Node): boolean {
  switch (disabler) {
    case 'zero':
      return isLiteral(value, 0);
    case 'false':
      return isLiteral(value, false);
    case 'zeroOrInfinite':
      return isLiteral(value, 0) || isInfinity(value);
  }
}

/** The first disabler the call sets to a value that turns the library's timer off: `{ timeout: false }` for ky. */
function disablerSet(
  libraryDefault: NonNullable<BoundPolicy['libraryDefault']>,
  view: OptionsView,
): { readonly key: string; readonly entry: OptionEntry } | undefined {
  for (const [key, disabler] of Object.entries(libraryDefault.disablers)) {
    const entry = view.entries.get(key);
    if (entry && disables(disabler, entry.value)) return { key, entry };
  }
  return undefined;
}

/**
 * A `maxTotalTimeout` that caps nothing: the MCP SDK tests it for truth (`0`, `NaN`, nullish) and compares the
 * elapsed time with it (`Infinity`). A negative cap ends the call at the first progress notification.
 */
function isNoCap(file: FileCheck, value: TSESTree.Node): boolean {
  const verdict = durationVerdict(file.sourceCode, value);
  return verdict.verdict === 'unbounded' && !/^-\d/u.test(verdict.shown ?? '');
}

/** MCP `resetTimeoutOnProgress: true` with no cap that ends the call: the finding, or undefined. */
function endlessProgress(file: FileCheck, name: string, policy: BoundPolicy, view: OptionsView): Unbounded | undefined {
  const reset = view.entries.get(PROGRESS_RESET.key);
  if (policy.progressReset !== true || !reset || !isLiteral(reset.value, true)) return undefined;
  const data = { name, remedy: policy.remedy };
  const cap = view.entries.get(PROGRESS_RESET.cap);
  if (!cap) {
    if (view.opaque) return undefined;
    const edit: Edit = { kind: 'insertBound', text: `${PROGRESS_RESET.cap}: ${file.timeoutText}` };
    return { kind: 'unbounded', problem: 'unboundedProgress', finding: { messageId: 'unboundedProgress', data, edit } };
  }
  if (!isNoCap(file, cap.value)) return undefined;
  const key = PROGRESS_RESET.cap;
  const value = durationVerdict(file.sourceCode, cap.value).shown ?? file.sourceCode.getText(cap.value);
  const remedy = `use a positive number of milliseconds, as \`${PROGRESS_RESET.key}\` restarts the timeout on every progress notification`;
  const edit = cap.property && replaceValue(cap.property, key, file.timeoutText);
  return {
    kind: 'unbounded',
    problem: 'unboundedProgress',
    finding: { messageId: 'noBoundValue', data: { name, key, value, remedy }, edit },
  };
}

/**
 * An API with a deadline of its own: bounded unless a value turns the library's timer off or a progress reset keeps
 * restarting it; then only an independent key (a signal that can fire) bounds the call.
 */
function judgeLibraryDefault(
  file: FileCheck,
  name: string,
  policy: BoundPolicy,
  libraryDefault: NonNullable<BoundPolicy['libraryDefault']>,
  view: OptionsView,
): Outcome {
  const { entries } = view;
  const disabled = disablerSet(libraryDefault, view);
  let undone: Unbounded | undefined;
  if (disabled) {
    const { key, entry } = disabled;
    const edit = entry.property && replaceValue(entry.property, key, file.timeoutText);
    const data = { name, remedy: policy.remedy, key, value: file.sourceCode.getText(entry.value) };
    undone = { kind: 'unbounded', problem: 'valueIsNoBound', finding: { messageId: 'noBoundValue', data, edit } };
  } else {
    undone = endlessProgress(file, name, policy, view);
  }
  if (!undone) {
    if (Object.keys(policy.keys).some((key) => entries.has(key))) return BOUNDED;
    if (view.opaque) return UNKNOWN;
    const { headersOnlyKey } = policy;
    if (headersOnlyKey == null) return { kind: 'libraryDefault', duration: libraryDefault.duration };
    const what = entries.has(headersOnlyKey)
      ? `\`${headersOnlyKey}\``
      : `the SDK's default timeout (${libraryDefault.duration})`;
    return { kind: 'libraryDefault', duration: libraryDefault.duration, headersOnly: what };
  }
  const independent = judgeValues(file, name, policy, view, libraryDefault.independentKeys);
  if (independent === 'bounded') return BOUNDED;
  if (independent.unknown || view.opaque) return unknownOf(independent, view);
  return undone;
}

/** A key whose value is no bound: the finding, with the value put right (ai's `timeout: {}` gets a `totalMs`). */
function noBoundValue(
  file: FileCheck,
  name: string,
  policy: BoundPolicy,
  key: string,
  entry: OptionEntry,
  shown: string | undefined,
): Unbounded {
  const kind = policy.keys[key] ?? 'duration';
  const members = aiTimeoutObject(file, policy, entry.value);
  const edit = members
    ? aiTimeoutEdit(file, members)
    : entry.property && valueEdit(entry.property, key, kind, file.timeoutText);
  const text = shown ?? file.sourceCode.getText(entry.value);
  // An object written over several lines reads as one in the message.
  const value = members ? text.replace(/\s+/gu, ' ') : text;
  const data = { name, key, value, remedy: members ? AI_TIMEOUT_REMEDY : VALUE_REMEDIES[kind] };
  return { kind: 'unbounded', problem: 'valueIsNoBound', finding: { messageId: 'noBoundValue', data, edit } };
}

function valueVerdict(file: FileCheck, policy: BoundPolicy, key: string, entry: OptionEntry): ValueVerdict | 'number' {
  const kind = policy.keys[key] ?? 'duration';
  const members = aiTimeoutObject(file, policy, entry.value);
  if (members) return aiTimeoutVerdict(file, policy, members);
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
  /** Some unknown value is ai's `stepMs` alone: each step is bounded, the step count is not. */
  readonly stepsUnknown: boolean;
}

/** The outcome of values some of which the rule cannot judge: the message says why where it can. */
function unknownOf(values: KeyValues, view: OptionsView): Outcome {
  if (view.opaque) return UNKNOWN;
  if (values.signalUnknown) return UNKNOWN_SIGNAL;
  return values.stepsUnknown ? UNKNOWN_STEPS : UNKNOWN;
}

/**
 * The values of the bounding keys the call sets (those of `only`, where given): bounded as soon as one is, else
 * what the others say.
 */
function judgeValues(
  file: FileCheck,
  name: string,
  policy: BoundPolicy,
  view: OptionsView,
  only?: readonly string[],
): KeyValues | 'bounded' {
  let unbounded: Unbounded | undefined;
  let unknown = false;
  let signalUnknown = false;
  let stepsUnknown = false;
  const keys = Object.keys(policy.keys).filter((key) => view.entries.has(key) && (only?.includes(key) ?? true));
  for (const key of keys) {
    const kind = policy.keys[key] ?? 'duration';
    const entry = view.entries.get(key);
    if (!entry) continue;
    const verdict = valueVerdict(file, policy, key, entry);
    // A number for got's `timeout` makes the call throw: breakingKey reports it first.
    if (verdict === 'number') continue;
    if (verdict.verdict === 'bounded') return 'bounded';
    if (verdict.verdict === 'unknown') {
      unknown = true;
      signalUnknown ||= kind === 'signal';
      stepsUnknown ||= verdict.reason === 'steps';
    } else {
      unbounded ??= noBoundValue(file, name, policy, key, entry, verdict.shown);
    }
  }
  return { unbounded, unknown, signalUnknown, stepsUnknown };
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
  // The object form (ai's `{ totalMs }`) is no argument for `AbortSignal.timeout()`.
  const duration = (): string =>
    entry.value.type !== AST_NODE_TYPES.ObjectExpression &&
    durationVerdict(sourceCode, entry.value).verdict === 'bounded'
      ? sourceCode.getText(entry.value)
      : timeoutText;
  switch (misleading) {
    case 'ignoredByFetch':
      if (!property || view.entries.has('signal')) return undefined;
      return { kind: 'replace', node: property, text: `signal: AbortSignal.timeout(${duration()})` };
    case 'ignoredByAiObject':
      if (!property || view.entries.has('abortSignal')) return undefined;
      return { kind: 'replace', node: property, text: `abortSignal: AbortSignal.timeout(${duration()})` };
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

/**
 * A key or value that makes the call throw or fail at once: got's number `timeout`, execa 9's `signal`, MCP's
 * `timeout: 0`. Reported whatever else the options set, since no other key can save the call.
 */
function breakingKey(file: FileCheck, name: string, policy: BoundPolicy, view: OptionsView): Unbounded | undefined {
  const { sourceCode } = file;
  for (const [key, kind] of Object.entries(policy.keys)) {
    const entry = view.entries.get(key);
    if (kind !== 'delays' || !entry || gotTimeoutVerdict(sourceCode, entry.value) !== 'number') continue;
    const value = sourceCode.getText(entry.value);
    const edit = entry.property && replaceValue(entry.property, key, `{ request: ${value} }`);
    const finding = { messageId: 'gotTimeoutNumber' as const, data: { name, remedy: policy.remedy, value }, edit };
    return { kind: 'unbounded', problem: 'gotTimeoutNumber', finding };
  }
  for (const [key, misleading] of Object.entries(policy.misleadingKeys ?? {})) {
    const entry = view.entries.get(key);
    if (!entry || misleading === 'versionDependent' || MISLEADING_KEY_EFFECTS[misleading] !== 'throws') continue;
    const edit = misleadingKeyEdit(file, misleading, entry, view, policy);
    const finding = { messageId: MISLEADING_KEY_MESSAGES[misleading], data: { name, remedy: policy.remedy }, edit };
    return { kind: 'unbounded', problem: 'misleadingKey', misleading, finding };
  }
  const { libraryDefault } = policy;
  const disabled = libraryDefault?.disablerFiresAtOnce === true ? disablerSet(libraryDefault, view) : undefined;
  if (!disabled) return undefined;
  const { key, entry } = disabled;
  const edit = entry.property && replaceValue(entry.property, key, file.timeoutText);
  const data = { name, remedy: policy.remedy, key, value: sourceCode.getText(entry.value) };
  return {
    kind: 'unbounded',
    problem: 'disablerFiresAtOnce',
    finding: { messageId: 'mcpTimeoutFiresAtOnce', data, edit },
  };
}

/** The keys the call sets, judged against the API's policy: values first, then keys the API ignores. */
function judgeKeys(file: FileCheck, name: string, policy: BoundPolicy, view: OptionsView): Outcome {
  const values = judgeValues(file, name, policy, view);
  if (values === 'bounded') return BOUNDED;
  const { unbounded } = values;
  let { unknown } = values;
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
  if (unknown || view.opaque) return unknownOf(values, view);
  if (unbounded) return unbounded;
  if (!policy.add)
    return { kind: 'unbounded', problem: 'noDeadlineApi', finding: { messageId: 'noDeadlineApi', data } };
  const edit: Edit = { kind: 'insertBound', text: boundText(policy.add, file.timeoutText) };
  return { kind: 'unbounded', problem: 'missingBound', finding: { messageId: 'missingTimeout', data, edit } };
}

/**
 * A key the type of unreadable options requires, that bounds the call whatever its value: a duration (counted as a
 * bound, as a value the syntax does not fix is), or a signal (as option `signalFromCaller` says). Not a key that
 * turns the library's timer off (ky's `timeout: false`).
 */
function typedBound(
  file: FileCheck,
  policy: BoundPolicy,
  typedKeys: ReadonlyMap<string, TypedKey>,
): Outcome | undefined {
  const { libraryDefault } = policy;
  for (const [key, status] of typedKeys) {
    const kind = policy.keys[key];
    if (status !== 'required' || kind == null) continue;
    const disables = libraryDefault != null && key in libraryDefault.disablers;
    if (disables && libraryDefault.disablerFiresAtOnce !== true) continue;
    if (kind === 'duration') return BOUNDED;
    if (kind === 'signal') return file.signalContext.callerSignal === 'bounded' ? BOUNDED : UNKNOWN_SIGNAL;
  }
  return undefined;
}

function judgeView(file: FileCheck, name: string, policy: BoundPolicy, view: OptionsView): Outcome {
  const broken = breakingKey(file, name, policy, view);
  if (broken) return broken;
  const { libraryDefault } = policy;
  return libraryDefault
    ? judgeLibraryDefault(file, name, policy, libraryDefault, view)
    : judgeKeys(file, name, policy, view);
}

/**
 * The verdict of the options alone, before idioms such as watchdogs and races. With type information, options whose
 * unreadable parts have closed types are read as readable when those types declare no key the rule reads, and are
 * bounded by a bounding key the types require; an optional one leaves them unknown.
 */
export function judgeOptions(file: FileCheck, name: string, policy: BoundPolicy, view: OptionsView): Outcome {
  const typedKeys = view.opaque ? view.typedKeys : undefined;
  if (typedKeys == null) return judgeView(file, name, policy, view);
  if (![...typedKeys.keys()].some((key) => isReadKey(policy, key))) {
    return judgeView(file, name, policy, { ...view, opaque: false });
  }
  const outcome = judgeView(file, name, policy, view);
  return outcome.kind === 'unknown' ? (typedBound(file, policy, typedKeys) ?? outcome) : outcome;
}
