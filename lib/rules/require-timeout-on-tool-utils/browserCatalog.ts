import { CALL, type TraceMapElement } from '../../util/trackReferences';
import type { OptionsSlot } from './optionsArgument';
import { POLICIES } from './policies';
import type { Family, ToolApi, TraceInfo } from './types';

// Playwright and Puppeteer: where their navigations, waits and actions take `{ timeout }`, followed from a tracked
// launch or connect to its browser, context, page and locator. Options indexes are those of the libraries' API docs.

const POLICY = POLICIES.browser;

const at = (index: number): OptionsSlot => ({ kind: 'index', index });

/** Methods whose options (with `timeout`) are their argument at `index`. */
function timed(index: number, names: readonly string[]): Record<string, ToolApi> {
  return Object.fromEntries(names.map((name) => [name, { policy: POLICY, slot: at(index) }]));
}

/** A method that makes an instance of `family` and runs nothing itself (`browser.newPage()`). */
const making = (family: Family): ToolApi => ({ policy: POLICY, factoryOnly: true, makes: family });

/** `page.setDefaultTimeout(ms)`, `setDefaultNavigationTimeout(ms)`: the defaults of the calls made through it. */
const DEFAULT_SETTERS = {
  setDefaultNavigationTimeout: { policy: POLICY, setsDefault: 'timeout' },
  setDefaultTimeout: { policy: POLICY, setsDefault: 'timeout' },
} satisfies Record<string, ToolApi>;

// Playwright's Locator: actions take their options last (`locator.fill(value, { timeout })`).
const PLAYWRIGHT_LOCATOR = {
  name: 'Locator',
  members: {
    ...timed(0, ['check', 'click', 'dblclick', 'focus', 'hover', 'innerText', 'tap', 'textContent', 'uncheck']),
    ...timed(0, ['waitFor']),
    ...timed(1, ['fill', 'press', 'pressSequentially', 'selectOption', 'setInputFiles', 'type']),
  },
} satisfies Family;

const PLAYWRIGHT_PAGE = {
  name: 'Page',
  members: {
    ...DEFAULT_SETTERS,
    ...timed(0, ['goBack', 'goForward', 'reload', 'waitForNavigation']),
    ...timed(1, ['goto', 'setContent', 'waitForEvent', 'waitForLoadState', 'waitForRequest', 'waitForResponse']),
    ...timed(1, ['waitForSelector', 'waitForURL']),
    ...timed(1, ['check', 'click', 'dblclick', 'focus', 'hover', 'tap', 'textContent', 'uncheck']),
    ...timed(2, ['fill', 'press', 'selectOption', 'type', 'waitForFunction']),
    ...Object.fromEntries(
      ['getByLabel', 'getByPlaceholder', 'getByRole', 'getByTestId', 'getByText', 'locator'].map((name) => [
        name,
        making(PLAYWRIGHT_LOCATOR),
      ]),
    ),
  },
} satisfies Family;

const PLAYWRIGHT_CONTEXT = {
  name: 'BrowserContext',
  members: { ...DEFAULT_SETTERS, ...timed(1, ['waitForEvent']), newPage: making(PLAYWRIGHT_PAGE) },
} satisfies Family;

const PLAYWRIGHT_BROWSER = {
  name: 'Browser',
  members: { newContext: making(PLAYWRIGHT_CONTEXT), newPage: making(PLAYWRIGHT_PAGE) },
} satisfies Family;

function run(api: ToolApi): TraceMapElement<TraceInfo> {
  return { [CALL]: { kind: 'run', api, family: undefined } };
}

/**
 * `chromium`, `firefox`, `webkit`: each launch and `connectOverCDP` waits 30 s for the browser unless `timeout: 0`;
 * `connect` waits for no time unless given a `timeout` (its documented default is 0, no timeout).
 */
const BROWSER_TYPE = {
  connect: run({ policy: POLICIES.browserConnect, slot: at(1), makes: PLAYWRIGHT_BROWSER }),
  connectOverCDP: run({ policy: POLICY, slot: at(1), makes: PLAYWRIGHT_BROWSER }),
  launch: run({ policy: POLICY, slot: at(0), makes: PLAYWRIGHT_BROWSER }),
  launchPersistentContext: run({ policy: POLICY, slot: at(1), makes: PLAYWRIGHT_CONTEXT }),
} satisfies TraceMapElement<TraceInfo>;

const PLAYWRIGHT = { chromium: BROWSER_TYPE, firefox: BROWSER_TYPE, webkit: BROWSER_TYPE };

// Puppeteer's Page: `waitForFunction(fn, options, ...args)` takes its options second.
const PUPPETEER_PAGE = {
  name: 'Page',
  members: {
    ...DEFAULT_SETTERS,
    ...timed(0, ['goBack', 'goForward', 'reload', 'waitForNavigation', 'waitForNetworkIdle']),
    ...timed(1, ['goto', 'setContent', 'waitForFrame', 'waitForFunction', 'waitForRequest', 'waitForResponse']),
    ...timed(1, ['waitForSelector']),
  },
} satisfies Family;

const PUPPETEER_CONTEXT = { name: 'BrowserContext', members: { newPage: making(PUPPETEER_PAGE) } } satisfies Family;

const PUPPETEER_BROWSER = {
  name: 'Browser',
  members: { createBrowserContext: making(PUPPETEER_CONTEXT), newPage: making(PUPPETEER_PAGE) },
} satisfies Family;

// `puppeteer.connect()` takes no `timeout` (only `protocolTimeout`, for each protocol call): its pages are followed.
const PUPPETEER = {
  connect: run({ policy: POLICY, factoryOnly: true, makes: PUPPETEER_BROWSER }),
  launch: run({ policy: POLICY, slot: at(0), makes: PUPPETEER_BROWSER }),
} satisfies TraceMapElement<TraceInfo>;

/** The browser automation modules, by specifier (Playwright Test's `chromium` is the library's). */
export const BROWSER_MODULES = {
  '@playwright/test': PLAYWRIGHT,
  playwright: PLAYWRIGHT,
  'playwright-core': PLAYWRIGHT,
  puppeteer: PUPPETEER,
  'puppeteer-core': PUPPETEER,
} satisfies Record<string, TraceMapElement<TraceInfo>>;
