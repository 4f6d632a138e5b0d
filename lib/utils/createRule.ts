import type { TSESLint } from '@typescript-eslint/utils';
import * as ESLintUtils from '@typescript-eslint/utils/eslint-utils';

/** What our rules add to `meta.docs`: whether `configs.recommended` turns the rule on. */
export interface PluginDocs {
  readonly recommended?: boolean;
}

const REPOSITORY = 'https://github.com/eslint-plugin-async-io/eslint-plugin-async-io';

const creator = ESLintUtils.RuleCreator<PluginDocs>((name) => `${REPOSITORY}/blob/main/docs/rules/${name}.md`);

type RuleArguments<Options extends readonly unknown[], MessageIds extends string> = Readonly<
  ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PluginDocs>
>;

/**
 * Builds a rule whose `meta.docs.url` points at its page in `docs/rules/`, and whose options are merged with their
 * defaults once per configuration instead of once per file. ESLint hands each file a fresh `context.options`
 * array but the same option objects inside it, so the merged result is kept per first option object; the rules
 * only read it.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: RuleArguments<Options, MessageIds>,
): ESLintUtils.RuleModule<MessageIds, Options, PluginDocs> {
  const created = creator(rule);
  const defaults = (rule.meta.defaultOptions ?? []) as unknown as Options;
  const merged = new WeakMap<object, Options>();
  let withoutOptions: Options | undefined;

  const optionsOf = (userOptions: readonly unknown[]): Options => {
    if (userOptions.length === 0) return (withoutOptions ??= ESLintUtils.applyDefault<Options, Options>(defaults, null));
    const [first] = userOptions;
    if (userOptions.length !== 1 || typeof first !== 'object' || first === null) {
      return ESLintUtils.applyDefault<Options, Options>(defaults, userOptions as Options);
    }
    let options = merged.get(first);
    if (!options) {
      options = ESLintUtils.applyDefault<Options, Options>(defaults, userOptions as Options);
      merged.set(first, options);
    }
    return options;
  };

  return {
    ...created,
    create(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>) {
      return rule.create(context, optionsOf(context.options));
    },
  };
}
