import type { BoundPolicy, Finding, KeyEffect, KeyKind, MisleadingKey } from './types';

// How each API family is bounded. A flag here stands for each behaviour that only some families have. Keys are
// judged in the order written: the first that is no bound is the one reported. How keys interact: a key that makes
// the call throw is reported whatever else the options set (MISLEADING_KEY_EFFECTS, got's number `timeout`, MCP's
// `timeout: 0`); a key that bounds the call bounds it beside a key that is ignored; a disabler turns the library's
// timer off, after which only its `independentKeys` (a signal that can fire) bound the call.

/** What a fraction does to an API that checks for an integer (Node 20: both throw `ERR_OUT_OF_RANGE`). child_process
 * also throws on a negative number, `Infinity` and `NaN` ("must be an unsigned integer"). */
export const NOT_AN_INTEGER = {
  childProcess: 'Node throws on a `timeout` that is not an integer >= 0',
  abortSignal: "the SDK's `AbortSignal.timeout()` throws on a delay that is not an integer",
  stainless: 'the SDK rejects a `timeout` that is not an integer',
} as const;

/** What a Node timer does with a delay it cannot take, by where the library puts the value (timerRange.ts). */
export const TIMER_EFFECT = {
  setTimeout: "the library's `setTimeout()` fires at once",
  abortSignal: "the SDK's `AbortSignal.timeout()` fires at once (or throws, past 4294967295 ms)",
} as const;

export const POLICIES = {
  // `timeout` is a number (an `AbortSignal.timeout()`) or `{ totalMs, stepMs, chunkMs }` (aiTimeout.ts).
  aiSdk: {
    keys: { abortSignal: 'signal', timeout: 'duration' },
    failsAtOnce: { timeout: "the SDK's `AbortSignal.timeout()` fires at once or throws" },
    integerKeys: { timeout: NOT_AN_INTEGER.abortSignal },
    timerKeys: { timeout: TIMER_EFFECT.abortSignal },
    signalKey: 'abortSignal',
    add: 'timeout',
    remedy: 'pass `timeout` or `abortSignal`',
    timeoutObject: 'generate',
  },
  // streamText and the agent's `stream`: as generateText, and `timeout.chunkMs` ends a stream that stalls.
  aiStream: {
    keys: { abortSignal: 'signal', timeout: 'duration' },
    failsAtOnce: { timeout: "the SDK's `AbortSignal.timeout()` fires at once or throws" },
    integerKeys: { timeout: NOT_AN_INTEGER.abortSignal },
    timerKeys: { timeout: TIMER_EFFECT.abortSignal },
    signalKey: 'abortSignal',
    add: 'timeout',
    remedy: 'pass `timeout` or `abortSignal`',
    timeoutObject: 'stream',
  },
  // ai 6's `generateObject` and `streamObject` take no `timeout` (it lands in the provider's call settings, unread).
  aiObject: {
    keys: { abortSignal: 'signal' },
    misleadingKeys: { timeout: 'ignoredByAiObject' },
    signalKey: 'abortSignal',
    add: 'abortSignal',
    remedy: 'pass `abortSignal: AbortSignal.timeout(ms)`',
  },
  agentsRun: {
    keys: { signal: 'signal' },
    signalKey: 'signal',
    add: 'signal',
    remedy: 'pass `signal: AbortSignal.timeout(ms)`',
  },
  axios: {
    keys: { timeout: 'duration', signal: 'signal', cancelToken: 'cancelToken' },
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'pass `timeout` or `signal`',
  },
  // Playwright and Puppeteer: every navigation, wait and action (and the launch) has a 30 s timeout of its own unless
  // `timeout: 0` or the page's `setDefaultTimeout(0)` turns it off; their docs document no other value that does.
  browser: {
    keys: { timeout: 'duration' },
    libraryDefault: {
      duration: '30 s',
      explicit: 'pass `timeout`',
      disablers: { timeout: 'zero' },
      independentKeys: [],
    },
    defaultSuffices: true,
    add: 'timeout',
    remedy: 'use a positive number of milliseconds',
  },
  // Playwright's `connect()` has no default: its `timeout` "Defaults to 0 (no timeout)" (playwright.dev).
  browserConnect: {
    keys: { timeout: 'duration' },
    add: 'timeout',
    remedy: 'pass `timeout`',
  },
  bunSpawn: {
    keys: { timeout: 'duration', signal: 'signal' },
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'pass `timeout` or `signal`, or kill the child from a timer',
    resultIsHandle: true,
    runsProcess: true,
  },
  childProcess: {
    keys: { timeout: 'duration', signal: 'signal' },
    integerKeys: { timeout: NOT_AN_INTEGER.childProcess },
    timerKeys: { timeout: TIMER_EFFECT.setTimeout },
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'pass `timeout` or `signal`, or kill the child from a timer',
    resultIsHandle: true,
    runsProcess: true,
  },
  childProcessSync: {
    keys: { timeout: 'duration' },
    integerKeys: { timeout: NOT_AN_INTEGER.childProcess },
    misleadingKeys: { signal: 'ignoredWhileBlocking' },
    add: 'timeout',
    remedy: 'pass `timeout`',
    runsProcess: true,
  },
  execa: {
    keys: { timeout: 'duration', cancelSignal: 'signal' },
    misleadingKeys: { signal: 'renamed' },
    signalKey: 'cancelSignal',
    add: 'timeout',
    remedy: 'pass `timeout` or `cancelSignal`, or kill the child from a timer',
    tagTakesOptions: true,
    runsProcess: true,
  },
  execaSync: {
    keys: { timeout: 'duration' },
    add: 'timeout',
    remedy: 'pass `timeout`',
    runsProcess: true,
  },
  fetch: {
    keys: { signal: 'signal' },
    misleadingKeys: { timeout: 'ignoredByFetch' },
    signalKey: 'signal',
    add: 'signal',
    remedy: 'pass `signal: AbortSignal.timeout(ms)`',
    requestInput: true,
  },
  got: {
    keys: { timeout: 'delays', signal: 'signal' },
    signalKey: 'signal',
    add: 'gotTimeout',
    remedy: 'pass `timeout: { request: ms }` or `signal`',
  },
  http: {
    keys: { signal: 'signal' },
    misleadingKeys: { timeout: 'onlyEmitsEvent' },
    signalKey: 'signal',
    add: 'signal',
    remedy: 'pass `signal: AbortSignal.timeout(ms)`',
    destroyedOnTimeoutEvent: true,
  },
  ky: {
    keys: { timeout: 'duration', signal: 'signal' },
    libraryDefault: {
      duration: '10 s',
      explicit: 'pass `timeout` or `signal`',
      disablers: { timeout: 'false' },
      independentKeys: ['signal'],
    },
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'remove it, use a number of milliseconds, or pass a `signal` that fires',
  },
  langchain: {
    keys: { timeout: 'duration', signal: 'signal' },
    failsAtOnce: { timeout: 'LangChain throws on it' },
    runsCallerCode: true,
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'pass `timeout` or `signal` in its config',
  },
  mcp: {
    keys: { timeout: 'duration', signal: 'signal', maxTotalTimeout: 'duration' },
    // protocol.ts (1.32.2): `setTimeout(onTimeout, options?.timeout ?? DEFAULT_REQUEST_TIMEOUT_MSEC)`.
    timerKeys: { timeout: TIMER_EFFECT.setTimeout },
    // The SDK passes `timeout` to `setTimeout`: 0 fires at once, and so does Infinity (an overflowing delay).
    libraryDefault: {
      duration: '60 s',
      explicit: 'pass `timeout` or `signal`',
      disablers: { timeout: 'zeroOrInfinite' },
      disablerFiresAtOnce: true,
      independentKeys: ['signal'],
    },
    progressReset: true,
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'pass `timeout` or `signal`',
  },
  modelClient: {
    keys: { timeout: 'duration', signal: 'signal' },
    // The Stainless clients pass `timeout` to `setTimeout` (0 fires at once) and reject a request's non-integer one.
    failsAtOnce: { timeout: "the SDK's timer fires at once, or the SDK rejects the value" },
    integerKeys: { timeout: NOT_AN_INTEGER.stainless },
    timerKeys: { timeout: TIMER_EFFECT.setTimeout },
    libraryDefault: {
      duration: '10 min',
      explicit: 'pass `timeout` or `signal`',
      disablers: {},
      independentKeys: ['signal'],
    },
    retries: { key: 'maxRetries', default: 2, perAttemptMinutes: 10 },
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'pass `timeout` or `signal`',
  },
  // A streaming request (`messages.stream`, `create({ stream: true })`): the client's timer is cleared once the
  // response headers arrive (fetchWithTimeout), so `timeout` bounds only them and only `signal` bounds the stream.
  modelStream: {
    keys: { signal: 'signal' },
    failsAtOnce: { timeout: "the SDK's timer fires at once, or the SDK rejects the value" },
    integerKeys: { timeout: NOT_AN_INTEGER.stainless },
    timerKeys: { timeout: TIMER_EFFECT.setTimeout },
    libraryDefault: {
      duration: '10 min',
      explicit: 'pass `signal`',
      disablers: {},
      independentKeys: ['signal'],
    },
    headersOnlyKey: 'timeout',
    signalKey: 'signal',
    add: 'signal',
    remedy: 'pass `signal: AbortSignal.timeout(ms)`',
  },
  nodeFetch: {
    keys: { signal: 'signal' },
    // node-fetch 2 obeys `timeout`, node-fetch 3 ignores it: without the version the rule cannot tell.
    misleadingKeys: { timeout: 'versionDependent' },
    signalKey: 'signal',
    add: 'signal',
    remedy: 'pass `signal: AbortSignal.timeout(ms)`',
    requestInput: true,
  },
  noOption: {
    keys: {},
    remedy: 'kill it from a `setTimeout` or an `abort` listener',
    resultIsHandle: true,
  },
  undici: {
    keys: { signal: 'signal', headersTimeout: 'duration', bodyTimeout: 'duration' },
    libraryDefault: {
      duration: '300 s',
      // undici has no `timeout` option: its timers are `headersTimeout` and `bodyTimeout`.
      explicit: 'pass `signal`, or `headersTimeout` and `bodyTimeout`',
      disablers: { headersTimeout: 'zero', bodyTimeout: 'zero' },
      independentKeys: ['signal'],
    },
    signalKey: 'signal',
    add: 'signal',
    remedy: 'remove it, use a positive number of milliseconds, or pass a `signal` that fires',
  },
  zx: {
    keys: { timeout: 'duration', signal: 'signal', ac: 'signal', timeoutSignal: 'signal' },
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'use `$({ timeout })` or `.timeout()`, or kill the process from a timer',
    chainedTimeout: true,
    tagTakesOptions: true,
  },
} as const satisfies Record<string, BoundPolicy>;

export type PolicyName = keyof typeof POLICIES;

/** What to do about a value that is no bound, by the kind of key. */
export const VALUE_REMEDIES: Readonly<Record<KeyKind, string>> = {
  cancelToken: 'pass `timeout` or `signal` instead',
  delays: 'give a phase such as `request` a positive number of milliseconds',
  duration: 'use a positive number of milliseconds',
  signal: 'pass a signal that fires, such as `AbortSignal.timeout(ms)`',
};

/** What each misleading key does to the call. */
export const MISLEADING_KEY_EFFECTS: Readonly<Record<MisleadingKey, KeyEffect>> = {
  ignoredByFetch: 'ignored',
  ignoredByAiObject: 'ignored',
  ignoredWhileBlocking: 'ignored',
  onlyEmitsEvent: 'ignored',
  renamed: 'throws',
  versionDependent: 'versionDependent',
};

/** MCP's progress reset: the key that turns it on, and the cap that still ends the call. */
export const PROGRESS_RESET = { key: 'resetTimeoutOnProgress', cap: 'maxTotalTimeout' } as const;

/** The message for each misleading key the rule can judge. */
export const MISLEADING_KEY_MESSAGES: Readonly<
  Record<Exclude<MisleadingKey, 'versionDependent'>, Finding['messageId']>
> = {
  ignoredByFetch: 'fetchIgnoresTimeout',
  ignoredByAiObject: 'aiObjectIgnoresTimeout',
  ignoredWhileBlocking: 'syncIgnoresSignal',
  onlyEmitsEvent: 'httpTimeoutOnlyEmits',
  renamed: 'execaSignalRenamed',
};

/** What the rule page's catalog says about a family beyond its data (docTables.ts); its rows follow this order. */
export const POLICY_NOTES = {
  childProcess: { reported: '' },
  childProcessSync: { reported: '' },
  fetch: {
    obeys: 'also in `new Request(url, { signal })`',
    defaultNote: "undici's 300 s idle timers are no deadline",
    reported: '',
  },
  nodeFetch: { obeys: 'also in `new Request(url, { signal })`', reported: '' },
  http: { reported: '' },
  undici: { defaultNote: 'each', reported: 'unless a `signal` that fires bounds the call' },
  axios: { defaultNote: '`axios.defaults.timeout = n` in the file counts', reported: '' },
  got: { reported: '`timeout: {}`; a number `timeout` also beside a `signal`' },
  ky: { reported: 'unless a `signal` that fires bounds the call' },
  execa: { reported: '`signal` also beside a `timeout`; a bare tagged template' },
  execaSync: { reported: '' },
  zx: {
    obeys: 'also `$({ timeout })`, `.timeout(d)`, `$.timeout = d`',
    reported: 'a tagged template with none of them',
  },
  bunSpawn: { reported: '' },
  browser: {
    obeys: "also the page's or context's `setDefaultTimeout(ms)`, `setDefaultNavigationTimeout(ms)`",
    defaultNote: 'a deadline, also under `strict`',
    reported: '`setDefaultTimeout(0)`, `setDefaultNavigationTimeout(0)`',
  },
  browserConnect: { reported: '' },
  noOption: { reported: '' },
  aiSdk: {
    obeys: '`timeout` also as `{ totalMs }`, also on the agent',
    reported: '`timeout: {}` and an object with no `totalMs` (`chunkMs` is read by streams only)',
  },
  aiStream: {
    obeys: '`timeout` also as `{ totalMs }` or `{ chunkMs }`, also on the agent',
    reported: '`timeout: {}`',
  },
  aiObject: { reported: '' },
  agentsRun: { reported: '' },
  langchain: { reported: '' },
  modelClient: {
    obeys: 'on the request or the client',
    defaultNote: 'per attempt; with `maxRetries` (2) up to 30 min',
    reported: 'under `strict`, the default, with its worst case',
  },
  modelStream: {
    obeys: 'on the request or the client; `timeout` bounds only the response headers',
    defaultNote: 'for the response headers only; the stream has none',
    reported: 'under `strict`, a stream without `signal`',
  },
  mcp: {
    reported:
      'with `maxTotalTimeout: 0` or `Infinity` (no cap); a progress reset is bounded by a `signal` that fires, `timeout: 0` never',
  },
} satisfies Record<PolicyName, { obeys?: string; defaultNote?: string; reported: string }>;
