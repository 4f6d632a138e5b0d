import type { ESLint, Linter } from 'eslint';

import plugin from '../index';
import type { RuleName } from './model';

// Which rule ids are the plugin's rules. The zero-config setup registers the plugin as `async-io`; a project's own
// config may register it under any namespace. The ids are found from the rule values the config uses: a rule
// that is the very object this package exports, or one whose `meta.docs.url` is ours for that rule name (a copy
// wrapped rule by rule, as `fixupPluginRules` does, or another install), is one of our rules under any namespace,
// and so is every rule of a plugin that says it is this package (`meta.name`): a second install of it, say the
// project's own under `--config`. Another plugin may have rules of the same names: its messages are not ours and
// are left out. Only where a plugin that is neither is registered under our own namespace (`async-io`) might
// findings of ours be silently lost (a copy bundled beyond recognition), so a report from it stops the run. A rule id that no registered plugin defines (ESLint's own "Definition for rule … was not found" message, from a directive
// naming an unregistered namespace) drops no finding of ours: it is skipped.

/** Our rules by the ids the config gives them (`async-io/no-sync-fs-in-async`, `io/no-sync-fs-in-async`, …). */
export type OurRules = ReadonlyMap<string, RuleName>;

const RULE_NAMES: readonly RuleName[] = ['no-sync-fs-in-async', 'require-timeout-on-tool'];

/** Told once per version of a second install whose version is not this command's. */
export type Warn = (message: string) => void;

interface RegisteredPlugin {
  readonly meta?: { readonly name?: unknown; readonly version?: unknown };
  readonly rules?: Readonly<Record<string, unknown>>;
}

/** The docs URL a rule object gives (`meta.docs.url`), when it gives one. */
function docsUrlOf(rule: unknown): unknown {
  return (rule as { meta?: { docs?: { url?: unknown } } } | null)?.meta?.docs?.url;
}

/** Whether `rule` is our rule `name` by its value: the very object, or one with our docs URL for that rule. */
function isOurRule(rule: unknown, name: RuleName): boolean {
  const ours: unknown = plugin.rules[name];
  if (rule === ours) return true;
  const url = docsUrlOf(rule);
  return url != null && url === docsUrlOf(ours);
}

function isOurs(registered: RegisteredPlugin, rule: unknown, name: RuleName, warn: Warn): boolean {
  if (registered.meta?.name !== plugin.meta.name) return isOurRule(rule, name);
  const { version } = registered.meta;
  if (version !== plugin.meta.version) {
    const shown = version == null ? '' : ` (${String(registered.meta.version)})`;
    warn(
      `the config uses another install of ${plugin.meta.name}${shown}; this command is ` +
        `${plugin.meta.version}, so its findings are counted but may differ from this version's`,
    );
  }
  return true;
}

/** The namespace our recommended config registers the plugin under. */
const OUR_NAMESPACE = 'async-io';

/**
 * Rule ids named like ours that the config registers: ours into `into`; those of a plugin we do not recognise under
 * our own namespace into `foreign` (another plugin's, under its own namespace, go nowhere: its messages are its own).
 */
function addRulesOf(
  config: Linter.Config | undefined,
  into: Map<string, RuleName>,
  foreign: Set<string>,
  warn: Warn,
): void {
  for (const [namespace, registered] of Object.entries(config?.plugins ?? {}) as [string, RegisteredPlugin][]) {
    for (const name of RULE_NAMES) {
      const rule: unknown = registered.rules?.[name];
      if (rule == null) continue;
      const id = `${namespace}/${name}`;
      if (isOurs(registered, rule, name, warn)) into.set(id, name);
      else if (namespace === OUR_NAMESPACE) foreign.add(id);
    }
  }
}

const nameOf = (ruleId: string): string => ruleId.slice(ruleId.lastIndexOf('/') + 1);
const isNamedLikeOurs = (ruleId: string): boolean =>
  ruleId.includes('/') && (RULE_NAMES as readonly string[]).includes(nameOf(ruleId));

/** A rule named like ours reported from a plugin we do not recognise: its findings would be lost. */
export class UnknownPluginError extends Error {
  override readonly name = 'UnknownPluginError';
}

/**
 * Our rule ids in the config of the results' files: the first file's config, and for a reported rule id not known
 * yet whose name is one of our rules', the config of a file that reported it (plugins may be registered per file).
 * Such a rule id that the config registers under our namespace from a plugin not ours throws an UnknownPluginError;
 * one from another plugin under another namespace, or that no plugin registers (a directive naming an unregistered
 * namespace), is skipped.
 */
export async function findOurRules(
  eslint: ESLint,
  results: readonly ESLint.LintResult[],
  warn: Warn = () => undefined,
): Promise<OurRules> {
  const found = new Map<string, RuleName>();
  const foreign = new Set<string>();
  const inspected = new Set<string>();
  const inspect = async (filePath: string): Promise<void> => {
    if (inspected.has(filePath)) return;
    inspected.add(filePath);
    addRulesOf((await eslint.calculateConfigForFile(filePath)) as Linter.Config | undefined, found, foreign, warn);
  };
  const first = results[0];
  if (first != null) await inspect(first.filePath);
  for (const result of results) {
    for (const { ruleId } of result.messages) {
      if (ruleId == null || found.has(ruleId) || !isNamedLikeOurs(ruleId)) continue;
      await inspect(result.filePath);
      if (!found.has(ruleId) && foreign.has(ruleId)) {
        throw new UnknownPluginError(
          `${ruleId} reports from a plugin that is not ${plugin.meta.name} (no meta.name "${plugin.meta.name}"), ` +
            'so its findings cannot be audited; register the package itself',
        );
      }
    }
  }
  return found;
}

/** The ids our rule `name` has in the config. */
export function idsOf(ours: OurRules, name: RuleName): string[] {
  return [...ours].filter(([, rule]) => rule === name).map(([id]) => id);
}
