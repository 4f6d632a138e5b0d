import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { dotName } from '../util/ast';
import { getAsyncContext } from '../util/asyncContext';
import { createRule } from '../util/createRule';
import { insertAwait, type AwaitWrapping } from '../util/fix/insertAwait';
import { mergeFixes } from '../util/fix/mergeFixes';
import { findVariable } from '../util/scope';
import {
  CALL,
  createTracker,
  type OnProgramExit,
  type TraceMap,
  type TraceMapElement,
  type TrackedReference,
  withNodeProtocol,
} from '../util/trackReferences';
import { planBindings } from './no-sync-fs-in-async-utils/bindingPlan';
import type { BindingRequest, TwinModule } from './no-sync-fs-in-async-utils/types';

export type Options = [{ modules?: string[] }];
export type MessageId =
  | 'syncFsInAsync'
  | 'syncFsInCallback'
  | 'syncFsInParameter'
  | 'syncFsNotEquivalent'
  | 'syncFsNeedsRewrite'
  | 'syncFsDescriptor'
  | 'syncFsNoPromiseVersion'
  | 'syncCallInAsync'
  | 'useAccess'
  | 'useRealpath'
  | 'useGlob'
  | 'useMkdtempDisposable'
  | 'catchNoEntry';

/**
 * How a sync call becomes its promise version (see docs/rules/no-sync-fs-in-async.md, "Fix classes"):
 * - `exact`: the promise version takes the same arguments and gives the same result: autofix.
 * - `unlessDescriptor`: exact, but `fs/promises` rejects a numeric file descriptor: autofix unless the first
 *   argument looks like one (number literal, `fd`, `….fd`, or typed `number`), else report only.
 * - `unlessNoThrow`: exact, but the promise version ignores `throwIfNoEntry: false`: autofix without that
 *   option, a suggestion that turns ENOENT into `undefined` with it, report only when it cannot be read.
 * - `unlessRecursive`: exact, but with `recursive` the promise version lists in another order (Node.js 20):
 *   autofix without that option, else report only.
 * - `unlessQuiet`: exact, but with `throws: false` only the sync helper turns a missing file into `null`:
 *   autofix without that option, else report only.
 * - `existsIdiom`, `nativeRealpath`, `asyncIterator`, `asyncDisposable`: no drop-in twin, a suggestion each.
 * - `descriptor`: works on file descriptors, where `fs/promises` has `FileHandle` methods: report only.
 * - `none`: no promise version at all: report only.
 */
type FixClass =
  | 'exact'
  | 'unlessDescriptor'
  | 'unlessNoThrow'
  | 'unlessRecursive'
  | 'unlessQuiet'
  | 'existsIdiom'
  | 'nativeRealpath'
  | 'asyncIterator'
  | 'asyncDisposable'
  | 'descriptor'
  | 'none';

interface SyncApi {
  /** The promise version's name. */
  readonly twin: string;
  readonly fix: FixClass;
  /** Where the twin lives: `fs/promises`, or the module itself (fs-extra's helpers). */
  readonly twinModule: TwinModule;
}

const api = (twin: string, fix: FixClass = 'exact', twinModule: TwinModule = 'fs/promises'): SyncApi => ({
  twin,
  fix,
  twinModule,
});

/** Every `*Sync` export of `fs` in Node.js 20 to 24 and how it maps onto `fs/promises`. */
const FS_SYNC_APIS: Readonly<Record<string, SyncApi>> = {
  accessSync: api('access'),
  appendFileSync: api('appendFile', 'unlessDescriptor'),
  chmodSync: api('chmod'),
  chownSync: api('chown'),
  closeSync: api('close', 'descriptor'),
  copyFileSync: api('copyFile'),
  cpSync: api('cp'),
  existsSync: api('access', 'existsIdiom'),
  fchmodSync: api('chmod', 'descriptor'),
  fchownSync: api('chown', 'descriptor'),
  fdatasyncSync: api('datasync', 'descriptor'),
  fstatSync: api('stat', 'descriptor'),
  fsyncSync: api('sync', 'descriptor'),
  ftruncateSync: api('truncate', 'descriptor'),
  futimesSync: api('utimes', 'descriptor'),
  globSync: api('glob', 'asyncIterator'),
  lchmodSync: api('lchmod', 'none'), // macOS only, deprecated in fs/promises
  lchownSync: api('lchown'),
  linkSync: api('link'),
  lstatSync: api('lstat', 'unlessNoThrow'),
  lutimesSync: api('lutimes'),
  mkdirSync: api('mkdir'),
  mkdtempDisposableSync: api('mkdtempDisposable', 'asyncDisposable'),
  mkdtempSync: api('mkdtemp'),
  openSync: api('open', 'descriptor'), // a number there, a FileHandle here
  opendirSync: api('opendir'),
  readFileSync: api('readFile', 'unlessDescriptor'),
  readSync: api('read', 'descriptor'),
  readdirSync: api('readdir', 'unlessRecursive'),
  readlinkSync: api('readlink'),
  readvSync: api('readv', 'descriptor'),
  realpathSync: api('realpath', 'nativeRealpath'), // fs/promises resolves like realpathSync.native
  renameSync: api('rename'),
  rmSync: api('rm'),
  rmdirSync: api('rmdir'),
  statSync: api('stat', 'unlessNoThrow'),
  statfsSync: api('statfs'),
  symlinkSync: api('symlink'),
  truncateSync: api('truncate', 'unlessDescriptor'),
  unlinkSync: api('unlink'),
  utimesSync: api('utimes'),
  writeFileSync: api('writeFile', 'unlessDescriptor'),
  writeSync: api('write', 'descriptor'),
  writevSync: api('writev', 'descriptor'),
};

/** fs-extra's own helpers: each returns a promise when called without a callback. */
const FS_EXTRA_SYNC_APIS: Readonly<Record<string, SyncApi>> = {
  ...Object.fromEntries(
    [
      'copy',
      'createFile',
      'createLink',
      'createSymlink',
      'emptyDir',
      'emptydir',
      'ensureDir',
      'ensureFile',
      'ensureLink',
      'ensureSymlink',
      'mkdirp',
      'mkdirs',
      'move',
      'outputFile',
      'outputJSON',
      'outputJson',
      'pathExists',
      'remove',
      'writeJSON',
      'writeJson',
    ].map((twin) => [`${twin}Sync`, api(twin, 'exact', 'same-module')]),
  ),
  readJSONSync: api('readJSON', 'unlessQuiet', 'same-module'),
  readJsonSync: api('readJson', 'unlessQuiet', 'same-module'),
};

/** `realpathSync.native` is what `fs/promises` `realpath` does. */
const NATIVE_REALPATH = api('realpath');

interface SyncCall {
  /** The name in messages: `readFileSync`, `realpathSync.native`. */
  readonly name: string;
  /** Absent for `*Sync` exports of the `modules` option, whose promise versions are unknown. */
  readonly api: SyncApi | undefined;
  /** `readFileSync.call(…)` / `.apply(…)`: reported, never fixed. */
  readonly indirect: boolean;
}

function traceElement(name: string, syncApi: SyncApi | undefined): TraceMapElement<SyncCall> {
  const indirect: TraceMapElement<SyncCall> = { [CALL]: { name, api: syncApi, indirect: true } };
  const element: TraceMapElement<SyncCall> = {
    [CALL]: { name, api: syncApi, indirect: false },
    call: indirect,
    apply: indirect,
  };
  if (name !== 'realpathSync') return element;
  return { ...element, native: { [CALL]: { name: `${name}.native`, api: NATIVE_REALPATH, indirect: false } } };
}

const traceApis = (apis: Readonly<Record<string, SyncApi>>): Record<string, TraceMapElement<SyncCall>> =>
  Object.fromEntries(Object.entries(apis).map(([name, syncApi]) => [name, traceElement(name, syncApi)]));

const FS_ELEMENT = traceApis(FS_SYNC_APIS);

const MODULES: TraceMap<SyncCall> = {
  ...withNodeProtocol({ fs: FS_ELEMENT }),
  'graceful-fs': FS_ELEMENT,
  'fs-extra': { ...FS_ELEMENT, ...traceApis(FS_EXTRA_SYNC_APIS) },
};

const SYNC_SUFFIX = 'Sync';

/**
 * Trace maps need explicit export names; for the `modules` option those are the `*Sync` names the file
 * mentions at all (identifiers and string keys), read once from its tokens.
 */
function optionModules(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  modules: readonly string[],
): TraceMap<SyncCall> {
  if (modules.length === 0) return MODULES;
  const extra = modules.filter((module) => !Object.hasOwn(MODULES, module));
  if (extra.length === 0) return MODULES;
  const names = new Set<string>();
  for (const token of context.sourceCode.ast.tokens) {
    const isString = token.type === AST_TOKEN_TYPES.String;
    const text = isString ? token.value.slice(1, -1) : token.value;
    if ((isString || token.type === AST_TOKEN_TYPES.Identifier) && text.endsWith(SYNC_SUFFIX) && text !== SYNC_SUFFIX) {
      names.add(text);
    }
  }
  const element = Object.fromEntries([...names].map((name) => [name, traceElement(name, undefined)]));
  return { ...MODULES, ...Object.fromEntries(extra.map((module) => [module, element])) };
}

/** Names that hold a file descriptor by convention: `fd`, `outFd`, `fileDescriptor`, `process.stdout.fd`. */
const DESCRIPTOR_NAME = /^(?:fd|descriptor|fileDescriptor)$|(?:Fd|FD|Descriptor)$/u;

/** Whether a type annotation is or contains `number` (in a union or intersection, at any depth). */
function mentionsNumber(type: TSESTree.TypeNode): boolean {
  if (type.type === AST_NODE_TYPES.TSNumberKeyword) return true;
  if (type.type === AST_NODE_TYPES.TSLiteralType)
    return type.literal.type === AST_NODE_TYPES.Literal && typeof type.literal.value === 'number';
  if (type.type === AST_NODE_TYPES.TSUnionType || type.type === AST_NODE_TYPES.TSIntersectionType) {
    return type.types.some(mentionsNumber);
  }
  return false;
}

const hasSpread = (call: TSESTree.CallExpression): boolean =>
  call.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement);

/** A flag of the options argument, as far as it can be read: left out, a literal, or anything else. */
type FlagValue = 'absent' | 'true' | 'false' | 'unknown';

/** The option each conditional class depends on, and the value that keeps the promise version exact. */
const CONDITIONAL_FLAGS: Partial<Record<FixClass, { readonly flag: string; readonly exactWhen: FlagValue }>> = {
  unlessNoThrow: { flag: 'throwIfNoEntry', exactWhen: 'true' },
  unlessRecursive: { flag: 'recursive', exactWhen: 'false' },
  unlessQuiet: { flag: 'throws', exactWhen: 'true' },
};

function optionFlag(call: TSESTree.CallExpression, flag: string): FlagValue {
  const options = call.arguments[1];
  if (!options) return 'absent';
  if (options.type === AST_NODE_TYPES.Literal && typeof options.value === 'string') return 'absent'; // an encoding
  if (options.type !== AST_NODE_TYPES.ObjectExpression) return 'unknown';
  let value: FlagValue = 'absent';
  for (const property of options.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement || property.computed) return 'unknown';
    const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String(property.key.value);
    if (key !== flag) continue;
    const literal = property.value.type === AST_NODE_TYPES.Literal ? property.value.value : undefined;
    value = literal === true ? 'true' : literal === false ? 'false' : 'unknown';
  }
  return value;
}

/** The suffix that makes the promise version resolve to `undefined` where the sync call returned it. */
const CATCH_NO_ENTRY = ".catch((error) => (error?.code === 'ENOENT' ? undefined : Promise.reject(error)))";

/** `fs.readFileSync` → `fs.promises.readFile`: edits inside the callee only. */
interface MemberRewrite {
  readonly kind: 'member';
  readonly fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
}

/** `readFileSync` → `fsPromises.readFile`: the new callee text comes from the binding plan. */
interface BindingRewrite {
  readonly kind: 'binding';
  readonly request: BindingRequest;
  readonly range: TSESTree.Range;
}

/** How a call's callee turns into its promise version's. */
type CalleeRewrite = MemberRewrite | BindingRewrite;

const isOptional = (call: TSESTree.CallExpression): boolean =>
  call.optional || (call.callee.type === AST_NODE_TYPES.MemberExpression && call.callee.optional);

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
        },
      },
    ],
    defaultOptions: [{ modules: [] }],
  },
  create(context, options) {
    const modules = optionModules(context, options[0].modules ?? []);
    // The built-in modules share one tracker; the `modules` option's trace map depends on the file, so it gets its own.
    return (modules === MODULES ? trackBuiltins : createTracker({ modules, onlyIf: ASYNC_FUNCTION }, onProgramExit))(
      context,
      undefined,
    );
  },
});

const onProgramExit: OnProgramExit<SyncCall, undefined> = (context, references) => {
  // Most files name no fs module: their context is not read at all (see createRule's `create`).
  if (references.length === 0) return;
  // Most files that use fs make their sync calls outside async code: find that out before building the file's state.
  const { sourceCode } = context;
  const inAsync = ({ node, kind }: TrackedReference<SyncCall>): boolean =>
    kind === 'call' && getAsyncContext(sourceCode, node).kind !== 'none';
  if (references.some(inAsync)) lintFile(context as Readonly<TSESLint.RuleContext<MessageId, Options>>, references);
};

/** Every report is made while an async function runs: a file without one has nothing to report. */
const ASYNC_FUNCTION = (sourceCode: Readonly<TSESLint.SourceCode>): boolean =>
  sourceCode.scopeManager?.scopes.some(
    ({ type, block }) => (type as string) === 'function' && ASTUtils.isFunction(block) && block.async,
  ) ?? true;

const trackBuiltins = createTracker({ modules: MODULES, onlyIf: ASYNC_FUNCTION }, onProgramExit);

/** Everything the rule does in a file that uses a traced module: built only for such files. */
function lintFile(
  context: Readonly<TSESLint.RuleContext<MessageId, Options>>,
  references: readonly TrackedReference<SyncCall>[],
): void {
  const { sourceCode } = context;
  const services = sourceCode.parserServices;
  const checker = services?.program?.getTypeChecker();
  /** With type information, a first argument that may be a `number` is a descriptor whatever its name. */
  const isTypedNumber = (node: TSESTree.Node): boolean => {
    const tsNode = services?.esTreeNodeToTSNodeMap?.get(node);
    if (!checker || !tsNode) return false;
    const type = checker.getTypeAtLocation(tsNode);
    const parts = type.isUnion() ? type.types : [type];
    return parts.some((part) => checker.typeToString(checker.getBaseTypeOfLiteralType(part)) === 'number');
  };
  /** Without it, a variable or parameter whose own annotation mentions `number` (`source: number | string`). */
  const isAnnotatedNumber = (node: TSESTree.Node): boolean => {
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = findVariable(sourceCode, node);
    return (
      variable?.defs.some(({ name }) => {
        const annotation = name.type === AST_NODE_TYPES.Identifier ? name.typeAnnotation : undefined;
        return annotation !== undefined && mentionsNumber(annotation.typeAnnotation);
      }) ?? false
    );
  };
  /** `const handle = openSync(…)`: whatever its name, a variable initialised by `openSync` holds a descriptor. */
  const isOpenedDescriptor = (node: TSESTree.Node): boolean => {
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = findVariable(sourceCode, node);
    return (
      variable?.defs.some(
        ({ node: declarator }) =>
          declarator.type === AST_NODE_TYPES.VariableDeclarator &&
          declarator.init?.type === AST_NODE_TYPES.CallExpression &&
          dotName(declarator.init.callee) === 'openSync',
      ) ?? false
    );
  };
  const isDescriptorLike = (node: TSESTree.Node | undefined): boolean => {
    if (!node) return false;
    if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'number') return true;
    const name = dotName(node);
    return (
      (name !== undefined && DESCRIPTOR_NAME.test(name)) ||
      isOpenedDescriptor(node) ||
      isAnnotatedNumber(node) ||
      isTypedNumber(node)
    );
  };

  /** The edits that make the callee call `twin` instead, or `undefined` where that is not safe to do. */
  function calleeRewrite(
    call: TSESTree.CallExpression,
    path: readonly string[],
    syncApi: SyncApi,
  ): CalleeRewrite | undefined {
    const { callee } = call;
    const [module = ''] = path;
    const viaMember = path.length === 3; // realpathSync.native
    const bindingOf = (identifier: TSESTree.Identifier, range: TSESTree.Range): CalleeRewrite | undefined => {
      const variable = findVariable(sourceCode, identifier);
      if (!variable) return undefined;
      const request = { reference: identifier, variable, twinModule: syncApi.twinModule, module, twin: syncApi.twin };
      return { kind: 'binding', request, range };
    };
    if (callee.type === AST_NODE_TYPES.Identifier) return bindingOf(callee, callee.range);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const prefix = syncApi.twinModule === 'fs/promises' ? 'promises.' : '';
    if (viaMember) {
      if (callee.computed) return undefined;
      const { object } = callee;
      if (object.type === AST_NODE_TYPES.Identifier) {
        // The whole callee is replaced: a comment inside it would go too.
        return sourceCode.getCommentsInside(callee).length > 0 ? undefined : bindingOf(object, callee.range);
      }
      if (object.type !== AST_NODE_TYPES.MemberExpression || object.computed || object.optional) return undefined;
      // `(fs.realpathSync).native` → `(fs.promises.realpath)`: only `.native` goes, parentheses and comments stay.
      const dot = sourceCode.getTokenBefore(callee.property);
      if (!dot) return undefined;
      return {
        kind: 'member',
        fix: (fixer) => [
          fixer.replaceText(object.property, `${prefix}${syncApi.twin}`),
          fixer.removeRange([dot.range[0], callee.property.range[1]]),
        ],
      };
    }
    const { property } = callee;
    if (!callee.computed) {
      return { kind: 'member', fix: (fixer) => [fixer.replaceText(property, `${prefix}${syncApi.twin}`)] };
    }
    if (property.type !== AST_NODE_TYPES.Literal || typeof property.value !== 'string') return undefined;
    // `fs[('readFileSync')]`: the bracket, not the parenthesis, is where `.promises` goes.
    const bracket = sourceCode.getTokenBefore(property, { filter: (token) => token.value === '[' });
    const quote = property.raw.charAt(0);
    return {
      kind: 'member',
      fix: (fixer) => [
        ...(prefix && bracket ? [fixer.insertTextBefore(bracket, '.promises')] : []),
        fixer.replaceText(property, `${quote}${syncApi.twin}${quote}`),
      ],
    };
  }

  /** The whole conversion of one call: callee edits plus `await`, given the callee text for a binding. */
  function callFixes(
    fixer: TSESLint.RuleFixer,
    call: TSESTree.CallExpression,
    rewrite: CalleeRewrite,
    bindingCallee: string | undefined,
    wrapping: AwaitWrapping = {},
  ): TSESLint.RuleFix[] {
    const calleeFixes =
      rewrite.kind === 'member' ? rewrite.fix(fixer) : [fixer.replaceTextRange(rewrite.range, bindingCallee ?? '')];
    return [...insertAwait(fixer, sourceCode, call, wrapping), ...calleeFixes];
  }

  /**
   * One fix for every autofixable call through a named binding, plus the binding edits. Each such report
   * carries this same fix, so ESLint applies it once: a fix per call would need the same new import and
   * drop the same sync specifier, overlap, and take one `--fix` pass each.
   */
  function groupFixFor(members: readonly { call: TSESTree.CallExpression; rewrite: BindingRewrite }[]): {
    fix: TSESLint.ReportFixFunction;
    calls: ReadonlySet<TSESTree.CallExpression>;
  } {
    const plan = planBindings(
      sourceCode,
      members.map((member) => member.rewrite.request),
    );
    const planned = members.filter((member) => plan.callee.has(member.rewrite.request));
    let merged: TSESLint.RuleFix | null | undefined;
    const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix | null => {
      merged ??= mergeFixes(sourceCode.text, [
        ...planned.flatMap(({ call, rewrite }) => callFixes(fixer, call, rewrite, plan.callee.get(rewrite.request))),
        ...plan.fix(fixer),
      ]);
      return merged;
    };
    return { fix, calls: new Set(planned.map((member) => member.call)) };
  }

  /** A suggestion: the call rewritten with `wrapping`, plus any binding edits it needs on its own. */
  function suggestionFix(
    call: TSESTree.CallExpression,
    rewrite: CalleeRewrite,
    wrapping: AwaitWrapping,
    extra: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] = () => [],
  ): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
    if (rewrite.kind === 'member')
      return (fixer) => [...callFixes(fixer, call, rewrite, undefined, wrapping), ...extra(fixer)];
    const plan = planBindings(sourceCode, [rewrite.request]);
    const callee = plan.callee.get(rewrite.request);
    if (callee === undefined) return undefined;
    return (fixer) => [...callFixes(fixer, call, rewrite, callee, wrapping), ...extra(fixer), ...plan.fix(fixer)];
  }

  /**
   * The tracker follows a `let` or `var` even when it is assigned again later (`fs = memfs`); the callee's
   * binding could then be anything, so such calls are left alone.
   */
  const rebound = new Map<TSESLint.Scope.Variable, boolean>(); // once per variable: it may have thousands of reads
  const isRebound = (call: TSESTree.CallExpression): boolean => {
    let root: TSESTree.Node = call.callee;
    while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
    if (root.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = findVariable(sourceCode, root);
    if (!variable) return false;
    let isWritten = rebound.get(variable);
    if (isWritten === undefined) {
      isWritten = variable.references.some((reference) => reference.isWrite() && !reference.init);
      rebound.set(variable, isWritten);
    }
    return isWritten;
  };

  /** `enum E { A = f() }`: the initialiser runs while the async function does, but `await` is illegal there. */
  const isInEnum = (call: TSESTree.CallExpression): boolean => {
    const scope = sourceCode.getScope(call);
    for (
      let current: typeof scope | null = scope;
      current && current !== scope.variableScope;
      current = current.upper
    ) {
      if (current.block.type === AST_NODE_TYPES.TSEnumDeclaration) return true;
    }
    return false;
  };

  const found: { call: TSESTree.CallExpression; path: readonly string[]; sync: SyncCall }[] = [];
  for (const { node, path, kind, info } of references) {
    if (kind === 'call' && node.type === AST_NODE_TYPES.CallExpression && !isRebound(node)) {
      found.push({ call: node, path, sync: info });
    }
  }

  /** What to say about one call, and how it could be rewritten; `undefined` when it does not block. */
  function verdict(
    call: TSESTree.CallExpression,
    path: readonly string[],
    sync: SyncCall,
  ):
    | { messageId: MessageId; autofix?: CalleeRewrite; suggest?: TSESLint.SuggestionReportDescriptor<MessageId> }
    | undefined {
    const where = getAsyncContext(sourceCode, call);
    if (where.kind === 'none') return undefined;
    const syncApi = sync.api;
    if (!syncApi) return { messageId: 'syncCallInAsync' };
    // Report-only classes say why first: their advice holds in a callback too.
    if (syncApi.fix === 'descriptor' || (syncApi.fix === 'unlessDescriptor' && isDescriptorLike(call.arguments[0]))) {
      return { messageId: 'syncFsDescriptor' };
    }
    if (syncApi.fix === 'none') return { messageId: 'syncFsNoPromiseVersion' };
    if (where.kind === 'callback') return { messageId: 'syncFsInCallback' };
    if (where.kind === 'parameter') return { messageId: 'syncFsInParameter' };

    const rewrite =
      sync.indirect || isOptional(call) || hasSpread(call) || isInEnum(call)
        ? undefined
        : calleeRewrite(call, path, syncApi);
    const conditional = CONDITIONAL_FLAGS[syncApi.fix];
    const flag = conditional ? optionFlag(call, conditional.flag) : 'absent';
    const isExact = flag === 'absent' || flag === conditional?.exactWhen;
    const isDropIn = syncApi.fix === 'exact' || syncApi.fix === 'unlessDescriptor' || conditional !== undefined;
    if (isDropIn && isExact) return { messageId: 'syncFsInAsync', ...(rewrite ? { autofix: rewrite } : {}) };
    // Only `throwIfNoEntry: false` has a known rewrite; other flags, and values that cannot be read, are left as they are.
    if (isDropIn && !(syncApi.fix === 'unlessNoThrow' && flag === 'false')) return { messageId: 'syncFsInAsync' };
    const suggest = rewrite ? suggestFor(call, syncApi, rewrite) : undefined;
    return suggest ? { messageId: 'syncFsNotEquivalent', suggest } : { messageId: 'syncFsNeedsRewrite' };
  }

  function report(): void {
    if (found.length === 0) return;
    const decided = found.flatMap(({ call, path, sync }) => {
      const decision = verdict(call, path, sync);
      return decision ? [{ call, path, sync, ...decision }] : [];
    });
    const grouped = groupFixFor(
      decided.flatMap(({ call, autofix }) => (autofix?.kind === 'binding' ? [{ call, rewrite: autofix }] : [])),
    );
    for (const { call, path, sync, messageId, autofix, suggest } of decided) {
      const { api: syncApi, name } = sync;
      const [module = ''] = path;
      const source = !syncApi ? module : syncApi.twinModule === 'same-module' ? module : 'fs/promises';
      const fix =
        autofix?.kind === 'member'
          ? (fixer: TSESLint.RuleFixer) => callFixes(fixer, call, autofix, undefined)
          : autofix && grouped.calls.has(call)
            ? grouped.fix
            : null;
      context.report({
        node: call,
        messageId,
        data: { name, twin: syncApi?.twin ?? '', source },
        fix,
        suggest: suggest ? [suggest] : [],
      });
    }
  }

  function suggestFor(
    call: TSESTree.CallExpression,
    syncApi: SyncApi,
    rewrite: CalleeRewrite,
  ): TSESLint.SuggestionReportDescriptor<MessageId> | undefined {
    const suggestion = (
      messageId: MessageId,
      wrapping: AwaitWrapping,
      extra?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[],
    ): TSESLint.SuggestionReportDescriptor<MessageId> | undefined => {
      const fix = suggestionFix(call, rewrite, wrapping, extra);
      return fix ? { messageId, data: { twin: syncApi.twin }, fix } : undefined;
    };
    switch (syncApi.fix) {
      case 'existsIdiom':
        return suggestion('useAccess', { after: '.then(() => true, () => false)' });
      case 'nativeRealpath':
        return suggestion('useRealpath', {});
      case 'asyncIterator':
        return suggestion('useGlob', { before: 'Array.fromAsync(', after: ')' });
      case 'asyncDisposable':
        return suggestion('useMkdtempDisposable', {}, (fixer) => {
          const usingKeyword = usingDeclarationOf(call);
          return usingKeyword ? [fixer.insertTextBefore(usingKeyword, 'await ')] : [];
        });
      case 'unlessNoThrow':
        return suggestion('catchNoEntry', { after: CATCH_NO_ENTRY });
      default:
        return undefined;
    }
  }

  /** The `using` declaration that `call` initialises: it must become `await using` to dispose asynchronously. */
  function usingDeclarationOf(call: TSESTree.CallExpression): TSESTree.Node | undefined {
    const declarator = call.parent;
    if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== call) return undefined;
    return declarator.parent.kind === 'using' ? declarator.parent : undefined;
  }

  report();
}
