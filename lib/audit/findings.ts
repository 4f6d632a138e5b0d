import type { Linter } from 'eslint';

import type { Finding, Remedy, RuleName } from './model';
import type { OurRules } from './ourRules';

// A message of one of the plugin's rules as a finding of the report: its rule, priority and remedy.

/**
 * Suggestions that keep what the code does and leave a project that type-checks (`--fix-suggestions` applies them),
 * by message id. Not `catchNoEntry`: its `stat(p, { throwIfNoEntry: false })` fails tsc with @types/node 20.
 */
export const BEHAVIOUR_KEEPING_SUGGESTIONS: ReadonlySet<string> = new Set([
  'useAccess',
  'useRealpath',
  'makeHelperAsync',
]);
/** The timeout rule's suggestions that add a deadline (`--add-timeouts` applies them), by message id. */
export const DEADLINE_SUGGESTIONS: ReadonlySet<string> = new Set(['addBound', 'replaceBound']);

/** Which of our rules reported the message, under the ids the config gives them; null: not ours. */
export function ruleOf(message: Linter.LintMessage, ours: OurRules): RuleName | null {
  return message.ruleId == null ? null : (ours.get(message.ruleId) ?? null);
}

/** The sync function a no-sync-fs-in-async message names first: `` `readFileSync` blocks… ``. */
function functionOf(message: string): string | null {
  return /^`([\w$.]+)`/u.exec(message)?.[1] ?? null;
}

function remedyOf(message: Linter.LintMessage, rule: RuleName): Remedy {
  const ids = (message.suggestions ?? []).map((suggestion) => suggestion.messageId ?? '');
  // The timeout rule's edits, its autofix under a project's `autofix: true` included, add a deadline.
  if (rule === 'require-timeout-on-tool') {
    return message.fix != null || ids.some((id) => DEADLINE_SUGGESTIONS.has(id)) ? 'timeout' : 'person';
  }
  if (message.fix != null) return 'fix';
  if (ids.some((id) => BEHAVIOUR_KEEPING_SUGGESTIONS.has(id))) return 'suggestion';
  return 'person';
}

export function findingOf(file: string, message: Linter.LintMessage, rule: RuleName): Finding {
  return {
    file,
    line: message.line,
    column: message.column,
    endLine: message.endLine ?? null,
    endColumn: message.endColumn ?? null,
    rule,
    messageId: message.messageId ?? null,
    message: message.message,
    severity: message.severity === 2 ? 'error' : 'warning',
    priority: rule === 'require-timeout-on-tool' ? 1 : 2,
    remedy: remedyOf(message, rule),
    function: rule === 'no-sync-fs-in-async' ? functionOf(message.message) : null,
  };
}
