#!/usr/bin/env node
import type { ESLint } from 'eslint';

import { BaselineError } from './baseline';
import { runBaselineStep } from './baselineRun';
import { screenPaths } from './fileChecks';
import { fixFiles } from './fix';
import { ConfigError, createEslint, fixingEslint, lint, type LintRun, type LintSetup } from './lint';
import type { AuditReport, Changes } from './model';
import { type AuditOptions, isMachineFormat, parseOptions, USAGE, UsageError } from './options';
import { createProgress } from './progress';
import type { OurRules } from './ourRules';
import { lintsInSlices, observeLint } from './progressLint';
import { renderReport } from './render';
import { buildReport } from './report';
import { checkPaths, gitFiles } from './targets';
import { formatSarif } from './sarif';
import { markdownStyle, prettyStyle, wantsColour } from './styles';

// async-io-audit: lint a project with the plugin's rules, optionally fix it, and print the audit report.
// Exit status: 0 no error-level finding (warnings do not fail, as in ESLint; with --baseline, none above it), 1 such
// findings, a file that does not parse or a named path not audited, 2 a usage or configuration error.

// eslint-disable-next-line @typescript-eslint/no-require-imports -- read at run time so dist/ never holds a stale copy
const { version } = require('../../package.json') as { version: string };

export interface Io {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly isTerminal: boolean;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

// --- Baseline, SARIF and progress (lib/audit/baseline.ts, sarif.ts, progress.ts) ---

const REPOSITORY = 'https://github.com/eslint-plugin-async-io/eslint-plugin-async-io';

/** `--baseline` and `--prune` (which implies it): write eslint-suppressions.json, or judge the run by it. */
async function baselineStep(options: AuditOptions, io: Io, results: readonly ESLint.LintResult[], ours: OurRules) {
  if (!options.baseline && !options.prune) return null;
  return runBaselineStep(results, { cwd: io.cwd, prune: options.prune, isOurs: (ruleId) => ours.has(ruleId) });
}

/** `--format sarif`: the plugin's findings (not the census) as SARIF 2.1.0, in the ESLint SARIF formatter's shape. */
function sarifOf(eslint: ESLint, results: ESLint.LintResult[], io: Io, ours: OurRules): string {
  const tool = { name: 'async-io-audit', version, informationUri: REPOSITORY };
  const rulesMeta = eslint.getRulesMetaForResults(results);
  const includeRule = (ruleId: string) => ours.has(ruleId);
  return `${formatSarif(results, { cwd: io.cwd, rulesMeta, tool, includeRule })}\n`;
}

// --- The audit ---

const countIn = (run: LintRun, file: string): number => run.findings.filter((finding) => finding.file === file).length;

/** `--fix` and its kin: fixes the files with findings, lints again, and says what changed. */
async function fixAndLint(
  eslint: ESLint,
  setup: LintSetup,
  options: AuditOptions,
  before: LintRun,
): Promise<{ after: LintRun; changes: Changes }> {
  const files = [...new Set(before.findings.map((finding) => finding.file))];
  const { ours } = before;
  const modes = {
    fix: options.fix,
    fixSuggestions: options.fixSuggestions,
    addTimeouts: options.addTimeouts != null,
    ours,
  };
  const changed = await fixFiles(fixingEslint(eslint, setup, ours), setup.cwd, files, modes);
  const after = await lint(eslint, setup);
  const changes: Changes = {
    fix: options.fix,
    fixSuggestions: options.fixSuggestions,
    addTimeouts: options.addTimeouts,
    findingsBefore: before.findings.length,
    findingsAfter: after.findings.length,
    files: changed.sort().map((file) => ({ file, before: countIn(before, file), after: countIn(after, file) })),
  };
  return { after, changes };
}

function format(report: AuditReport, options: AuditOptions, io: Io): string {
  if (options.format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const style = options.format === 'pretty' ? prettyStyle(wantsColour(io.env, io.isTerminal)) : markdownStyle;
  return renderReport(report, style);
}

/** A warning on stderr, each text once (the audit may lint twice). */
function warnOnce(io: Io): (message: string) => void {
  const told = new Set<string>();
  return (message) => {
    if (told.has(message)) return;
    told.add(message);
    io.err(`async-io-audit: warning: ${message}\n`);
  };
}

async function audit(options: AuditOptions, io: Io): Promise<number> {
  await checkPaths(io.cwd, options.paths);
  const setup: LintSetup = {
    cwd: io.cwd,
    paths: options.paths,
    named: options.named,
    config: options.config,
    timeoutMs: options.addTimeouts,
    cacheLocation: options.cacheLocation,
    concurrency: options.concurrency,
    screened: await screenPaths(io.cwd, options.paths),
    // Listed once: the instance's concurrency and every lint's targets come from it (each listing runs git twice).
    listed: options.config == null ? await gitFiles(io.cwd, options.paths) : null,
    warn: warnOnce(io),
  };
  // ESLint's own results (the baseline and SARIF need them) and the progress bar come through lintFiles.
  let results: ESLint.LintResult[] = [];
  const progress = createProgress({ quiet: options.quiet, enabled: options.progress });
  const onResults = (latest: ESLint.LintResult[]) => {
    results = latest;
  };
  const created = await createEslint(setup);
  const sliced = lintsInSlices(created.concurrency);
  const eslint = observeLint(created.eslint, { progress, cwd: io.cwd, sliced, onResults });
  const first = await lint(eslint, setup);
  const fixing = options.fix || options.addTimeouts != null;
  const { after, changes } = fixing ? await fixAndLint(eslint, setup, options, first) : { after: first, changes: null };
  const report = buildReport(after, { version, config: options.config, paths: options.paths, before: first, changes });
  const baseline = await baselineStep(options, io, results, after.ours);
  // As in ESLint, errors fail the run and warnings do not; with a baseline, only errors above it.
  const errors = report.findings.filter((finding) => finding.severity === 'error');
  const failing = baseline == null ? errors.length > 0 : baseline.above.length > 0;
  const incomplete = report.unparsed.length > 0 || report.notAudited.length > 0;
  const status = failing || incomplete ? EXIT_FINDINGS : EXIT_CLEAN;
  // --quiet with no finding at all (warnings count) silences the human text; a machine format always prints it.
  const silent = options.quiet && status === EXIT_CLEAN && report.findings.length === 0;
  if (!silent) for (const line of baseline?.lines ?? []) io.err(`async-io-audit: ${line}\n`);
  if (silent && !isMachineFormat(options.format)) return status;
  io.out(
    options.format === 'sarif'
      ? sarifOf(eslint, baseline?.results ?? results, io, after.ours)
      : format(report, options, io),
  );
  return status;
}

/** Runs the command with `args` (without `node` and the script); resolves to the exit status. */
export async function main(args: readonly string[], io: Io): Promise<number> {
  try {
    const options = parseOptions(args, io.isTerminal, io.cwd);
    if (options.help) {
      io.out(`${USAGE}\n`);
      return EXIT_CLEAN;
    }
    if (options.version) {
      io.out(`${version}\n`);
      return EXIT_CLEAN;
    }
    return await audit(options, io);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof ConfigError || error instanceof BaselineError)) throw error;
    io.err(`async-io-audit: ${error.message}\n`);
    return EXIT_USAGE;
  }
}

if (require.main === module) {
  const io: Io = {
    cwd: process.cwd(),
    env: process.env,
    isTerminal: process.stdout.isTTY,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
  main(process.argv.slice(2), io).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(
        `async-io-audit: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = EXIT_USAGE;
    },
  );
}
