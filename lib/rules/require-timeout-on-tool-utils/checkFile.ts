import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { TrackedReference } from '../../util/trackReferences';
import { matchesCallee, parseCalleePattern } from './calleePattern';
import { collectRuns } from './collectRuns';
import { configuredEcmaVersion, formatMs } from './edits';
import { judgeFactory, judgeProjectCall, judgeRun } from './judge';
import { localCommandPrefixes } from './localCommands';
import { MAX_TIMER_MS } from './timerRange';
import { toolImplementations } from './toolImplementations';
import type {
  BoundPolicy,
  FileCheck,
  FileScan,
  KeyKind,
  MessageId,
  Options,
  ProjectTool,
  ToolOption,
  TraceInfo,
} from './types';

// The rule's work in one file: what it shares, then the factory calls, the project tools and the runs, in that order.

export const DEFAULT_SIGNAL_PARAMETERS = ['abortSignal', 'signal'];
export const DEFAULT_TIMEOUT_MS = 30_000;

/** A `tools` entry as a policy: keys named like a signal take a signal, the others a duration. */
function projectTool(tool: ToolOption, timeoutText: string): ProjectTool {
  const keys = Object.fromEntries(
    tool.keys.map((key): [string, KeyKind] => [key, /signal/iu.test(key) ? 'signal' : 'duration']),
  );
  const first = tool.keys[0] ?? 'timeout';
  const add = /signal/iu.test(first) ? `${first}: AbortSignal.timeout(${timeoutText})` : `${first}: ${timeoutText}`;
  const policy: BoundPolicy = {
    keys,
    add: 'timeout',
    signalKey: tool.keys.find((key) => /signal/iu.test(key)),
    remedy: `pass ${tool.keys.map((key) => `\`${key}\``).join(' or ')}`,
  };
  return { pattern: parseCalleePattern(tool.callee), argument: tool.argument, policy, add };
}

/** What the rule's work in a file shares, under `options` (the audit's tool-run census reads it with none). */
export function fileScan(context: Readonly<TSESLint.RuleContext<MessageId, Options>>, options: Options[0]): FileScan {
  const { sourceCode } = context;
  const ecmaVersion = configuredEcmaVersion(context);
  const separators = typeof ecmaVersion !== 'number' || ecmaVersion >= 2021;
  const timeoutText = formatMs(options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS, separators);
  return {
    context,
    sourceCode,
    strict: options.strict === true,
    autofix: options.autofix === true,
    timeoutText,
    maxTimerText: formatMs(MAX_TIMER_MS, separators),
    signalContext: { sourceCode, callerSignal: options.signalFromCaller ?? 'bounded' },
    signalNames: new Set(options.signalParameters ?? DEFAULT_SIGNAL_PARAMETERS),
    projectTools: (options.tools ?? []).map((tool) => projectTool(tool, timeoutText)),
    localCommands: options.strict === true ? [] : localCommandPrefixes(options.localCommands),
    memberCache: new Map(),
  };
}

/**
 * Everything the rule does in a file that uses a traced module or global, calls a project tool, or (with type
 * information) makes calls the checker may resolve to a catalog API.
 */
export function checkFile(
  context: Readonly<TSESLint.RuleContext<MessageId, Options>>,
  options: Options[0],
  references: readonly TrackedReference<TraceInfo>[],
  projectCalls: readonly TSESTree.CallExpression[],
  typedCalls: readonly TSESTree.CallExpression[] = [],
): void {
  const scan = fileScan(context, options);
  const { runs, factories, wrapperCalls } = collectRuns(scan, references, typedCalls);
  const wrapperPatterns = (options.wrappers ?? []).map(parseCalleePattern);
  const file: FileCheck = {
    ...scan,
    isWrapper: (call) =>
      wrapperCalls.has(call) || wrapperPatterns.some((pattern) => matchesCallee(pattern, call.callee)),
    toolImplementations: toolImplementations(scan.sourceCode, references),
  };
  for (const factory of factories) judgeFactory(file, factory);
  for (const call of projectCalls) judgeProjectCall(file, call);
  for (const run of runs) judgeRun(file, run);
}
