import type { ESLint, Linter } from 'eslint';

import plugin from '../index';
import type { RuleName } from './model';

// Which rule ids are the plugin's rules. The zero-config setup registers the plugin as `async-io`; a project's own
// config may register it under any namespace. The ids are found from the plugin objects the config uses: a
// namespace whose rule is the very object this package exports names one of our rules.

/** Our rules by the ids the config gives them (`async-io/no-sync-fs-in-async`, `io/no-sync-fs-in-async`, …). */
export type OurRules = ReadonlyMap<string, RuleName>;

const RULE_NAMES: readonly RuleName[] = ['no-sync-fs-in-async', 'require-timeout-on-tool'];

function addRulesOf(config: Linter.Config | undefined, into: Map<string, RuleName>): void {
  for (const [namespace, registered] of Object.entries(config?.plugins ?? {})) {
    for (const name of RULE_NAMES) {
      const rule: unknown = registered.rules?.[name];
      if (rule != null && rule === plugin.rules[name]) into.set(`${namespace}/${name}`, name);
    }
  }
}

/**
 * Our rule ids in the config of the results' files: the first file's config, and for a reported rule id not known
 * yet whose name is one of our rules', the config of a file that reported it (plugins may be registered per file).
 */
export async function findOurRules(eslint: ESLint, results: readonly ESLint.LintResult[]): Promise<OurRules> {
  const found = new Map<string, RuleName>();
  const inspected = new Set<string>();
  const inspect = async (filePath: string): Promise<void> => {
    if (inspected.has(filePath)) return;
    inspected.add(filePath);
    addRulesOf((await eslint.calculateConfigForFile(filePath)) as Linter.Config | undefined, found);
  };
  const first = results[0];
  if (first != null) await inspect(first.filePath);
  for (const result of results) {
    for (const { ruleId } of result.messages) {
      const name = ruleId?.slice(ruleId.lastIndexOf('/') + 1) ?? '';
      if (ruleId != null && !found.has(ruleId) && (RULE_NAMES as readonly string[]).includes(name)) {
        await inspect(result.filePath);
      }
    }
  }
  return found;
}

/** The ids our rule `name` has in the config. */
export function idsOf(ours: OurRules, name: RuleName): string[] {
  return [...ours].filter(([, rule]) => rule === name).map(([id]) => id);
}
