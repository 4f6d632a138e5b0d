import type { Linter } from 'eslint';

// @typescript-eslint/parser takes a while to load (it brings TypeScript): the zero-config setup names this stand-in,
// which loads the real parser when ESLint first parses a TypeScript file, so a JavaScript-only audit never loads it.

interface ParserModule {
  parseForESLint(code: string, options?: unknown): Linter.ESLintParseResult;
}

let loaded: ParserModule | null = null;

function parser(): ParserModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first TypeScript file only
  loaded ??= require('@typescript-eslint/parser') as ParserModule;
  return loaded;
}

/** The parser's name and version, for ESLint's cache key and config serialization, without loading the parser. */
function parserMeta(): { name: string; version: string } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON file: no code runs
  const { name, version } = require('@typescript-eslint/parser/package.json') as { name: string; version: string };
  return { name, version };
}

/** A parser object that loads @typescript-eslint/parser when it first parses. */
export function lazyTypeScriptParser(): Linter.Parser {
  return {
    meta: parserMeta(),
    parseForESLint: (code: string, options?: unknown) => parser().parseForESLint(code, options),
  };
}
