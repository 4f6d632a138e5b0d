import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { unwrapExpression } from '../../util/ast';
import type { OptionsView } from './optionsArgument';
import type { BoundPolicy, SourceCode } from './types';

// A client that retries a timed-out request gives each attempt the whole timeout: the caller may wait
// (retries + 1) × timeout, which is what `implicitDefault` states.

/** The retry count the call sees: its own or its client's `maxRetries`, else the SDK's default; unknown: undefined. */
function retryCount(
  sourceCode: SourceCode,
  retries: NonNullable<BoundPolicy['retries']>,
  view: OptionsView,
): number | undefined {
  const entry = view.entries.get(retries.key);
  if (entry == null) return view.opaque ? undefined : retries.default;
  const expression = unwrapExpression(entry.value);
  const known = ASTUtils.getStaticValue(expression, sourceCode.getScope(expression));
  const value = known?.value;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** The worst-case wait of a call bounded by its library's default, as the message states it; none without retries. */
export function worstCase(sourceCode: SourceCode, policy: BoundPolicy, view: OptionsView): string | undefined {
  const { retries } = policy;
  if (retries == null) return undefined;
  const perAttempt = `${String(retries.perAttemptMinutes)} min`;
  const count = retryCount(sourceCode, retries, view);
  if (count == null) return `${perAttempt} per attempt (times \`${retries.key}\` + 1 in all)`;
  if (count === 0) return perAttempt;
  const total = `${String(retries.perAttemptMinutes * (count + 1))} min`;
  const what = count === 1 ? '1 retry' : `${String(count)} retries`;
  return `${perAttempt} per attempt (${total} in all with ${what})`;
}
