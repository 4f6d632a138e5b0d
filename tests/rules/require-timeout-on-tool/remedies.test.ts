import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

const DETACHED =
  'it runs `detached`, so a fixed deadline would kill it while it is in use: call `unref()` on it if nothing waits for it, or end it from an `abort` listener the caller controls';
const BYTES =
  'its body is read whole as bytes, as a download is, and a fixed `AbortSignal.timeout(ms)` would also cut the body while it transfers: pass a signal the caller controls, from an `AbortController` aborted on cancel or when the transfer stalls';
const DOWNLOAD =
  'its body is streamed, and a fixed `AbortSignal.timeout(ms)` would also cut the body: pass a signal the caller controls, from an `AbortController` aborted on cancel or when the transfer stalls';

// Remedies that must not break what the call is for: each family's own remedy text, axios's `cancelToken`.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    {
      code: `import { spawn } from 'node:child_process';
const child = spawn(chrome, args, { detached: true, stdio: 'ignore' });
child.unref();`,
      name: 'a detached child that nothing waits for, unref’d',
    },
    {
      code: `import axios from 'axios';
let stop;
await axios.get(url, { cancelToken: new axios.CancelToken((cancel) => { stop = cancel; }) });
await axios.get(url, { cancelToken: source.token });
await axios.get(url, { cancelToken: new Other.CancelToken(() => {}) });`,
      name: 'axios: a token that something can cancel, one from elsewhere, or another library’s',
    },
  ],
  invalid: [
    {
      code: `import { spawn } from 'node:child_process';
const browser = spawn(chrome, ['--user-data-dir=profile'], { detached: true, stdio: 'ignore' });
await new Promise((resolve) => browser.on('exit', resolve));`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: DETACHED },
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 96,
          suggestions: [],
        },
      ],
      name: 'a detached child awaited for its exit (a browser the user logs into) gets no fixed deadline',
    },
    {
      code: `import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
const res = await fetch(url);
await pipeline(Readable.fromWeb(res.body), createWriteStream(file));`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'fetch', remedy: DOWNLOAD },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 29,
          suggestions: [],
        },
      ],
      name: 'a download streamed to a file gets no fixed AbortSignal.timeout that would cut its body',
    },
    {
      code: `const response = await fetch(url, { signal: undefined });
for await (const chunk of response.body) process(chunk);`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: { name: 'fetch', key: 'signal', value: 'undefined', remedy: DOWNLOAD },
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 57,
          suggestions: [],
        },
      ],
      name: 'a body read chunk by chunk: the void signal is not replaced by a fixed one',
    },
    {
      code: `fetch(url).then((res) => res.body.pipeTo(sink));`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'fetch', remedy: DOWNLOAD },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 11,
          suggestions: [],
        },
      ],
      name: 'a body piped in a then callback',
    },
    {
      code: `const res = await fetch(url);
await res.json();`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'fetch', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
await res.json();`,
            },
          ],
        },
      ],
      name: 'a body read whole as JSON keeps the fixed deadline',
    },
    {
      code: `export async function download(url, sink, { signal }) {
  const res = await fetch(url);
  await res.body.pipeTo(sink);
}`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'fetch', signal: 'signal', key: 'signal', pass: 'signal' },
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal' },
              output: `export async function download(url, sink, { signal }) {
  const res = await fetch(url, { signal });
  await res.body.pipeTo(sink);
}`,
            },
          ],
        },
      ],
      name: 'a download in a function that receives a signal: the caller’s signal is passed on',
    },
    {
      code: `import { request } from 'undici';
await request(url);`,
      output: null,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'implicitDefault',
          data: {
            name: 'undici.request',
            duration: '300 s',
            remedy: 'pass `signal`, or `headersTimeout` and `bodyTimeout`',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 19,
          suggestions: [],
        },
      ],
      name: 'undici under strict: its own options, never `timeout` (undici has none)',
    },
    {
      code: `import axios from 'axios';
await axios.get(url, { cancelToken: undefined });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'axios.get',
            key: 'cancelToken',
            value: 'undefined',
            remedy: 'pass `timeout` or `signal` instead',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
await axios.get(url, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'axios cancelToken: undefined gives way to timeout, never a signal in cancelToken',
    },
    {
      code: `import axios from 'axios';
await axios.get(url, { cancelToken: new axios.CancelToken(() => {}) });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'axios.get',
            key: 'cancelToken',
            value: 'a CancelToken that nothing cancels',
            remedy: 'pass `timeout` or `signal` instead',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
await axios.get(url, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'axios: a CancelToken whose executor ignores cancel is no bound',
    },
    {
      code: `const { CancelToken, post } = require('axios');
const token = new CancelToken(function () {});
post(url, data, { cancelToken: token, timeout: 0 });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'axios.post',
            key: 'timeout',
            value: '0',
            remedy: 'use a positive number of milliseconds',
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `const { CancelToken, post } = require('axios');
const token = new CancelToken(function () {});
post(url, data, { cancelToken: token, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'axios through require: a dead token beside timeout 0, the timeout is fixed',
    },
    {
      code: `import axios from 'axios';
const cancelToken = null;
await axios.request({ url, cancelToken });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'axios.request',
            key: 'cancelToken',
            value: 'null',
            remedy: 'pass `timeout` or `signal` instead',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
const cancelToken = null;
await axios.request({ url, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'axios: a shorthand cancelToken that holds null is replaced as a whole',
    },
  ],
});

// A body read whole as bytes (arrayBuffer, blob) is a download: a fixed deadline would cut it; text() keeps one.
runWithData(new RuleTester(), 'require-timeout-on-tool body read as bytes', rule, {
  valid: [],
  invalid: [
    {
      code: `const image = await fetch(url).then((res) => res.blob());
const bytes = await (await fetch(other)).arrayBuffer();
const res = await fetch(url);
await writeFile(file, Buffer.from(await res.arrayBuffer()));
`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: {
            name: 'fetch',
            remedy: BYTES,
          },
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 31,
          suggestions: [],
        },
        {
          messageId: 'missingTimeout',
          data: {
            name: 'fetch',
            remedy: BYTES,
          },
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 40,
          suggestions: [],
        },
        {
          messageId: 'missingTimeout',
          data: {
            name: 'fetch',
            remedy: BYTES,
          },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 29,
          suggestions: [],
        },
      ],
      name: 'a body read whole as bytes (then callback, unbound response, bound response) gets the download remedy',
    },
    {
      code: `const page = await fetch(url);
const html = await page.text();
`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'fetch', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `const page = await fetch(url, { signal: AbortSignal.timeout(30_000) });
const html = await page.text();
`,
            },
          ],
        },
      ],
      name: 'a body read whole as text keeps the fixed deadline',
    },
  ],
});
