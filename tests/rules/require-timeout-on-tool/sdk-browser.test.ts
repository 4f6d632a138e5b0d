import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { cjs, runWithData } from '../../rule-tester';

// Playwright (`playwright`, `playwright-core`, and `@playwright/test`'s `chromium`) and Puppeteer (`puppeteer`,
// `puppeteer-core`): each navigation, wait, action and launch has a 30 s timeout of its own, which `timeout: 0` and a
// page's `setDefaultTimeout(0)` or `setDefaultNavigationTimeout(0)` turn off. Pages are followed from a tracked
// launch or connect, through `newContext()`, `newPage()` and `locator()`. Cases from playwright.dev and pptr.dev.

const REMEDY = 'use a positive number of milliseconds';

/** The report of `timeout: 0` in the options of `name`, with the suggestion that gives it 30 s. */
function zeroTimeout(name: string, position: readonly [number, number, number, number], output: string) {
  const [line, column, endLine, endColumn] = position;
  return {
    messageId: 'noBoundValue' as const,
    data: { key: 'timeout', value: '0', name, remedy: REMEDY },
    line,
    column,
    endLine,
    endColumn,
    suggestions: [{ messageId: 'replaceBound' as const, data: { text: '30_000' }, output }],
  };
}

runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    // The library's 30 s timeouts bound every call, also under strict.
    {
      code: `import { chromium } from 'playwright';
const browser = await chromium.launch();
const page = await browser.newPage();
await page.goto('https://example.com');
await page.getByRole('button', { name: 'Sign in' }).click();
await browser.close();`,
      options: [{ strict: true }],
    },
    {
      code: `import puppeteer from 'puppeteer';
const browser = await puppeteer.launch();
const page = await browser.newPage();
await page.goto('https://developer.chrome.com/');
await page.waitForSelector('.devsite-result-item-link');`,
      options: [{ strict: true }],
    },
    // Explicit timeouts and defaults that bound.
    `import { chromium } from 'playwright';
const browser = await chromium.launch({ timeout: 60_000 });
const context = await browser.newContext();
context.setDefaultTimeout(10_000);
const page = await context.newPage();
page.setDefaultNavigationTimeout(45_000);
await page.goto('https://example.com', { timeout: 60_000 });`,
    // A value the syntax does not fix counts as the author's bound.
    `import puppeteer from 'puppeteer';
const browser = await puppeteer.launch();
const page = await browser.newPage();
page.setDefaultTimeout(config.timeout);
await page.goto(url, { timeout: config.navigationTimeout });`,
    // connectOverCDP has 30 s to reach the browser.
    `import { chromium } from 'playwright';
const browser = await chromium.connectOverCDP('http://localhost:9222');
const page = await browser.newPage();
await page.goto('https://example.com');`,
    // A look-alike: the project's own module, and a page the rule cannot bind (a Playwright Test fixture).
    `import { chromium } from './browsers';
const browser = await chromium.launch({ timeout: 0 });`,
    `import { test } from '@playwright/test';
test('home', async ({ page }) => {
  await page.goto('/', { timeout: 0 });
});`,
    // A page object the rule did not see made.
    `export async function open(page) {
  page.setDefaultTimeout(0);
  await page.goto('https://example.com', { timeout: 0 });
}`,
  ],
  invalid: [
    // Playwright's connect() has no default: its `timeout` "Defaults to 0 (no timeout)".
    {
      code: `import { chromium } from 'playwright';
const browser = await chromium.connect('ws://127.0.0.1:3000/');
const page = await browser.newPage();
await page.goto('https://example.com');`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'playwright.chromium.connect', remedy: 'pass `timeout`' },
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { chromium } from 'playwright';
const browser = await chromium.connect('ws://127.0.0.1:3000/', { timeout: 30_000 });
const page = await browser.newPage();
await page.goto('https://example.com');`,
            },
          ],
        },
      ],
      name: 'Playwright: connect without timeout (its default is no timeout)',
    },
    {
      code: `import { webkit } from 'playwright';
const browser = await webkit.connect(wsEndpoint, { timeout: 0 });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: { key: 'timeout', value: '0', name: 'playwright.webkit.connect', remedy: REMEDY },
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { webkit } from 'playwright';
const browser = await webkit.connect(wsEndpoint, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'Playwright: connect with timeout: 0',
    },
    {
      code: `const { chromium } = require('playwright');
(async () => {
  const browser = await chromium.launch({ headless: false, timeout: 0 });
  await browser.close();
})();`,
      languageOptions: cjs,
      output: null,
      errors: [
        zeroTimeout(
          'playwright.chromium.launch',
          [3, 25, 3, 73],
          `const { chromium } = require('playwright');
(async () => {
  const browser = await chromium.launch({ headless: false, timeout: 30_000 });
  await browser.close();
})();`,
        ),
      ],
      name: 'Playwright: launch with timeout: 0 (CommonJS)',
    },
    {
      code: `import { chromium } from 'playwright';
const browser = await chromium.connectOverCDP('http://localhost:9222', { timeout: 0 });`,
      output: null,
      errors: [
        zeroTimeout(
          'playwright.chromium.connectOverCDP',
          [2, 23, 2, 87],
          `import { chromium } from 'playwright';
const browser = await chromium.connectOverCDP('http://localhost:9222', { timeout: 30_000 });`,
        ),
      ],
      name: 'Playwright: connectOverCDP with timeout: 0',
    },
    {
      code: `import { firefox } from 'playwright-core';
const browser = await firefox.launch();
const page = await browser.newPage();
await page.goto('https://example.com', { waitUntil: 'networkidle', timeout: 0 });`,
      output: null,
      errors: [
        zeroTimeout(
          'Page.goto',
          [4, 7, 4, 81],
          `import { firefox } from 'playwright-core';
const browser = await firefox.launch();
const page = await browser.newPage();
await page.goto('https://example.com', { waitUntil: 'networkidle', timeout: 30_000 });`,
        ),
      ],
      name: 'Playwright: goto with timeout: 0 on a page of browser.newPage()',
    },
    {
      code: `import { chromium } from '@playwright/test';
const browser = await chromium.launch();
const context = await browser.newContext();
context.setDefaultTimeout(0);
const page = await context.newPage();
await page.locator('#submit').click({ timeout: 0 });`,
      output: null,
      errors: [
        {
          messageId: 'defaultTimeoutOff',
          data: { name: 'BrowserContext.setDefaultTimeout', value: '0' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { chromium } from '@playwright/test';
const browser = await chromium.launch();
const context = await browser.newContext();
context.setDefaultTimeout(30_000);
const page = await context.newPage();
await page.locator('#submit').click({ timeout: 0 });`,
            },
          ],
        },
        zeroTimeout(
          'Locator.click',
          [6, 7, 6, 52],
          `import { chromium } from '@playwright/test';
const browser = await chromium.launch();
const context = await browser.newContext();
context.setDefaultTimeout(0);
const page = await context.newPage();
await page.locator('#submit').click({ timeout: 30_000 });`,
        ),
      ],
      name: "Playwright: a context's setDefaultTimeout(0), and a locator action with timeout: 0",
    },
    {
      code: `import { webkit } from 'playwright';
const context = await webkit.launchPersistentContext(userDataDir);
const page = await context.newPage();
await page.waitForFunction(() => window.innerWidth < 100, undefined, { timeout: 0 });
await page.fill('#name', 'Peter', { timeout: 0 });`,
      output: null,
      errors: [
        zeroTimeout(
          'Page.waitForFunction',
          [4, 7, 4, 85],
          `import { webkit } from 'playwright';
const context = await webkit.launchPersistentContext(userDataDir);
const page = await context.newPage();
await page.waitForFunction(() => window.innerWidth < 100, undefined, { timeout: 30_000 });
await page.fill('#name', 'Peter', { timeout: 0 });`,
        ),
        zeroTimeout(
          'Page.fill',
          [5, 7, 5, 50],
          `import { webkit } from 'playwright';
const context = await webkit.launchPersistentContext(userDataDir);
const page = await context.newPage();
await page.waitForFunction(() => window.innerWidth < 100, undefined, { timeout: 0 });
await page.fill('#name', 'Peter', { timeout: 30_000 });`,
        ),
      ],
      name: 'Playwright: options 3rd (waitForFunction, fill) on a persistent context',
    },
    {
      code: `import puppeteer from 'puppeteer';
const browser = await puppeteer.launch({ timeout: 0 });
const page = await browser.newPage();
page.setDefaultNavigationTimeout(0);
await page.waitForFunction('window.innerWidth < 100', { timeout: 0 });`,
      output: null,
      errors: [
        zeroTimeout(
          'puppeteer.launch',
          [2, 23, 2, 55],
          `import puppeteer from 'puppeteer';
const browser = await puppeteer.launch({ timeout: 30_000 });
const page = await browser.newPage();
page.setDefaultNavigationTimeout(0);
await page.waitForFunction('window.innerWidth < 100', { timeout: 0 });`,
        ),
        {
          messageId: 'defaultTimeoutOff',
          data: { name: 'Page.setDefaultNavigationTimeout', value: '0' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import puppeteer from 'puppeteer';
const browser = await puppeteer.launch({ timeout: 0 });
const page = await browser.newPage();
page.setDefaultNavigationTimeout(30_000);
await page.waitForFunction('window.innerWidth < 100', { timeout: 0 });`,
            },
          ],
        },
        zeroTimeout(
          'Page.waitForFunction',
          [5, 7, 5, 70],
          `import puppeteer from 'puppeteer';
const browser = await puppeteer.launch({ timeout: 0 });
const page = await browser.newPage();
page.setDefaultNavigationTimeout(0);
await page.waitForFunction('window.innerWidth < 100', { timeout: 30_000 });`,
        ),
      ],
      name: 'Puppeteer: launch, setDefaultNavigationTimeout and waitForFunction (options 2nd)',
    },
    {
      code: `import puppeteer from 'puppeteer-core';
const browser = await puppeteer.connect({ browserWSEndpoint: endpoint });
const context = await browser.createBrowserContext();
const page = await context.newPage();
await page.waitForSelector('.result', { timeout: 0 });`,
      output: `import puppeteer from 'puppeteer-core';
const browser = await puppeteer.connect({ browserWSEndpoint: endpoint });
const context = await browser.createBrowserContext();
const page = await context.newPage();
await page.waitForSelector('.result', { timeout: 30_000 });`,
      options: [{ autofix: true }],
      errors: [
        {
          messageId: 'noBoundValue',
          data: { key: 'timeout', value: '0', name: 'Page.waitForSelector', remedy: REMEDY },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 54,
        },
      ],
      name: 'Puppeteer: a page of a connected browser context, fixed under autofix',
    },
  ],
});
