import path from 'node:path';

import type { ESLint, Linter } from 'eslint';

import { invalidateImporters, recordImports } from './cacheImports';
import { CENSUS_RULES, censusConfigs } from './config';
import { type AuditEslint, type Concurrency, type EslintClass, instantiate, type OptionsSpec } from './eslintOptions';
import { exactPattern, fileState, type Screened, type Unreadable } from './fileChecks';
import { findingOf, ruleOf } from './findings';
import type { Finding, NotAudited, Unparsed } from './model';
import { ignoreWarningOf, notAuditedOf } from './notAudited';
import { findOurRules, idsOf, type OurRules, type Warn } from './ourRules';
import { ALWAYS_IGNORED, checkPaths, gitignorePatterns, isLintedFile } from './targets';

// One lint run through ESLint's Node API: which files, with which config, and what came back, sorted into the
// plugin's findings, the files that did not parse, and the census (async fs calls, tool runs, test mocks).

/** ESLint could not load the config or the files: exit status 2, with this one-line message. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface LintSetup {
  readonly cwd: string;
  readonly paths: readonly string[];
  /** The paths named on the command line: one with nothing linted under it is listed as not audited. */
  readonly named: readonly string[];
  /** The project's ESLint config file; null: zero config. */
  readonly config: string | null;
  /** The timeout the timeout rule's suggestions insert (`--add-timeouts`); null: the rule's default. */
  readonly timeoutMs: number | null;
  /** ESLint's cache file or folder (`--cache`); null: no cache. */
  readonly cacheLocation: string | null;
  /** `--concurrency`; null: the default (auto on many files). */
  readonly concurrency: Concurrency | null;
  /** The entries under the paths that ESLint must not be handed (see fileChecks.ts). */
  readonly screened: Screened;
  /** Zero config in a git work tree: git's list of the files under the paths (gitFiles); else null. */
  readonly listed: readonly string[] | null;
  /** Where a warning goes (a second install of the plugin with another version); the caller says each once. */
  readonly warn?: Warn;
}

/** A census report: where, and its message (a function name, a run's name, or mocked names). */
export interface CensusHit {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly messageId: string;
  readonly text: string;
}

export interface LintRun {
  readonly files: readonly string[];
  readonly findings: readonly Finding[];
  readonly unparsed: readonly Unparsed[];
  readonly notAudited: readonly NotAudited[];
  /** Our rules' ids in the config the run used. */
  readonly ours: OurRules;
  readonly asyncFsCalls: readonly CensusHit[];
  readonly toolRuns: readonly CensusHit[];
  readonly mocks: readonly CensusHit[];
}

async function eslintClass(): Promise<EslintClass> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the user's ESLint (a peer), 8.57 to 10
  const module = require('eslint') as { ESLint: EslintClass; loadESLint?: (options: object) => Promise<EslintClass> };
  // ESLint 8.57 and 9 choose between flat config and eslintrc; 10 has flat config only.
  return module.loadESLint == null ? module.ESLint : module.loadESLint({ useFlatConfig: true });
}

/** The first line of an error ESLint threw, as the one-line message of exit status 2. */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

/** An ESLint instance for the setup, and its concurrency; `--config` with a file that is not there stops the run. */
export async function createEslint(setup: LintSetup): Promise<AuditEslint> {
  const ESLintClass = await eslintClass();
  // ESLint's cache knows only each linted file: a helper's change must reach the files that import it.
  if (setup.cacheLocation != null) invalidateImporters(setup.cacheLocation, setup.config != null);
  // In a git work tree, git's list says how many files there are (for the default concurrency).
  const { listed } = setup;
  const ignores = setup.config != null || listed != null ? [] : await gitignorePatterns(setup.cwd);
  const spec: OptionsSpec = {
    cwd: setup.cwd,
    config: setup.config,
    ignores: [...ALWAYS_IGNORED, ...ignores],
    // In a git work tree the audit hands ESLint regular files only (lintTargets) and must still see an unreadable
    // one to list it, which an ignore pattern would hide; elsewhere ESLint walks the folders and must skip them.
    skipped: listed == null ? setup.screened.skipped.map(exactPattern) : [],
    timeoutMs: setup.timeoutMs,
    cacheLocation: setup.cacheLocation,
    concurrency: setup.concurrency,
  };
  return instantiate(ESLintClass, spec, listed?.length ?? null);
}

/**
 * The ESLint that fixes a file. Zero config: the audit's own, whose config already holds `--add-timeouts`' value.
 * Under `--config` with `--add-timeouts`, one whose config gives the timeout rule, on top of the options the
 * project's config sets for that file, the `defaultTimeoutMs` its suggestions insert.
 */
export function fixingEslint(eslint: ESLint, setup: LintSetup, ours: OurRules): (filePath: string) => Promise<ESLint> {
  const { config, timeoutMs } = setup;
  const timeoutIds = idsOf(ours, 'require-timeout-on-tool');
  if (config == null || timeoutMs == null || timeoutIds.length === 0) return () => Promise.resolve(eslint);
  const byOptions = new Map<string, Promise<ESLint>>();
  return async (filePath) => {
    const calculated = (await eslint.calculateConfigForFile(filePath)) as Linter.Config | undefined;
    const rules: Linter.RulesRecord = {};
    for (const id of timeoutIds) {
      const entry = calculated?.rules?.[id];
      const [severity, options] = Array.isArray(entry) ? [entry[0], entry[1]] : [entry ?? 'error', undefined];
      rules[id] = [severity, { ...(options ?? {}), defaultTimeoutMs: timeoutMs }];
    }
    const key = JSON.stringify(rules);
    let created = byOptions.get(key);
    if (created == null) {
      created = eslintClass().then(
        (ESLintClass) =>
          new ESLintClass({
            cwd: setup.cwd,
            overrideConfigFile: path.resolve(setup.cwd, config),
            overrideConfig: [...censusConfigs(), { rules }],
          }),
      );
      byOptions.set(key, created);
    }
    return created;
  };
}

/** What to pass to `lintFiles`: git's list (minus the ignores) in a git work tree, else the paths themselves. */
async function lintTargets(
  eslint: ESLint,
  setup: LintSetup,
): Promise<{ targets: string[] | null; unreadable: readonly Unreadable[] }> {
  // Outside git, an unreadable file is left to ESLint's config to lint or not: listed when its name is one we lint.
  const unreadableGiven = setup.screened.unreadable.filter(({ file }) => isLintedFile(file));
  const asGiven = { targets: [...setup.paths], unreadable: unreadableGiven };
  const { listed } = setup;
  if (setup.config != null || listed == null) return asGiven;
  const kept: string[] = [];
  const unreadable: Unreadable[] = [];
  for (const file of listed) {
    const abs = path.resolve(setup.cwd, file);
    if (await eslint.isPathIgnored(abs)) continue;
    // Not a regular file (a dangling symlink, a FIFO): left out; a file that cannot be read: listed.
    const state = await fileState(abs);
    if (state === 'regular') kept.push(file);
    else if (state !== 'irregular') unreadable.push({ file, code: state });
  }
  return { targets: kept.length > 0 ? kept : null, unreadable };
}

const relative = (cwd: string, file: string): string => path.relative(cwd, file).split(path.sep).join('/');

/** Sorts ESLint's results into findings, files that did not parse, and census hits. */
export function sortResults(cwd: string, results: readonly ESLint.LintResult[], ours: OurRules): LintRun {
  const run = { files: [] as string[], findings: [] as Finding[], unparsed: [] as Unparsed[] };
  const census: Record<string, CensusHit[]> = { asyncFs: [], toolRun: [], fsMock: [] };
  const censusKey = new Map(Object.entries(CENSUS_RULES).map(([key, ruleId]) => [ruleId as string, key]));
  for (const result of results) {
    const file = relative(cwd, result.filePath);
    run.files.push(file);
    for (const message of result.messages) {
      const key = censusKey.get(message.ruleId ?? '');
      const rule = ruleOf(message, ours);
      if (message.fatal === true) {
        run.unparsed.push({ file, line: message.line, column: message.column, message: message.message });
      } else if (rule != null) {
        run.findings.push(findingOf(file, message, rule));
      } else if (key != null) {
        census[key]?.push({
          file,
          line: message.line,
          column: message.column,
          messageId: message.messageId ?? '',
          text: message.message,
        });
      }
    }
  }
  return {
    ...run,
    notAudited: [],
    ours,
    asyncFsCalls: census.asyncFs ?? [],
    toolRuns: census.toolRun ?? [],
    mocks: census.fsMock ?? [],
  };
}

/** Lints the setup's files; ESLint's errors (a config that does not load, a bad pattern) become a ConfigError. */
export async function lint(eslint: ESLint, setup: LintSetup): Promise<LintRun> {
  await checkPaths(setup.cwd, setup.paths);
  try {
    const { targets, unreadable } = await lintTargets(eslint, setup);
    const results = targets == null ? [] : await eslint.lintFiles(targets);
    if (setup.cacheLocation != null) recordImports(setup.cacheLocation);
    // A file ESLint ignored comes back with a warning and nothing linted: not audited, not a clean file.
    const ignored: NotAudited[] = [];
    const linted = results.filter((result) => {
      const warning = ignoreWarningOf(result);
      if (warning != null) ignored.push({ file: relative(setup.cwd, result.filePath), reason: warning });
      return warning == null;
    });
    const run = sortResults(setup.cwd, linted, await findOurRules(eslint, linted, setup.warn));
    const unread = unreadable.map(({ file, code }) => ({
      file,
      line: 0,
      column: 0,
      message: `Cannot be read: ${code}`,
    }));
    const unparsed = [...run.unparsed, ...unread].sort((a, b) => a.file.localeCompare(b.file));
    const audited = [...run.files, ...unread.map((entry) => entry.file)];
    return { ...run, unparsed, notAudited: await notAuditedOf(setup.cwd, setup.named, audited, ignored) };
  } catch (error) {
    throw new ConfigError(firstLine(error));
  }
}
