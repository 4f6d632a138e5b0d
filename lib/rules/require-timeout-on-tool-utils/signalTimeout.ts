import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { staticName, unwrapExpression } from '../../util/ast';
import type { OptionsView } from './optionsArgument';
import { MAX_TIMER_MS } from './timerRange';
import type { BoundPolicy, FileCheck, Outcome } from './types';

// `AbortSignal.timeout(ms)` checks `ms` as an unsigned 32-bit integer, then starts a Node timer. Node 20.20.2:
// `0` and 2147483648..4294967295 (past the timers' signed range, "TimeoutOverflowWarning") abort the signal at
// once; `-1`, `1e10`, `2 ** 32`, `Infinity` and `NaN` throw ERR_OUT_OF_RANGE before the call starts.

type Unbounded = Extract<Outcome, { kind: 'unbounded' }>;

/** The largest delay `AbortSignal.timeout()` accepts (a larger one throws). */
const MAX_SIGNAL_MS = 2 ** 32 - 1;
const ABORTS = '`AbortSignal.timeout()` aborts the signal at once';
const THROWS = '`AbortSignal.timeout()` throws a RangeError (ERR_OUT_OF_RANGE)';

/** `AbortSignal.timeout(<arg>)`: its argument, or undefined for any other value. */
function timeoutArgument(value: TSESTree.Node): TSESTree.Node | undefined {
  const call = unwrapExpression(value);
  if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || staticName(callee) !== 'timeout') return undefined;
  const owner = unwrapExpression(callee.object);
  if (owner.type !== AST_NODE_TYPES.Identifier || owner.name !== 'AbortSignal') return undefined;
  const [argument] = call.arguments;
  return argument == null || argument.type === AST_NODE_TYPES.SpreadElement ? undefined : argument;
}

/**
 * The signal key set to `AbortSignal.timeout(<n>)` with an `n` the syntax fixes that gives no deadline: past the
 * timers' range (`timerOverflow`, aborted at once), `0` (aborted at once) or negative, non-finite or past 4294967295
 * (`failsAtOnce`, throws). The suggestion replaces the argument. The finding, or none.
 */
export function signalTimeoutFailure(
  file: FileCheck,
  name: string,
  policy: BoundPolicy,
  view: OptionsView,
): Unbounded | undefined {
  const key = policy.signalKey;
  const entry = key == null ? undefined : view.entries.get(key);
  const argument = entry && timeoutArgument(entry.value);
  if (key == null || entry == null || argument == null) return undefined;
  const known = ASTUtils.getStaticValue(argument, file.sourceCode.getScope(argument));
  if (known == null || typeof known.value !== 'number') return undefined;
  const ms = known.value;
  const value = file.sourceCode.getText(entry.value);
  const replace = (text: string) => ({ kind: 'replace' as const, node: argument, text });
  if (ms > MAX_TIMER_MS && ms <= MAX_SIGNAL_MS) {
    const data = { name, key, value, effect: ABORTS, max: file.maxTimerText };
    const finding = { messageId: 'timerOverflow' as const, data, edit: replace(file.maxTimerText) };
    return { kind: 'unbounded', problem: 'failsAtOnce', finding };
  }
  if (ms > 0 && ms <= MAX_SIGNAL_MS) return undefined;
  const data = { name, key, value, effect: ms === 0 ? ABORTS : THROWS };
  const finding = { messageId: 'failsAtOnce' as const, data, edit: replace(file.timeoutText) };
  return { kind: 'unbounded', problem: 'failsAtOnce', finding };
}
