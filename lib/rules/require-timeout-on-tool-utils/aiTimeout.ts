import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { unwrapExpression } from '../../util/ast';
import { constantInit } from '../../util/scope';
import { durationVerdict, fractionOf, type ValueVerdict, wholeMilliseconds } from './boundValue';
import { replaceValue } from './edits';
import { readOptions, type OptionsView } from './optionsArgument';
import { NOT_AN_INTEGER } from './policies';
import { MAX_TIMER_MS } from './timerRange';
import type { BoundPolicy, Edit, FileCheck } from './types';

// The AI SDK's `timeout` object (ai 6.0.16+): `{ totalMs, stepMs, chunkMs }`. What the SDK does with each member
// (ai's src/prompt/call-settings.ts, generate-text.ts, stream-text.ts): `totalMs` becomes `AbortSignal.timeout(totalMs)`
// over the whole run; `stepMs` starts a timer for each step (its model call and the tool calls it makes), so it bounds
// the run only as far as the step count is finite, which the caller's `stopWhen` decides and the rule does not read;
// `chunkMs` is read by streamText only, a timer restarted by each chunk: it ends a stream that stalls. A member left
// out, `undefined` or `null` sets no timer, so `timeout: {}` bounds nothing. `0` fires at once (`AbortSignal.timeout(0)`,
// `setTimeout(…, 0)`); a negative number, `NaN` or `Infinity` makes `AbortSignal.timeout()` throw and a `setTimeout()`
// fire at once.

const UNKNOWN: ValueVerdict = { verdict: 'unknown' };
const BOUNDED: ValueVerdict = { verdict: 'bounded' };

/** The member the suggestion sets: the one that bounds every run. */
const TOTAL = 'totalMs';

/** What the message asks for when the object bounds nothing. */
export const AI_TIMEOUT_REMEDY = 'set `totalMs` to a positive number of milliseconds';

/** What a member that is not a positive finite number does, by member. */
const FAILS_AT_ONCE: Readonly<Record<string, string>> = {
  totalMs: "the SDK's `AbortSignal.timeout()` fires at once or throws",
  stepMs: "the SDK's step timer fires at once",
  chunkMs: "the SDK's chunk timer fires at once",
};

/** A member that makes the run fail at once: how to report it, the key, its text, what it does, the suggestion. */
export interface AiTimeoutFailure {
  readonly messageId: 'failsAtOnce' | 'fractionalTimeout' | 'timerOverflow';
  readonly key: string;
  readonly value: string;
  readonly effect: string;
  readonly edit: Edit | undefined;
}

/** The members of `timeout` the call reads: `chunkMs` on a stream only. */
function readMembers(policy: BoundPolicy): readonly string[] {
  return policy.timeoutObject === 'stream' ? ['totalMs', 'stepMs', 'chunkMs'] : ['totalMs', 'stepMs'];
}

/** The object form of an AI SDK `timeout` (`{ totalMs }`, also through a `const`): its members, or undefined. */
export function aiTimeoutObject(file: FileCheck, policy: BoundPolicy, value: TSESTree.Node): OptionsView | undefined {
  if (policy.timeoutObject == null) return undefined;
  const expression = unwrapExpression(value);
  const init = expression.type === AST_NODE_TYPES.Identifier ? constantInit(file.sourceCode, expression) : expression;
  if (init == null || unwrapExpression(init).type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  return readOptions(file.sourceCode, expression);
}

/**
 * Whether the object bounds the run: a `totalMs` that is a bound (or `chunkMs` on a stream) → bounded; a `stepMs`
 * alone → unknown (the step count decides); members the call does not read, or none → no bound.
 */
export function aiTimeoutVerdict(file: FileCheck, policy: BoundPolicy, members: OptionsView): ValueVerdict {
  if (members.opaque) return UNKNOWN;
  const bounds = (key: string): boolean => {
    const entry = members.entries.get(key);
    return entry != null && durationVerdict(file.sourceCode, entry.value).verdict === 'bounded';
  };
  if (bounds(TOTAL)) return BOUNDED;
  if (policy.timeoutObject === 'stream' && bounds('chunkMs')) return BOUNDED;
  if (bounds('stepMs')) return { verdict: 'unknown', reason: 'steps' };
  return { verdict: 'unbounded' };
}

/** The suggestion for an object that bounds nothing: a `totalMs` in it, in place of one that is no bound. */
export function aiTimeoutEdit(file: FileCheck, members: OptionsView): Edit | undefined {
  const total = members.entries.get(TOTAL);
  if (total != null) return total.property && replaceValue(total.property, TOTAL, file.timeoutText);
  return members.literal && { kind: 'insertProperty', object: members.literal, text: `${TOTAL}: ${file.timeoutText}` };
}

/** A member the call reads set to a number that makes the run fail at once: the key, its text and what it does. */
export function aiTimeoutFailing(
  file: FileCheck,
  policy: BoundPolicy,
  members: OptionsView,
): AiTimeoutFailure | undefined {
  for (const key of readMembers(policy)) {
    const entry = members.entries.get(key);
    if (entry == null) continue;
    const value = file.sourceCode.getText(entry.value);
    // `totalMs` goes to `AbortSignal.timeout()`, which throws on a fraction; the timers of the others take one.
    const fraction = key === TOTAL ? fractionOf(file.sourceCode, entry.value) : undefined;
    if (fraction != null) {
      const edit = entry.property && replaceValue(entry.property, key, wholeMilliseconds(fraction));
      return { messageId: 'fractionalTimeout', key, value, effect: NOT_AN_INTEGER.abortSignal, edit };
    }
    const expression = unwrapExpression(entry.value);
    const known = ASTUtils.getStaticValue(expression, file.sourceCode.getScope(expression));
    if (known == null || typeof known.value !== 'number') continue;
    // A delay past 2147483647 ms fires a Node timer (and `AbortSignal.timeout()`) at once (timerRange.ts).
    if (known.value > MAX_TIMER_MS && Number.isFinite(known.value)) {
      const edit = entry.property && replaceValue(entry.property, key, file.maxTimerText);
      return { messageId: 'timerOverflow', key, value, effect: FAILS_AT_ONCE[key] ?? '', edit };
    }
    if (known.value > 0 && Number.isFinite(known.value)) continue;
    const edit = entry.property && replaceValue(entry.property, key, file.timeoutText);
    return { messageId: 'failsAtOnce', key, value, effect: FAILS_AT_ONCE[key] ?? '', edit };
  }
  return undefined;
}
