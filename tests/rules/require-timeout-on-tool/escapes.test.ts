import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// Handles and controllers that escape: an exported controller, a child kept in a #private or static field or on a module object and stopped elsewhere, or handed to the caller with a stop closure, is unknown; a timer that only reads the handle is no watchdog.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    // an exported controller can be aborted by another module: unknown, not reported
    `export const controller = new AbortController();
await fetch(url, { signal: controller.signal });`,
    // an exported controller that a timer aborts bounds the call
    {
      code: `export const controller = new AbortController();
setTimeout(() => controller.abort(), 5000);
await fetch(url, { signal: controller.signal });`,
      options: [{ strict: true }],
    },
    // a child kept in a #private field and stopped by another method
    `import { spawn } from 'node:child_process';
export class Recorder {
  #child;
  start() {
    this.#child = spawn('ffmpeg', ['-f', 'avfoundation', '-i', ':0', 'out.wav']);
  }
  stop() {
    this.#child.kill('SIGINT');
  }
}`,
    // a #private field initialised with the child and stopped by another method
    `import { spawn } from 'node:child_process';
export class Server {
  #child = spawn('node', ['server.js']);
  close() {
    this.#child.kill();
  }
}`,
    // a static field initialised with the child and stopped through the class name
    `import { spawn } from 'node:child_process';
export class Player {
  static handle = spawn('afplay', ['intro.mp3']);
  static stop() {
    Player.handle.kill();
  }
}`,
    // a static field assigned through the class name and stopped elsewhere
    `import { spawn } from 'node:child_process';
export class Player {
  static handle;
  static play(file) {
    Player.handle = spawn('afplay', [file]);
  }
  static stop() {
    Player.handle?.kill();
  }
}`,
    // a static field assigned through this in a static method and stopped through the class name
    `import { spawn } from 'node:child_process';
export class Player {
  static handle;
  static play(file) {
    this.handle = spawn('afplay', [file]);
  }
  static stop() {
    Player.handle.kill();
  }
}`,
    // a child kept on a module object and stopped by another function
    `import { spawn } from 'node:child_process';
const state = {};
export function start() {
  state.child = spawn('server', []);
}
export function stop() {
  state.child.kill();
}`,
    // returned in an object with a stop closure
    `import { spawn } from 'node:child_process';
export function start() {
  const child = spawn('server', []);
  return { pid: child.pid, stop: () => child.kill() };
}`,
    // returned in an object with a stop method
    `import { spawn } from 'node:child_process';
export function start() {
  const child = spawn('server', []);
  return {
    stop() {
      child.kill();
    },
  };
}`,
    // a stop closure held in a local that is returned
    `import { spawn } from 'node:child_process';
export function start() {
  const child = spawn('server', []);
  const stop = () => child.kill();
  return { stop };
}`,
    // the handle returned inside an object
    `import { spawn } from 'node:child_process';
export function start() {
  const child = spawn('server', []);
  return { child, startedAt: Date.now() };
}`,
    // a watchdog that kills the process group by pid
    `import { spawn } from 'node:child_process';
const child = spawn('make', ['build'], { detached: true });
setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 60_000);`,
    // a watchdog that hands the pid to a kill helper
    `import { spawn } from 'node:child_process';
import treeKill from 'tree-kill';
const child = spawn('make', ['build']);
setTimeout(() => treeKill({ pid: child.pid }), 60_000);`,
  ],
  invalid: [
    {
      code: `import { spawn } from 'node:child_process';
const child = spawn('make', ['build']);
setTimeout(() => console.log('still running', child.pid), 10_000);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';
const child = spawn('make', ['build'], { timeout: 30_000 });
setTimeout(() => console.log('still running', child.pid), 10_000);`,
            },
          ],
        },
      ],
      name: 'a timer that only logs the pid is no watchdog',
    },
    {
      code: `import { spawn } from 'node:child_process';
export async function run(command: string, signal: AbortSignal) {
  const child = spawn(command, [], { timeout: 60_000 });
  signal.addEventListener('abort', () => console.warn('cancelled', child.pid));
}`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'child_process.spawn', signal: 'signal', key: 'signal', pass: 'signal' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal' },
              output: `import { spawn } from 'node:child_process';
export async function run(command: string, signal: AbortSignal) {
  const child = spawn(command, [], { timeout: 60_000, signal });
  signal.addEventListener('abort', () => console.warn('cancelled', child.pid));
}`,
            },
          ],
        },
      ],
      name: 'an abort listener that only logs the pid does not pass the signal on',
    },
    {
      code: `export const controller = new AbortController();
await fetch(url, { signal: controller.signal });`,
      options: [{ strict: true }],
      output: null,
      errors: [
        {
          messageId: 'unknownSignal',
          data: { name: 'fetch' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 48,
        },
      ],
      name: 'an exported controller is unknown under strict',
    },
    {
      code: `import { spawn } from 'node:child_process';
export function start() {
  const child = spawn('server', []);
  const stop = () => child.kill();
  process.on('SIGINT', stop);
}`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';
export function start() {
  const child = spawn('server', [], { timeout: 30_000 });
  const stop = () => child.kill();
  process.on('SIGINT', stop);
}`,
            },
          ],
        },
      ],
      name: 'a stop closure used only in the function is no owner elsewhere',
    },
    {
      code: `import { spawn } from 'node:child_process';
export class Server {
  #child = spawn('node', ['server.js']);
  child;
  close() {
    this.child.kill();
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';
export class Server {
  #child = spawn('node', ['server.js'], { timeout: 30_000 });
  child;
  close() {
    this.child.kill();
  }
}`,
            },
          ],
        },
      ],
      name: 'a #private field is not the public member of the same name',
    },
  ],
});
