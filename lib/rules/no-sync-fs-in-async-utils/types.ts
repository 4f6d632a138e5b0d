import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { AwaitWrapping } from '../../util/fix/insertAwait';
import type { DescriptorFlow } from './descriptorFlow';

/** How the fix of a blocking helper's chain is offered. */
export type FixHelpers = 'suggestion' | 'autofix';
export type Options = [{ modules?: string[]; followCalls?: boolean; fixHelpers?: FixHelpers; followImports?: boolean }];
export type MessageId =
  | 'syncFsInAsync'
  | 'syncFsInImportedHelper'
  | 'syncFsInCallback'
  | 'syncFsAsCallback'
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
  | 'catchNoEntry'
  | 'usePromisesOfValue'
  | 'useTwinOfValue'
  | 'syncFsCheckThenAct'
  | 'syncFsCheckBeforeAct'
  | 'awaitNotAtomic'
  | 'writeExclusive'
  | 'mkdirIgnoreExists'
  | 'removeIgnoreMissing'
  | 'useForOfLoop'
  | 'usePromiseAll'
  | 'syncFsInHelper'
  | 'syncFsInHelperNoFix'
  | 'makeHelperAsync';

/**
 * Where a promise version lives: in `fs/promises` (reached as `fsp.x` or `fs.promises.x`), or on the module
 * itself (fs-extra's own helpers: `fse.readJson`, which return a promise when given no callback).
 */
export type TwinModule = 'fs/promises' | 'same-module';

/**
 * How a sync call becomes its promise version (see docs/rules/no-sync-fs-in-async.md, "Fix classes"):
 * - `exact`: the promise version takes the same arguments and gives the same result: autofix.
 * - `exactUnlessFd`: exact, but `fs/promises` rejects a numeric file descriptor: autofix unless the first
 *   argument looks like one (number literal, `fd`, `….fd`, or typed `number`), else report only.
 * - `exactUnlessThrowIfNoEntryFalse`, `exactUnlessRecursive`, `exactUnlessThrowsFalse`: exact unless the row's
 *   `flag` says otherwise: autofix without that option, else the row's suggestion or report only.
 * - `noDropIn`: no drop-in twin, the row's suggestion only.
 * - `descriptor`: works on file descriptors, where `fs/promises` has `FileHandle` methods: report only.
 * - `none`: no promise version at all: report only.
 */
export type FixClass =
  | 'exact'
  | 'exactUnlessFd'
  | 'exactUnlessThrowIfNoEntryFalse'
  | 'exactUnlessRecursive'
  | 'exactUnlessThrowsFalse'
  | 'noDropIn'
  | 'descriptor'
  | 'none';

/** A suggested rewrite for a call whose twin is not a drop-in replacement. */
export type SuggestionKind = 'accessAsBoolean' | 'nativeRealpath' | 'arrayFromAsync' | 'awaitUsing' | 'catchNoEntry';

/** What a suggestion kind says and does. */
export interface Suggestion {
  readonly messageId: MessageId;
  /** Text around the awaited call. */
  readonly wrapping: AwaitWrapping;
  /** `using x = f()` must become `await using`: the twin's disposal is asynchronous. */
  readonly awaitsUsing?: true;
}

/** A flag of the options argument, as far as it can be read: left out, a literal, or anything else. */
export type FlagValue = 'absent' | 'true' | 'false' | 'unknown';

/** The option a conditional class depends on, and the literal value that keeps the promise version exact. */
export interface ConditionalFlag {
  readonly name: string;
  readonly exactWhen: 'true' | 'false';
}

interface Twin {
  /** The promise version's name. */
  readonly twin: string;
  readonly twinModule: TwinModule;
  /** Where the API exists when not everywhere (`Node.js 22+`), for the docs. */
  readonly availability?: string;
}

/** One row of the data module: everything the rule knows about one sync API. */
export type SyncApi = Twin &
  (
    | {
        readonly fix: 'exact' | 'exactUnlessFd' | 'descriptor' | 'none';
        readonly flag?: never;
        readonly suggestion?: never;
      }
    | {
        readonly fix: 'exactUnlessThrowIfNoEntryFalse' | 'exactUnlessRecursive' | 'exactUnlessThrowsFalse';
        readonly flag: ConditionalFlag;
        /** Offered when the flag holds the literal that makes the twin differ. */
        readonly suggestion?: SuggestionKind;
      }
    | { readonly fix: 'noDropIn'; readonly flag?: never; readonly suggestion: SuggestionKind }
  );

/** What the tracker reports for a call of a traced export. */
export interface SyncCall {
  /** The name in messages: `readFileSync`, `realpathSync.native`. */
  readonly name: string;
  /** Absent for `*Sync` exports of the `modules` option, whose promise versions are unknown. */
  readonly api: SyncApi | undefined;
  /** `readFileSync.call(…)` / `.apply(…)`: reported, never fixed. */
  readonly indirect: boolean;
  /**
   * Found through a value that only has the module's type (`this.fs.readFileSync`): its member rewrite is offered as
   * a suggestion, as the object there at run time may have another `promises` (typedFsFix.ts).
   */
  readonly byType?: boolean;
}

/** A call through a named binding (`readFileSync(p)` after `import { readFileSync }`) that should call `twin`. */
export interface BindingRequest {
  /** The identifier that reads the sync binding in the callee. */
  readonly reference: TSESTree.Identifier;
  readonly variable: TSESLint.Scope.Variable;
  readonly twinModule: TwinModule;
  /** The module the sync binding comes from, without `node:`: `fs`, `graceful-fs`, `fs-extra`. */
  readonly module: string;
  readonly twin: string;
}

export interface BindingPlan {
  /** What to call instead, per request that can be converted: `fsPromises.readFile`, `fs.promises.readFile`. */
  readonly callee: ReadonlyMap<BindingRequest, string>;
  /** Declarations of new bindings, and removal of sync bindings whose every use is converted. */
  readonly fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
}

/** `fs.readFileSync` → `fs.promises.readFile`: edits inside the callee only. */
export interface MemberRewrite {
  readonly kind: 'member';
  readonly fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
}

/** `readFileSync` → `fsPromises.readFile`: the new callee text comes from the binding plan. */
export interface BindingRewrite {
  readonly kind: 'binding';
  readonly request: BindingRequest;
  readonly range: TSESTree.Range;
}

/** How a call's callee turns into its promise version's. */
export type CalleeRewrite = MemberRewrite | BindingRewrite;

/** What the rule decides about one blocking call; each kind has its own message. */
export type Outcome =
  /** An export of a `modules` option module: its promise version is unknown. */
  | { readonly kind: 'unknownTwin' }
  /** Works on a file descriptor, where `fs/promises` works on a `FileHandle`. */
  | { readonly kind: 'descriptor' }
  | { readonly kind: 'noPromiseVersion' }
  /** In a sync callback or a parameter default: `await` cannot go there. */
  | {
      readonly kind: 'inCallback';
      readonly callback?: TSESTree.FunctionLike;
      /** The callee rewrite the body's fix would make, where the twin is a drop-in replacement. */
      readonly rewrite?: CalleeRewrite;
    }
  | { readonly kind: 'inParameter' }
  /** The twin is a drop-in replacement: autofixed when the callee can be rewritten. */
  | { readonly kind: 'dropIn'; readonly autofix?: CalleeRewrite }
  | { readonly kind: 'suggested'; readonly suggest: TSESLint.SuggestionReportDescriptor<MessageId> }
  | { readonly kind: 'rewriteByHand' }
  /**
   * A write, rename, mkdir or remove of a path this function checked before it (`checkThenAct`), or that check
   * (`checkBeforeAct`): awaited, another caller can run between them. `related` names the other call.
   */
  | {
      readonly kind: 'checkThenAct' | 'checkBeforeAct';
      readonly related: string;
      readonly suggest: readonly TSESLint.SuggestionReportDescriptor<MessageId>[];
    };

/** What the checks of one file share; built only for a file with a blocking call in async code. */
export interface FileCheck {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** Whether a variable is assigned after its declaration: once per variable, it may have thousands of reads. */
  readonly rebound: Map<TSESLint.Scope.Variable, boolean>;
  /** Where first arguments get their values: whether one may be a file descriptor. */
  readonly descriptors: DescriptorFlow;
}

/**
 * What a value may be, for the descriptor check: `number` when it may be a number (a file descriptor), `string`
 * or `other` when it cannot be, `unknown` when nothing in the file tells.
 */
export type Verdict = 'number' | 'string' | 'other' | 'unknown';

/** One reported call, as the rule decided it. */
export interface Decided {
  readonly call: TSESTree.CallExpression;
  readonly path: readonly string[];
  readonly sync: SyncCall;
  readonly outcome: Outcome;
}
