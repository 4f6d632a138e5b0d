// The rule pages' examples, run: every block under "❌ Incorrect" must be reported, every block under
// "✅ Correct" must not, a block followed by "becomes" must be fixed into the next block, and in a block that
// configures the rule with an `/* eslint … */` comment, a line marked `// ❌` must be reported and `// ✅` not; and a
// line whose comment shows a suggestion (`// suggestion: <code>`) must get that suggestion.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { type ESLint, Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';

import plugin from '../lib';

const DOCS = path.join(__dirname, '..', 'docs', 'rules');

interface Block {
  readonly language: string;
  readonly code: string;
  /** 1-based line of the opening fence in the page. */
  readonly line: number;
  /** The section the block sits in: after "❌ Incorrect", after "✅ Correct", or neither. */
  readonly section: 'incorrect' | 'correct' | null;
  /** The prose between the previous block and this one. */
  readonly before: string;
}

function blocksOf(page: string): Block[] {
  const blocks: Block[] = [];
  const lines = page.split('\n');
  let section: Block['section'] = null;
  let prose: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = /^```(\w*)$/u.exec(line);
    if (!fence) {
      if (line.startsWith('#')) section = null;
      else if (line.startsWith('❌ Incorrect')) section = 'incorrect';
      else if (line.startsWith('✅ Correct')) section = 'correct';
      prose.push(line);
      continue;
    }
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i] ?? '');
    blocks.push({
      language: fence[1] ?? '',
      code: `${body.join('\n')}\n`,
      line: start + 1,
      section,
      before: prose.join('\n').trim(),
    });
    prose = [];
  }
  return blocks;
}

const pluginForEslint = plugin as unknown as ESLint.Plugin;

function config(rule: string, language: string, sourceType: 'module' | 'commonjs'): Linter.Config[] {
  const languageOptions: Linter.Config['languageOptions'] =
    language === 'ts'
      ? { parser: tsParser, sourceType: 'module' }
      : { parser: espree, ecmaVersion: 'latest', sourceType };
  return [
    {
      files: ['**/*.ts', '**/*.js'],
      languageOptions,
      plugins: { 'async-io': pluginForEslint },
      rules: { [`async-io/${rule}`]: 'error' },
    },
  ];
}

/** Lints a block as the page's rule sees it (JavaScript as an ES module, else as CommonJS); throws on a parse error. */
function lint(rule: string, block: Block, fix = false): Linter.FixReport {
  const filename = block.language === 'ts' ? 'example.ts' : 'example.js';
  const attempts: ('module' | 'commonjs')[] = block.language === 'ts' ? ['module'] : ['module', 'commonjs'];
  let report: Linter.FixReport | undefined;
  for (const sourceType of attempts) {
    report = new Linter({ configType: 'flat' }).verifyAndFix(block.code, config(rule, block.language, sourceType), {
      filename,
      fix,
    });
    if (!report.messages.some((message) => message.fatal)) return report;
  }
  const fatal = report?.messages.find((message) => message.fatal);
  throw new Error(`the example does not parse: ${fatal?.message ?? 'unknown'}`);
}

const reportedLines = (report: Linter.FixReport, rule: string): number[] =>
  report.messages.filter((message) => message.ruleId === `async-io/${rule}`).map((message) => message.line);

/** The lines whose comment shows a suggestion, `// … suggestion: <code>` or `// … suggestion <code>`. */
function shownSuggestions(block: Block): { line: number; code: string; comment: string }[] {
  return block.code.split('\n').flatMap((text, index) => {
    const shown = /(\/\/.*\bsuggestion:?\s+(.+))$/u.exec(text);
    return shown?.[1] && shown[2] ? [{ line: index + 1, code: shown[2].trim(), comment: shown[1] }] : [];
  });
}

/** The block's text with one suggestion applied. */
function applySuggestion(code: string, suggestion: Linter.LintSuggestion): string {
  const { range, text } = suggestion.fix;
  return code.slice(0, range[0]) + text + code.slice(range[1]);
}

const pages = readdirSync(DOCS)
  .filter((file) => file.endsWith('.md'))
  .map((file) => ({ rule: file.replace(/\.md$/u, ''), blocks: blocksOf(readFileSync(path.join(DOCS, file), 'utf8')) }));

const isCode = (block: Block): boolean => block.language === 'ts' || block.language === 'js';

describe.each(pages.map(({ rule, blocks }) => [rule, blocks] as const))('docs/rules/%s.md', (rule, blocks) => {
  const code = blocks.filter(isCode);
  const incorrect = code.filter((block) => block.section === 'incorrect');
  const correct = code.filter((block) => block.section === 'correct');

  it('has incorrect and correct examples', () => {
    expect(incorrect.length).toBeGreaterThan(0);
    expect(correct.length).toBeGreaterThan(0);
  });

  it.each(incorrect.map((block) => [block.line, block] as const))('the ❌ block at line %i is reported', (_, block) => {
    expect(reportedLines(lint(rule, block), rule)).not.toEqual([]);
  });

  it.each(correct.map((block) => [block.line, block] as const))(
    'the ✅ block at line %i is not reported',
    (_, block) => {
      expect(reportedLines(lint(rule, block), rule)).toEqual([]);
    },
  );

  const fixed = code.flatMap((block, index) => {
    const next = code[index + 1];
    return next && next.before.startsWith('becomes') ? [[block.line, block, next] as const] : [];
  });
  it.each(fixed)('the block at line %i becomes the block after it with --fix', (_, from, to) => {
    expect(lint(rule, from, true).output).toBe(to.code);
  });

  const withSuggestions = code
    .filter((block) => block.section === 'incorrect' || block.code.includes(`/* eslint async-io/${rule}:`))
    .flatMap((block) => shownSuggestions(block).map((shown) => [block.line + shown.line, block, shown] as const));
  it.each(withSuggestions)('the suggestion shown at line %i is the one the rule offers', (_, block, shown) => {
    const messages = lint(rule, block).messages.filter((message) => message.line === shown.line);
    const offered = messages.flatMap((message) =>
      (message.suggestions ?? []).map((suggestion) => {
        const line = applySuggestion(block.code, suggestion).split('\n')[shown.line - 1] ?? '';
        // The code the suggestion leaves on the line, without the comment that shows it.
        return line.endsWith(shown.comment) ? line.slice(0, -shown.comment.length).trim() : line.trim();
      }),
    );
    expect(offered.some((line) => line.includes(shown.code))).toBe(true);
  });

  const configured = code.filter((block) => block.code.includes(`/* eslint async-io/${rule}:`));
  it.each(configured.map((block) => [block.line, block] as const))(
    'in the configured block at line %i, the lines marked ❌ are reported and those marked ✅ are not',
    (_, block) => {
      const lines = block.code.split('\n');
      const marked = (mark: string): number[] =>
        lines.flatMap((line, index) => (new RegExp(`//\\s*${mark}`, 'u').test(line) ? [index + 1] : []));
      const reported = new Set(reportedLines(lint(rule, block), rule));
      expect(marked('❌').filter((line) => !reported.has(line))).toEqual([]);
      expect(marked('✅').filter((line) => reported.has(line))).toEqual([]);
      expect(marked('❌').length + marked('✅').length).toBeGreaterThan(0);
    },
  );
});
