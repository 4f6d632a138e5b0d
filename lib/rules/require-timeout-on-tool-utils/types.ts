import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { SignalContext } from './boundValue';
import type { CalleePattern } from './calleePattern';
import type { LocalCommandsOption } from './localCommands';
import type { OptionsSlot, OptionsView } from './optionsArgument';
import type { MemberUseCache } from './handleUses';
import type { WrapperTest } from './racedOrWrapped';

// The rule's types, apart from the rule file so that its helpers never import it.

export type SourceCode = Readonly<TSESLint.SourceCode>;

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
    readonly localCommands?: LocalCommandsOption;
  },
];

export type MessageId =
  | 'missingTimeout'
  | 'noBoundValue'
  | 'noBoundDefault'
  | 'mcpTimeoutFiresAtOnce'
  | 'fetchIgnoresTimeout'
  | 'aiObjectIgnoresTimeout'
  | 'httpTimeoutOnlyEmits'
  | 'syncIgnoresSignal'
  | 'gotTimeoutNumber'
  | 'execaSignalRenamed'
  | 'unboundedProgress'
  | 'noDeadlineApi'
  | 'signalDropped'
  | 'unknownBound'
  | 'unknownSignal'
  | 'stepsUnbounded'
  | 'implicitDefault'
  | 'streamHeadersOnly'
  | 'failsAtOnce'
  | 'fractionalTimeout'
  | 'outOfRangeTimeout'
  | 'timerOverflow'
  | 'toolRunUnbounded'
  | 'defaultTimeoutOff'
  | 'addBound'
  | 'replaceBound'
  | 'passSignal';

/** How the value of a bounding key is judged. */
export type KeyKind = 'duration' | 'signal' | 'delays' | 'cancelToken';

/** What a fix inserts when a call has no bound. */
export type BoundText = 'timeout' | 'signal' | 'abortSignal' | 'gotTimeout';

/** A key that looks like a bound but is not one. */
export type MisleadingKey =
  /** fetch ignores `timeout`. */
  | 'ignoredByFetch'
  /** ai's `generateObject` and `streamObject` ignore `timeout`: only `abortSignal` bounds them. */
  | 'ignoredByAiObject'
  /** http's `timeout` only emits a `'timeout'` event. */
  | 'onlyEmitsEvent'
  /** A sync child process blocks, so it never sees its `signal`. */
  | 'ignoredWhileBlocking'
  /** execa 9 renamed `signal` to `cancelSignal` and throws on the old name. */
  | 'renamed'
  /** Obeyed by some versions of the library only: the rule cannot tell. */
  | 'versionDependent';

/**
 * What a misleading key does to a call: `ignored` (harmless beside a key that bounds the call), `throws` (the call
 * fails, whatever else bounds it), `versionDependent` (the rule cannot tell).
 */
export type KeyEffect = 'ignored' | 'throws' | 'versionDependent';

/** What undoes a library's default deadline. */
export type Disabler = 'zero' | 'false' | 'zeroOrInfinite';

/** How an API family is bounded: the keys it obeys, the keys that mislead, its own default. */
export interface BoundPolicy {
  /** The keys that bound a call, and how their values are judged. */
  readonly keys: Readonly<Record<string, KeyKind>>;
  /** Keys the API ignores, or that make it throw, though they look like a bound. */
  readonly misleadingKeys?: Readonly<Record<string, MisleadingKey>>;
  /** The library bounds the call by itself: its default, and the values that turn it off. */
  readonly libraryDefault?: {
    readonly duration: string;
    /** What sets the deadline explicitly, for `implicitDefault` (under `strict`): the keys this family obeys. */
    readonly explicit: string;
    readonly disablers: Readonly<Record<string, Disabler>>;
    /** A disabling value fires the library's timer at once instead of removing the deadline. */
    readonly disablerFiresAtOnce?: boolean;
    /**
     * The keys that bound the call by themselves, apart from the library's timer: they still bound it when a
     * disabler turns that timer off (ky `timeout: false`) or a progress reset keeps restarting it.
     */
    readonly independentKeys: readonly string[];
  };
  /**
   * MCP: `resetTimeoutOnProgress: true` restarts the timer on every progress notification; only a
   * `maxTotalTimeout` cap (or an independent key) then ends the call.
   */
  readonly progressReset?: boolean;
  /** The key an abort signal goes in, where the API takes one. */
  readonly signalKey?: string;
  /** What the suggestion inserts; none where no option can bound the call. */
  readonly add?: BoundText;
  /** What the message tells the user to do. */
  readonly remedy: string;
  /** `req.on('timeout', () => req.destroy())` ends the request. */
  readonly destroyedOnTimeoutEvent?: boolean;
  /** A `.timeout(d)` chained on the run bounds it (``$`cmd`.timeout('5s')``). */
  readonly chainedTimeout?: boolean;
  /** A tagged template takes options through a call at its tag (``$({ timeout })`cmd` ``). */
  readonly tagTakesOptions?: boolean;
  /** The first argument may be a `Request` that carries its own signal. */
  readonly requestInput?: boolean;
  /** The result is the process handle, not a promise of the output: returning it hands the child over. */
  readonly resultIsHandle?: boolean;
  /** It runs a child process: `stdio: 'inherit'` makes it interactive, bounded by its user. */
  readonly runsProcess?: boolean;
  /**
   * It runs the caller's own function (a LangChain tool): without a bound it hangs only if that function does, which
   * the runs inside it are judged for, so a missing bound is reported under `strict` only.
   */
  readonly runsCallerCode?: boolean;
  /**
   * A key that bounds only the wait for the response headers, not the stream that follows (the model clients'
   * `timeout` on a streaming call): beside it, as with the default, only a bounding key ends the stream.
   */
  readonly headersOnlyKey?: string;
  /**
   * The library's default is a deadline short enough (Playwright's and Puppeteer's 30 s) that `strict` does not ask
   * for it explicitly: a page's `setDefaultTimeout()` may set it anywhere, which the rule does not follow.
   */
  readonly defaultSuffices?: boolean;
  /**
   * The AI SDK's `timeout` may be an object, `{ totalMs, stepMs, chunkMs }` (aiTimeout.ts): `totalMs` bounds the run,
   * `stepMs` each step (how many, the caller's `stopWhen` decides), `chunkMs` the wait for a stream's next chunk, read
   * by a `stream` call only.
   */
  readonly timeoutObject?: 'generate' | 'stream';
  /** Keys whose non-positive or non-finite value makes the call fail at once (the SDK rejects it, or its timer fires). */
  readonly failsAtOnce?: Readonly<Record<string, string>>;
  /** Keys the API checks for an integer: a fraction (`1.5`) makes the call throw at once, as the text says. */
  readonly integerKeys?: Readonly<Record<string, string>>;
  /**
   * Keys the library hands to a Node timer (`setTimeout`, `AbortSignal.timeout()`), with what that timer does: a
   * delay past 2147483647 ms fires at once (TimeoutOverflowWarning) or throws, a negative one fires at once
   * (timerRange.ts).
   */
  readonly timerKeys?: Readonly<Record<string, string>>;
  /** Each attempt gets the whole deadline and a failed one is retried: the worst case is (retries + 1) × deadline. */
  readonly retries?: { readonly key: string; readonly default: number; readonly perAttemptMinutes: number };
}

/** One API of the catalog: how it is bounded, and where its options go. */
export interface ToolApi {
  readonly policy: BoundPolicy;
  /** Where the options argument goes; undefined where there is none. */
  readonly slot?: OptionsSlot;
  /** It returns a handle (a child process, a request) that a watchdog can kill. */
  readonly handle?: boolean;
  /** Called with an options object alone, it returns a preconfigured copy of itself (`execa({ timeout })`). */
  readonly factory?: boolean;
  /** A literal `key: true` in this argument makes the call stream its response, judged by `policy` instead. */
  readonly streamed?: { readonly argument: number; readonly key: string; readonly policy: BoundPolicy };
  /** It is only ever a factory or a tag, never a run by itself (zx `$`, `browser.newPage()`). */
  readonly factoryOnly?: boolean;
  /** Its result, awaited or not, is an instance whose calls the rule follows (`await chromium.launch()`). */
  readonly makes?: Family;
  /**
   * Its first argument is the instance's default for this key (`page.setDefaultTimeout(ms)`): judged as a value that
   * may turn the library's timer off, not as a run.
   */
  readonly setsDefault?: string;
  /** An AI SDK run: the steps it takes when `stopWhen` is not given (stepCount.ts). */
  readonly defaultSteps?: number;
  /** Whether `stopWhen: null` takes the default too (the agent reads `settings.stopWhen ?? default`). */
  readonly nullStopWhenIsDefault?: boolean;
}

/** An API with methods whose instances (`axios.create()`, `new Client()`) the rule follows in the module. */
export interface Family {
  readonly name: string;
  /** `''` is the value itself, called or used as a template tag. */
  readonly members: Readonly<Record<string, ToolApi>>;
  readonly tag?: ToolApi;
}

/**
 * Where an SDK's tool definition takes its implementation, and where that function receives the abort signal the SDK
 * aborts when the run is cancelled or the tool times out: `tool({ execute(input, { abortSignal }) })`.
 */
export interface ToolImplementation {
  /** The function is this argument of the definition call, or this key of an object literal there. */
  readonly argument: number;
  readonly key?: string;
  /** The parameter that holds the signal, and the signal's key in it (`{ abortSignal }`, `details.signal`). */
  readonly parameter: number;
  readonly signalKey: string;
  /** The SDK declares that parameter optional (`details?`): the signal is read as `details?.signal`. */
  readonly optionalParameter?: boolean;
}

/** What the tracker reports for each traced name. */
export type TraceInfo =
  /** A call that runs a tool. */
  | { readonly kind: 'run'; readonly api: ToolApi; readonly family: Family | undefined }
  /** A read of something used as a template tag (``execa`cmd` ``, ``Bun.$`cmd` ``). */
  | { readonly kind: 'tag'; readonly api: ToolApi; readonly family: Family | undefined }
  /** A call or `new` that makes an instance whose calls the rule follows. */
  | {
      readonly kind: 'factory';
      readonly makes: Family;
      readonly slot: OptionsSlot;
      readonly policy: BoundPolicy;
      /** For `new X(…)`: the index of the options its instance's calls inherit (`new OpenAI({ timeout })`). */
      readonly constructorAt?: number;
      /** Keys of those options the instance drops: its calls do not inherit them (the AI agent's `abortSignal`). */
      readonly droppedKeys?: readonly string[];
      /** The factory's argument is a tool implementation that receives an abort signal (LangChain's `tool(fn)`). */
      readonly implementation?: ToolImplementation;
    }
  /** A tool definition whose implementation receives an abort signal from the SDK (`tool({ execute })`). */
  | { readonly kind: 'toolDefinition'; readonly implementation: ToolImplementation }
  /** `axios.defaults.timeout = n`, `$.timeout = '5s'`: a bound for the whole module. */
  | { readonly kind: 'default'; readonly family: Family; readonly key: string }
  /** `util.promisify`, and the functions whose promisified form the rule follows. */
  | { readonly kind: 'promisify' }
  | { readonly kind: 'promisifiable'; readonly makes: Family }
  /** `pTimeout(promise, …)`: a deadline around a promise. */
  | { readonly kind: 'wrapper' };

/** A fix: the text to add, and where. */
export type Edit =
  | { readonly kind: 'insertBound'; readonly text: string }
  /** Inserts the abort signal the enclosing function receives. */
  | { readonly kind: 'passSignal'; readonly text: string }
  /** Inserts a property into an object the options hold (ai's `timeout: {}` gets a `totalMs`). */
  | { readonly kind: 'insertProperty'; readonly object: TSESTree.ObjectExpression; readonly text: string }
  | { readonly kind: 'replace'; readonly node: TSESTree.Node; readonly text: string };

/** What the rule reports about a call: the message, and the fix it offers. */
export interface Finding {
  readonly messageId: Exclude<MessageId, 'addBound' | 'replaceBound' | 'passSignal'>;
  readonly data: Record<string, string>;
  readonly edit?: Edit;
}

/** Why the options of a call set no deadline. */
export type Problem =
  | 'missingBound'
  | 'valueIsNoBound'
  | 'noDeadlineApi'
  | 'misleadingKey'
  | 'gotTimeoutNumber'
  | 'disablerFiresAtOnce'
  | 'failsAtOnce'
  | 'unboundedProgress';

export type Outcome =
  | { readonly kind: 'bounded' }
  /** `signal`: bounded only by a signal from elsewhere (option `signalFromCaller: 'unknown'`). */
  | { readonly kind: 'unknown'; readonly reason: 'options' | 'signal' | 'steps' }
  /** Bounded by the library's own default: reported only in strict mode. */
  | {
      readonly kind: 'libraryDefault';
      readonly duration: string;
      /** A stream: what bounds only its response headers (the default, or the key `headersOnlyKey`). */
      readonly headersOnly?: string;
    }
  | {
      readonly kind: 'unbounded';
      readonly problem: Problem;
      /** Which misleading key, for `problem: 'misleadingKey'`. */
      readonly misleading?: MisleadingKey;
      readonly finding: Finding;
    };

/** A tool run found in the module, with the bounds its instance or the module already set. */
export interface ToolRun {
  readonly node: TSESTree.CallExpression | TSESTree.TaggedTemplateExpression;
  readonly name: string;
  readonly api: ToolApi;
  readonly inherited: OptionsView;
}

/** A project tool (option `tools`) with its callee parsed and the policy its keys make. */
export interface ProjectTool {
  readonly pattern: CalleePattern;
  readonly argument: number;
  readonly policy: BoundPolicy;
  /** What the fix inserts: the first key with the default timeout. */
  readonly add: string;
}

/** What the collection of one file's runs needs: its source, the options as they apply to it, and its caches. */
export interface FileScan {
  readonly context: Readonly<TSESLint.RuleContext<MessageId, Options>>;
  readonly sourceCode: SourceCode;
  readonly strict: boolean;
  readonly autofix: boolean;
  /** The default timeout as a fix writes it (`30_000`). */
  readonly timeoutText: string;
  /** The longest delay a Node timer takes, as a fix writes it (`2_147_483_647`, or `2147483647` before ES2021). */
  readonly maxTimerText: string;
  readonly signalContext: SignalContext;
  /** The parameter names through which a function receives an abort signal (option `signalParameters`). */
  readonly signalNames: ReadonlySet<string>;
  readonly projectTools: readonly ProjectTool[];
  /** The command prefixes of option `localCommands` in force; none under `strict`. */
  readonly localCommands: readonly (readonly string[])[];
  readonly memberCache: MemberUseCache;
}

/** What the checks of one file share, once its runs are collected. */
export interface FileCheck extends FileScan {
  /** A call of a wrapper module (`p-timeout`) the tracker found, or of a configured wrapper (option `wrappers`). */
  readonly isWrapper: WrapperTest;
  /** The functions an SDK runs as tools (`tool({ execute })`), with where each receives its abort signal. */
  readonly toolImplementations: ReadonlyMap<TSESTree.Node, ToolImplementation>;
}
