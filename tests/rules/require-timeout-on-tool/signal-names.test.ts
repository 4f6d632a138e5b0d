import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { js, runWithData, typedRuleTester } from '../../rule-tester';

// signalDropped is for abort signals only: a parameter that holds a signal name (a listener's argument, a value passed to kill() or compared with a string, a type that says so) is none; a positional _signal still counts.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    // a process signal handler receives a signal name
    `import { spawn } from 'node:child_process';
process.on('SIGTERM', (signal) => {
  console.error(\`stopping on \${signal}\`);
  spawn('cleanup', [], { timeout: 5000 });
});`,
    // a named handler passed to process.once receives a signal name
    {
      code: `import { execFile } from 'node:child_process';
function onSignal(signal) {
  console.error(signal);
  execFile('report', [], { timeout: 5000 }, () => process.exit(1));
}
process.once('SIGINT', onSignal);`,
      languageOptions: js,
    },
    // a child's exit listener receives the signal that ended it
    `import { spawn } from 'node:child_process';
const child = spawn('server', [], { timeout: 60_000 });
child.on('exit', (code, signal) => {
  console.error(code, signal);
  spawn('notify', [], { timeout: 5000 });
});`,
    // a value passed to kill() is a signal name
    {
      code: `import { spawn } from 'node:child_process';
export function restart(child, signal) {
  child.kill(signal);
  return spawn('server', [], { timeout: 60_000 });
}`,
      languageOptions: js,
    },
    // a value passed to process.kill() as the signal is a signal name
    {
      code: `import { execFile } from 'node:child_process';
export function stop(pid, signal) {
  process.kill(pid, signal);
  execFile('cleanup', [], { timeout: 5000 }, () => {});
}`,
      languageOptions: js,
    },
    // a value compared with a string is a signal name
    {
      code: `import { spawn } from 'node:child_process';
export function relaunch(signal) {
  if (signal === 'SIGHUP') spawn('reload', [], { timeout: 5000 });
}`,
      languageOptions: js,
    },
    // a union of string literal types is no abort signal
    `import { spawn } from 'node:child_process';
export function relaunch(signal: 'SIGTERM' | 'SIGKILL') {
  spawn('reload', [], { timeout: 5000 });
}`,
  ],
  invalid: [
    {
      code: `import { spawn } from 'node:child_process';
export async function run(command: string, _signal: AbortSignal) {
  return spawn(command, [], { timeout: 5000 });
}`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'child_process.spawn', signal: '_signal', key: 'signal', pass: 'signal: _signal' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal: _signal' },
              output: `import { spawn } from 'node:child_process';
export async function run(command: string, _signal: AbortSignal) {
  return spawn(command, [], { timeout: 5000, signal: _signal });
}`,
            },
          ],
        },
      ],
      name: 'a positional _signal typed AbortSignal still counts',
    },
    {
      code: `export async function load(url, _signal) {
  return fetch(url, { headers: {} });
}`,
      languageOptions: js,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'fetch', signal: '_signal', key: 'signal', pass: 'signal: _signal' },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal: _signal' },
              output: `export async function load(url, _signal) {
  return fetch(url, { headers: {}, signal: _signal });
}`,
            },
          ],
        },
      ],
      name: 'a positional _signal without a type still counts',
    },
    {
      code: `import { execFile } from 'node:child_process';
export function run(file: string, signal?: AbortSignal | undefined) {
  execFile(file, [], { timeout: 5000 }, () => {});
}`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'child_process.execFile', signal: 'signal', key: 'signal', pass: 'signal' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal' },
              output: `import { execFile } from 'node:child_process';
export function run(file: string, signal?: AbortSignal | undefined) {
  execFile(file, [], { timeout: 5000, signal }, () => {});
}`,
            },
          ],
        },
      ],
      name: 'an optional AbortSignal counts',
    },
    {
      code: `import { spawn } from 'node:child_process';
function onAbort(signal: AbortSignal) {
  spawn('cleanup', [], { timeout: 5000 });
}
emitter.on('stop', onAbort);`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'child_process.spawn', signal: 'signal', key: 'signal', pass: 'signal' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal' },
              output: `import { spawn } from 'node:child_process';
function onAbort(signal: AbortSignal) {
  spawn('cleanup', [], { timeout: 5000, signal });
}
emitter.on('stop', onAbort);`,
            },
          ],
        },
      ],
      name: 'an abort signal typed parameter counts even when the function is also a listener',
    },
    {
      code: `import { spawn } from 'node:child_process';
register('tool', (input, signal) => {
  spawn('tool', [input], { timeout: 5000 });
});`,
      languageOptions: js,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'child_process.spawn', signal: 'signal', key: 'signal', pass: 'signal' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal' },
              output: `import { spawn } from 'node:child_process';
register('tool', (input, signal) => {
  spawn('tool', [input], { timeout: 5000, signal });
});`,
            },
          ],
        },
      ],
      name: 'a listener of another call (not a subscription) still passes its signal on',
    },
  ],
});

// With type information, the checker tells a signal name from an abort signal where no annotation is written.
runWithData(typedRuleTester('require-timeout-on-tool'), 'require-timeout-on-tool with type information', rule, {
  valid: [
    // The parameter's type comes from the variable's annotation: a union of signal names.
    `import { spawn } from 'node:child_process';
type SignalName = 'SIGTERM' | 'SIGINT';
export const stop: (signal: SignalName) => void = (signal) => {
  console.error(signal);
  spawn('cleanup', [], { timeout: 5000 });
};`,
    `import { spawn } from 'node:child_process';
export const stop: (signal: NodeJS.Signals) => void = (signal) => {
  console.error(signal);
  spawn('cleanup', [], { timeout: 5000 });
};`,
  ],
  invalid: [
    {
      code: `import { spawn } from 'node:child_process';
export const run: (command: string, signal: AbortSignal) => void = (command, signal) => {
  spawn(command, [], { timeout: 5000 });
};`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'child_process.spawn', signal: 'signal', key: 'signal', pass: 'signal' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal' },
              output: `import { spawn } from 'node:child_process';
export const run: (command: string, signal: AbortSignal) => void = (command, signal) => {
  spawn(command, [], { timeout: 5000, signal });
};`,
            },
          ],
        },
      ],
      name: 'the checker says AbortSignal: the dropped signal is reported',
    },
  ],
});
