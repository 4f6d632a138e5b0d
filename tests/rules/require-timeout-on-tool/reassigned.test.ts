import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// An instance kept in a variable is followed to its calls only while the variable holds nothing else: after
// `page = await other()` a `page.goto()` may be another object's method, so the rule judges none of its calls.
// Writes of `null` or `undefined` (`let page = null`, a cleanup's `page = undefined`) store no other instance.

const BROWSER_REMEDY = 'use a positive number of milliseconds';

runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    {
      code: `import { chromium } from 'playwright';
const browser = await chromium.launch();
let page = await browser.newPage();
page = await other();
await page.goto(url, { timeout: 0 });`,
      name: 'a page in a reassigned let',
    },
    {
      code: `import axios from 'axios';
let api = axios.create({ baseURL });
api = makeClient();
await api.get('/users');`,
      name: 'an axios instance in a reassigned let',
    },
    {
      code: `import axios from 'axios';
let api;
api = axios.create({ baseURL });
if (mock) api = fakeClient;
await api.get('/users');`,
      name: 'an axios instance assigned to a let that another branch reassigns',
    },
    {
      code: `import axios from 'axios';
function f(undefined) {
  let api = axios.create({ baseURL });
  api = undefined;
  return api.get('/users');
}`,
      name: 'a write of a parameter named undefined, which can hold anything',
    },
  ],
  invalid: [
    {
      code: `import { chromium } from 'playwright';
const browser = await chromium.launch();
let page = await browser.newPage();
await page.goto(url, { timeout: 0 });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: { key: 'timeout', value: '0', name: 'Page.goto', remedy: BROWSER_REMEDY },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { chromium } from 'playwright';
const browser = await chromium.launch();
let page = await browser.newPage();
await page.goto(url, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'a page in a let that is never reassigned',
    },
    {
      code: `import { chromium } from 'playwright';
const browser = await chromium.launch();
let page = null;
page = await browser.newPage();
await page.goto(url, { timeout: 0 });
page = undefined;`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: { key: 'timeout', value: '0', name: 'Page.goto', remedy: BROWSER_REMEDY },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { chromium } from 'playwright';
const browser = await chromium.launch();
let page = null;
page = await browser.newPage();
await page.goto(url, { timeout: 30_000 });
page = undefined;`,
            },
          ],
        },
      ],
      name: 'a page in a let that is otherwise only cleared',
    },
    {
      code: `import axios from 'axios';
let api = axios.create({ baseURL });
await api.get('/users');`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'axios.get', remedy: 'pass `timeout` or `signal`' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
let api = axios.create({ baseURL });
await api.get('/users', { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'an axios instance in a let that is never reassigned',
    },
  ],
});
