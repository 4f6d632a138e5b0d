// The audit's baseline: ESLint's bulk-suppressions file (`eslint-suppressions.json`), so that
// `eslint --suppressions-location <file>` reads the same file with the same outcome. Its shape is ESLint's:
// `{ "<path relative to cwd, POSIX>": { "<rule id>": { "count": n } } }`, errors only, keys sorted, two-space indent,
// no final newline. Only our rules' entries are ever written, judged or pruned: the file may hold other rules'.
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { ESLint, Linter } from 'eslint';

/** ESLint's default name for the file, which its CLI reads from the working directory when it exists. */
export const BASELINE_FILE = 'eslint-suppressions.json';

/** Counts per file (relative to cwd, POSIX separators) and rule id: ESLint's `SuppressedViolations`. */
export type Baseline = Record<string, Record<string, { count: number }>>;

/** Whether a rule id is one of ours: the baseline never touches other rules' entries. */
export type RuleFilter = (ruleId: string) => boolean;

export const isAsyncIoRule: RuleFilter = (ruleId) => ruleId.startsWith('async-io/');

/** A missing or unreadable baseline: `message` is one line, for the command's exit 2. */
export class BaselineError extends Error {
  override readonly name = 'BaselineError';

  constructor(
    message: string,
    /** `missing`: there is no file; `invalid`: it cannot be read, or is no suppressions file. */
    readonly reason: 'missing' | 'invalid' = 'invalid',
  ) {
    super(message);
  }
}

/** The key of a linted file in the baseline, as ESLint computes it: relative to cwd, with `/`. */
export function baselineKey(filePath: string, cwd: string): string {
  return path.relative(cwd, filePath).split(path.sep).join(path.posix.sep);
}

/** Errors per rule among a file's messages, as ESLint counts them: severity 2 with a rule id (no parse errors). */
function countByRule(messages: readonly Linter.LintMessage[], isOurs: RuleFilter): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages) {
    const { ruleId } = message;
    if (message.severity !== 2 || ruleId == null || !isOurs(ruleId)) continue;
    counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
  }
  return counts;
}

/** Our rules' errors in the results, per file and rule; files without any have no entry. */
export function countFindings(
  results: readonly ESLint.LintResult[],
  cwd: string,
  isOurs: RuleFilter = isAsyncIoRule,
): Baseline {
  const baseline: Baseline = {};
  for (const result of results) {
    const counts = countByRule(result.messages, isOurs);
    if (counts.size === 0) continue;
    const entry: Baseline[string] = {};
    for (const [ruleId, count] of counts) entry[ruleId] = { count };
    baseline[baselineKey(result.filePath, cwd)] = entry;
  }
  return baseline;
}

/**
 * The baseline after a run that writes it: the linted files' entries for our rules are the current counts (a rule
 * with no error left loses its entry); other rules' entries, and files this run did not lint, stay as they were.
 */
export function recordFindings(
  previous: Baseline,
  results: readonly ESLint.LintResult[],
  cwd: string,
  isOurs: RuleFilter = isAsyncIoRule,
): Baseline {
  const current = countFindings(results, cwd, isOurs);
  const next = withoutOurEntries(previous, new Set(results.map((result) => baselineKey(result.filePath, cwd))), isOurs);
  for (const [file, rules] of Object.entries(current)) next[file] = { ...next[file], ...rules };
  return next;
}

/** A copy of the baseline without our rules' entries for the given files (and without files left empty). */
function withoutOurEntries(baseline: Baseline, files: ReadonlySet<string>, isOurs: RuleFilter): Baseline {
  const next: Baseline = {};
  for (const [file, rules] of Object.entries(baseline)) {
    const kept = Object.entries(rules).filter(([ruleId]) => !files.has(file) || !isOurs(ruleId));
    if (kept.length > 0) next[file] = Object.fromEntries(kept.map(([ruleId, entry]) => [ruleId, { ...entry }]));
  }
  return next;
}

/** ESLint's text for a baseline (json-stable-stringify, two spaces): keys sorted at every level, no final newline. */
export function serializeBaseline(baseline: Baseline): string {
  return stableStringify(baseline, '');
}

function stableStringify(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  const members = Object.keys(value)
    .sort()
    .map(
      (key) => `\n${inner}${JSON.stringify(key)}: ${stableStringify((value as Record<string, unknown>)[key], inner)}`,
    );
  return members.length === 0 ? '{}' : `{${members.join(',')}\n${indent}}`;
}

export async function writeBaseline(file: string, baseline: Baseline): Promise<void> {
  await writeFile(file, serializeBaseline(baseline));
}

/**
 * Reads a baseline, checking its shape; a missing file, invalid JSON or a wrong shape throws a BaselineError whose
 * message is one line naming the file.
 */
export async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new BaselineError(`the baseline ${file} does not exist; write it with --baseline`, 'missing');
    throw new BaselineError(`cannot read the baseline ${file}: ${code ?? String(error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`the baseline ${file} is not valid JSON: ${firstLine(error)}`);
  }
  const problem = shapeProblem(data);
  if (problem != null) throw new BaselineError(`the baseline ${file} is not a suppressions file: ${problem}`);
  return data as Baseline;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n', 1)[0] ?? '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What makes the data no suppressions file, or null when it is one. */
function shapeProblem(data: unknown): string | null {
  if (!isRecord(data)) return 'expected an object of files';
  for (const [file, rules] of Object.entries(data)) {
    if (!isRecord(rules)) return `${JSON.stringify(file)} is not an object of rules`;
    for (const [ruleId, entry] of Object.entries(rules)) {
      const count = isRecord(entry) ? entry['count'] : undefined;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
        return `${JSON.stringify(file)} ${JSON.stringify(ruleId)} has no count (a whole number)`;
      }
    }
  }
  return null;
}

/** Whether a file exists, relative to cwd. */
async function exists(cwd: string, file: string): Promise<boolean> {
  try {
    await access(path.resolve(cwd, file));
    return true;
  } catch {
    return false;
  }
}

/** The baseline's files, relative to cwd, that are gone from the disk. */
export async function missingFiles(baseline: Baseline, cwd: string): Promise<string[]> {
  const files = Object.keys(baseline);
  const present = await Promise.all(files.map((file) => exists(cwd, file)));
  return files.filter((_, index) => present[index] !== true);
}

// --- Judging a run against the baseline, and pruning it ---

/** One file and rule whose count differs from the baseline's. */
export interface BaselineDelta {
  readonly file: string;
  readonly ruleId: string;
  /** The baseline's count. */
  readonly allowed: number;
  /** This run's count (0 for a rule no longer reported, or a file gone from the disk). */
  readonly found: number;
}

export interface BaselineComparison {
  /** Copies of the results: a file's errors of a rule within its count moved to `suppressedMessages`, as ESLint does. */
  readonly results: ESLint.LintResult[];
  /** Files and rules above their count: the run fails, and every one of their errors stays reported. */
  readonly above: BaselineDelta[];
  /** Files and rules below their count, or gone: the run passes, and `--prune` can lower the baseline. */
  readonly below: BaselineDelta[];
}

/** What ESLint marks a message suppressed by the suppressions file with. */
const FILE_SUPPRESSION = { kind: 'file', justification: '' } as const;

function byFileAndRule(a: BaselineDelta, b: BaselineDelta): number {
  return a.file === b.file ? a.ruleId.localeCompare(b.ruleId) : a.file.localeCompare(b.file);
}

/** A result with one rule's messages suppressed, and its counts recomputed as ESLint's `calculateStatsPerFile`. */
function suppressRule(result: ESLint.LintResult, ruleId: string): ESLint.LintResult {
  const moved = result.messages.filter((message) => message.ruleId === ruleId);
  const messages = result.messages.filter((message) => message.ruleId !== ruleId);
  const isError = (message: Linter.LintMessage) => message.fatal === true || message.severity === 2;
  const errors = messages.filter(isError);
  const warnings = messages.filter((message) => !isError(message));
  return {
    ...result,
    messages,
    suppressedMessages: [
      ...result.suppressedMessages,
      ...moved.map((message) => ({ ...message, suppressions: [{ ...FILE_SUPPRESSION }] })),
    ],
    errorCount: errors.length,
    fatalErrorCount: errors.filter((message) => message.fatal === true).length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((message) => message.fix != null).length,
    fixableWarningCount: warnings.filter((message) => message.fix != null).length,
  };
}

/**
 * Judges a run against the baseline as ESLint does: for each linted file and rule of ours, errors within the count
 * are suppressed entirely, and above it all of them are reported. Files of the baseline gone from the disk count
 * as below (ESLint's prune drops them too).
 */
export async function compareWithBaseline(
  results: readonly ESLint.LintResult[],
  baseline: Baseline,
  cwd: string,
  isOurs: RuleFilter = isAsyncIoRule,
): Promise<BaselineComparison> {
  const above: BaselineDelta[] = [];
  const below: BaselineDelta[] = [];
  const judged = results.map((result) => {
    const file = baselineKey(result.filePath, cwd);
    const counts = countByRule(result.messages, isOurs);
    let next = result;
    for (const [ruleId, entry] of Object.entries(baseline[file] ?? {})) {
      if (isOurs(ruleId) && !counts.has(ruleId)) below.push({ file, ruleId, allowed: entry.count, found: 0 });
    }
    for (const [ruleId, found] of counts) {
      const allowed = baseline[file]?.[ruleId]?.count ?? 0;
      if (found > allowed) above.push({ file, ruleId, allowed, found });
      else next = suppressRule(next, ruleId);
      if (found < allowed) below.push({ file, ruleId, allowed, found });
    }
    return next;
  });
  const linted = new Set(results.map((result) => baselineKey(result.filePath, cwd)));
  for (const file of await missingFiles(baseline, cwd)) {
    if (linted.has(file)) continue;
    for (const [ruleId, entry] of Object.entries(baseline[file] ?? {})) {
      if (isOurs(ruleId)) below.push({ file, ruleId, allowed: entry.count, found: 0 });
    }
  }
  return { results: judged, above: above.sort(byFileAndRule), below: below.sort(byFileAndRule) };
}

/**
 * The baseline lowered to a run, as ESLint's `--prune-suppressions` does for our rules: a count above this run's
 * goes down to it, a rule no longer reported and a file gone from the disk lose their entries; a count below this
 * run's stays (pruning never raises it), and other rules' entries are kept.
 */
export function pruneBaseline(baseline: Baseline, below: readonly BaselineDelta[]): Baseline {
  const next: Baseline = {};
  for (const [file, rules] of Object.entries(baseline)) {
    next[file] = Object.fromEntries(Object.entries(rules).map(([ruleId, entry]) => [ruleId, { ...entry }]));
  }
  for (const { file, ruleId, found } of below) {
    const rules = next[file];
    if (rules?.[ruleId] == null) continue;
    if (found === 0) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the baseline is keyed by rule id
      delete rules[ruleId];
    } else rules[ruleId] = { count: found };
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the baseline is keyed by file
    if (Object.keys(rules).length === 0) delete next[file];
  }
  return next;
}
