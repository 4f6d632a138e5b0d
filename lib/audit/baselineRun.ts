// The audit's `--baseline` and `--prune` steps over a run's results: write the baseline when there is none, else
// judge the run by it (and lower it with `--prune`), and say in a few lines what happened.
import path from 'node:path';

import type { ESLint } from 'eslint';

import {
  BASELINE_FILE,
  type BaselineDelta,
  type RuleFilter,
  BaselineError,
  compareWithBaseline,
  countFindings,
  pruneBaseline,
  readBaseline,
  recordFindings,
  writeBaseline,
} from './baseline';

export interface BaselineStep {
  readonly cwd: string;
  /** `--prune`: lower the baseline to this run. */
  readonly prune: boolean;
  /** The baseline file: eslint-suppressions.json in cwd unless told otherwise. */
  readonly file?: string;
  /** Which rule ids are ours (the config's namespace for the plugin); default: `async-io/…`. */
  readonly isOurs?: RuleFilter;
}

export interface BaselineOutcome {
  /** The results as the baseline judges them: a file's rule within its count is suppressed. */
  readonly results: ESLint.LintResult[];
  /** The files and rules above the baseline: the run fails on them. */
  readonly above: readonly BaselineDelta[];
  /** What to tell the user (on stderr), one line each. */
  readonly lines: readonly string[];
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function deltaLine({ file, ruleId, allowed, found }: BaselineDelta): string {
  const change = found > allowed ? `+${found - allowed}` : `-${allowed - found}`;
  return `  ${file}: ${ruleId} ${found} (baseline ${allowed}, ${change})`;
}

function total(baseline: Record<string, Record<string, { count: number }>>): number {
  return Object.values(baseline).reduce(
    (sum, rules) => sum + Object.values(rules).reduce((inner, { count }) => inner + count, 0),
    0,
  );
}

async function firstBaseline(
  results: readonly ESLint.LintResult[],
  step: BaselineStep,
  file: string,
  shown: string,
): Promise<BaselineOutcome> {
  const baseline = recordFindings({}, results, step.cwd, step.isOurs);
  await writeBaseline(file, baseline);
  const ours = countFindings(results, step.cwd, step.isOurs);
  const judged = await compareWithBaseline(results, baseline, step.cwd, step.isOurs);
  const counted = `${plural(total(ours), 'finding')} in ${plural(Object.keys(ours).length, 'file')}`;
  return { results: judged.results, above: [], lines: [`baseline written: ${shown}, ${counted}`] };
}

/**
 * Runs the baseline step: writes the baseline when the file is missing (all findings within it), else judges the
 * run by it; `--prune` lowers it to this run first. A baseline that cannot be read throws a BaselineError.
 */
export async function runBaselineStep(
  results: readonly ESLint.LintResult[],
  step: BaselineStep,
): Promise<BaselineOutcome> {
  const file = step.file ?? path.join(step.cwd, BASELINE_FILE);
  const shown = path.relative(step.cwd, file);
  let baseline;
  try {
    baseline = await readBaseline(file);
  } catch (error) {
    // No baseline yet: this run writes it, unless it was asked to prune one.
    if (error instanceof BaselineError && error.reason === 'missing' && !step.prune) {
      return firstBaseline(results, step, file, shown);
    }
    throw error;
  }
  let judged = await compareWithBaseline(results, baseline, step.cwd, step.isOurs);
  const lines: string[] = [];
  if (step.prune && judged.below.length > 0) {
    baseline = pruneBaseline(baseline, judged.below);
    await writeBaseline(file, baseline);
    lines.push(`baseline pruned: ${shown}, ${plural(judged.below.length, 'entry', 'entries')} lowered or removed`);
    judged = await compareWithBaseline(results, baseline, step.cwd, step.isOurs);
  } else if (step.prune) {
    lines.push(`baseline ${shown} has nothing to prune`);
  }
  if (judged.above.length > 0) {
    lines.push(
      `findings above the baseline ${shown}, in ${plural(judged.above.length, 'file and rule', 'files and rules')}:`,
    );
    lines.push(...judged.above.map(deltaLine));
  }
  if (judged.below.length > 0) {
    lines.push(`the baseline ${shown} can shrink; run with --prune to lower it:`);
    lines.push(...judged.below.map(deltaLine));
  }
  return { results: judged.results, above: judged.above, lines };
}
