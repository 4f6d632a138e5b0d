import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// `AbortSignal.timeout(ms)` gives no deadline for some `ms` (Node 20.20.2): `0` and 2147483648..4294967295 abort
// the signal at once; a negative, non-finite or larger `ms` throws ERR_OUT_OF_RANGE. The suggestion replaces the
// argument: the longest delay the timers take, or the default timeout.

const ABORTS = '`AbortSignal.timeout()` aborts the signal at once';
const THROWS = '`AbortSignal.timeout()` throws a RangeError (ERR_OUT_OF_RANGE)';

interface Case {
  readonly code: string;
  readonly messageId: 'failsAtOnce' | 'timerOverflow';
  readonly name: string;
  readonly key: string;
  readonly value: string;
  readonly effect: string;
  readonly endColumn: number;
  readonly argument: string;
  readonly text: string;
  readonly title: string;
}

function invalid({ code, messageId, name, key, value, effect, endColumn, argument, text, title }: Case) {
  const max = messageId === 'timerOverflow' ? { max: '2_147_483_647' } : {};
  return {
    code,
    output: null,
    errors: [
      {
        messageId,
        data: { name, key, value, effect, ...max },
        line: 2,
        endLine: 2,
        endColumn,
        suggestions: [
          {
            messageId: 'replaceBound' as const,
            data: { text },
            output: code.replace(`AbortSignal.timeout(${argument})`, `AbortSignal.timeout(${text})`),
          },
        ],
      },
    ],
    name: title,
  };
}

const EXEC = "import { execFile } from 'node:child_process';\n";
const AI = "import { generateText } from 'ai';\n";

runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    `await fetch(url, { signal: AbortSignal.timeout(2147483647) });`,
    `${EXEC}execFile('ls', [], { signal: AbortSignal.timeout(1) }, done);`,
    `${AI}await generateText({ model, prompt, abortSignal: AbortSignal.timeout(30_000) });`,
  ],
  invalid: [
    invalid({
      code: `${EXEC}execFile('ls', [], { signal: AbortSignal.timeout(0) }, done);`,
      messageId: 'failsAtOnce',
      name: 'child_process.execFile',
      key: 'signal',
      value: 'AbortSignal.timeout(0)',
      effect: ABORTS,
      endColumn: 61,
      argument: '0',
      text: '30_000',
      title: 'execFile: AbortSignal.timeout(0) aborts at once',
    }),
    invalid({
      code: `${EXEC}execFile('ls', [], { signal: AbortSignal.timeout(2 ** 31) }, done);`,
      messageId: 'timerOverflow',
      name: 'child_process.execFile',
      key: 'signal',
      value: 'AbortSignal.timeout(2 ** 31)',
      effect: ABORTS,
      endColumn: 67,
      argument: '2 ** 31',
      text: '2_147_483_647',
      title: 'execFile: AbortSignal.timeout(2 ** 31) aborts at once',
    }),
    invalid({
      code: `\nawait fetch(url, { signal: AbortSignal.timeout(4294967295) });`,
      messageId: 'timerOverflow',
      name: 'fetch',
      key: 'signal',
      value: 'AbortSignal.timeout(4294967295)',
      effect: ABORTS,
      endColumn: 62,
      argument: '4294967295',
      text: '2_147_483_647',
      title: 'fetch: AbortSignal.timeout(4294967295) aborts at once',
    }),
    invalid({
      code: `\nawait fetch(url, { signal: AbortSignal.timeout(-1) });`,
      messageId: 'failsAtOnce',
      name: 'fetch',
      key: 'signal',
      value: 'AbortSignal.timeout(-1)',
      effect: THROWS,
      endColumn: 54,
      argument: '-1',
      text: '30_000',
      title: 'fetch: AbortSignal.timeout(-1) throws',
    }),
    invalid({
      code: `\nawait fetch(url, { signal: AbortSignal.timeout(1e10) });`,
      messageId: 'failsAtOnce',
      name: 'fetch',
      key: 'signal',
      value: 'AbortSignal.timeout(1e10)',
      effect: THROWS,
      endColumn: 56,
      argument: '1e10',
      text: '30_000',
      title: 'fetch: AbortSignal.timeout(1e10) throws',
    }),
    invalid({
      code: `${AI}await generateText({ model, prompt, abortSignal: AbortSignal.timeout(Infinity) });`,
      messageId: 'failsAtOnce',
      name: 'ai.generateText',
      key: 'abortSignal',
      value: 'AbortSignal.timeout(Infinity)',
      effect: THROWS,
      endColumn: 82,
      argument: 'Infinity',
      text: '30_000',
      title: 'AI SDK: abortSignal AbortSignal.timeout(Infinity) throws',
    }),
  ],
});
