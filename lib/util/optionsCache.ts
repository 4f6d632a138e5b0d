// optionsCache: a rule's options merged with their defaults once per configuration, instead of once per file.
import * as ESLintUtils from '@typescript-eslint/utils/eslint-utils';

// It exists for the per-file cost: `create` runs for every file and rule, and a merge per file costs more than a
// comparison with the last configuration.

/** Whether two option values are equal: primitives, arrays and plain objects, compared by content. */
function sameOptions(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameOptions(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const key of aKeys) {
    if (
      !Object.hasOwn(b, key) ||
      !sameOptions((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
    )
      return false;
  }
  return true;
}

/** Whether given options already have every default in them (see {@link compileHasDefaults}). */
type DefaultsTest = (given: unknown) => boolean;

/**
 * Compiles, once per rule, the test of whether `given` already has every default in it: a value at each index the
 * defaults have, and in a default object every key (in nested default objects too). Merging the defaults into
 * such options changes nothing. Compiled, not a generic walk over the defaults, because it runs on every file.
 */
function compileHasDefaults(defaults: unknown): DefaultsTest {
  if (Array.isArray(defaults)) {
    const items = defaults.map(compileHasDefaults);
    return (given) => {
      if (!Array.isArray(given) || given.length < items.length) return false;
      // ESLint 9.15+ hands a rule configured without options the default objects themselves.
      for (let i = 0; i < items.length; i++)
        if (given[i] !== defaults[i] && !(items[i] as DefaultsTest)(given[i])) return false;
      return true;
    };
  }
  if (!ESLintUtils.isObjectNotArray(defaults)) return (given) => given != null;
  const keys = Object.keys(defaults);
  const tests = keys.map((key) => compileHasDefaults(defaults[key]));
  return (given) => {
    if (typeof given !== 'object' || given === null || Array.isArray(given)) return false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (!(key in given) || !(tests[i] as DefaultsTest)((given as Record<string, unknown>)[key])) return false;
    }
    return true;
  };
}

/** How many distinct option sets a rule remembers (a configuration with overrides has a few). */
const REMEMBERED = 8;

/**
 * A rule's options with their defaults, for each file's context. ESLint 9.15+ merges `meta.defaultOptions` itself,
 * into fresh objects for every file: options that already hold every default are used as they are. Others (ESLint
 * 8, eslintrc mode) are merged once per distinct configuration, compared with a copy of the ones seen before. The
 * rules only read the result.
 */
export function optionsCache<Options extends readonly unknown[]>(defaults: Options): (context: object) => Options {
  const hasDefaults = compileHasDefaults(defaults);
  // Most recent first: a copy of the options a file was given, and their merge with the defaults.
  const remembered: { readonly given: readonly unknown[]; readonly merged: Options }[] = [];

  const optionsOf = (userOptions: readonly unknown[]): Options => {
    if (hasDefaults(userOptions)) return userOptions as unknown as Options;
    const i = remembered.findIndex((entry) => sameOptions(entry.given, userOptions));
    const entry = remembered[i];
    if (entry) {
      if (i > 0) {
        remembered.splice(i, 1);
        remembered.unshift(entry);
      }
      return entry.merged;
    }
    // Merged from a copy, so that a later change to the user's objects cannot reach a result already handed out.
    const given = structuredClone(userOptions);
    const merged = ESLintUtils.applyDefault<Options, Options>(
      defaults,
      given.length === 0 ? null : (structuredClone(given) as Options),
    );
    remembered.unshift({ given, merged });
    if (remembered.length > REMEMBERED) remembered.pop();
    return merged;
  };

  // `Reflect.get`, not `context.options`: each file's context has a fresh prototype, and V8's first cached load
  // through it costs more than the rest of `create`.
  return (context) => optionsOf(Reflect.get(context, 'options') as readonly unknown[]);
}
