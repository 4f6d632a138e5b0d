// What each run lints with: the language options per file category, and the rule sets (baseline, trivial, ours, the
// peer).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));

const { Linter } = require('eslint');
const tsParser = require('@typescript-eslint/parser');
const nPlugin = require('eslint-plugin-n');

export const PREFIX = 'async-io';
export const OUR_SYNC_RULE = `${PREFIX}/no-sync-fs-in-async`;
export const PEER_RULE = 'n/no-sync';
export const OUR_TIMEOUT_RULE = `${PREFIX}/require-timeout-on-tool`;
export const TIMEOUT_PEER_RULE = 'n/require-child-process-timeout';
export const PROBE_RULE = 'bench/sync-call-probe';
export const TRIVIAL_RULE = 'bench/trivial';

/** Every file category the corpus has, with the language options ESLint users would give it. */
export const CATEGORIES = ['module', 'commonjs', 'jsx', 'ts', 'tsx'];

function languageOptions(category, parserForTs) {
  switch (category) {
    case 'module':
      return { ecmaVersion: 'latest', sourceType: 'module' };
    case 'commonjs':
      return { ecmaVersion: 'latest', sourceType: 'commonjs' };
    case 'jsx':
      return { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } };
    case 'ts':
      return { parser: parserForTs, sourceType: 'module' };
    case 'tsx':
      return { parser: parserForTs, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } };
    default:
      throw new Error(`unknown category ${category}`);
  }
}

/**
 * @typescript-eslint/parser without type information, minus its node maps. n/no-sync throws on every `*Sync` call
 * in a TypeScript file when the maps are there and `program` is null (its 17.21+ parser-services check); without
 * the maps it runs, so the peer run can be compared at all. Used for the peer only; its cost is one object copy.
 */
const tsParserWithoutNodeMaps = {
  meta: { name: 'typescript-eslint-parser-without-node-maps', version: tsParser.meta?.version ?? '0' },
  parseForESLint(code, options) {
    const result = tsParser.parseForESLint(code, options);
    return { ...result, services: { ...result.services, esTreeNodeToTSNodeMap: null, tsNodeToESTreeNodeMap: null } };
  },
};

/**
 * Our plugin as built in dist/ (or in the run's snapshot of it, `$ASYNC_IO_BENCH_DIST`, so that a rebuild during a
 * run cannot give two measured processes two different plugins), or null when it is not built yet.
 */
export function loadOurPlugin() {
  const entry = path.join(process.env.ASYNC_IO_BENCH_DIST || path.join(ROOT, 'dist'), 'index.js');
  if (!fs.existsSync(entry)) return null;
  const plugin = require(entry);
  return plugin && plugin.rules ? plugin : null;
}

export function ourRuleIds(plugin) {
  return Object.keys(plugin?.rules ?? {}).map((name) => `${PREFIX}/${name}`);
}

/**
 * The harness's own probe: for each call n/no-sync's selectors match (`*Sync` as callee or as either side of a
 * member callee), it reports at the node n/no-sync reports, with the callee name and the kind of function around
 * it, so each report only n/no-sync has can be put in a bucket. Used in the comparison pass only, never timed.
 */
const syncCallProbe = {
  meta: { type: 'problem', schema: [], messages: { probe: '{{info}}' } },
  create(context) {
    const visit = (identifier) => {
      if (identifier?.type !== 'Identifier' || !identifier.name.endsWith('Sync')) return;
      context.report({
        node: identifier.parent,
        messageId: 'probe',
        data: { info: JSON.stringify({ name: identifier.name, where: functionContext(identifier) }) },
      });
    };
    return {
      CallExpression(node) {
        if (node.callee.type === 'Identifier') visit(node.callee);
        else if (node.callee.type === 'MemberExpression') {
          visit(node.callee.object);
          if (!node.callee.computed) visit(node.callee.property);
        }
      },
    };
  },
};

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** 'async' (nearest function is async), 'callback-in-async' (a sync function inside an async one), 'sync', 'top-level'. */
function functionContext(node) {
  let nearest = null;
  for (let current = node.parent; current; current = current.parent) {
    if (!FUNCTION_TYPES.has(current.type)) continue;
    if (nearest === null) {
      nearest = current;
      if (current.async) return 'async';
    } else if (current.async) {
      return 'callback-in-async';
    }
  }
  return nearest === null ? 'top-level' : 'sync';
}

/**
 * One rule that does nothing: the whole-process CPU budget's reference. ESLint with no rules at all skips work that
 * any rule brings (about 2.6% of process CPU on the corpus), so the no-rules run understates what a config with any
 * rule costs; this rule brings that work and nothing of its own.
 */
export const trivialRule = {
  meta: { type: 'problem', schema: [], messages: {} },
  create: () => ({}),
};

const benchPlugin = { rules: { 'sync-call-probe': syncCallProbe, trivial: trivialRule } };

/**
 * The rule sets. `trivial` turns on one rule that does nothing (`trivialRule`). `ours` turns on every rule dist/
 * has, on every file (tests too: test status is recorded per file instead, so the comparison with n/no-sync is like
 * for like); `ours-no-imports` the same with no-sync-fs-in-async's `followImports: false`.
 */
export function setupRules(setup, plugin) {
  switch (setup) {
    case 'baseline':
      return { plugins: {}, rules: {}, tsParser };
    case 'trivial':
      return { plugins: { bench: benchPlugin }, rules: { [TRIVIAL_RULE]: 'error' }, tsParser };
    case 'ours':
      return {
        plugins: { [PREFIX]: plugin },
        rules: Object.fromEntries(ourRuleIds(plugin).map((id) => [id, 'error'])),
        tsParser,
      };
    case 'ours-no-imports': {
      // The same, with no-sync-fs-in-async's `followImports` off: what following imports costs (issue 16).
      const ours = setupRules('ours', plugin);
      return { ...ours, rules: { ...ours.rules, [OUR_SYNC_RULE]: ['error', { followImports: false }] } };
    }
    case 'peer':
      return { plugins: { n: nPlugin }, rules: { [PEER_RULE]: 'error' }, tsParser: tsParserWithoutNodeMaps };
    case 'peer-probe':
      return {
        plugins: { n: nPlugin, bench: benchPlugin },
        rules: { [PEER_RULE]: 'error', [PROBE_RULE]: 'error' },
        tsParser: tsParserWithoutNodeMaps,
      };
    case 'timeout-ours':
      return { plugins: { [PREFIX]: plugin }, rules: { [OUR_TIMEOUT_RULE]: 'error' }, tsParser };
    case 'timeout-peer':
      // The peer has no parser-services check: the parser as shipped.
      return { plugins: { n: nPlugin }, rules: { [TIMEOUT_PEER_RULE]: 'error' }, tsParser };
    case 'peer-as-shipped':
      return { plugins: { n: nPlugin }, rules: { [PEER_RULE]: 'error' }, tsParser };
    default:
      throw new Error(`unknown setup ${setup}`);
  }
}

const LINTED_GLOB = '**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}';

/** ESLint's FlatConfigArray, normalized once per category as the ESLint class does, not once per file. */
function loadFlatConfigArray() {
  try {
    const eslintRequire = createRequire(require.resolve('eslint'));
    return eslintRequire('./config/flat-config-array.js').FlatConfigArray;
  } catch {
    return null;
  }
}
const FlatConfigArray = loadFlatConfigArray();

/**
 * A linter over `cwd` and one config per category for a setup, with options for some of its rules
 * (`{ ruleId: [options] }`). Corpus files sit under node_modules, which flat config ignores by default, so that
 * default is lifted.
 */
export function createLinting(setup, plugin, cwd, ruleOptions = {}) {
  const { plugins, rules: severities, tsParser: parserForTs } = setupRules(setup, plugin);
  const rules = { ...severities };
  for (const [id, options] of Object.entries(ruleOptions)) {
    if (id in rules) rules[id] = [[rules[id]].flat()[0], ...options];
  }
  const linter = new Linter({ configType: 'flat', cwd });
  const configs = {};
  for (const category of CATEGORIES) {
    const entries = [
      { ignores: ['!**/node_modules/'] },
      {
        files: [LINTED_GLOB],
        languageOptions: languageOptions(category, parserForTs),
        // The corpus's own `eslint-disable` comments would hide reports from one setup and not the other.
        linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
        plugins,
        rules,
      },
    ];
    if (FlatConfigArray) {
      const array = new FlatConfigArray(entries, { basePath: cwd });
      array.normalizeSync();
      configs[category] = array;
    } else {
      configs[category] = entries;
    }
  }
  return { linter, configs };
}

export function versions() {
  const read = (name) => require(`${name}/package.json`).version;
  return {
    node: process.version,
    eslint: read('eslint'),
    '@typescript-eslint/parser': read('@typescript-eslint/parser'),
    'eslint-plugin-n': read('eslint-plugin-n'),
    espree: read('espree'),
    'eslint-plugin-async-io': require(path.join(ROOT, 'package.json')).version,
  };
}
