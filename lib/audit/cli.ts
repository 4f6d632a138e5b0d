#!/usr/bin/env node
import type { ESLint } from 'eslint';

import { fixFiles } from './fix';
import { ConfigError, createEslint, lint, type LintRun, type LintSetup } from './lint';
import type { AuditReport, Changes } from './model';
import { type AuditOptions, parseOptions, USAGE, UsageError } from './options';
import { renderReport } from './render';
import { buildReport } from './report';
import { markdownStyle, prettyStyle, wantsColour } from './styles';

// async-io-audit: lint a project with the plugin's rules, optionally fix it, and print the audit report.
// Exit status: 0 no finding, 1 findings (or a file that does not parse), 2 a usage or configuration error.

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

// --- Built on the `audit-extras` branch (lib/audit/baseline.ts, sarif.ts, progress.ts); until then, exit 2 ---

function notBuiltYet(io: Io, feature: string): number {
  io.err(`async-io-audit: ${feature} is not built yet.\n`);
  return EXIT_USAGE;
}

/** `--baseline`: write or check eslint-suppressions.json. */
function runBaseline(io: Io): number {
  return notBuiltYet(io, '--baseline');
}

/** `--prune`: shrink the baseline to the findings that remain. */
function runPrune(io: Io): number {
  return notBuiltYet(io, '--prune');
}

/** `--format sarif`: the ESLint SARIF formatter's shape. */
function writeSarif(io: Io): number {
  return notBuiltYet(io, '--format sarif');
}

/** `--progress`: a progress bar on stderr. */
function showProgress(io: Io): number {
  return notBuiltYet(io, '--progress');
}

/** The first feature asked for that is not built yet, routed to its function. */
function unbuiltFeature(options: AuditOptions, io: Io): number | null {
  if (options.format === 'sarif') return writeSarif(io);
  if (options.baseline) return runBaseline(io);
  if (options.prune) return runPrune(io);
  if (options.progress === true) return showProgress(io);
  return null;
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
  const modes = { fix: options.fix, fixSuggestions: options.fixSuggestions, addTimeouts: options.addTimeouts != null };
  const changed = await fixFiles(eslint, setup.cwd, files, modes);
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

async function audit(options: AuditOptions, io: Io): Promise<number> {
  if (options.config != null && options.addTimeouts != null) {
    throw new UsageError('--add-timeouts works with the zero-config setup only; set defaultTimeoutMs in your config.');
  }
  const setup: LintSetup = {
    cwd: io.cwd,
    paths: options.paths,
    config: options.config,
    timeoutMs: options.addTimeouts,
  };
  const eslint = await createEslint(setup);
  const first = await lint(eslint, setup);
  const fixing = options.fix || options.addTimeouts != null;
  const { after, changes } = fixing ? await fixAndLint(eslint, setup, options, first) : { after: first, changes: null };
  const report = buildReport(after, { version, config: options.config, paths: options.paths, before: first, changes });
  const status = report.findings.length > 0 || report.unparsed.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
  if (!(options.quiet && status === EXIT_CLEAN)) io.out(format(report, options, io));
  return status;
}

/** Runs the command with `args` (without `node` and the script); resolves to the exit status. */
export async function main(args: readonly string[], io: Io): Promise<number> {
  try {
    const options = parseOptions(args, io.isTerminal);
    if (options.help) {
      io.out(`${USAGE}\n`);
      return EXIT_CLEAN;
    }
    if (options.version) {
      io.out(`${version}\n`);
      return EXIT_CLEAN;
    }
    return unbuiltFeature(options, io) ?? (await audit(options, io));
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof ConfigError)) throw error;
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
