// createRule: typescript-eslint's RuleCreator with our docs URL, and options merged through optionsCache.
import type { TSESLint } from '@typescript-eslint/utils';
import * as ESLintUtils from '@typescript-eslint/utils/eslint-utils';

import { optionsCache } from './optionsCache';

/** What our rules add to `meta.docs`: whether `configs.recommended` turns the rule on. */
export interface PluginDocs {
  readonly recommended?: boolean;
}

const REPOSITORY = 'https://github.com/eslint-plugin-async-io/eslint-plugin-async-io';

const creator = ESLintUtils.RuleCreator<PluginDocs>((name) => `${REPOSITORY}/blob/main/docs/rules/${name}.md`);

type RuleArguments<Options extends readonly unknown[], MessageIds extends string> = Readonly<
  ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PluginDocs>
>;

/** Builds a rule whose `meta.docs.url` points at its page in `docs/rules/`, and whose options hold their defaults. */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: RuleArguments<Options, MessageIds>,
): ESLintUtils.RuleModule<MessageIds, Options, PluginDocs> {
  const optionsOf = optionsCache((rule.meta.defaultOptions ?? []) as unknown as Options);
  return {
    ...creator(rule),
    create(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>) {
      return rule.create(context, optionsOf(context));
    },
  };
}
