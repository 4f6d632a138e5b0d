import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// undici's dispatchers (`new Client(origin, options)`, `new Pool(origin, options)`, `new Agent(options)`): their
// `request`, `stream` and `pipeline` inherit the constructor's `headersTimeout` and `bodyTimeout` (300 s idle timers
// each; `0` turns one off), unless the request passes a `signal` that fires. Cases from undici's docs/api.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    // The idle timers bound the request (reported only under strict).
    `import { Client } from 'undici';
const client = new Client('http://localhost:3000');
const { statusCode, body } = await client.request({ path: '/', method: 'GET' });`,
    // A timer turned off, but a signal that fires on the request.
    `import { Pool } from 'undici';
const pool = new Pool('http://localhost:3000', { bodyTimeout: 0 });
await pool.request({ path: '/', method: 'GET', signal: AbortSignal.timeout(30_000) });`,
    // Explicit timers, under strict too.
    {
      code: `import { Agent } from 'undici';
const agent = new Agent({ headersTimeout: 10_000, bodyTimeout: 60_000 });
await agent.request({ origin: 'http://localhost:3000', path: '/', method: 'GET' });`,
      options: [{ strict: true }],
    },
  ],
  invalid: [
    {
      code: `import { Client } from 'undici';
const client = new Client('http://localhost:3000', { headersTimeout: 0 });
const { statusCode, body } = await client.request({ path: '/', method: 'GET' });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            key: 'headersTimeout',
            value: '0',
            name: 'Client.request',
            remedy: 'remove it, use a positive number of milliseconds, or pass a `signal` that fires',
          },
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from 'undici';
const client = new Client('http://localhost:3000', { headersTimeout: 30_000 });
const { statusCode, body } = await client.request({ path: '/', method: 'GET' });`,
            },
          ],
        },
      ],
      name: 'Client: headersTimeout: 0 and no signal on the request',
    },
    {
      code: `import { Pool } from 'undici';
const pool = new Pool('http://localhost:3000', { connections: 10, bodyTimeout: 0 });
await pool.stream({ path: '/', method: 'GET' }, () => writable);`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            key: 'bodyTimeout',
            value: '0',
            name: 'Pool.stream',
            remedy: 'remove it, use a positive number of milliseconds, or pass a `signal` that fires',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Pool } from 'undici';
const pool = new Pool('http://localhost:3000', { connections: 10, bodyTimeout: 30_000 });
await pool.stream({ path: '/', method: 'GET' }, () => writable);`,
            },
          ],
        },
      ],
      name: 'Pool: bodyTimeout: 0, through stream',
    },
    {
      code: `import { Agent } from 'undici';
const agent = new Agent({ headersTimeout: 0, bodyTimeout: 0 });
agent.pipeline({ origin: 'http://localhost:3000', path: '/', method: 'GET' }, handler);`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            key: 'headersTimeout',
            value: '0',
            name: 'Agent.pipeline',
            remedy: 'remove it, use a positive number of milliseconds, or pass a `signal` that fires',
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Agent } from 'undici';
const agent = new Agent({ headersTimeout: 30_000, bodyTimeout: 0 });
agent.pipeline({ origin: 'http://localhost:3000', path: '/', method: 'GET' }, handler);`,
            },
          ],
        },
      ],
      name: 'Agent: both timers off, through pipeline',
    },
    {
      code: `import { Client } from 'undici';
const client = new Client('http://localhost:3000');
await client.request({ path: '/', method: 'GET' });`,
      output: null,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'implicitDefault',
          data: {
            name: 'Client.request',
            duration: '300 s',
            remedy: 'pass `signal`, or `headersTimeout` and `bodyTimeout`',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 51,
        },
      ],
      name: 'strict: the 300 s idle timers are the only bound',
    },
  ],
});
