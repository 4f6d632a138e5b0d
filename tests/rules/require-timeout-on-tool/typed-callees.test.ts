import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData, typedRuleTester } from '../../rule-tester';

// Callee identity from types: calls the tracker cannot see (a promisified `exec` or a re-export from another module
// of the program, an MCP client received as a parameter) are recognised when the checker resolves them to the
// catalog's module; the same code without types shows what the tracker alone sees. Modules:
// tests/fixtures/require-timeout-on-tool/typed/ (proc.ts, tools.ts, cycle-*.ts, look-alike.ts, globals.ts,
// fastify-openai.d.ts, stubs of the MCP SDK's client and of fastify). The checker is asked only in files that reach a
// catalog module, through the program's own modules, its script files and its module augmentations too: the second
// hop, the cycle, the global and the augmentation below pin that.

const CHILD = 'pass `timeout` or `signal`, or kill the child from a timer';

const PROMISIFIED = `import { execAsync } from './proc.js';
export async function build() {
  await execAsync('make');
}`;
const RE_EXPORTED = `import { spawn, runSync } from './proc.js';
spawn('make', ['all']);
runSync('make');`;
const MCP_PARAMETER = `import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
export async function call(client: Client) {
  await client.callTool({ name: 'search' }, undefined, { timeout: 0 });
}`;
const MCP_DEFAULT = `import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
export async function call(client: Client) {
  await client.callTool({ name: 'search' });
  await client.connect(undefined);
}`;

const SECOND_HOP = `import { run, procs } from './tools.js';
export async function build() {
  await run('make');
  procs.spawn('make');
}`;
const CYCLE = `import { procs } from './cycle-b.js';
procs.spawn('make');`;
const AUGMENTED = `import type { FastifyInstance } from 'fastify';
export async function route(app: FastifyInstance) {
  await app.openai.responses.create({ model: 'gpt-5', input: 'hi' }, { timeout: 0 });
}`;
const GLOBAL_CLIENT = `export async function call() {
  await mcpClient.callTool({ name: 'search' }, undefined, { timeout: 0 });
}`;

/** Cases whose verdict types do not change: bounded calls, look-alikes, and calls the tracker sees itself. */
const SAME_EITHER_WAY = [
  {
    code: `import { execAsync } from './proc.js';
export async function build() {
  await execAsync('make', { timeout: 5_000 });
}`,
    name: 'a promisified exec from another module, with a timeout',
  },
  {
    code: `import { exec, Client } from './look-alike.js';
export async function call(client: Client) {
  await exec('make');
  await client.callTool({ name: 'search' }, undefined, { timeout: 0 });
}`,
    name: 'look-alikes: the project declares its own exec and Client',
  },
];

runWithData(typedRuleTester('require-timeout-on-tool/typed'), 'require-timeout-on-tool: typed callees', rule, {
  valid: [
    ...SAME_EITHER_WAY,
    { code: MCP_DEFAULT, name: 'a typed MCP client relies on its default deadline (reported only in strict)' },
  ],
  invalid: [
    {
      code: PROMISIFIED,
      output: null,
      name: 'a promisified exec imported from another module',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.exec', remedy: CHILD },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: PROMISIFIED.replace(`execAsync('make')`, `execAsync('make', { timeout: 30_000 })`),
            },
          ],
        },
      ],
    },
    {
      code: RE_EXPORTED,
      output: null,
      name: 'child process functions re-exported by a local module, also under another name',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: CHILD },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: RE_EXPORTED.replace(`['all'])`, `['all'], { timeout: 30_000 })`),
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.execFileSync', remedy: 'pass `timeout`' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: RE_EXPORTED.replace(`runSync('make')`, `runSync('make', { timeout: 30_000 })`),
            },
          ],
        },
      ],
    },
    {
      code: MCP_PARAMETER,
      output: null,
      name: 'an MCP client received as a parameter',
      errors: [
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { name: 'Client.callTool', value: '0' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: MCP_PARAMETER.replace('timeout: 0', 'timeout: 30_000'),
            },
          ],
        },
      ],
    },
    {
      code: SECOND_HOP,
      output: null,
      name: 'child process functions re-exported by a module that imports no catalog module itself',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.exec', remedy: CHILD },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: SECOND_HOP.replace(`run('make')`, `run('make', { timeout: 30_000 })`),
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: CHILD },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: SECOND_HOP.replace(`spawn('make')`, `spawn('make', { timeout: 30_000 })`),
            },
          ],
        },
      ],
    },
    {
      code: CYCLE,
      output: null,
      name: 'a child process function reached through an import cycle of the project',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: CHILD },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: CYCLE.replace(`spawn('make')`, `spawn('make', { timeout: 30_000 })`),
            },
          ],
        },
      ],
    },
    {
      code: GLOBAL_CLIENT,
      output: null,
      name: 'an MCP client declared by a script of the program, in a file that imports nothing',
      errors: [
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { name: 'Client.callTool', value: '0' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: GLOBAL_CLIENT.replace('timeout: 0', 'timeout: 30_000'),
            },
          ],
        },
      ],
    },
    {
      code: AUGMENTED,
      output: null,
      name: "an OpenAI client that the project's augmentation of fastify adds, in a file that imports only fastify",
      errors: [
        {
          messageId: 'failsAtOnce',
          data: {
            key: 'timeout',
            value: '0',
            name: 'OpenAI.responses.create',
            effect: "the SDK's timer fires at once, or the SDK rejects the value",
          },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: AUGMENTED.replace('timeout: 0', 'timeout: 30_000'),
            },
          ],
        },
      ],
    },
    {
      code: MCP_DEFAULT,
      output: null,
      options: [{ strict: true }],
      name: 'strict: a typed MCP client relying on the default deadline',
      errors: [
        {
          messageId: 'implicitDefault',
          data: { name: 'Client.callTool', duration: '60 s', remedy: 'pass `timeout` or `signal`' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
        },
      ],
    },
    {
      code: `import { exec } from 'node:child_process';
import { promisify } from 'node:util';
export async function build() {
  exec('make');
  await promisify(exec)('make');
}`,
      output: null,
      name: 'calls the tracker finds are reported once',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.exec', remedy: CHILD },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { exec } from 'node:child_process';
import { promisify } from 'node:util';
export async function build() {
  exec('make', { timeout: 30_000 });
  await promisify(exec)('make');
}`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.exec', remedy: CHILD },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { exec } from 'node:child_process';
import { promisify } from 'node:util';
export async function build() {
  exec('make');
  await promisify(exec)('make', { timeout: 30_000 });
}`,
            },
          ],
        },
      ],
    },
  ],
});

// The same modules without type information: the tracker sees no catalog binding in these files.
runWithData(new RuleTester(), 'require-timeout-on-tool: the same callees untyped', rule, {
  valid: [
    ...SAME_EITHER_WAY,
    { code: PROMISIFIED, name: 'untyped: a promisified exec from another module is not seen' },
    { code: RE_EXPORTED, name: 'untyped: a re-export from a local module is not seen' },
    { code: MCP_PARAMETER, name: 'untyped: a client received as a parameter is not seen' },
    { code: SECOND_HOP, name: 'untyped: a second-hop re-export is not seen' },
    { code: CYCLE, name: 'untyped: a call through an import cycle is not seen' },
    { code: GLOBAL_CLIENT, name: 'untyped: a global client is not seen' },
    { code: MCP_DEFAULT, options: [{ strict: true }], name: 'untyped, strict: a client parameter is not seen' },
  ],
  invalid: [],
});
