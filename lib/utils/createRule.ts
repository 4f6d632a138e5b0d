import * as ESLintUtils from '@typescript-eslint/utils/eslint-utils';

/** What our rules add to `meta.docs`: whether `configs.recommended` turns the rule on. */
export interface PluginDocs {
  readonly recommended?: boolean;
}

const REPOSITORY = 'https://github.com/eslint-plugin-async-io/eslint-plugin-async-io';

/** Builds a rule whose `meta.docs.url` points at its page in `docs/rules/`. */
export const createRule = ESLintUtils.RuleCreator<PluginDocs>(
  (name) => `${REPOSITORY}/blob/main/docs/rules/${name}.md`,
);
