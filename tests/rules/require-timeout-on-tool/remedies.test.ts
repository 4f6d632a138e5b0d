import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// Remedies that must not break what the call is for: each family's own remedy text, axios's `cancelToken`.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
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
