// What every rule suite shares: language options presets, a tester with type information, ESLint's own fix loop
// and a schema check. The RuleTester itself is wired to vitest in tests/setup.ts.
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { RuleTester, type RunTests } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import { type ESLint, Linter } from 'eslint';
import * as espree from 'espree';

// The tester parses TypeScript by default (@typescript-eslint/parser); these presets run a case as plain JavaScript.
export const js = { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } } as const;
export const cjs = { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } } as const;
export const js2020 = { parser: espree, parserOptions: { ecmaVersion: 2020, sourceType: 'module' } } as const;

type AnyRule = TSESLint.RuleModule<string, readonly unknown[]>;

/** A RuleTester whose cases have type information, from the project in `tests/fixtures/<fixture>/`. */
export function typedRuleTester(fixture: string): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: {
        project: './tsconfig.json',
        tsconfigRootDir: path.join(__dirname, 'fixtures', fixture),
      },
    },
  });
}

/** The rule as a one-rule plugin (typescript-eslint's rule type and ESLint's describe the same object differently). */
function pluginOf(name: string, rule: AnyRule): ESLint.Plugin {
  return { rules: { [name]: rule } } as unknown as ESLint.Plugin;
}

/** ESLint's own fix loop (up to 10 passes, overlapping fixes deferred) on a TypeScript file, as `eslint --fix` runs it. */
export function fixAll(
  name: string,
  rule: AnyRule,
  code: string,
  options: unknown = {},
): { output: string; remaining: string[] } {
  const config = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: { 'async-io': pluginOf(name, rule) },
      rules: { [`async-io/${name}`]: ['error', options] },
    },
  ] satisfies Linter.Config[];
  const { output, messages } = new Linter({ configType: 'flat' }).verifyAndFix(code, config, { filename: 'file.ts' });
  return {
    output,
    remaining: messages.map((message) => `${String(message.line)}:${message.messageId ?? message.message}`),
  };
}

/** Lints `code` with the rule under `options`; throws ESLint's schema message when the options are invalid. */
export function lintWithOptions(name: string, rule: AnyRule, options: unknown, code = 'x'): Linter.LintMessage[] {
  return new Linter({ configType: 'flat' }).verify(code, [
    { plugins: { 'async-io': pluginOf(name, rule) }, rules: { [`async-io/${name}`]: ['error', options] } },
  ] satisfies Linter.Config[]);
}

/**
 * `tester.run`, after checking that every expected error and suggestion whose message has placeholders states its
 * `data`: the tester compares messages only when `data` is given, so without it a message naming the wrong function
 * would pass. Throws (the test file then fails) and lists the cases that lack it.
 */
export function runWithData<MessageIds extends string, Options extends readonly unknown[]>(
  tester: RuleTester,
  name: string,
  rule: TSESLint.RuleModule<MessageIds, Options>,
  tests: RunTests<MessageIds, Options>,
): void {
  const messages: Record<string, string> = rule.meta.messages;
  const hasPlaceholders = (messageId: string): boolean => /\{\{\s*\w+\s*\}\}/.test(messages[messageId] ?? '');
  const missing: string[] = [];
  tests.invalid.forEach((test, index) => {
    const label = test.name ?? `invalid case ${String(index)}`;
    test.errors.forEach((error, errorIndex) => {
      if (hasPlaceholders(error.messageId) && error.data === undefined) {
        missing.push(`${label}: error ${String(errorIndex)} (${error.messageId})`);
      }
      for (const suggestion of error.suggestions ?? []) {
        if (hasPlaceholders(suggestion.messageId) && suggestion.data === undefined) {
          missing.push(`${label}: a suggestion of error ${String(errorIndex)} (${suggestion.messageId})`);
        }
      }
    });
  });
  if (missing.length > 0) {
    throw new Error(`${name}: expected messages with placeholders need their \`data\`:\n  ${missing.join('\n  ')}`);
  }
  tester.run(name, rule, tests);
}
