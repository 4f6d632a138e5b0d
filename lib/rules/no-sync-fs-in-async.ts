import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { createRule } from '../util/createRule';
import { createTracker, type OnProgramExit, type TrackedReference } from '../util/trackReferences';
import { passedCallbacks, type PassedCallback } from './no-sync-fs-in-async-utils/callbackReferences';
import { isRebound } from './no-sync-fs-in-async-utils/calleeRewrite';
import { markCheckThenAct } from './no-sync-fs-in-async-utils/checkThenAct';
import { callbackLoopSuggestions } from './no-sync-fs-in-async-utils/callbackLoops';
import { classifyCall, createFileCheck, type FileState } from './no-sync-fs-in-async-utils/classifyCall';
import { callFixes, sharedBindingFix } from './no-sync-fs-in-async-utils/fixes';
import { reportHelperCalls } from './no-sync-fs-in-async-utils/helperReports';
import { reportImportedHelperCalls } from './no-sync-fs-in-async-utils/importedHelpers';
import { BUILTIN_TRACE_MAP, traceMapForFile } from './no-sync-fs-in-async-utils/traceMap';
import { withTypedFsCalls } from './no-sync-fs-in-async-utils/typedFsCalls';
import type { MessageId, Options, Outcome, SyncCall } from './no-sync-fs-in-async-utils/types';

export type { MessageId, Options } from './no-sync-fs-in-async-utils/types';

export default createRule<Options, MessageId>({
  name: 'no-sync-fs-in-async',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow synchronous filesystem calls while an async function runs',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      syncFsInAsync:
        '`{{name}}` blocks the event loop while this async function runs; use `await {{twin}}()` from `{{source}}`.',
      syncFsInCallback:
        '`{{name}}` blocks the event loop: this function runs at once inside an async function; make it async and use `await {{twin}}()` from `{{source}}` (with `Promise.all` or a `for…of` loop).',
      syncFsAsCallback:
        '`{{name}}` blocks the event loop: `{{method}}()` calls it at once inside an async function; call `await {{twin}}()` from `{{source}}` in a `for…of` loop (or with `Promise.all`) instead.',
      syncFsInParameter:
        '`{{name}}` blocks the event loop while this async function runs; move it from the parameter default into the body, where `await {{twin}}()` from `{{source}}` can replace it.',
      syncFsNotEquivalent:
        '`{{name}}` blocks the event loop while this async function runs; `{{twin}}()` from `{{source}}` is not a drop-in replacement, so check the suggested rewrite.',
      syncFsNeedsRewrite:
        '`{{name}}` blocks the event loop while this async function runs; `{{twin}}()` from `{{source}}` is not a drop-in replacement, so rewrite this call by hand.',
      syncFsDescriptor:
        '`{{name}}` blocks the event loop while this async function runs; `fs/promises` works on a `FileHandle` from `await open()` instead of a file descriptor, so move this code to the handle’s methods.',
      syncFsNoPromiseVersion:
        '`{{name}}` blocks the event loop while this async function runs, and `{{source}}` has no portable promise version of it; move it out of the async path.',
      syncCallInAsync:
        '`{{name}}` from `{{source}}` blocks the event loop while this async function runs; call its asynchronous version with `await`.',
      useAccess: 'Replace with `await access().then(() => true, () => false)`.',
      useRealpath: 'Replace with `await realpath()`, which resolves like `realpathSync.native()`.',
      useGlob: 'Replace with `await Array.fromAsync(glob())` (Node.js 22 and later).',
      useMkdtempDisposable: 'Replace with `await mkdtempDisposable()`, whose disposal is asynchronous (`await using`).',
      catchNoEntry: 'Replace with `await {{twin}}()` and turn a missing entry (ENOENT) into `undefined`.',
      usePromisesOfValue:
        'Replace with `await {{receiver}}.promises.{{twin}}()`, if this value’s `promises` is the same filesystem.',
      useTwinOfValue: 'Replace with `await {{receiver}}.{{twin}}()`, if this value’s `{{twin}}` is fs-extra’s.',
      syncFsCheckThenAct:
        '`{{name}}` blocks the event loop while this async function runs, and it acts on a path this function checked before with `{{related}}`: once both await, another caller can run between the check and this call, so convert them together and prefer an atomic form.',
      syncFsCheckBeforeAct:
        '`{{name}}` blocks the event loop while this async function runs, and this function then acts on the same path with `{{related}}`: once this check awaits, another caller can run between it and that call, so convert them together and prefer an atomic form.',
      awaitNotAtomic:
        'Replace with `await {{twin}}()`, accepting that the check and the call on the same path no longer run as one step.',
      writeExclusive:
        'Replace with `await writeFile()` with the flag `wx`, which fails with EEXIST rather than overwrite a file another caller created since the check.',
      mkdirIgnoreExists: 'Replace with `await mkdir()` that ignores EEXIST, as the check skipped a path that exists.',
      removeIgnoreMissing:
        'Replace with `await {{twin}}()` that ignores ENOENT, as the check skipped a path that is gone.',
      useForOfLoop:
        'Rewrite the `forEach` as a `for…of` loop that awaits each call in turn; other code can then run between the calls.',
      usePromiseAll:
        'Rewrite as `await Promise.all(….map(async …))`, which runs the reads at once (concurrently, results in order); one failed read no longer stops the others.',
      syncFsInHelper:
        '`{{helper}}()` uses the filesystem synchronously ({{chain}}, line {{line}}), blocking this async function; make it async and await it.',
      syncFsInHelperNoFix:
        '`{{helper}}()` uses the filesystem synchronously ({{chain}}, line {{line}}), blocking this async function; make it async and await it, with care: no fix is offered, as {{reason}}.',
      syncFsInImportedHelper:
        '`{{helper}}()` (from `{{source}}`) uses the filesystem synchronously ({{chain}}), blocking this async function; make it async and await it.',
      makeHelperAsync:
        'Make `{{helper}}()` and the sync helpers it calls async, convert their filesystem calls, and await them at every call.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          modules: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'More module names whose `*Sync` exports count, for in-house fs wrappers (report only).',
          },
          followCalls: {
            type: 'boolean',
            description:
              'Also report calls, in async code, of sync functions of the module that block on the filesystem.',
          },
          fixHelpers: {
            type: 'string',
            enum: ['suggestion', 'autofix'],
            description: 'How the fix that makes such a function async is offered: as a suggestion, or as an autofix.',
          },
          followImports: {
            type: 'boolean',
            description:
              'Also report calls, in async code, of imported functions that block on the filesystem in their module: from relative modules, and with type information also through path aliases and workspace packages.',
          },
        },
      },
    ],
    defaultOptions: [{ modules: [], followCalls: true, fixHelpers: 'suggestion', followImports: true }],
  },
  create(context, options) {
    const modules = traceMapForFile(context, options[0].modules ?? []);
    // The built-in modules share one tracker; the `modules` option's trace map depends on the file, so it gets its own.
    const startFile =
      modules === BUILTIN_TRACE_MAP
        ? trackBuiltins
        : createTracker({ modules, skipFileUnless: hasAsyncFunction }, onProgramExit);
    return startFile(context, options[0]);
  },
});

/** Every report is made while an async function runs: a file without one has nothing to report. */
function hasAsyncFunction(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return (
    sourceCode.scopeManager?.scopes.some(
      ({ type, block }) => (type as string) === 'function' && ASTUtils.isFunction(block) && block.async,
    ) ?? true
  );
}

function onProgramExit(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  tracked: readonly TrackedReference<SyncCall>[],
  options: Options[0],
): void {
  if (options.followImports !== false) reportImportedHelperCalls(context, new Set(tracked.map(({ node }) => node)));
  // With type information, the sync fs calls through values the tracker cannot see join its references.
  const references = withTypedFsCalls(context.sourceCode, tracked);
  // Most files name no fs module: their context is not read at all (see createRule's `create`).
  if (references.length === 0) return;
  // One state for the file's passes: where each call runs is asked once, and the descriptor flow is shared.
  const { sourceCode } = context;
  const file = createFileCheck(sourceCode, references);
  const inAsync = ({ node, kind }: TrackedReference<SyncCall>): boolean =>
    kind === 'call' && file.asyncContext(node).kind !== 'none';
  const ruleContext = context as Readonly<TSESLint.RuleContext<MessageId, Options>>;
  if (references.some(inAsync)) checkFile(ruleContext, file, references);
  reportPassedCallbacks(ruleContext, passedCallbacks(sourceCode, references, file.asyncContext));
  if (options.followCalls !== false)
    reportHelperCalls(ruleContext, file, references, options.fixHelpers ?? 'suggestion');
}

/** `files.forEach(fs.unlinkSync)` in async code: reported, never fixed (see passedCallbacks). */
function reportPassedCallbacks(
  context: Readonly<TSESLint.RuleContext<MessageId, Options>>,
  passed: readonly PassedCallback[],
): void {
  for (const { node, path, sync, method } of passed) {
    const { api, name } = sync;
    const [module = ''] = path;
    const source = !api || api.twinModule === 'same-module' ? module : 'fs/promises';
    const messageId: MessageId = !api
      ? 'syncCallInAsync'
      : api.fix === 'descriptor'
        ? 'syncFsDescriptor'
        : api.fix === 'none'
          ? 'syncFsNoPromiseVersion'
          : 'syncFsAsCallback';
    context.report({ node, messageId, data: { name, twin: api?.twin ?? '', source, method } });
  }
}

const trackBuiltins = createTracker(
  { modules: BUILTIN_TRACE_MAP, skipFileUnless: hasAsyncFunction },
  onProgramExit satisfies OnProgramExit<SyncCall, Options[0]>,
);

/** The message of each outcome. */
const MESSAGE: Readonly<Record<Outcome['kind'], MessageId>> = {
  unknownTwin: 'syncCallInAsync',
  descriptor: 'syncFsDescriptor',
  noPromiseVersion: 'syncFsNoPromiseVersion',
  inCallback: 'syncFsInCallback',
  inParameter: 'syncFsInParameter',
  dropIn: 'syncFsInAsync',
  suggested: 'syncFsNotEquivalent',
  rewriteByHand: 'syncFsNeedsRewrite',
  checkThenAct: 'syncFsCheckThenAct',
  checkBeforeAct: 'syncFsCheckBeforeAct',
};

/** Reports each blocking call of a file that uses a traced module; built only for such files. */
function checkFile(
  context: Readonly<TSESLint.RuleContext<MessageId, Options>>,
  file: FileState,
  references: readonly TrackedReference<SyncCall>[],
): void {
  const { sourceCode } = file;
  const calls = references.flatMap(({ node, path, kind, info }) =>
    kind === 'call' && node.type === AST_NODE_TYPES.CallExpression && !isRebound(file, node)
      ? [{ call: node, path, sync: info }]
      : [],
  );
  if (calls.length === 0) return;
  const decided = markCheckThenAct(
    file,
    calls.flatMap(({ call, path, sync }) => {
      const outcome = classifyCall(file, call, path, sync);
      return outcome ? [{ call, path, sync, outcome }] : [];
    }),
  );
  const shared = sharedBindingFix(
    sourceCode,
    decided.flatMap(({ call, outcome }) =>
      outcome.kind === 'dropIn' && outcome.autofix?.kind === 'binding' ? [{ call, rewrite: outcome.autofix }] : [],
    ),
  );
  const loops = callbackLoopSuggestions(file, decided);
  for (const { call, path, sync, outcome } of decided) {
    const { api, name } = sync;
    const [module = ''] = path;
    const source = !api || api.twinModule === 'same-module' ? module : 'fs/promises';
    const autofix = outcome.kind === 'dropIn' ? outcome.autofix : undefined;
    const memberFix =
      autofix?.kind === 'member'
        ? (fixer: TSESLint.RuleFixer) => callFixes(sourceCode, fixer, call, autofix, undefined)
        : undefined;
    // A value with only the module's type (`this.fs`): its `promises` at run time may not be the module's.
    const valueFix = memberFix && sync.byType === true ? valueSuggestion(sourceCode, call, sync, memberFix) : undefined;
    const fix = valueFix ? null : (memberFix ?? (autofix && shared.calls.has(call) ? shared.fix : null));
    context.report({
      node: call,
      messageId: MESSAGE[outcome.kind],
      data: { name, twin: api?.twin ?? '', source, related: 'related' in outcome ? outcome.related : '' },
      fix,
      suggest:
        outcome.kind === 'suggested'
          ? [outcome.suggest]
          : 'related' in outcome
            ? outcome.suggest
            : valueFix
              ? [valueFix]
              : (loops.get(call) ?? []),
    });
  }
}

/** The member rewrite of a call through a value typed as the module, as a suggestion that names the value. */
function valueSuggestion(
  sourceCode: Readonly<TSESLint.SourceCode>,
  call: TSESTree.CallExpression,
  { name, api }: SyncCall,
  fix: TSESLint.ReportFixFunction,
): TSESLint.SuggestionReportDescriptor<MessageId> | undefined {
  const { callee } = call;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || api == null) return undefined;
  // `this.fs.realpathSync.native(p)`: the value is the object of `realpathSync`.
  const member = name.includes('.') && callee.object.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee;
  const receiver = sourceCode.getText(member.object);
  const messageId = api.twinModule === 'same-module' ? 'useTwinOfValue' : 'usePromisesOfValue';
  return { messageId, data: { receiver, twin: api.twin }, fix };
}
