import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { unwrapExpression } from '../../util/ast';
import { replaceValue } from './edits';
import type { OptionsView } from './optionsArgument';
import type { BoundPolicy, FileCheck, Outcome } from './types';

// Node's timers take a delay in a 32-bit signed range. Node 20.20.2: `setTimeout(f, 2 ** 31)` and a child_process
// `spawn`/`exec`/`execFile` with `timeout: 2 ** 31`, `3e9` or `2 ** 32` warn "TimeoutOverflowWarning: … does not fit
// into a 32-bit signed integer. Timeout duration was set to 1." and kill the child with SIGTERM at once;
// `AbortSignal.timeout(2 ** 31)` and `(3e9)` are aborted at once, and `AbortSignal.timeout(2 ** 53)` throws
// ERR_OUT_OF_RANGE ("It must be >= 0 && <= 4294967295"). A negative delay fires `setTimeout` at once too.
// (`spawnSync`/`execSync`/`execFileSync` run normally with such a `timeout`: their policy has no timer key.)

type Unbounded = Extract<Outcome, { kind: 'unbounded' }>;

/** The longest delay a Node timer takes. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The first key of `policy.timerKeys` set to a number a Node timer cannot take: past its range (`timerOverflow`,
 * suggesting the longest delay it takes) or negative (`failsAtOnce`). The finding, or none.
 */
export function timerFailure(
  file: FileCheck,
  name: string,
  policy: BoundPolicy,
  view: OptionsView,
): Unbounded | undefined {
  for (const [key, effect] of Object.entries(policy.timerKeys ?? {})) {
    const entry = view.entries.get(key);
    if (entry == null) continue;
    const expression = unwrapExpression(entry.value);
    const known = ASTUtils.getStaticValue(expression, file.sourceCode.getScope(expression));
    if (known == null || typeof known.value !== 'number' || !Number.isFinite(known.value)) continue;
    const value = file.sourceCode.getText(entry.value);
    const data = { name, key, value, effect };
    if (known.value > MAX_TIMER_MS) {
      // The longest delay, written as the file's syntax allows (no `_` separators before ES2021).
      const edit = entry.property && replaceValue(entry.property, key, file.maxTimerText);
      const finding = { messageId: 'timerOverflow' as const, data: { ...data, max: file.maxTimerText }, edit };
      return { kind: 'unbounded', problem: 'failsAtOnce', finding };
    }
    if (known.value < 0) {
      const edit = entry.property && replaceValue(entry.property, key, file.timeoutText);
      return { kind: 'unbounded', problem: 'failsAtOnce', finding: { messageId: 'failsAtOnce', data, edit } };
    }
  }
  return undefined;
}
