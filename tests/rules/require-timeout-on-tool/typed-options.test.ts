import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData, typedRuleTester } from '../../rule-tester';

// Options from a variable or a spread, judged by their type: no bounding key → unbounded, a required one → bounded,
// an optional one (or an open type) → unknown, as without types; the same code untyped beside it.

const CHILD = 'pass `timeout` or `signal`, or kill the child from a timer';
const HEADER = `import { spawn, type SpawnOptions } from 'node:child_process';\n`;

const NO_KEY = `${HEADER}declare const options: { cwd: string };\nspawn('make', [], options);`;
const NO_KEY_SPREAD = `${HEADER}declare const base: { cwd: string };\nspawn('make', [], { ...base, stdio: 'pipe' });`;
const NO_KEY_OPTIONAL = `${HEADER}export function build(options?: { cwd: string }) {\n  spawn('make', [], options);\n}`;
const REQUIRED = `${HEADER}declare const options: { cwd: string; timeout: number };\nspawn('make', [], options);`;
const REQUIRED_SIGNAL = `${HEADER}declare const options: { signal: AbortSignal };\nspawn('make', [], options);`;
const LITERAL_KEPT = `${HEADER}declare const base: { cwd: string };\nspawn('make', [], { timeout: 5_000, ...base });`;

/** Unknown either way: reported only under `strict`, with or without types. */
const UNKNOWN = [
  [`declare const options: { cwd: string; timeout?: number };`, `options`, 'an optional timeout'],
  [`declare const options: { timeout: number | undefined };`, `options`, 'a timeout that may be undefined'],
  [`declare const options: SpawnOptions;`, `options`, "Node's own SpawnOptions (optional keys)"],
  [`declare const options: Record<string, unknown>;`, `options`, 'an index signature'],
  [`declare const options: { detached: boolean; stdio: 'ignore' };`, `options`, 'a key an idiom reads (`detached`)'],
  [`declare const base: { timeout?: number };`, `{ timeout: 5_000, ...base }`, 'a spread that may override'],
  [`const options = { cwd: '.' };\nObject.assign(options, { timeout: 1 });`, `options`, 'a mutated object'],
].map(([declaration, argument, name]) => ({
  code: `${HEADER}${declaration}\nspawn('make', [], ${argument});`,
  name: name ?? '',
}));

const strictUnknown = ({ code, name }: { code: string; name: string }) => {
  const line = code.split('\n').length;
  const last = code.split('\n')[line - 1] ?? '';
  return {
    code,
    name: `strict: ${name}`,
    output: null,
    options: [{ strict: true }] as [{ strict: boolean }],
    errors: [
      {
        messageId: 'unknownBound' as const,
        data: { name: 'child_process.spawn' },
        line,
        column: 1,
        endLine: line,
        endColumn: last.length,
      },
    ],
  };
};

const missing = (code: string, name: string, line: number, column: number, endColumn: number, output: string) => ({
  code,
  name,
  output: null,
  errors: [
    {
      messageId: 'missingTimeout' as const,
      data: { name: 'child_process.spawn', remedy: CHILD },
      line,
      column,
      endLine: line,
      endColumn,
      suggestions: [{ messageId: 'addBound' as const, data: { text: 'timeout: 30_000' }, output }],
    },
  ],
});

runWithData(typedRuleTester('require-timeout-on-tool/typed'), 'require-timeout-on-tool: typed options', rule, {
  valid: [
    ...UNKNOWN,
    { code: REQUIRED, options: [{ strict: true }], name: 'strict: a required timeout bounds the call' },
    { code: REQUIRED_SIGNAL, options: [{ strict: true }], name: 'strict: a required signal from the caller' },
    { code: LITERAL_KEPT, options: [{ strict: true }], name: 'strict: a typed spread keeps the timeout before it' },
  ],
  invalid: [
    missing(
      NO_KEY,
      'a variable whose type has no bounding key',
      3,
      1,
      27,
      NO_KEY.replace(`[], options)`, `[], { ...options, timeout: 30_000 })`),
    ),
    missing(
      NO_KEY_SPREAD,
      'a spread whose type has no bounding key',
      3,
      1,
      46,
      NO_KEY_SPREAD.replace(`stdio: 'pipe' }`, `stdio: 'pipe', timeout: 30_000 }`),
    ),
    missing(
      NO_KEY_OPTIONAL,
      'an optional parameter whose type has no bounding key',
      3,
      3,
      29,
      NO_KEY_OPTIONAL.replace(`[], options)`, `[], { ...options, timeout: 30_000 })`),
    ),
    ...UNKNOWN.map(strictUnknown),
    {
      code: REQUIRED_SIGNAL,
      output: null,
      options: [{ signalFromCaller: 'unknown', strict: true }],
      name: 'strict, signalFromCaller unknown: a required signal from the caller',
      errors: [
        {
          messageId: 'unknownSignal',
          data: { name: 'child_process.spawn' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 27,
        },
      ],
    },
  ],
});

// The same code without type information: every options value it cannot read is unknown.
runWithData(new RuleTester(), 'require-timeout-on-tool: the same options untyped', rule, {
  valid: [
    ...UNKNOWN,
    ...[NO_KEY, NO_KEY_SPREAD, NO_KEY_OPTIONAL, REQUIRED, REQUIRED_SIGNAL, LITERAL_KEPT].map((code) => ({
      code,
      name: `untyped: ${code.split('\n')[1] ?? ''}`,
    })),
  ],
  invalid: [
    ...UNKNOWN.map(strictUnknown),
    ...[NO_KEY, NO_KEY_SPREAD, REQUIRED, REQUIRED_SIGNAL, LITERAL_KEPT].map((code) =>
      strictUnknown({ code, name: `untyped: ${code.split('\n')[1] ?? ''}` }),
    ),
  ],
});
