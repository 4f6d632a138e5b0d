import type { TSESLint } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { disables } from './judgeOptions';
import type { FileCheck, ToolRun } from './types';

// `page.setDefaultTimeout(0)`: a call that runs nothing, but turns off the library's timer for the calls made through
// the page that set no `timeout` of their own. Reported at the setter, once, with the value to put in its place.

/** Judges a default setter (`ToolApi.setsDefault`): reported when its value turns the library's timer off. */
export function judgeDefaultSetter(file: FileCheck, run: ToolRun): void {
  const { node, api } = run;
  const key = api.setsDefault;
  const disabler = key == null ? undefined : api.policy.libraryDefault?.disablers[key];
  const [value] = node.type === AST_NODE_TYPES.CallExpression ? node.arguments : [];
  if (disabler == null || value == null || value.type === AST_NODE_TYPES.SpreadElement) return;
  if (!disables(disabler, value)) return;
  const { timeoutText } = file;
  const fix: TSESLint.ReportFixFunction = (fixer) => fixer.replaceText(value, timeoutText);
  file.context.report({
    node,
    messageId: 'defaultTimeoutOff',
    data: { name: run.name, value: file.sourceCode.getText(value) },
    fix: file.autofix ? fix : undefined,
    suggest: file.autofix ? [] : [{ messageId: 'replaceBound', data: { text: timeoutText }, fix }],
  });
}
