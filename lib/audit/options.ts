import path from 'node:path';
import { parseArgs } from 'node:util';

import { type Concurrency, defaultCacheLocation } from './eslintOptions';

// The command line: every flag the command knows, parsed in one place (the extras' flags too), and its usage text.

export const FORMATS = ['md', 'pretty', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** A format a program reads: printed whole on every run, `--quiet` or not. */
export const isMachineFormat = (format: Format): boolean => format === 'json' || format === 'sarif';

export interface AuditOptions {
  readonly paths: readonly string[];
  /** The paths given on the command line (none: the default `.`): each must be audited. */
  readonly named: readonly string[];
  readonly format: Format;
  /** The project's own ESLint config file, resolved against the working directory; none: zero config. */
  readonly config: string | null;
  readonly fix: boolean;
  readonly fixSuggestions: boolean;
  /** The deadline, in milliseconds, that `--add-timeouts` inserts; none: no timeout suggestion is applied. */
  readonly addTimeouts: number | null;
  readonly quiet: boolean;
  readonly help: boolean;
  readonly version: boolean;
  /** Built on the `audit-extras` branch: the bulk-suppressions baseline and its pruning, the progress bar. */
  readonly baseline: boolean;
  readonly prune: boolean;
  /** `--progress` / `--no-progress`; none: decided by the progress bar (on a terminal's stderr). */
  readonly progress: boolean | null;
  /** `--cache` or `--cache-location <path>`: ESLint's cache, in this file or folder (resolved); null: no cache. */
  readonly cacheLocation: string | null;
  /** `--concurrency <n|auto|off>`; null: auto on more than a few hundred files. */
  readonly concurrency: Concurrency | null;
}

/** A command line the command cannot run: exit status 2, with this one-line message. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage: async-io-audit [options] [paths...]

Audits the async execution of a JavaScript or TypeScript project with eslint-plugin-async-io's recommended rules
and prints a report: what is already async and bounded, the findings by priority and file, the effort, the tests
that mock what a fix converts, and a pull-request plan. Paths default to the current directory.

Options:
  --format <md|pretty|json|sarif>  Report format (default: pretty on a terminal, md otherwise)
  --config <file>                  Use the project's own ESLint config instead of the zero-config setup
  --fix                            Apply the autofixes
  --fix-suggestions                Apply the autofixes and the suggestions that keep behaviour
  --add-timeouts <ms>              Apply the suggested deadlines to tool runs, with this many milliseconds
  --baseline                       Write or check the findings baseline (eslint-suppressions.json)
  --prune                          Shrink the baseline to the findings that remain
  --progress / --no-progress       Show or hide the progress bar on a terminal
  --cache                          Lint only files changed since the last run with --cache (ESLint's cache, in
                                   node_modules/.cache/async-io-audit/)
  --cache-location <path>          Keep the cache in this file or folder (implies --cache)
  --concurrency <n|auto|off>       ESLint's worker threads (ESLint 9.34 or later; default: auto on more than 300
                                   files)
  --quiet                          No progress bar; with md or pretty, print nothing when there is no finding
  -h, --help                       Show this help
  -v, --version                    Show the version

Paths lie inside the current directory. Exit status: 0 no finding (with --baseline: none above the baseline);
1 findings, a file that could not be parsed or read, or a named path that was not audited (ignored, or nothing to
lint in it); 2 a usage or configuration error.`;

const SPEC = {
  format: { type: 'string' },
  config: { type: 'string' },
  fix: { type: 'boolean' },
  'fix-suggestions': { type: 'boolean' },
  'add-timeouts': { type: 'string' },
  baseline: { type: 'boolean' },
  prune: { type: 'boolean' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  concurrency: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** setTimeout's largest delay: a longer `timeout` fires at once, as the rule's own option schema says. */
const MAX_TIMEOUT_MS = 2_147_483_647;

function parseTimeout(text: string | undefined): number | null {
  if (text == null) return null;
  const ms = /^\d+$/u.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(ms) || ms < 1 || ms > MAX_TIMEOUT_MS) {
    throw new UsageError(`--add-timeouts takes a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}: ${text}`);
  }
  return ms;
}

function parseConcurrency(text: string | undefined): Concurrency | null {
  if (text == null) return null;
  if (text === 'auto' || text === 'off') return text;
  const count = /^\d+$/u.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new UsageError(`--concurrency takes a whole number from 1, auto or off: ${text}`);
  }
  return count;
}

function parseCacheLocation(cwd: string, cache: boolean, location: string | undefined): string | null {
  if (location === '') throw new UsageError('--cache-location needs a path.');
  // A trailing separator means a folder, in which ESLint names the file: path.resolve would drop it.
  if (location != null) {
    const resolved = path.resolve(cwd, location);
    return /[\\/]$/u.test(location) && !resolved.endsWith(path.sep) ? `${resolved}${path.sep}` : resolved;
  }
  return cache ? defaultCacheLocation(cwd) : null;
}

function parseFormat(text: string | undefined, isTerminal: boolean): Format {
  if (text == null) return isTerminal ? 'pretty' : 'md';
  if (!(FORMATS as readonly string[]).includes(text)) {
    throw new UsageError(`Unknown format "${text}": use one of ${FORMATS.join(', ')}.`);
  }
  return text as Format;
}

/** Parses the arguments after the command's name; throws a {@link UsageError} for anything it cannot run. */
export function parseOptions(args: readonly string[], isTerminal: boolean, cwd: string): AuditOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: SPEC, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs' messages are one line and name the option; drop its hint about `--` for positionals.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/su, '.'));
  }
  const { values, positionals } = parsed;
  const options: AuditOptions = {
    paths: positionals.length > 0 ? positionals : ['.'],
    named: positionals,
    format: parseFormat(values.format, isTerminal),
    config: values.config ?? null,
    fix: values.fix === true || values['fix-suggestions'] === true,
    fixSuggestions: values['fix-suggestions'] === true,
    addTimeouts: parseTimeout(values['add-timeouts']),
    quiet: values.quiet === true,
    help: values.help === true,
    version: values.version === true,
    baseline: values.baseline === true,
    prune: values.prune === true,
    progress: values['no-progress'] === true ? false : values.progress === true ? true : null,
    cacheLocation: parseCacheLocation(cwd, values.cache === true, values['cache-location']),
    concurrency: parseConcurrency(values.concurrency),
  };
  if (options.config === '') throw new UsageError('--config needs a file name.');
  return options;
}
