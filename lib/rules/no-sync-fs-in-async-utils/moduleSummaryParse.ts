import { createRequire } from 'node:module';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

// Parsing another module of the project as ESLint parses the file being linted: the same parser and parser options
// (without a type-checked project, which would cost a program per module), ESLint's scope analysis when the parser
// has none, and the host's own SourceCode class, so the rule's analyses run on it unchanged.

type SourceCode = Readonly<TSESLint.SourceCode>;

interface Parser {
  parse?: (text: string, options: object) => unknown;
  parseForESLint?: (text: string, options: object) => ParseResult;
}

interface ParseResult {
  readonly ast: TSESTree.Program;
  readonly services?: object;
  readonly scopeManager?: unknown;
  readonly visitorKeys?: Readonly<Record<string, readonly string[]>>;
}

type SourceCodeClass = new (config: {
  text: string;
  ast: TSESTree.Program;
  parserServices: object;
  scopeManager: unknown;
  visitorKeys: unknown;
}) => SourceCode;

interface ScopeAnalyzer {
  analyze: (ast: unknown, options: object) => unknown;
}

/** How the host parses the file being linted: what parsing another module needs. */
export interface ParserSetup {
  readonly parser: Parser;
  readonly parserOptions: Readonly<Record<string, unknown>>;
  readonly ecmaVersion: unknown;
  readonly sourceType: unknown;
  readonly SourceCode: SourceCodeClass;
}

/** Options that would make a typed parser build a program: a module summary never needs types. */
const TYPED_OPTIONS = ['project', 'projectService', 'programs', 'EXPERIMENTAL_useProjectService'];

/**
 * The current file's parser setup, or `undefined` when the host gives no parser the rule can call (oxlint's JS
 * plugins): then the rule stays in-module.
 */
export function parserSetupOf(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): ParserSetup | undefined {
  const languageOptions = (context as unknown as { languageOptions?: Record<string, unknown> }).languageOptions;
  const parser = languageOptions?.parser as Parser | undefined;
  if (parser == null || (typeof parser.parseForESLint !== 'function' && typeof parser.parse !== 'function')) {
    return undefined;
  }
  const SourceCode = (context.sourceCode as { constructor?: unknown }).constructor;
  // ESLint's SourceCode class; a host whose source code object is not one (oxlint's) cannot build another.
  const prototype = (SourceCode as { prototype?: { getScope?: unknown } } | undefined)?.prototype;
  if (typeof SourceCode !== 'function' || typeof prototype?.getScope !== 'function') return undefined;
  const given = Object.entries(languageOptions?.parserOptions ?? {});
  const parserOptions = Object.fromEntries(given.filter(([key]) => !TYPED_OPTIONS.includes(key)));
  return {
    parser,
    parserOptions,
    ecmaVersion: languageOptions?.ecmaVersion,
    sourceType: languageOptions?.sourceType,
    SourceCode: SourceCode as SourceCodeClass,
  };
}

let scopeAnalyzer: ScopeAnalyzer | null = null;
let scopeAnalyzerLoaded = false;

/** ESLint's own scope analyser (eslint-scope, a dependency of the host ESLint), for parsers that give none. */
function eslintScope(): ScopeAnalyzer | null {
  if (scopeAnalyzerLoaded) return scopeAnalyzer;
  scopeAnalyzerLoaded = true;
  try {
    const hostRequire = createRequire(createRequire(__filename).resolve('eslint'));
    scopeAnalyzer = hostRequire('eslint-scope') as ScopeAnalyzer;
  } catch {
    scopeAnalyzer = null;
  }
  return scopeAnalyzer;
}

const SHEBANG = /^#!([^\r\n]*)/u;

/** Gives every node of the tree its `parent`, as ESLint's traversal does before rules run. */
function setParents(ast: TSESTree.Program, visitorKeys: Readonly<Record<string, readonly string[] | undefined>>): void {
  const stack: TSESTree.Node[] = [ast];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? (child as unknown[]) : [child]) {
        if (item != null && typeof (item as TSESTree.Node).type === 'string') {
          (item as { parent: TSESTree.Node }).parent = node;
          stack.push(item as TSESTree.Node);
        }
      }
    }
  }
}

function analyseScope(ast: TSESTree.Program, setup: ParserSetup, visitorKeys: object): unknown {
  const analyzer = eslintScope();
  if (analyzer == null) return undefined;
  const ecmaFeatures = (setup.parserOptions.ecmaFeatures ?? {}) as { globalReturn?: boolean; impliedStrict?: boolean };
  const sourceType = (setup.sourceType ?? setup.parserOptions.sourceType ?? 'script') as string;
  const ecmaVersion = setup.ecmaVersion ?? setup.parserOptions.ecmaVersion;
  return analyzer.analyze(ast, {
    ignoreEval: true,
    nodejsScope: ecmaFeatures.globalReturn === true || sourceType === 'commonjs',
    impliedStrict: ecmaFeatures.impliedStrict,
    ecmaVersion: typeof ecmaVersion === 'number' ? ecmaVersion : 2022,
    sourceType,
    childVisitorKeys: visitorKeys,
    fallback: (node: object) => Object.keys(node).filter((key) => key !== 'parent' && key !== 'range' && key !== 'loc'),
  });
}

/** `text` of the module at `filePath` as a SourceCode, or `undefined` when it does not parse (never a throw). */
export function parseModule(setup: ParserSetup, filePath: string, text: string): SourceCode | undefined {
  try {
    const source = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(SHEBANG, '//$1');
    const options = {
      ecmaVersion: setup.ecmaVersion,
      sourceType: setup.sourceType,
      ...setup.parserOptions,
      loc: true,
      range: true,
      raw: true,
      tokens: true,
      comment: true,
      eslintVisitorKeys: true,
      eslintScopeManager: true,
      filePath,
    };
    const { parser } = setup;
    const result: ParseResult =
      typeof parser.parseForESLint === 'function'
        ? parser.parseForESLint(source, options)
        : { ast: (parser.parse as (text: string, options: object) => TSESTree.Program)(source, options) };
    const visitorKeys = result.visitorKeys ?? (setup.SourceCode as unknown as { DEFAULT_KEYS?: object }).DEFAULT_KEYS;
    const keys = (visitorKeys ?? fallbackKeys()) as Readonly<Record<string, readonly string[]>>;
    setParents(result.ast, keys);
    const scopeManager = result.scopeManager ?? analyseScope(result.ast, setup, keys);
    if (scopeManager == null) return undefined;
    return new setup.SourceCode({
      text,
      ast: result.ast,
      parserServices: result.services ?? {},
      scopeManager,
      visitorKeys: keys,
    });
  } catch {
    return undefined;
  }
}

let defaultKeys: object | undefined;

/** eslint-visitor-keys' keys (through the host ESLint), for a parser that gives none. */
function fallbackKeys(): object {
  if (defaultKeys != null) return defaultKeys;
  const hostRequire = createRequire(createRequire(__filename).resolve('eslint'));
  defaultKeys = (hostRequire('eslint-visitor-keys') as { KEYS: object }).KEYS;
  return defaultKeys;
}
