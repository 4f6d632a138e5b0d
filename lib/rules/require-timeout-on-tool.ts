import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { enclosingFunction, isWithin, unwrapExpression } from '../util/ast';
import { createRule } from '../util/createRule';
import { insertArgument } from '../util/fix/insertArgument';
import { insertProperty } from '../util/fix/insertProperty';
import { constantInit } from '../util/scope';
import {
  CALL,
  CONSTRUCT,
  READ,
  type TraceMap,
  type TraceMapElement,
  type TrackedReference,
  createTracker,
  type OnProgramExit,
  withNodeProtocol,
} from '../util/trackReferences';
import { apiUseOf, assignedMember, readUses } from './require-timeout-on-tool-utils/apiUses';
import {
  durationVerdict,
  signalVerdict,
  type SignalContext,
  type ValueVerdict,
} from './require-timeout-on-tool-utils/boundValue';
import {
  CALLEE_PATTERN_SOURCE,
  type CalleePattern,
  matchesCallee,
  parseCalleePattern,
} from './require-timeout-on-tool-utils/calleePattern';
import {
  handleUses,
  hasWatchdog,
  isMethodCallOn,
  isReturned,
  type MemberUseCache,
  runsOnTrigger,
} from './require-timeout-on-tool-utils/watchdog';
import {
  EMPTY_OPTIONS,
  locateOptions,
  type OptionEntry,
  type OptionsLocation,
  type OptionsSlot,
  type OptionsView,
  readOptions,
} from './require-timeout-on-tool-utils/optionsArgument';
import { isRacedOrWrapped } from './require-timeout-on-tool-utils/racedOrWrapped';
import { receivedSignal } from './require-timeout-on-tool-utils/receivedSignal';

/** A project's own tool entry point (option `tools`). */
export interface ToolOption {
  /** `name` (a plain call), `*.name` (that method on any receiver) or `a.b.name` (that member path). */
  readonly callee: string;
  /** Zero-based index of the options argument. */
  readonly argument: number;
  /** The options that bound the call. */
  readonly keys: readonly string[];
}

export type Options = [
  {
    readonly strict?: boolean;
    readonly signalFromCaller?: 'bounded' | 'unknown';
    readonly wrappers?: readonly string[];
    readonly tools?: readonly ToolOption[];
    readonly signalParameters?: readonly string[];
    readonly defaultTimeoutMs?: number;
    readonly autofix?: boolean;
  },
];

export type MessageId =
  | 'missingTimeout'
  | 'noBoundValue'
  | 'noBoundDefault'
  | 'mcpTimeoutFiresAtOnce'
  | 'fetchIgnoresTimeout'
  | 'httpTimeoutOnlyEmits'
  | 'syncIgnoresSignal'
  | 'gotTimeoutNumber'
  | 'execaSignalRenamed'
  | 'unboundedProgress'
  | 'noDeadlineApi'
  | 'signalDropped'
  | 'unknownBound'
  | 'unknownSignal'
  | 'implicitDefault'
  | 'addBound'
  | 'replaceBound'
  | 'passSignal';

// ---------------------------------------------------------------------------------------------------------------
// What the rule knows: how each API is bounded (policies), and where each API takes its options (the catalog).

/** How the value of a bounding key is judged. */
type KeyKind = 'duration' | 'signal' | 'delays';

/** What a fix inserts when a call has no bound. */
type BoundText = 'timeout' | 'signal' | 'gotTimeout';

/** A key that looks like a bound but is not one, and the message that says so. */
type WrongKey = 'fetchIgnoresTimeout' | 'httpTimeoutOnlyEmits' | 'syncIgnoresSignal' | 'execaSignalRenamed' | 'unknown';

/** What undoes a library's default deadline. */
type Disabler = 'zero' | 'false' | 'zeroOrInfinite';

interface Policy {
  /** The keys that bound a call, and how their values are judged. */
  readonly keys: Readonly<Record<string, KeyKind>>;
  /** Keys the API ignores, or that make it throw, though they look like a bound. */
  readonly wrongKeys?: Readonly<Record<string, WrongKey>>;
  /** The library bounds the call by itself: its default, and the values that turn it off. */
  readonly libraryDefault?: {
    readonly duration: string;
    readonly disablers: Readonly<Record<string, Disabler>>;
    /** The message for a disabling value, where it does something other than remove the deadline. */
    readonly disabledMessage?: 'mcpTimeoutFiresAtOnce';
  };
  /** MCP: `resetTimeoutOnProgress: true` without `maxTotalTimeout` never ends. */
  readonly progressReset?: boolean;
  /** The key an abort signal goes in, where the API takes one. */
  readonly signalKey?: string;
  /** What the suggestion inserts; none where no option can bound the call. */
  readonly add?: BoundText;
  /** What the message tells the user to do. */
  readonly remedy: string;
}

const POLICIES = {
  childProcess: {
    keys: { timeout: 'duration', signal: 'signal' },
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'pass `timeout` or `signal`, or kill the child from a timer',
  },
  childProcessSync: {
    keys: { timeout: 'duration' },
    wrongKeys: { signal: 'syncIgnoresSignal' },
    add: 'timeout',
    remedy: 'pass `timeout`',
  },
  fetch: {
    keys: { signal: 'signal' },
    wrongKeys: { timeout: 'fetchIgnoresTimeout' },
    signalKey: 'signal',
    add: 'signal',
    remedy: 'pass `signal: AbortSignal.timeout(ms)`',
  },
  nodeFetch: {
    keys: { signal: 'signal' },
    // node-fetch 2 obeys `timeout`, node-fetch 3 ignores it: without the version the rule cannot tell.
    wrongKeys: { timeout: 'unknown' },
    signalKey: 'signal',
    add: 'signal',
    remedy: 'pass `signal: AbortSignal.timeout(ms)`',
  },
  http: {
    keys: { signal: 'signal' },
    wrongKeys: { timeout: 'httpTimeoutOnlyEmits' },
    signalKey: 'signal',
    add: 'signal',
    remedy: 'pass `signal: AbortSignal.timeout(ms)`',
  },
  undici: {
    keys: { signal: 'signal', headersTimeout: 'duration', bodyTimeout: 'duration' },
    libraryDefault: { duration: '300 s', disablers: { headersTimeout: 'zero', bodyTimeout: 'zero' } },
    signalKey: 'signal',
    add: 'signal',
    remedy: 'remove it or use a positive number of milliseconds',
  },
  axios: {
    keys: { timeout: 'duration', signal: 'signal', cancelToken: 'signal' },
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'pass `timeout` or `signal`',
  },
  got: {
    keys: { timeout: 'delays', signal: 'signal' },
    signalKey: 'signal',
    add: 'gotTimeout',
    remedy: 'pass `timeout: { request: ms }` or `signal`',
  },
  ky: {
    keys: { timeout: 'duration', signal: 'signal' },
    libraryDefault: { duration: '10 s', disablers: { timeout: 'false' } },
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'remove it or use a number of milliseconds',
  },
  execa: {
    keys: { timeout: 'duration', cancelSignal: 'signal' },
    wrongKeys: { signal: 'execaSignalRenamed' },
    signalKey: 'cancelSignal',
    add: 'timeout',
    remedy: 'pass `timeout` or `cancelSignal`, or kill the child from a timer',
  },
  execaSync: {
    keys: { timeout: 'duration' },
    add: 'timeout',
    remedy: 'pass `timeout`',
  },
  zx: {
    keys: { timeout: 'duration', signal: 'signal', ac: 'signal', timeoutSignal: 'signal' },
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'use `$({ timeout })` or `.timeout()`, or kill the process from a timer',
  },
  bunSpawn: {
    keys: { timeout: 'duration', signal: 'signal' },
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'pass `timeout` or `signal`, or kill the child from a timer',
  },
  noOption: {
    keys: {},
    remedy: 'kill it from a `setTimeout` or an `abort` listener',
  },
  mcp: {
    keys: { timeout: 'duration', signal: 'signal', maxTotalTimeout: 'duration' },
    // The SDK passes `timeout` to `setTimeout`: 0 fires at once, and so does Infinity (an overflowing delay).
    libraryDefault: {
      duration: '60 s',
      disablers: { timeout: 'zeroOrInfinite' },
      disabledMessage: 'mcpTimeoutFiresAtOnce',
    },
    progressReset: true,
    signalKey: 'signal',
    add: 'timeout',
    remedy: 'pass `timeout` or `signal`',
  },
} as const satisfies Record<string, Policy>;

type PolicyName = keyof typeof POLICIES;

interface ToolApi {
  readonly policy: PolicyName;
  /** Where the options argument goes; undefined where there is none. */
  readonly slot?: OptionsSlot;
  /** It returns a handle (a child process, a request) that a watchdog can kill. */
  readonly handle?: boolean;
  /** Called with an options object alone, it returns a preconfigured copy of itself (`execa({ timeout })`). */
  readonly factory?: boolean;
  /** It is only ever a factory or a tag, never a run by itself (zx `$`). */
  readonly factoryOnly?: boolean;
}

/** An API with methods whose instances (`axios.create()`, `new Client()`) the rule follows in the module. */
interface Family {
  readonly name: string;
  /** `''` is the value itself, called or used as a template tag. */
  readonly members: Readonly<Record<string, ToolApi>>;
  readonly tag?: ToolApi;
}

const index = (at: number): OptionsSlot => ({ kind: 'index', index: at });
const afterArguments: OptionsSlot = { kind: 'afterArguments', index: 1 };
const objectOrSecond: OptionsSlot = { kind: 'objectOrSecond' };

function methods(policy: PolicyName, slot: OptionsSlot, names: readonly string[]): Record<string, ToolApi> {
  return Object.fromEntries(names.map((name) => [name, { policy, slot }]));
}

const AXIOS: Family = {
  name: 'axios',
  members: {
    '': { policy: 'axios', slot: objectOrSecond },
    request: { policy: 'axios', slot: index(0) },
    ...methods('axios', index(1), ['get', 'delete', 'head', 'options']),
    ...methods('axios', index(2), ['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']),
  },
};

const GOT: Family = {
  name: 'got',
  members: {
    '': { policy: 'got', slot: objectOrSecond },
    ...methods('got', index(1), ['get', 'post', 'put', 'patch', 'head', 'delete', 'stream']),
  },
};

const KY: Family = {
  name: 'ky',
  members: { ...methods('ky', index(1), ['', 'get', 'post', 'put', 'patch', 'head', 'delete']) },
};

const MCP_METHODS = [
  'listTools',
  'listResources',
  'listResourceTemplates',
  'listPrompts',
  'readResource',
  'getPrompt',
  'complete',
];

const MCP_V1: Family = {
  name: 'Client',
  members: {
    callTool: { policy: 'mcp', slot: index(2) },
    request: { policy: 'mcp', slot: index(2) },
    ping: { policy: 'mcp', slot: index(0) },
    ...methods('mcp', index(1), MCP_METHODS),
  },
};

const MCP_V2: Family = {
  name: 'Client',
  members: {
    callTool: { policy: 'mcp', slot: index(1) },
    request: { policy: 'mcp', slot: { kind: 'afterOptional', index: 1 } },
    ping: { policy: 'mcp', slot: index(0) },
    ...methods('mcp', index(1), MCP_METHODS),
  },
};

const EXECA_RUN: ToolApi = { policy: 'execa', slot: afterArguments, handle: true, factory: true };
const EXECA_TAG: ToolApi = { policy: 'execa', handle: true };
const ZX_TAG: ToolApi = { policy: 'zx', handle: true };

const PROMISIFIED_EXEC: Family = {
  name: 'child_process.exec',
  members: { '': { policy: 'childProcess', slot: index(1) } },
};
const PROMISIFIED_EXEC_FILE: Family = {
  name: 'child_process.execFile',
  members: { '': { policy: 'childProcess', slot: afterArguments } },
};

/** What the tracker reports for each traced name. */
type TraceInfo =
  /** A call that runs a tool. */
  | { readonly kind: 'run'; readonly api: ToolApi; readonly family: Family | undefined }
  /** A read of something used as a template tag (``execa`cmd` ``, ``Bun.$`cmd` ``). */
  | { readonly kind: 'tag'; readonly api: ToolApi; readonly family: Family | undefined }
  /** A call or `new` that makes an instance whose calls the rule follows. */
  | { readonly kind: 'maker'; readonly makes: Family; readonly slot: OptionsSlot; readonly policy: PolicyName }
  /** `axios.defaults.timeout = n`, `$.timeout = '5s'`: a bound for the whole module. */
  | { readonly kind: 'default'; readonly family: Family; readonly key: string }
  /** `util.promisify`, and the functions whose promisified form the rule follows. */
  | { readonly kind: 'promisify' }
  | { readonly kind: 'promisifiable'; readonly makes: Family }
  /** `pTimeout(promise, …)`: a deadline around a promise. */
  | { readonly kind: 'wrapper' };

function run(api: ToolApi, family?: Family): TraceMapElement<TraceInfo> {
  return { [CALL]: { kind: 'run', api, family } };
}

/** The trace elements of a family's members, for a module that exports its root (`axios`, `got`). */
function familyElement(
  family: Family,
  extra: Record<string, TraceMapElement<TraceInfo>> = {},
): TraceMapElement<TraceInfo> {
  const { '': root, ...rest } = family.members;
  const element: Record<string, TraceMapElement<TraceInfo>> = {};
  for (const [name, api] of Object.entries(rest)) element[name] = run(api, family);
  return { ...(root ? run(root, family) : {}), ...element, ...extra };
}

function maker(makes: Family, slot: OptionsSlot, policy: PolicyName): TraceInfo {
  return { kind: 'maker', makes, slot, policy };
}

const EXECA_FAMILY: Family = { name: 'execa', members: { '': EXECA_RUN }, tag: EXECA_TAG };
const EXECA_SCRIPT_FAMILY: Family = { name: '$', members: { '': EXECA_RUN }, tag: EXECA_TAG };
const ZX_FAMILY: Family = {
  name: '$',
  members: { '': { policy: 'zx', slot: index(0), factory: true, factoryOnly: true } },
  tag: ZX_TAG,
};
const CROSS_SPAWN: Family = {
  name: 'cross-spawn',
  members: {
    '': { policy: 'childProcess', slot: afterArguments, handle: true },
    spawn: { policy: 'childProcess', slot: afterArguments, handle: true },
    sync: { policy: 'childProcessSync', slot: afterArguments },
  },
};

const HTTP: TraceMapElement<TraceInfo> = {
  request: run({ policy: 'http', slot: objectOrSecond, handle: true }),
  get: run({ policy: 'http', slot: objectOrSecond, handle: true }),
};

const CHILD_PROCESS: TraceMapElement<TraceInfo> = {
  exec: {
    ...run({ policy: 'childProcess', slot: index(1), handle: true }),
    [READ]: { kind: 'promisifiable', makes: PROMISIFIED_EXEC },
  },
  execFile: {
    ...run({ policy: 'childProcess', slot: afterArguments, handle: true }),
    [READ]: { kind: 'promisifiable', makes: PROMISIFIED_EXEC_FILE },
  },
  spawn: run({ policy: 'childProcess', slot: afterArguments, handle: true }),
  fork: run({ policy: 'childProcess', slot: afterArguments, handle: true }),
  execSync: run({ policy: 'childProcessSync', slot: index(1) }),
  execFileSync: run({ policy: 'childProcessSync', slot: afterArguments }),
  spawnSync: run({ policy: 'childProcessSync', slot: afterArguments }),
};

const MCP_V1_ELEMENT: TraceMapElement<TraceInfo> = { Client: { [CONSTRUCT]: maker(MCP_V1, index(1), 'mcp') } };

const execaExports: TraceMapElement<TraceInfo> = {
  execa: { ...run(EXECA_RUN, EXECA_FAMILY), [READ]: { kind: 'tag', api: EXECA_TAG, family: EXECA_FAMILY } },
  $: { ...run(EXECA_RUN, EXECA_SCRIPT_FAMILY), [READ]: { kind: 'tag', api: EXECA_TAG, family: EXECA_SCRIPT_FAMILY } },
  execaSync: run({ policy: 'execaSync', slot: afterArguments }),
  execaNode: run({ policy: 'execa', slot: afterArguments, handle: true }),
  execaCommand: run({ policy: 'execa', slot: index(1), handle: true }),
  execaCommandSync: run({ policy: 'execaSync', slot: index(1) }),
};

const zxExports: TraceMapElement<TraceInfo> = {
  $: {
    ...run(ZX_FAMILY.members[''] ?? ZX_TAG, ZX_FAMILY),
    [READ]: { kind: 'tag', api: ZX_TAG, family: ZX_FAMILY },
    timeout: { [READ]: { kind: 'default', family: ZX_FAMILY, key: 'timeout' } },
  },
};

/** Module exports that run tools, keyed by module specifier. */
const MODULES: TraceMap<TraceInfo> = {
  ...withNodeProtocol<TraceInfo>({
    child_process: CHILD_PROCESS,
    http: HTTP,
    https: HTTP,
    util: { promisify: { [CALL]: { kind: 'promisify' } } },
  }),
  'cross-spawn': familyElement(CROSS_SPAWN),
  undici: {
    fetch: run({ policy: 'fetch', slot: index(1) }),
    request: run({ policy: 'undici', slot: index(1) }),
    stream: run({ policy: 'undici', slot: index(1) }),
    pipeline: run({ policy: 'undici', slot: index(1) }),
  },
  'node-fetch': run({ policy: 'nodeFetch', slot: index(1) }),
  axios: familyElement(AXIOS, {
    create: { [CALL]: maker(AXIOS, index(0), 'axios') },
    defaults: { timeout: { [READ]: { kind: 'default', family: AXIOS, key: 'timeout' } } },
  }),
  got: familyElement(GOT, { extend: { [CALL]: maker(GOT, index(0), 'got') } }),
  ky: familyElement(KY, {
    create: { [CALL]: maker(KY, index(0), 'ky') },
    extend: { [CALL]: maker(KY, index(0), 'ky') },
  }),
  execa: execaExports,
  zx: zxExports,
  'zx/core': zxExports,
  'node-pty': { spawn: run({ policy: 'noOption', handle: true }) },
  '@modelcontextprotocol/sdk/client/index.js': MCP_V1_ELEMENT,
  '@modelcontextprotocol/sdk/client/index': MCP_V1_ELEMENT,
  '@modelcontextprotocol/sdk/client': MCP_V1_ELEMENT,
  '@modelcontextprotocol/client': { Client: { [CONSTRUCT]: maker(MCP_V2, index(1), 'mcp') } },
  'p-timeout': { [CALL]: { kind: 'wrapper' } },
};

const FETCH = run({ policy: 'fetch', slot: index(1) });

/** Globals that run tools, found whether or not the configuration declares them. */
const GLOBALS: TraceMap<TraceInfo> = {
  fetch: FETCH,
  globalThis: { fetch: FETCH },
  Bun: {
    spawn: run({ policy: 'bunSpawn', slot: objectOrSecond, handle: true }),
    spawnSync: run({ policy: 'bunSpawn', slot: objectOrSecond }),
    $: { [READ]: { kind: 'tag', api: { policy: 'noOption', handle: true }, family: undefined } },
  },
};

// ---------------------------------------------------------------------------------------------------------------
// How a call is judged.

/** A fix: the text to add, and where. */
type Edit =
  | { readonly kind: 'insertBound'; readonly text: string }
  | { readonly kind: 'replace'; readonly node: TSESTree.Node; readonly text: string };

interface Report {
  readonly messageId: Exclude<MessageId, 'addBound' | 'replaceBound' | 'passSignal'>;
  readonly data: Record<string, string>;
  readonly edit?: Edit;
}

type Outcome =
  | { readonly kind: 'bounded' }
  /** `signal`: bounded only by a signal from elsewhere (option `signalFromCaller: 'unknown'`). */
  | { readonly kind: 'unknown'; readonly reason: 'options' | 'signal' }
  /** Bounded by the library's own default: reported only in strict mode. */
  | { readonly kind: 'libraryDefault'; readonly duration: string }
  | { readonly kind: 'report'; readonly report: Report };

const BOUNDED: Outcome = { kind: 'bounded' };
const UNKNOWN: Outcome = { kind: 'unknown', reason: 'options' };
const UNKNOWN_SIGNAL: Outcome = { kind: 'unknown', reason: 'signal' };

/** A tool run found in the module, with the bounds its instance or the module already set. */
interface ToolRun {
  readonly node: TSESTree.CallExpression | TSESTree.TaggedTemplateExpression;
  readonly name: string;
  readonly api: ToolApi;
  readonly inherited: OptionsView;
  readonly policy: Policy;
}

function mergeViews(inherited: OptionsView, own: OptionsView): OptionsView {
  if (inherited.entries.size === 0 && !inherited.opaque) return own;
  return {
    entries: new Map([...inherited.entries, ...own.entries]),
    opaque: own.opaque || inherited.opaque,
    literal: own.literal,
  };
}

/** Whether `value` is the literal `expected` (`true`, `false`, `0`), through `as` and `!`. */
function isStatic(value: TSESTree.Node, expected: boolean | number): boolean {
  const expression = unwrapExpression(value);
  return expression.type === AST_NODE_TYPES.Literal && expression.value === expected;
}

function isInfinity(value: TSESTree.Node): boolean {
  const expression = unwrapExpression(value);
  return (
    (expression.type === AST_NODE_TYPES.Identifier && expression.name === 'Infinity') ||
    (expression.type === AST_NODE_TYPES.MemberExpression &&
      !expression.computed &&
      expression.object.type === AST_NODE_TYPES.Identifier &&
      expression.object.name === 'Number' &&
      expression.property.name === 'POSITIVE_INFINITY')
  );
}

function disables(disabler: Disabler, value: TSESTree.Node): boolean {
  switch (disabler) {
    case 'zero':
      return isStatic(value, 0);
    case 'false':
      return isStatic(value, false);
    case 'zeroOrInfinite':
      return isStatic(value, 0) || isInfinity(value);
  }
}

/** got's `timeout: { request: 5000 }`: bounded when some phase has a bound; a number makes got throw. */
function delaysVerdict(sourceCode: Readonly<TSESLint.SourceCode>, value: TSESTree.Node): ValueVerdict | 'number' {
  const expression = unwrapExpression(value);
  if (expression.type !== AST_NODE_TYPES.ObjectExpression) {
    const duration = durationVerdict(sourceCode, expression);
    const isNumber =
      (expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'number') ||
      expression.type === AST_NODE_TYPES.BinaryExpression;
    return isNumber ? 'number' : duration;
  }
  const phases = readOptions(sourceCode, expression);
  if (phases.opaque) return { verdict: 'unknown' };
  const verdicts = [...phases.entries.values()].map((entry) => durationVerdict(sourceCode, entry.value).verdict);
  if (verdicts.includes('bounded')) return { verdict: 'bounded' };
  return { verdict: 'unbounded', shown: sourceCode.getText(expression) };
}

// ---------------------------------------------------------------------------------------------------------------

/** What to do about a value that is no bound, by the kind of key. */
const VALUE_REMEDIES: Readonly<Record<KeyKind, string>> = {
  duration: 'use a positive number of milliseconds',
  signal: 'pass a signal that fires, such as `AbortSignal.timeout(ms)`',
  delays: 'give a phase such as `request` a positive number of milliseconds',
};

/** Names of variables that may hold a `Request` (with its own signal) rather than a URL. */
const REQUEST_NAME = /^req$|request$/iu;
const OPAQUE: OptionsView = { entries: new Map(), opaque: true, literal: undefined };

/** Keys that may carry a signal or a deadline to a project's tool inside another object. */
const CARRIER_KEY = /signal|abort|context|ctx|timeout|deadline/iu;
/** Keys that may carry an abort signal inside another object. */
const SIGNAL_CARRIER_KEY = /signal|abort|context|ctx/iu;
const DEFAULT_SIGNAL_PARAMETERS = ['abortSignal', 'signal'];
const WATCHDOG_ABORT = new Set(['abort'] as const);
const TIMEOUT_EVENT = new Set(['timeoutEvent'] as const);
const DESTROY_METHODS: ReadonlySet<string> = new Set(['destroy', 'abort']);
const UNREF: ReadonlySet<string> = new Set(['unref']);
const KILL_METHODS: ReadonlySet<string> = new Set(['kill', 'destroy', 'abort']);
/** APIs whose result is a process handle rather than a promise of the output: returning it hands it over. */
const HANDLE_POLICIES: ReadonlySet<PolicyName> = new Set(['childProcess', 'bunSpawn', 'noOption']);
/** Policies of APIs that run a child process: `stdio: 'inherit'` makes it interactive, bounded by its user. */
const PROCESS_POLICIES: ReadonlySet<PolicyName> = new Set([
  'childProcess',
  'childProcessSync',
  'execa',
  'execaSync',
  'bunSpawn',
]);

/** Whether `call` is followed by `.on(event, …)` or `.once(event, …)` on its result. */
function hasChainedListener(call: TSESTree.Node, event: string): boolean {
  const member = call.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== call || member.computed) return false;
  const listen = member.parent;
  const [name] = listen.type === AST_NODE_TYPES.CallExpression && listen.callee === member ? listen.arguments : [];
  return (
    (member.property.name === 'on' || member.property.name === 'once') &&
    name?.type === AST_NODE_TYPES.Literal &&
    name.value === event
  );
}

/** `stdio: 'inherit'` or `['inherit', 'inherit', 'inherit']`: the user sees the child and can interrupt it. */
function isInherit(value: TSESTree.Node): boolean {
  const expression = unwrapExpression(value);
  if (expression.type === AST_NODE_TYPES.Literal) return expression.value === 'inherit';
  return (
    expression.type === AST_NODE_TYPES.ArrayExpression &&
    expression.elements.length > 0 &&
    expression.elements.every((element) => element?.type === AST_NODE_TYPES.Literal && element.value === 'inherit')
  );
}

/** The ECMAScript version the file is parsed as, where the configuration says (`parserOptions` first). */
function configuredEcmaVersion(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): unknown {
  const languageOptions = context.languageOptions as
    { readonly ecmaVersion?: unknown; readonly parserOptions?: { readonly ecmaVersion?: unknown } } | undefined;
  return languageOptions?.parserOptions?.ecmaVersion ?? languageOptions?.ecmaVersion;
}

/** `30000` → `30_000`: numeric separators (ES2021) where the parser accepts them. */
function formatMs(ms: number, separators: boolean): string {
  const digits = String(ms);
  return separators && /^\d{5,}$/u.test(digits) ? digits.replace(/\B(?=(?:\d{3})+$)/gu, '_') : digits;
}

export default createRule<Options, MessageId>({
  name: 'require-timeout-on-tool',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a timeout or abort signal on tool runs: child processes, HTTP requests and MCP tool calls',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      missingTimeout: '`{{name}}()` runs without a deadline, so it can hang forever; {{remedy}}.',
      noBoundValue: '`{{key}}: {{value}}` sets no deadline, so `{{name}}()` can hang forever; {{remedy}}.',
      noBoundDefault:
        '`{{key}}: {{value}}` sets no deadline for the calls made through `{{name}}()`, so they can hang forever; {{remedy}}.',
      mcpTimeoutFiresAtOnce:
        "`timeout: {{value}}` does not turn off the MCP SDK's timeout: its timer fires at once, so `{{name}}()` fails immediately; use a finite positive number of milliseconds.",
      fetchIgnoresTimeout:
        '`{{name}}()` ignores `timeout`, so this request can still hang forever; pass `signal: AbortSignal.timeout(ms)` instead.',
      httpTimeoutOnlyEmits:
        "`{{name}}()` only emits a `'timeout'` event for `timeout` and never ends the request, so it can hang forever; pass `signal: AbortSignal.timeout(ms)` or destroy the request in a `'timeout'` handler.",
      syncIgnoresSignal:
        '`{{name}}()` ignores `signal` because it blocks until the child exits, so it can hang forever; pass `timeout` instead.',
      gotTimeoutNumber:
        '`{{name}}()` throws on a number `timeout` because got expects a deadline per phase; write `timeout: { request: {{value}} }`.',
      execaSignalRenamed:
        '`{{name}}()` throws on `signal` because execa 9 renamed the option to `cancelSignal`; rename the key to `cancelSignal`.',
      unboundedProgress:
        '`{{name}}()` restarts its timeout on every progress notification and has no `maxTotalTimeout`, so a server that keeps reporting progress keeps it running forever; add `maxTotalTimeout`.',
      noDeadlineApi: '`{{name}}()` has no timeout option, so it can hang forever; {{remedy}}.',
      signalDropped:
        '`{{name}}()` does not get the abort signal `{{signal}}` that this function receives, so cancelling leaves it running; add `{{pass}}` to its options.',
      unknownBound:
        '`{{name}}()` takes options the rule cannot read, so it may run without a deadline; pass the bound in an object literal at the call (option `strict`).',
      unknownSignal:
        '`{{name}}()` is bounded only by an abort signal from its caller, which may never fire; add a deadline with `AbortSignal.any([signal, AbortSignal.timeout(ms)])` (option `strict`).',
      implicitDefault:
        "`{{name}}()` relies on the library's default deadline of {{duration}} and gives its caller no way to cancel it; {{remedy}} explicitly (option `strict`).",
      addBound: 'Add `{{text}}`.',
      replaceBound: 'Replace with `{{text}}`.',
      passSignal: 'Pass `{{text}}`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          strict: {
            type: 'boolean',
            description:
              'Also report calls whose options the rule cannot read, and calls that rely on a library default deadline.',
          },
          signalFromCaller: {
            type: 'string',
            enum: ['bounded', 'unknown'],
            description:
              'Whether an abort signal the rule cannot trace to a timer (a parameter, a property) bounds the call.',
          },
          wrappers: {
            type: 'array',
            uniqueItems: true,
            items: { type: 'string', pattern: CALLEE_PATTERN_SOURCE },
            description:
              'Functions that put a deadline on the promise or function passed to them: `name`, `*.name` or `a.b.name`.',
          },
          tools: {
            type: 'array',
            description: "The project's own tool entry points, and the options that bound them.",
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['callee', 'argument', 'keys'],
              properties: {
                callee: {
                  type: 'string',
                  pattern: CALLEE_PATTERN_SOURCE,
                  description:
                    'In a `tools` entry: `name` (a plain call), `*.name` (that method on any receiver) or `a.b.name`.',
                },
                argument: {
                  type: 'integer',
                  minimum: 0,
                  description: 'In a `tools` entry: the zero-based index of the options argument.',
                },
                keys: {
                  type: 'array',
                  minItems: 1,
                  uniqueItems: true,
                  items: { type: 'string', minLength: 1 },
                  description: 'In a `tools` entry: the options that bound the call.',
                },
              },
            },
          },
          signalParameters: {
            type: 'array',
            uniqueItems: true,
            items: { type: 'string', minLength: 1 },
            description:
              'Parameter names (or destructured keys) through which a function receives an abort signal it must pass on.',
          },
          defaultTimeoutMs: {
            type: 'integer',
            minimum: 1,
            maximum: 2_147_483_647,
            description: 'The timeout, in milliseconds, that the suggestions insert.',
          },
          autofix: {
            type: 'boolean',
            description: 'Apply the suggestion as an autofix (for codemods: a deadline changes behaviour).',
          },
        },
      },
    ],
    defaultOptions: [
      {
        strict: false,
        signalFromCaller: 'bounded',
        signalParameters: DEFAULT_SIGNAL_PARAMETERS,
        defaultTimeoutMs: 30_000,
        autofix: false,
      },
    ],
  },
  create(context, [options]) {
    if (options.tools === undefined || options.tools.length === 0) return trackTools(context, options);
    // Project tools are found by callee, in every file: this configuration collects calls and gets its own tracker.
    const projectCalls: TSESTree.CallExpression[] = [];
    return {
      ...createTracker(SOURCES, lintWith(projectCalls))(context, options),
      CallExpression(node) {
        projectCalls.push(node);
      },
    };
  },
});

const SOURCES = { modules: MODULES, globals: GLOBALS };

/** What the tracker calls at the end of a file: the rule's work, where there is a tool run or a project tool call. */
const lintWith =
  (projectCalls: readonly TSESTree.CallExpression[]): OnProgramExit<TraceInfo, Options[0]> =>
  (context, references, options) => {
    if (references.length > 0 || projectCalls.length > 0) {
      lintFile(context as Readonly<TSESLint.RuleContext<MessageId, Options>>, options, references, projectCalls);
    }
  };

const trackTools = createTracker(SOURCES, lintWith([]));

/** Everything the rule does in a file that uses a traced module or global, or calls a project tool. */
function lintFile(
  context: Readonly<TSESLint.RuleContext<MessageId, Options>>,
  options: Options[0],
  references: readonly TrackedReference<TraceInfo>[],
  projectCalls: readonly TSESTree.CallExpression[],
): void {
  const { sourceCode } = context;
  const strict = options.strict === true;
  const autofix = options.autofix === true;
  const ecmaVersion = configuredEcmaVersion(context);
  const ms = formatMs(options.defaultTimeoutMs ?? 30_000, typeof ecmaVersion !== 'number' || ecmaVersion >= 2021);
  const signalContext: SignalContext = { sourceCode, callerSignal: options.signalFromCaller ?? 'bounded' };
  const wrapperPatterns: CalleePattern[] = (options.wrappers ?? []).map(parseCalleePattern);
  const toolPatterns = (options.tools ?? []).map((tool) => ({ ...tool, pattern: parseCalleePattern(tool.callee) }));
  const signalNames: ReadonlySet<string> = new Set(options.signalParameters ?? DEFAULT_SIGNAL_PARAMETERS);
  const memberCache: MemberUseCache = new Map();

  const wrapperCalls = new Set<TSESTree.Node>();
  const isWrapper = (call: TSESTree.CallExpression): boolean =>
    wrapperCalls.has(call) || wrapperPatterns.some((pattern) => matchesCallee(pattern, call.callee));

  const found = references;

  const boundText = (add: BoundText): string => {
    switch (add) {
      case 'timeout':
        return `timeout: ${ms}`;
      case 'signal':
        return `signal: AbortSignal.timeout(${ms})`;
      case 'gotTimeout':
        return `timeout: { request: ${ms} }`;
    }
  };

  const valueVerdict = (kind: KeyKind, entry: OptionEntry): ValueVerdict | 'number' =>
    kind === 'signal'
      ? signalVerdict(signalContext, entry.value)
      : kind === 'delays'
        ? delaysVerdict(sourceCode, entry.value)
        : durationVerdict(sourceCode, entry.value);

  /** The replacement text for a key whose value is no bound. */
  const replacementFor = (kind: KeyKind): string =>
    kind === 'signal' ? `AbortSignal.timeout(${ms})` : kind === 'delays' ? `{ request: ${ms} }` : ms;

  /** Replaces a property's value; a shorthand (`{ timeout }`) becomes `timeout: text`, as its key must stay. */
  const replaceValue = (property: TSESTree.Property, key: string, text: string): Edit =>
    property.shorthand
      ? { kind: 'replace', node: property, text: `${key}: ${text}` }
      : { kind: 'replace', node: property.value, text };

  /** The verdict of the options alone, before idioms such as watchdogs and races. */
  function judgeOptions(name: string, policy: Policy, view: OptionsView): Outcome {
    const data = { name, remedy: policy.remedy };
    const { entries } = view;
    const present = Object.keys(policy.keys).filter((key) => entries.has(key));
    const { libraryDefault } = policy;
    if (libraryDefault) {
      for (const [key, disabler] of Object.entries(libraryDefault.disablers)) {
        const entry = entries.get(key);
        if (entry && disables(disabler, entry.value)) {
          const edit = entry.property && replaceValue(entry.property, key, ms);
          const value = sourceCode.getText(entry.value);
          const messageId = libraryDefault.disabledMessage ?? 'noBoundValue';
          return { kind: 'report', report: { messageId, data: { ...data, key, value }, edit } };
        }
      }
      const reset = entries.get('resetTimeoutOnProgress');
      if (
        policy.progressReset === true &&
        reset &&
        isStatic(reset.value, true) &&
        !entries.has('maxTotalTimeout') &&
        !view.opaque
      ) {
        return {
          kind: 'report',
          report: {
            messageId: 'unboundedProgress',
            data,
            edit: { kind: 'insertBound', text: `maxTotalTimeout: ${ms}` },
          },
        };
      }
      if (present.length > 0) return BOUNDED;
      return view.opaque ? UNKNOWN : { kind: 'libraryDefault', duration: libraryDefault.duration };
    }
    let unbounded: Report | undefined;
    let unknown = false;
    let signalUnknown = false;
    for (const key of present) {
      const kind = policy.keys[key] ?? 'duration';
      const entry = entries.get(key);
      if (!entry) continue;
      const verdict = valueVerdict(kind, entry);
      if (verdict === 'number') {
        const value = sourceCode.getText(entry.value);
        const edit = entry.property && replaceValue(entry.property, key, `{ request: ${value} }`);
        unbounded ??= { messageId: 'gotTimeoutNumber', data: { ...data, value }, edit };
        continue;
      }
      if (verdict.verdict === 'bounded') return BOUNDED;
      if (verdict.verdict === 'unknown') {
        unknown = true;
        signalUnknown ||= kind === 'signal';
      } else {
        const edit = entry.property && replaceValue(entry.property, key, replacementFor(kind));
        const value = verdict.shown ?? sourceCode.getText(entry.value);
        unbounded ??= { messageId: 'noBoundValue', data: { name, key, value, remedy: VALUE_REMEDIES[kind] }, edit };
      }
    }
    if (unbounded?.messageId === 'gotTimeoutNumber') return { kind: 'report', report: unbounded };
    for (const [key, wrong] of Object.entries(policy.wrongKeys ?? {})) {
      const entry = entries.get(key);
      if (!entry) continue;
      if (wrong === 'unknown') {
        unknown = true;
        continue;
      }
      return { kind: 'report', report: { messageId: wrong, data, edit: wrongKeyEdit(wrong, entry, view, policy) } };
    }
    if (unknown || view.opaque) return signalUnknown && !view.opaque ? UNKNOWN_SIGNAL : UNKNOWN;
    if (unbounded) return { kind: 'report', report: unbounded };
    if (!policy.add) return { kind: 'report', report: { messageId: 'noDeadlineApi', data } };
    return {
      kind: 'report',
      report: { messageId: 'missingTimeout', data, edit: { kind: 'insertBound', text: boundText(policy.add) } },
    };
  }

  function wrongKeyEdit(wrong: WrongKey, entry: OptionEntry, view: OptionsView, policy: Policy): Edit | undefined {
    const { property } = entry;
    switch (wrong) {
      case 'fetchIgnoresTimeout': {
        if (!property || view.entries.has('signal')) return undefined;
        const duration =
          durationVerdict(sourceCode, entry.value).verdict === 'bounded' ? sourceCode.getText(entry.value) : ms;
        return { kind: 'replace', node: property, text: `signal: AbortSignal.timeout(${duration})` };
      }
      case 'httpTimeoutOnlyEmits': {
        const duration =
          durationVerdict(sourceCode, entry.value).verdict === 'bounded' ? sourceCode.getText(entry.value) : ms;
        return view.entries.has('signal')
          ? undefined
          : { kind: 'insertBound', text: `signal: AbortSignal.timeout(${duration})` };
      }
      case 'syncIgnoresSignal':
        return policy.add && { kind: 'insertBound', text: boundText(policy.add) };
      case 'execaSignalRenamed':
        if (!property || view.entries.has('cancelSignal')) return undefined;
        return property.shorthand
          ? { kind: 'replace', node: property, text: `cancelSignal: ${sourceCode.getText(property.value)}` }
          : { kind: 'replace', node: property.key, text: 'cancelSignal' };
      case 'unknown':
        return undefined;
    }
  }

  /** Idioms outside the options that bound a run: watchdogs, races, wrappers, long-lived children. */
  function boundedByIdiom(run: ToolRun, view: OptionsView, outcome: Outcome): Outcome | undefined {
    const uses = run.api.handle === true ? handleUses(sourceCode, run.node, memberCache) : [];
    const isHttpTimeout = outcome.kind === 'report' && outcome.report.messageId === 'httpTimeoutOnlyEmits';
    // `req.on('timeout', () => req.destroy())`, also after `req.setTimeout(ms, () => req.destroy())`.
    if (
      run.api.policy === 'http' &&
      uses.some((use) => isMethodCallOn(use, DESTROY_METHODS) && runsOnTrigger(sourceCode, use, TIMEOUT_EVENT))
    ) {
      return BOUNDED;
    }
    // `http.get(url, { timeout }, cb).on('timeout', function () { this.destroy() })`: a handler the rule does not read.
    if (isHttpTimeout && hasChainedListener(run.node, 'timeout')) return UNKNOWN;
    if (uses.length > 0 && hasWatchdog(sourceCode, uses)) return BOUNDED;
    // `spawn(…, { detached: true })` unref'd through its variable or right away (`spawn(…).unref()`).
    const detached = view.entries.get('detached');
    if (
      run.api.handle === true &&
      detached &&
      isStatic(detached.value, true) &&
      [run.node, ...uses].some((use) => isMethodCallOn(use, UNREF))
    ) {
      return BOUNDED;
    }
    const stdio = view.entries.get('stdio');
    if (stdio && PROCESS_POLICIES.has(run.api.policy) && isInherit(stdio.value)) return BOUNDED;
    if (run.api.policy === 'zx' && zxChainTimeout(run.node)) return BOUNDED;
    if (isRacedOrWrapped(sourceCode, run.node, isWrapper)) return BOUNDED;
    // A long-lived child that other code stops (`stop() { this.recorder.kill() }`), or a handle returned to the
    // caller (`return spawn(...)`): when it ends, the rule cannot tell.
    // A kill in the same function (an output cap in a 'data' listener) is no such owner.
    const owner = enclosingFunction(run.node);
    const killedElsewhere = uses.some((use) => isMethodCallOn(use, KILL_METHODS) && (!owner || !isWithin(use, owner)));
    if (killedElsewhere) return UNKNOWN;
    return run.api.handle === true && HANDLE_POLICIES.has(run.api.policy) && isReturned(run.node, uses)
      ? UNKNOWN
      : undefined;
  }

  /** zx: ``$`cmd`.nothrow().timeout('5s')``. */
  function zxChainTimeout(node: TSESTree.Node): boolean {
    let current = node;
    for (
      let parent = current.parent;
      parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === current;
      parent = current.parent
    ) {
      const call = parent.parent;
      if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) return false;
      // zx's own timer: a value the rule would call no bound may still kill at once, so any call counts.
      if (!parent.computed && parent.property.name === 'timeout') return call.arguments.length > 0;
      current = call;
    }
    return false;
  }

  /** signalDropped: the run sits in a function that receives an abort signal and does not pass it on. */
  function droppedSignal(run: ToolRun, view: OptionsView, location: OptionsLocation | undefined): Report | undefined {
    const { signalKey } = run.policy;
    if (signalKey === undefined || view.opaque || location?.kind === 'unknown') return undefined;
    const received = receivedSignal(run.node, signalNames);
    if (!received) return undefined;
    const signalKeys = Object.entries(run.policy.keys).filter(([, kind]) => kind === 'signal');
    if (signalKeys.some(([key]) => view.entries.has(key))) return undefined;
    const variable = findDeclared(received.binding);
    const [start, end] = run.node.range;
    if (variable?.references.some(({ identifier }) => identifier.range[0] >= start && identifier.range[1] <= end))
      return undefined;
    if (run.api.handle === true) {
      const uses = handleUses(sourceCode, run.node, memberCache);
      if (uses.some((use) => runsOnTrigger(sourceCode, use, WATCHDOG_ABORT))) return undefined;
    }
    const signal = received.binding.name;
    return {
      messageId: 'signalDropped',
      data: { name: run.name, signal, key: signalKey, pass: signal === signalKey ? signal : `${signalKey}: ${signal}` },
      edit: { kind: 'insertBound', text: signal === signalKey ? signal : `${signalKey}: ${signal}` },
    };
  }

  /** The variable a parameter declares (not a same-named one of an inner scope). */
  function findDeclared(binding: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
    for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(binding); scope; scope = scope.upper) {
      const variable = scope.set.get(binding.name);
      if (variable?.identifiers.includes(binding)) return variable;
    }
    return undefined;
  }

  /** The edit as a fix, or undefined where it cannot be made. */
  function applyEdit(
    edit: Edit,
    run: ToolRun,
    location: OptionsLocation | undefined,
    view: OptionsView,
  ): TSESLint.ReportFixFunction | undefined {
    if (edit.kind === 'replace') return (fixer) => fixer.replaceText(edit.node, edit.text);
    const { node } = run;
    if (node.type === AST_NODE_TYPES.TaggedTemplateExpression) {
      if (!run.api.factory && run.api.policy !== 'zx' && run.api.policy !== 'execa') return undefined;
      // A factory called at the tag (``$({ cwd })`cmd` ``): into its options rather than a second call.
      const tag = unwrapExpression(node.tag);
      const [factoryOptions] =
        tag.type === AST_NODE_TYPES.CallExpression && tag.arguments.length === 1 ? tag.arguments : [];
      if (factoryOptions?.type === AST_NODE_TYPES.ObjectExpression) {
        return (fixer) => insertProperty(fixer, sourceCode, factoryOptions, edit.text);
      }
      return (fixer) => fixer.insertTextAfter(node.tag, `({ ${edit.text} })`);
    }
    if (location?.kind === 'missing')
      return (fixer) => insertArgument(fixer, sourceCode, node, location.index, `{ ${edit.text} }`);
    if (location?.kind !== 'found') return undefined;
    if (view.literal) {
      const { literal } = view;
      return (fixer) => insertProperty(fixer, sourceCode, literal, edit.text);
    }
    const argument = unwrapExpression(location.node);
    if (argument.type !== AST_NODE_TYPES.Identifier && argument.type !== AST_NODE_TYPES.MemberExpression)
      return undefined;
    const original = location.node;
    return (fixer) => fixer.replaceText(original, `{ ...${sourceCode.getText(original)}, ${edit.text} }`);
  }

  function report(run: ToolRun, result: Report, location: OptionsLocation | undefined, view: OptionsView): void {
    const fix = result.edit && applyEdit(result.edit, run, location, view);
    const text = result.edit?.text ?? '';
    const suggestionId =
      result.messageId === 'signalDropped'
        ? 'passSignal'
        : result.edit?.kind === 'replace'
          ? 'replaceBound'
          : 'addBound';
    context.report({
      node: run.node,
      messageId: result.messageId,
      data: result.data,
      fix: autofix ? fix : undefined,
      suggest: !autofix && fix ? [{ messageId: suggestionId, data: { text }, fix }] : [],
    });
  }

  function judge(run: ToolRun): void {
    const { node, api, policy } = run;
    let location: OptionsLocation | undefined;
    let own = EMPTY_OPTIONS;
    if (node.type === AST_NODE_TYPES.CallExpression && api.slot) {
      location = locateOptions(sourceCode, node, api.slot);
      if (location.kind === 'found') own = readOptions(sourceCode, location.node);
    }
    const view = mergeViews(mergeViews(run.inherited, requestInit(run)), own);
    let outcome: Outcome = location?.kind === 'unknown' ? UNKNOWN : judgeOptions(run.name, policy, view);
    if (outcome.kind === 'report' || outcome.kind === 'unknown')
      outcome = boundedByIdiom(run, view, outcome) ?? outcome;
    const isWrongKey =
      outcome.kind === 'report' &&
      outcome.report.messageId !== 'missingTimeout' &&
      outcome.report.messageId !== 'noBoundValue';
    if (!isWrongKey) {
      const dropped = droppedSignal(run, view, location);
      if (dropped) {
        report(run, dropped, location, view);
        return;
      }
    }
    switch (outcome.kind) {
      case 'bounded':
        return;
      case 'unknown':
        if (strict) {
          const messageId = outcome.reason === 'signal' ? 'unknownSignal' : 'unknownBound';
          context.report({ node, messageId, data: { name: run.name } });
        }
        return;
      case 'libraryDefault':
        if (strict) {
          const remedy =
            policy.signalKey === undefined ? 'pass `timeout`' : `pass \`timeout\` or \`${policy.signalKey}\``;
          context.report({
            node,
            messageId: 'implicitDefault',
            data: { name: run.name, duration: outcome.duration, remedy },
          });
        }
        return;
      case 'report':
        report(run, outcome.report, location, view);
    }
  }

  /**
   * fetch's first argument may be a `Request` carrying the signal: `fetch(new Request(url, { signal }))`, also
   * through a `const`; a parameter named like a request (`req`, `request`, `apiRequest`) may be one: unknown.
   */
  function requestInit(run: ToolRun): OptionsView {
    const { node } = run;
    if (run.api.policy !== 'fetch' && run.api.policy !== 'nodeFetch') return EMPTY_OPTIONS;
    if (node.type !== AST_NODE_TYPES.CallExpression || !node.arguments[0]) return EMPTY_OPTIONS;
    let input = unwrapExpression(node.arguments[0]);
    if (input.type === AST_NODE_TYPES.Identifier) {
      if (REQUEST_NAME.test(input.name)) return OPAQUE;
      input = constantInit(sourceCode, input) ?? input;
    }
    if (
      input.type !== AST_NODE_TYPES.NewExpression ||
      input.callee.type !== AST_NODE_TYPES.Identifier ||
      input.callee.name !== 'Request'
    ) {
      return EMPTY_OPTIONS;
    }
    const [, init] = input.arguments;
    return init ? { ...readOptions(sourceCode, init), literal: undefined } : EMPTY_OPTIONS;
  }

  /** The runs an instance or a factory's result makes: `api.get()`, `client.callTool()`, ``run`cmd` ``. */
  function instanceRuns(makerNode: TSESTree.Node, family: Family, inherited: OptionsView, runs: ToolRun[]): void {
    const uses = [...handleUses(sourceCode, makerNode, memberCache), makerNode];
    let ownDefaults = inherited;
    for (const use of uses) {
      const assigned = assignedMember(use, ['defaults', 'timeout']);
      if (assigned)
        ownDefaults = mergeViews(ownDefaults, {
          entries: new Map([['timeout', { value: assigned, property: undefined }]]),
          opaque: false,
          literal: undefined,
        });
    }
    for (const use of uses) {
      const apiUse = apiUseOf(use);
      if (!apiUse) continue;
      const isTag = apiUse.node.type === AST_NODE_TYPES.TaggedTemplateExpression;
      const api = isTag && apiUse.member === '' ? family.tag : family.members[apiUse.member];
      if (!api) continue;
      const name = apiUse.member === '' ? family.name : `${family.name}.${apiUse.member}`;
      runs.push({ node: apiUse.node, name, api, inherited: ownDefaults, policy: POLICIES[api.policy] });
    }
  }

  function analyse(): void {
    const fileDefaults = new Map<Family, OptionsView>();
    const promisifiable = new Map<TSESTree.Node, Family>();
    for (const { node, info } of found) {
      if (info.kind === 'wrapper') wrapperCalls.add(node);
      if (info.kind === 'promisifiable') {
        for (const use of readUses(sourceCode, node)) promisifiable.set(use, info.makes);
      }
      if (info.kind === 'default') {
        const assigned = assignedMember(node, []);
        if (!assigned) continue;
        const previous = fileDefaults.get(info.family) ?? EMPTY_OPTIONS;
        fileDefaults.set(
          info.family,
          mergeViews(previous, {
            entries: new Map([[info.key, { value: assigned, property: undefined }]]),
            opaque: false,
            literal: undefined,
          }),
        );
      }
    }
    const inheritedOf = (family: Family | undefined): OptionsView =>
      (family && fileDefaults.get(family)) ?? EMPTY_OPTIONS;

    const runs: ToolRun[] = [];
    for (const { node, info, path } of found) {
      // `execa.execa` → `execa`: a module named after its main export.
      const name = (path[0] === path[1] ? path.slice(1) : path).join('.');
      switch (info.kind) {
        case 'run': {
          if (node.type !== AST_NODE_TYPES.CallExpression) break;
          const { api, family } = info;
          const isFactoryCall =
            api.factory === true &&
            node.arguments.length === 1 &&
            unwrapExpression(node.arguments[0] ?? node).type === AST_NODE_TYPES.ObjectExpression;
          if (isFactoryCall && family) {
            const configured = mergeViews(inheritedOf(family), readOptions(sourceCode, node.arguments[0] ?? node));
            instanceRuns(node, family, configured, runs);
            break;
          }
          if (api.factoryOnly === true) break;
          runs.push({ node, name, api, inherited: inheritedOf(family), policy: POLICIES[api.policy] });
          break;
        }
        case 'tag':
          for (const use of readUses(sourceCode, node)) {
            const apiUse = apiUseOf(use);
            if (apiUse?.member !== '' || apiUse.node.type !== AST_NODE_TYPES.TaggedTemplateExpression) continue;
            runs.push({
              node: apiUse.node,
              name,
              api: info.api,
              inherited: inheritedOf(info.family),
              policy: POLICIES[info.api.policy],
            });
          }
          break;
        case 'maker': {
          if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) break;
          const location =
            node.type === AST_NODE_TYPES.CallExpression ? locateOptions(sourceCode, node, info.slot) : undefined;
          const own = location?.kind === 'found' ? readOptions(sourceCode, location.node) : EMPTY_OPTIONS;
          const configured =
            node.type === AST_NODE_TYPES.NewExpression ? EMPTY_OPTIONS : mergeViews(inheritedOf(info.makes), own);
          if (node.type === AST_NODE_TYPES.CallExpression) judgeMaker(node, name, info.policy, configured, location);
          instanceRuns(node, info.makes, configured, runs);
          break;
        }
        case 'promisify': {
          if (node.type !== AST_NODE_TYPES.CallExpression) break;
          const [argument] = node.arguments;
          const family = argument && promisifiable.get(unwrapExpression(argument));
          if (family) instanceRuns(node, family, EMPTY_OPTIONS, runs);
          break;
        }
        default:
          break;
      }
    }
    for (const call of projectCalls) {
      for (const tool of toolPatterns) {
        if (!matchesCallee(tool.pattern, call.callee)) continue;
        const keys = Object.fromEntries(
          tool.keys.map((key): [string, KeyKind] => [key, /signal/iu.test(key) ? 'signal' : 'duration']),
        );
        const first = tool.keys[0] ?? 'timeout';
        const add = /signal/iu.test(first) ? `${first}: AbortSignal.timeout(${ms})` : `${first}: ${ms}`;
        const policy: Policy = {
          keys,
          add: 'timeout',
          signalKey: tool.keys.find((key) => /signal/iu.test(key)),
          remedy: `pass ${tool.keys.map((key) => `\`${key}\``).join(' or ')}`,
        };
        judgeProjectTool(call, sourceCode.getText(call.callee), policy, tool.argument, add);
        break;
      }
    }
    for (const run of runs) judge(run);
  }

  /** `axios.create({ timeout: 0 })`: the maker itself is reported only for a value that is no bound. */
  function judgeMaker(
    node: TSESTree.CallExpression,
    name: string,
    policyName: PolicyName,
    view: OptionsView,
    location: OptionsLocation | undefined,
  ): void {
    const outcome = judgeOptions(name, POLICIES[policyName], view);
    if (outcome.kind !== 'report') return;
    const { messageId } = outcome.report;
    if (messageId === 'missingTimeout' || messageId === 'noDeadlineApi' || messageId === 'unboundedProgress') return;
    if (messageId === 'mcpTimeoutFiresAtOnce') return;
    const makerRun: ToolRun = {
      node,
      name,
      api: { policy: policyName },
      inherited: EMPTY_OPTIONS,
      policy: POLICIES[policyName],
    };
    const result =
      messageId === 'noBoundValue' ? { ...outcome.report, messageId: 'noBoundDefault' as const } : outcome.report;
    report(makerRun, result, location, view);
  }

  function judgeProjectTool(
    call: TSESTree.CallExpression,
    name: string,
    policy: Policy,
    at: number,
    add: string,
  ): void {
    const location = locateOptions(sourceCode, call, index(at));
    const view = location.kind === 'found' ? readOptions(sourceCode, location.node) : EMPTY_OPTIONS;
    const run: ToolRun = {
      node: call,
      name,
      api: { policy: 'childProcess', slot: index(at) },
      inherited: EMPTY_OPTIONS,
      policy,
    };
    let outcome = location.kind === 'unknown' ? UNKNOWN : judgeOptions(name, policy, view);
    if (outcome.kind === 'report' && outcome.report.messageId === 'missingTimeout') {
      outcome = { kind: 'report', report: { ...outcome.report, edit: { kind: 'insertBound', text: add } } };
    }
    if (outcome.kind === 'report' && outcome.report.messageId === 'noDeadlineApi') return;
    // A signal or deadline carried inside another field (`{ context }`) may reach the tool: unknown, not unbounded.
    if (
      outcome.kind === 'report' &&
      outcome.report.messageId === 'missingTimeout' &&
      [...view.entries.keys()].some((key) => CARRIER_KEY.test(key))
    ) {
      outcome = UNKNOWN;
    }
    const carried = [...view.entries.keys()].some((key) => SIGNAL_CARRIER_KEY.test(key));
    const dropped = carried ? undefined : droppedSignal(run, view, location);
    if (dropped) {
      report(run, dropped, location, view);
      return;
    }
    if (outcome.kind !== 'bounded' && isRacedOrWrapped(sourceCode, call, isWrapper)) return;
    if (outcome.kind === 'report') report(run, outcome.report, location, view);
    else if (outcome.kind === 'unknown' && strict)
      context.report({ node: call, messageId: 'unknownBound', data: { name } });
  }

  analyse();
}
