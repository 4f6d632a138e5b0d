import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// child_process checks `timeout` with validateTimeout: anything but an integer >= 0 throws ERR_OUT_OF_RANGE at once
// (Node 20.20.2: `spawnSync('true', [], { timeout: -1 })` and likewise `Infinity`, `NaN`, `1.5` throw "The value of
// "timeout" is out of range. It must be an unsigned integer. Received -1"; `spawn` throws with a `signal` too;
// `timeout: 0` runs with no deadline). So `-1` or `Infinity` is no "no deadline" but a call that never runs.

const CHILD = 'Node throws on a `timeout` that is not an integer >= 0';

const outOfRange = (code: string, name: string, value: string, endColumn: number, fixed: string, title: string) => ({
  code,
  output: null,
  errors: [
    {
      messageId: 'outOfRangeTimeout' as const,
      data: { name, key: 'timeout', value, effect: CHILD },
      line: 2,
      column: 1,
      endLine: 2,
      endColumn,
      suggestions: [{ messageId: 'replaceBound' as const, data: { text: '30_000' }, output: fixed }],
    },
  ],
  name: title,
});

runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    `import { spawn } from 'node:child_process';
spawn('make', ['build'], { timeout: 5000, signal });`,
  ],
  invalid: [
    outOfRange(
      `import { spawn } from 'node:child_process';
spawn('make', ['build'], { timeout: -1 });`,
      'child_process.spawn',
      '-1',
      42,
      `import { spawn } from 'node:child_process';
spawn('make', ['build'], { timeout: 30_000 });`,
      'spawn with timeout -1',
    ),
    outOfRange(
      `import { spawn } from 'node:child_process';
spawn('make', ['build'], { timeout: Infinity, signal });`,
      'child_process.spawn',
      'Infinity',
      56,
      `import { spawn } from 'node:child_process';
spawn('make', ['build'], { timeout: 30_000, signal });`,
      'spawn with timeout Infinity and a signal: still throws',
    ),
    outOfRange(
      `import { execFileSync } from 'node:child_process';
execFileSync('make', [], { timeout: NaN });`,
      'child_process.execFileSync',
      'NaN',
      43,
      `import { execFileSync } from 'node:child_process';
execFileSync('make', [], { timeout: 30_000 });`,
      'execFileSync with timeout NaN',
    ),
    outOfRange(
      `import { exec } from 'node:child_process';
exec('make', { timeout: -0.5, signal });`,
      'child_process.exec',
      '-0.5',
      40,
      `import { exec } from 'node:child_process';
exec('make', { timeout: 30_000, signal });`,
      'exec with a negative fraction and a signal',
    ),
  ],
});
