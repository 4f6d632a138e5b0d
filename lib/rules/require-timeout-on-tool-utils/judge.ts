import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { unwrapExpression } from '../../util/ast';
import { constantInit } from '../../util/scope';
import { atIndex } from './catalog';
import { matchesCallee } from './calleePattern';
import type { FactoryCall } from './collectRuns';
import { fixFor, SUGGESTION_MESSAGES } from './edits';
import { judgeDefaultSetter } from './defaultSetter';
import { boundedByIdiom } from './idioms';
import { BOUNDED, judgeOptions, UNKNOWN } from './judgeOptions';
import {
  EMPTY_OPTIONS,
  locateOptions,
  mergeViews,
  OPAQUE_OPTIONS,
  type OptionsLocation,
  type OptionsView,
  readOptions,
} from './optionsArgument';
import { isLocalCommand } from './localCommands';
import { isRacedOrWrapped } from './racedOrWrapped';
import { fitRemedy } from './remedies';
import { droppedSignal } from './receivedSignal';
import { failingValue } from './failsAtOnce';
import { worstCase } from './retries';
import { knownStepCount } from './stepCount';
import type { FileCheck, Finding, Outcome, Problem, SourceCode, ToolApi, ToolRun } from './types';

// From a run's outcome to what the rule reports: the message, and the fix as an autofix or a suggestion.

/** Names of variables that may hold a `Request` (with its own signal) rather than a URL. */
const REQUEST_NAME = /^req$|request$/iu;
/** Keys that may carry a signal or a deadline to a project's tool inside another object. */
const CARRIER_KEY = /signal|abort|context|ctx|timeout|deadline/iu;
/** Keys that may carry an abort signal inside another object. */
const SIGNAL_CARRIER_KEY = /signal|abort|context|ctx/iu;
/** Problems a dropped signal is reported ahead of: the missing or void bound that passing the signal supplies. */
const MISSING_OR_NO_BOUND: ReadonlySet<Problem> = new Set(['missingBound', 'valueIsNoBound']);
/** Problems of a factory's options that only its runs are reported for. */
const REPORTED_AT_RUNS: ReadonlySet<Problem> = new Set([
  'missingBound',
  'noDeadlineApi',
  'unboundedProgress',
  'disablerFiresAtOnce',
]);

/** Where a run's options are, and what they say with what its instance or the module set. */
interface RunOptions {
  readonly location: OptionsLocation | undefined;
  readonly view: OptionsView;
}

function reportFinding(file: FileCheck, run: ToolRun, finding: Finding, options: RunOptions): void {
  const { edit } = finding;
  const fix = edit && fixFor(file.sourceCode, edit, run, options.location, options.view);
  const suggest = edit && fix ? [{ messageId: SUGGESTION_MESSAGES[edit.kind], data: { text: edit.text }, fix }] : [];
  file.context.report({
    node: run.node,
    messageId: finding.messageId,
    data: finding.data,
    fix: file.autofix ? fix : undefined,
    suggest: file.autofix ? [] : suggest,
  });
}

/** The `strict` message for a call whose bound the rule cannot judge, by why it cannot. */
const UNKNOWN_MESSAGES = {
  options: 'unknownBound',
  signal: 'unknownSignal',
  steps: 'stepsUnbounded',
} as const satisfies Record<Extract<Outcome, { kind: 'unknown' }>['reason'], Finding['messageId']>;

/** Reports the outcome, after a dropped signal where one may be looked for; the dispatch all runs share. */
function settle(file: FileCheck, run: ToolRun, outcome: Outcome, options: RunOptions, mayDropSignal: boolean): void {
  const dropped = mayDropSignal ? droppedSignal(file, run, options.view, options.location) : undefined;
  if (dropped) {
    reportFinding(file, run, dropped, options);
    return;
  }
  const { node, name } = run;
  switch (outcome.kind) {
    case 'bounded':
      return;
    case 'unknown':
      if (file.strict) {
        const messageId = UNKNOWN_MESSAGES[outcome.reason];
        file.context.report({ node, messageId, data: { name } });
      }
      return;
    case 'libraryDefault':
      if (run.api.policy.defaultSuffices === true) return;
      if (file.strict && outcome.headersOnly != null) {
        file.context.report({ node, messageId: 'streamHeadersOnly', data: { name, what: outcome.headersOnly } });
      } else if (file.strict) {
        const remedy = run.api.policy.libraryDefault?.explicit ?? 'pass a bound';
        const duration = worstCase(file.sourceCode, run.api.policy, options.view) ?? outcome.duration;
        file.context.report({ node, messageId: 'implicitDefault', data: { name, duration, remedy } });
      }
      return;
    case 'unbounded':
      reportFinding(file, run, outcome.finding, options);
  }
}

/**
 * fetch's first argument may be a `Request` carrying the signal: `fetch(new Request(url, { signal }))`, also
 * through a `const`; a parameter named like a request (`req`, `request`, `apiRequest`) may be one: unknown.
 */
function requestInit(file: FileCheck, run: ToolRun): OptionsView {
  const { node } = run;
  if (run.api.policy.requestInput !== true) return EMPTY_OPTIONS;
  if (node.type !== AST_NODE_TYPES.CallExpression || !node.arguments[0]) return EMPTY_OPTIONS;
  let input = unwrapExpression(node.arguments[0]);
  if (input.type === AST_NODE_TYPES.Identifier) {
    // The value first (`const request = new Request(url, init)` is read); the name only where there is none.
    const init = constantInit(file.sourceCode, input);
    if (!init && REQUEST_NAME.test(input.name)) return OPAQUE_OPTIONS;
    input = init ? unwrapExpression(init) : input;
  }
  if (
    input.type !== AST_NODE_TYPES.NewExpression ||
    input.callee.type !== AST_NODE_TYPES.Identifier ||
    input.callee.name !== 'Request'
  ) {
    return EMPTY_OPTIONS;
  }
  const [, init] = input.arguments;
  return init ? { ...readOptions(file.sourceCode, init), literal: undefined } : EMPTY_OPTIONS;
}

/** The API a call runs: a streaming one where a literal `stream: true` in its request asks for a stream. */
function streamedApi(sourceCode: SourceCode, run: ToolRun): ToolApi {
  const { node, api } = run;
  const { streamed } = api;
  if (streamed == null || node.type !== AST_NODE_TYPES.CallExpression) return api;
  const request = node.arguments[streamed.argument];
  if (request == null || request.type === AST_NODE_TYPES.SpreadElement) return api;
  const value = readOptions(sourceCode, request).entries.get(streamed.key)?.value;
  if (value == null) return api;
  const literal = unwrapExpression(value);
  const streams = literal.type === AST_NODE_TYPES.Literal && literal.value === true;
  return streams ? { ...api, policy: streamed.policy } : api;
}

/** A run of a catalog API: its options, then the idioms around it. */
export function judgeRun(file: FileCheck, original: ToolRun): void {
  if (original.api.setsDefault != null) {
    judgeDefaultSetter(file, original);
    return;
  }
  const run = { ...original, api: streamedApi(file.sourceCode, original) };
  const { node, api } = run;
  let location: OptionsLocation | undefined;
  let own = EMPTY_OPTIONS;
  if (node.type === AST_NODE_TYPES.CallExpression && api.slot) {
    location = locateOptions(file.sourceCode, node, api.slot);
    if (location.kind === 'found') own = readOptions(file.sourceCode, location.node);
  }
  const view = mergeViews(mergeViews(run.inherited, requestInit(file, run)), own);
  let outcome =
    location?.kind === 'unknown'
      ? UNKNOWN
      : (failingValue(file, run.name, api.policy, view) ?? judgeOptions(file, run.name, api.policy, view));
  // A race or a watchdog cannot save a call that fails at once.
  const failsAtOnce = outcome.kind === 'unbounded' && outcome.problem === 'failsAtOnce';
  if ((outcome.kind === 'unbounded' && !failsAtOnce) || outcome.kind === 'unknown')
    outcome = boundedByIdiom(file, run, view, outcome) ?? outcome;
  // `stepMs` with a step count the code fixes bounds the run at stepMs × steps.
  if (outcome.kind === 'unknown' && outcome.reason === 'steps' && knownStepCount(file.sourceCode, run, view) != null)
    outcome = BOUNDED;
  outcome = fitRemedy(file.sourceCode, run, view, outcome);
  if (api.policy.runsCallerCode === true && outcome.kind === 'unbounded' && outcome.problem === 'missingBound') {
    const finding: Finding = { ...outcome.finding, messageId: 'toolRunUnbounded' };
    outcome = file.strict ? { ...outcome, finding } : BOUNDED;
  }
  // A command that answers at once needs no deadline and nothing to cancel it; a key that breaks the call still does.
  const breaksCall = failsAtOnce || (outcome.kind === 'unbounded' && outcome.problem === 'misleadingKey');
  if (!breaksCall && isLocalCommand(file.sourceCode, run, file.localCommands)) return;
  const mayDropSignal = outcome.kind !== 'unbounded' || MISSING_OR_NO_BOUND.has(outcome.problem);
  settle(file, run, outcome, { location, view }, mayDropSignal);
}

/** `axios.create({ timeout: 0 })`: the factory itself is reported only for a value that is no bound. */
export function judgeFactory(file: FileCheck, factory: FactoryCall): void {
  const { node, name, policy, view, location } = factory;
  const outcome = judgeOptions(file, name, policy, view);
  if (outcome.kind !== 'unbounded' || REPORTED_AT_RUNS.has(outcome.problem)) return;
  const run: ToolRun = { node, name, api: { policy }, inherited: EMPTY_OPTIONS };
  const finding: Finding =
    outcome.problem === 'valueIsNoBound' ? { ...outcome.finding, messageId: 'noBoundDefault' } : outcome.finding;
  reportFinding(file, run, finding, { location, view });
}

/** A project's own tool (option `tools`), by its callee: its options only, then a race or a wrapper around it. */
export function judgeProjectCall(file: FileCheck, call: TSESTree.CallExpression): void {
  const tool = file.projectTools.find((candidate) => matchesCallee(candidate.pattern, call.callee));
  if (!tool) return;
  const { sourceCode } = file;
  const name = sourceCode.getText(call.callee);
  const { policy } = tool;
  const location = locateOptions(sourceCode, call, atIndex(tool.argument));
  const view = location.kind === 'found' ? readOptions(sourceCode, location.node) : EMPTY_OPTIONS;
  const run: ToolRun = { node: call, name, api: { policy, slot: atIndex(tool.argument) }, inherited: EMPTY_OPTIONS };
  let outcome = location.kind === 'unknown' ? UNKNOWN : judgeOptions(file, name, policy, view);
  if (outcome.kind === 'unbounded' && outcome.problem === 'noDeadlineApi') return;
  if (outcome.kind === 'unbounded' && outcome.problem === 'missingBound') {
    // A signal or deadline carried inside another field (`{ context }`) may reach the tool: unknown, not unbounded.
    outcome = [...view.entries.keys()].some((key) => CARRIER_KEY.test(key))
      ? UNKNOWN
      : { ...outcome, finding: { ...outcome.finding, edit: { kind: 'insertBound', text: tool.add } } };
  }
  // A project tool's unknown is always reported as `unknownBound`, whatever made it unknown.
  if (outcome.kind === 'unknown') outcome = UNKNOWN;
  if (outcome.kind !== 'bounded' && isRacedOrWrapped(sourceCode, call, file.isWrapper)) outcome = BOUNDED;
  const carried = [...view.entries.keys()].some((key) => SIGNAL_CARRIER_KEY.test(key));
  settle(file, run, outcome, { location, view }, !carried);
}
