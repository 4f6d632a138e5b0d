import type { TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { unwrapExpression } from '../../util/ast';
import { aiTimeoutFailing, aiTimeoutObject } from './aiTimeout';
import { isFraction, outOfRangeOf, wholeMilliseconds } from './boundValue';
import { replaceValue } from './edits';
import { signalTimeoutFailure } from './signalTimeout';
import { timerFailure } from './timerRange';
import type { OptionsView } from './optionsArgument';
import type { BoundPolicy, FileCheck, Outcome } from './types';

// Agent SDKs have no value that turns their timeout off: `0`, a negative number or `Infinity` makes the call fail at
// once (the SDK rejects it, or its timer fires immediately), which no other key can save.

type Unbounded = Extract<Outcome, { kind: 'unbounded' }>;

/** A number the syntax fixes that is not a positive finite one: `0`, `-1`, `Infinity`, `NaN`. */
function isNoPositiveNumber(file: FileCheck, value: TSESTree.Node): string | undefined {
  const expression = unwrapExpression(value);
  const known = ASTUtils.getStaticValue(expression, file.sourceCode.getScope(expression));
  if (known == null || typeof known.value !== 'number') return undefined;
  return known.value > 0 && Number.isFinite(known.value) ? undefined : file.sourceCode.getText(value);
}

/**
 * The first key of `policy.integerKeys` set to a number that is not an integer >= 0, which makes the call throw at
 * once whatever else is passed: a fraction (rounded by the suggestion), or a negative number, `Infinity` or `NaN`
 * (which child_process rejects like a fraction, rather than running without a deadline). The finding, or none.
 */
function fractionalValue(file: FileCheck, name: string, policy: BoundPolicy, view: OptionsView): Unbounded | undefined {
  for (const [key, effect] of Object.entries(policy.integerKeys ?? {})) {
    const entry = view.entries.get(key);
    const number = entry && outOfRangeOf(file.sourceCode, entry.value);
    if (entry == null || number == null) continue;
    const value = file.sourceCode.getText(entry.value);
    const fraction = isFraction(number);
    const text = fraction ? wholeMilliseconds(number) : file.timeoutText;
    const edit = entry.property && replaceValue(entry.property, key, text);
    const messageId = fraction ? 'fractionalTimeout' : 'outOfRangeTimeout';
    return {
      kind: 'unbounded',
      problem: 'failsAtOnce',
      finding: { messageId, data: { name, key, value, effect }, edit },
    };
  }
  return undefined;
}

/** The first key of `policy.failsAtOnce` set to a value that makes the call fail at once: the finding, or none. */
export function failingValue(
  file: FileCheck,
  name: string,
  policy: BoundPolicy,
  view: OptionsView,
): Unbounded | undefined {
  for (const [key, effect] of Object.entries(policy.failsAtOnce ?? {})) {
    const entry = view.entries.get(key);
    const members = entry && aiTimeoutObject(file, policy, entry.value);
    const member = members && aiTimeoutFailing(file, policy, members);
    if (member) {
      const data = { name, key: member.key, value: member.value, effect: member.effect, max: file.maxTimerText };
      return {
        kind: 'unbounded',
        problem: 'failsAtOnce',
        finding: { messageId: member.messageId, data, edit: member.edit },
      };
    }
    const value = entry && isNoPositiveNumber(file, entry.value);
    if (entry == null || value == null) continue;
    const edit = entry.property && replaceValue(entry.property, key, file.timeoutText);
    return {
      kind: 'unbounded',
      problem: 'failsAtOnce',
      finding: { messageId: 'failsAtOnce', data: { name, key, value, effect }, edit },
    };
  }
  return (
    fractionalValue(file, name, policy, view) ??
    timerFailure(file, name, policy, view) ??
    signalTimeoutFailure(file, name, policy, view)
  );
}
