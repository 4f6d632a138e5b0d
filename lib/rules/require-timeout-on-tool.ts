import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../util/createRule';
import { createTracker, type OnProgramExit } from '../util/trackReferences';
import { GLOBALS, MODULES } from './require-timeout-on-tool-utils/catalog';
import { CALLEE_PATTERN_SOURCE } from './require-timeout-on-tool-utils/calleePattern';
import { checkFile, DEFAULT_SIGNAL_PARAMETERS, DEFAULT_TIMEOUT_MS } from './require-timeout-on-tool-utils/checkFile';
import { LOCAL_COMMAND_PATTERN_SOURCE } from './require-timeout-on-tool-utils/localCommands';
import { mayCallCatalog, typesMayShowCalls } from './require-timeout-on-tool-utils/typedCallees';
import type { MessageId, Options, TraceInfo } from './require-timeout-on-tool-utils/types';

export type { MessageId, Options, ToolOption } from './require-timeout-on-tool-utils/types';

const SOURCES = { modules: MODULES, globals: GLOBALS };

/** What the tracker calls at the end of a file: the rule's work, where there is a tool run or a call to look at. */
const checkFileWith =
  (
    projectCalls: readonly TSESTree.CallExpression[],
    typedCalls: readonly TSESTree.CallExpression[] = [],
  ): OnProgramExit<TraceInfo, Options[0]> =>
  (context, references, options) => {
    if (references.length > 0 || projectCalls.length > 0 || typedCalls.length > 0) {
      const ruleContext = context as Readonly<TSESLint.RuleContext<MessageId, Options>>;
      checkFile(ruleContext, options, references, projectCalls, typedCalls);
    }
  };

const trackTools = createTracker(SOURCES, checkFileWith([]));

export default createRule<Options, MessageId>({
  name: 'require-timeout-on-tool',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a timeout or abort signal on tool runs: child processes, HTTP requests and MCP tool calls',
      recommended: true,
    },
    fixable: 'code',
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- the suggestions are made in judge.ts
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
      aiObjectIgnoresTimeout:
        '`{{name}}()` ignores `timeout` (only `abortSignal` bounds it), so it can still hang forever; pass `abortSignal: AbortSignal.timeout(ms)` instead.',
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
      stepsUnbounded:
        '`{{name}}()` bounds each step with `stepMs`, but the code does not fix how many steps `stopWhen` allows, so nothing bounds the run as a whole; add `totalMs` to its `timeout` (option `strict`).',
      implicitDefault:
        "`{{name}}()` relies on the library's default deadline of {{duration}} and gives its caller no way to cancel it; {{remedy}} explicitly (option `strict`).",
      streamHeadersOnly:
        '`{{name}}()` streams its response, and {{what}} bounds only the wait for the response headers: the stream can hang forever and its caller has no way to cancel it; pass `signal: AbortSignal.timeout(ms)` (option `strict`).',
      failsAtOnce:
        '`{{key}}: {{value}}` does not turn off the timeout of `{{name}}()` but makes it fail at once, as {{effect}}; use a positive number of milliseconds.',
      fractionalTimeout:
        '`{{key}}: {{value}}` makes `{{name}}()` fail at once, as {{effect}}; use a whole number of milliseconds.',
      outOfRangeTimeout:
        '`{{key}}: {{value}}` does not turn off the timeout of `{{name}}()` but makes it fail at once, as {{effect}}; use a positive whole number of milliseconds.',
      timerOverflow:
        "`{{key}}: {{value}}` is longer than Node's timers take (2147483647 ms, about 24.8 days), so {{effect}} and `{{name}}()` fails at once; use at most `{{max}}`.",
      toolRunUnbounded:
        '`{{name}}()` runs a tool with no deadline, so it hangs as long as the tool does; {{remedy}} (option `strict`).',
      defaultTimeoutOff:
        '`{{name}}({{value}})` turns off a default timeout, so every call made through it that relies on that default can hang forever; use a positive number of milliseconds.',
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
          localCommands: {
            type: 'object',
            additionalProperties: false,
            description:
              'Literal commands of local, read-only programs that answer at once, left unreported (not under `strict`).',
            properties: {
              builtIn: {
                type: 'boolean',
                description:
                  'In `localCommands`: keep the built-in set (`which`, `git rev-parse`, …), `true` by default; `false` empties it.',
              },
              add: {
                type: 'array',
                uniqueItems: true,
                items: { type: 'string', pattern: LOCAL_COMMAND_PATTERN_SOURCE },
                description:
                  'In `localCommands`: more command prefixes, a program and its first literal arguments (`uname`, `git ls-files`).',
              },
            },
          },
        },
      },
    ],
    defaultOptions: [
      {
        strict: false,
        signalFromCaller: 'bounded',
        signalParameters: DEFAULT_SIGNAL_PARAMETERS,
        defaultTimeoutMs: DEFAULT_TIMEOUT_MS,
        autofix: false,
      },
    ],
  },
  create(context, [options]) {
    const hasTools = options.tools != null && options.tools.length > 0;
    const typed = typesMayShowCalls(context.sourceCode);
    if (!hasTools && !typed) return trackTools(context, options);
    // Project tools are found by callee in every file, and with type information the calls the checker may resolve
    // to a catalog API, in files that reach a catalog module: these collect calls, and get their own tracker.
    const projectCalls: TSESTree.CallExpression[] = [];
    const typedCalls: TSESTree.CallExpression[] = [];
    return {
      ...createTracker(SOURCES, checkFileWith(projectCalls, typedCalls))(context, options),
      CallExpression(node) {
        if (hasTools) projectCalls.push(node);
        if (typed && mayCallCatalog(node)) typedCalls.push(node);
      },
    };
  },
});
