import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData, typedRuleTester } from '../../rule-tester';

// With type information, an argument list held in a variable is told apart from an options object by its type.
// More typed cases: typed-callees.test.ts and typed-options.test.ts.
runWithData(typedRuleTester('require-timeout-on-tool'), 'require-timeout-on-tool with type information', rule, {
  valid: [
    `import { spawn } from 'node:child_process';\ndeclare function settings(): { cwd: string; timeout: number };\nspawn('make', settings());`,
  ],
  invalid: [
    {
      // An object type with no bounding key: options, not arguments, and no bound (a call's result gets no fix).
      code: `import { spawn } from 'node:child_process';\ndeclare function settings(): { cwd: string };\nspawn('make', settings());`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      code: `import { spawn } from 'node:child_process';\ndeclare function argumentsOf(task: string): string[];\nspawn('make', argumentsOf('build'));`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';\ndeclare function argumentsOf(task: string): string[];\nspawn('make', argumentsOf('build'), { timeout: 30_000 });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { execFile } from 'node:child_process';\nfunction run(file: string, options: { args: string[]; onDone: (error: Error | null) => void }) {\n  execFile(file, options.args, options.onDone);\n}`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: {
            name: 'child_process.execFile',
            remedy: 'pass `timeout` or `signal`, or kill the child from a timer',
          },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execFile } from 'node:child_process';\nfunction run(file: string, options: { args: string[]; onDone: (error: Error | null) => void }) {\n  execFile(file, options.args, { timeout: 30_000 }, options.onDone);\n}`,
            },
          ],
        },
      ],
    },
  ],
});
