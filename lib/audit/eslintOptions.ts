import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { ESLint, Linter } from 'eslint';

import { censusConfigs, zeroConfig } from './config';
import { UsageError } from './options';

// The options of the audit's ESLint instance, as plain data in and ESLint's options out: with concurrency on,
// ESLint's worker threads cannot take the config's plugin and parser objects, so each worker loads them from an
// options module (a `data:` URL) that calls eslintOptions() with the same data.

export type Concurrency = number | 'auto' | 'off';

/** Everything the ESLint instance depends on, as JSON. */
export interface OptionsSpec {
  readonly cwd: string;
  /** The project's ESLint config file; null: zero config. */
  readonly config: string | null;
  /** The zero-config ignores. */
  readonly ignores: readonly string[];
  /** Entries ESLint must not be handed (dangling symlinks, FIFOs, unreadable files), as exact ignore patterns. */
  readonly skipped: readonly string[];
  readonly timeoutMs: number | null;
  /** ESLint's cache file or folder; null: no cache. */
  readonly cacheLocation: string | null;
  /** ESLint's `concurrency`; null: leave it out (an ESLint without it, or off). */
  readonly concurrency: Concurrency | null;
}

/** More files than this get `concurrency: 'auto'` by default: below it, starting workers costs more than it saves. */
export const AUTO_CONCURRENCY_FILES = 300;

/** Where `--cache` keeps ESLint's cache by default: a folder, in which ESLint names the file after the cwd. */
export const defaultCacheLocation = (cwd: string): string =>
  `${path.join(cwd, 'node_modules', '.cache', 'async-io-audit')}${path.sep}`;

export function eslintOptions(spec: OptionsSpec): ESLint.Options {
  const common: ESLint.Options = {
    cwd: spec.cwd,
    ...(spec.cacheLocation == null ? {} : { cache: true, cacheLocation: spec.cacheLocation }),
    ...(spec.concurrency == null ? {} : { concurrency: spec.concurrency }),
  };
  if (spec.config == null) {
    return {
      ...common,
      overrideConfigFile: true,
      overrideConfig: zeroConfig([...spec.ignores, ...spec.skipped], spec.timeoutMs),
      errorOnUnmatchedPattern: false,
    };
  }
  // The project's config keeps its own options for our rules; under `--add-timeouts`, fixingEslint gives the
  // timeout rule the deadline to insert.
  const skipped: Linter.Config[] = spec.skipped.length > 0 ? [{ ignores: [...spec.skipped] }] : [];
  return {
    ...common,
    overrideConfigFile: path.resolve(spec.cwd, spec.config),
    overrideConfig: [...censusConfigs(), ...skipped],
  };
}

export interface EslintClass {
  new (options: ESLint.Options): ESLint;
  readonly version: string;
  /** ESLint 9.34 and later, with `concurrency`. */
  readonly fromOptionsModule?: (url: URL) => Promise<ESLint>;
}

/**
 * The concurrency to run with: the one asked for, else `auto` above AUTO_CONCURRENCY_FILES files (a count, when the
 * file list is known) or when the count is unknown, else none. An ESLint without the option gets none, and a
 * number or `auto` asked of it is a usage error.
 */
function concurrencyFor(ESLintClass: EslintClass, asked: Concurrency | null, files: number | null): Concurrency | null {
  if (ESLintClass.fromOptionsModule == null) {
    if (asked != null && asked !== 'off') {
      throw new UsageError(`--concurrency needs ESLint 9.34 or later; this is ESLint ${ESLintClass.version}`);
    }
    return null;
  }
  if (asked != null) return asked;
  return files == null || files > AUTO_CONCURRENCY_FILES ? 'auto' : 'off';
}

/**
 * The options module the workers load, as a `data:` URL: nothing is written to disk, so nothing is left behind when
 * the run is interrupted (a temp file survived SIGINT and SIGTERM, which skip `exit` handlers). A `data:` module may
 * import an absolute `file:` URL, and importing this CommonJS module gives its exports as the default.
 */
export function optionsModuleUrl(spec: OptionsSpec): URL {
  const builder = JSON.stringify(pathToFileURL(path.join(__dirname, 'eslintOptions.js')).href);
  const source = `import built from ${builder};\nexport default built.eslintOptions(${JSON.stringify(spec)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}

/** An ESLint instance and the concurrency it runs with (null: an ESLint without the option). */
export interface AuditEslint {
  readonly eslint: ESLint;
  readonly concurrency: Concurrency | null;
}

/** The ESLint instance for the spec, with the concurrency decided here (`files`: how many, when known). */
export async function instantiate(
  ESLintClass: EslintClass,
  spec: OptionsSpec,
  files: number | null,
): Promise<AuditEslint> {
  const concurrency = concurrencyFor(ESLintClass, spec.concurrency, files);
  const effective: OptionsSpec = { ...spec, concurrency };
  const { cacheLocation } = spec;
  if (cacheLocation != null) {
    await mkdir(cacheLocation.endsWith(path.sep) ? cacheLocation : path.dirname(cacheLocation), { recursive: true });
  }
  if (concurrency == null || concurrency === 'off' || ESLintClass.fromOptionsModule == null) {
    return { eslint: new ESLintClass(eslintOptions(effective)), concurrency };
  }
  return { eslint: await ESLintClass.fromOptionsModule(optionsModuleUrl(effective)), concurrency };
}
