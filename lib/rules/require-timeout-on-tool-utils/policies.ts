import type { BoundPolicy, Finding, KeyKind, MisleadingKey } from './types';

// How each API family is bounded. A flag here stands for each behaviour that only some families have. Keys are
// judged in the order written: the first that is no bound is the one reported.

export const POLICIES = {
  axios: {
    keys: { timeout: 'duration', signal: 'signal', cancelToken: 'cancelToken' },
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'pass `timeout` or `signal`',
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
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'pass `timeout` or `signal`, or kill the child from a timer',
    resultIsHandle: true,
    runsProcess: true,
  },
  childProcessSync: {
    keys: { timeout: 'duration' },
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
    libraryDefault: { duration: '10 s', explicit: 'pass `timeout` or `signal`', disablers: { timeout: 'false' } },
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'remove it or use a number of milliseconds',
  },
  mcp: {
    keys: { timeout: 'duration', signal: 'signal', maxTotalTimeout: 'duration' },
    // The SDK passes `timeout` to `setTimeout`: 0 fires at once, and so does Infinity (an overflowing delay).
    libraryDefault: {
      duration: '60 s',
      explicit: 'pass `timeout` or `signal`',
      disablers: { timeout: 'zeroOrInfinite' },
      disablerFiresAtOnce: true,
    },
    progressReset: true,
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'pass `timeout` or `signal`',
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
    },
    signalKey: 'signal',
    add: 'signal',
    remedy: 'remove it or use a positive number of milliseconds',
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

/** The message for each misleading key the rule can judge. */
export const MISLEADING_KEY_MESSAGES: Readonly<
  Record<Exclude<MisleadingKey, 'versionDependent'>, Finding['messageId']>
> = {
  ignoredByFetch: 'fetchIgnoresTimeout',
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
  undici: { defaultNote: 'each', reported: '' },
  axios: { defaultNote: '`axios.defaults.timeout = n` in the file counts', reported: '' },
  got: { reported: '`timeout: {}`' },
  ky: { reported: '' },
  execa: { reported: 'also a bare tagged template' },
  execaSync: { reported: '' },
  zx: {
    obeys: 'also `$({ timeout })`, `.timeout(d)`, `$.timeout = d`',
    reported: 'a tagged template with none of them',
  },
  bunSpawn: { reported: '' },
  noOption: { reported: '' },
  mcp: { reported: '' },
} satisfies Record<PolicyName, { obeys?: string; defaultNote?: string; reported: string }>;
