import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { unwrapExpression } from '../../util/ast';
import { constantInit } from '../../util/scope';
import type { SourceCode, ToolRun } from './types';

// Commands that cannot hang: literal runs of local, read-only programs that answer at once (option `localCommands`).

/**
 * The built-in set, as command prefixes. Each reads local state only, and never waits for the network, a lock, an
 * editor, a pager or a prompt:
 * - `which`, `where`, `command -v`: a look-up in PATH.
 * - `git rev-parse`: resolves names and paths in the local repository; it takes no lock and runs no hook.
 * - `git config --get`, `git config --get-all`: read the configuration files.
 * - `git remote get-url`: reads a remote's URL from the configuration; it never contacts the remote.
 * - `git symbolic-ref`: reads (or writes, through a lock file that fails at once when taken) a symbolic ref.
 */
export const BUILT_IN_LOCAL_COMMANDS: readonly string[] = [
  'which',
  'where',
  'command -v',
  'git rev-parse',
  'git config --get',
  'git config --get-all',
  'git remote get-url',
  'git symbolic-ref',
];

/** A word of a command that is safe to match: no shell metacharacters, quotes, globs or variables. */
const SAFE_WORD = /^[\w./@:=+,-]+$/u;
/** The JSON-schema pattern of an entry of option `localCommands.add`: safe words separated by single spaces. */
export const LOCAL_COMMAND_PATTERN_SOURCE = '^[\\w./@:=+,-]+(?: [\\w./@:=+,-]+)*$';

/** Runs whose first argument is a Node module to run, not a program: `fork('which')` is no PATH look-up. */
const RUNS_NODE_MODULE: ReadonlySet<string> = new Set(['child_process.fork', 'execa.execaNode']);

/** The option as the rule reads it. */
export interface LocalCommandsOption {
  readonly builtIn?: boolean;
  readonly add?: readonly string[];
}

/** The command prefixes in force: the built-in set unless `builtIn: false`, and the added ones, as words. */
export function localCommandPrefixes(option: LocalCommandsOption | undefined): readonly (readonly string[])[] {
  const entries = [...(option?.builtIn === false ? [] : BUILT_IN_LOCAL_COMMANDS), ...(option?.add ?? [])];
  return entries.map((entry) => entry.split(' '));
}

/** The text of a string the syntax fixes: a literal, a template without expressions, or a `const` holding one. */
function literalText(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): string | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.Literal)
    return typeof expression.value === 'string' ? expression.value : undefined;
  if (expression.type === AST_NODE_TYPES.TemplateLiteral)
    return expression.expressions.length === 0 ? (expression.quasis[0]?.value.cooked ?? undefined) : undefined;
  if (expression.type !== AST_NODE_TYPES.Identifier || depth > 2) return undefined;
  const init = constantInit(sourceCode, expression);
  return init && literalText(sourceCode, init, depth + 1);
}

/** The elements of an array the syntax fixes (`['rev-parse', 'HEAD']`, also through a `const`), as texts. */
function literalList(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): string[] | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.Identifier && depth < 2) {
    const init = constantInit(sourceCode, expression);
    return init && literalList(sourceCode, init, depth + 1);
  }
  if (expression.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const texts: string[] = [];
  for (const element of expression.elements) {
    const text =
      element && element.type !== AST_NODE_TYPES.SpreadElement ? literalText(sourceCode, element) : undefined;
    if (text == null) return undefined;
    texts.push(text);
  }
  return texts;
}

/** A command line as words; undefined when a word could be anything but itself to a shell. */
function words(parts: readonly string[]): string[] | undefined {
  const split = parts.flatMap((part) => part.trim().split(/\s+/u)).filter((word) => word !== '');
  return split.length > 0 && split.every((word) => SAFE_WORD.test(word)) ? split : undefined;
}

/** What follows the file: a literal argument list, or options (an object, a callback, nothing); else unknown. */
function argumentList(sourceCode: SourceCode, node: TSESTree.Node | undefined): string[] | undefined {
  if (!node) return [];
  let expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.Identifier)
    expression = unwrapExpression(constantInit(sourceCode, expression) ?? expression);
  switch (expression.type) {
    case AST_NODE_TYPES.ArrayExpression:
      return literalList(sourceCode, expression);
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
      return [];
    default:
      return undefined;
  }
}

/** A command string (`exec`), a file and its argument list (`execFile`, `spawn`, execa), or Bun's array. */
function callWords(sourceCode: SourceCode, run: ToolRun, call: TSESTree.CallExpression): string[] | undefined {
  const [first, second] = call.arguments;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const command = unwrapExpression(first);
  // Bun.spawn(['which', 'git']) and Bun.spawn({ cmd: ['which', 'git'] }).
  if (command.type === AST_NODE_TYPES.ArrayExpression) {
    const list = literalList(sourceCode, command);
    return list && words(list);
  }
  if (command.type === AST_NODE_TYPES.ObjectExpression) {
    const cmd = command.properties.find(
      (property): property is TSESTree.Property =>
        property.type === AST_NODE_TYPES.Property &&
        !property.computed &&
        property.key.type === AST_NODE_TYPES.Identifier &&
        property.key.name === 'cmd',
    );
    const list = cmd && literalList(sourceCode, cmd.value);
    return list && words(list);
  }
  const file = literalText(sourceCode, command);
  if (file == null) return undefined;
  // `exec(command, options)`: the options take a fixed place, so nothing else can hold arguments.
  if (run.api.slot?.kind === 'index') return words([file]);
  const list = argumentList(sourceCode, second);
  return list && words([file, ...list]);
}

/** The program name as a prefix compares it: `/usr/bin/git` and `where.exe` are `git` and `where`. */
function programName(word: string): string {
  return (word.split(/[/\\]/u).pop() ?? word).replace(/\.exe$/iu, '');
}

/** The literal command a run executes, as words; undefined when it is not fixed by the syntax. */
export function commandWords(sourceCode: SourceCode, run: ToolRun): string[] | undefined {
  const { node } = run;
  if (RUNS_NODE_MODULE.has(run.name)) return undefined;
  if (node.type === AST_NODE_TYPES.TaggedTemplateExpression) {
    const { quasi } = node;
    const text = quasi.expressions.length === 0 ? quasi.quasis[0]?.value.cooked : undefined;
    return text == null ? undefined : words([text]);
  }
  if (run.api.policy.runsProcess !== true) return undefined;
  return callWords(sourceCode, run, node);
}

/** Whether a run executes a literal command that one of the prefixes names. */
export function isLocalCommand(
  sourceCode: SourceCode,
  run: ToolRun,
  prefixes: readonly (readonly string[])[],
): boolean {
  if (prefixes.length === 0) return false;
  const command = commandWords(sourceCode, run);
  if (!command) return false;
  const [program, ...rest] = command;
  const line = [programName(program ?? ''), ...rest];
  return prefixes.some((prefix) => prefix.length <= line.length && prefix.every((word, index) => word === line[index]));
}
