// The tracker's vocabulary: trace-map symbols and shapes, the references it hands out, and its callbacks.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

/** Marks a trace-map element whose call (`x()`), construction (`new X()`) or plain read is reported. */
export const CALL: unique symbol = ASTUtils.ReferenceTracker.CALL as never;
export const CONSTRUCT: unique symbol = ASTUtils.ReferenceTracker.CONSTRUCT as never;
export const READ: unique symbol = ASTUtils.ReferenceTracker.READ as never;

/** One level of a trace map: property names lead deeper, the symbols carry the rule's payload. */
export interface TraceMapElement<Info> {
  readonly [key: string]: TraceMapElement<Info>;
  readonly [CALL]?: Info;
  readonly [CONSTRUCT]?: Info;
  readonly [READ]?: Info;
}

/** Module name (or global name) → what is tracked below it. */
export type TraceMap<Info> = Readonly<Record<string, TraceMapElement<Info>>>;

export type ReferenceKind = 'call' | 'construct' | 'read';

export interface TrackedReference<Info> {
  /** The CallExpression, NewExpression, or the read node (Identifier, MemberExpression, Property, specifier). */
  readonly node: TSESTree.Node;
  /** Module or global first (without `node:`), then the properties: `['fs', 'readFileSync']`. */
  readonly path: readonly string[];
  readonly kind: ReferenceKind;
  readonly info: Info;
}

export interface TrackedSources<Info> {
  /** Keyed by module specifier; `node:` twins of builtins are added by `withNodeProtocol`. */
  readonly modules?: TraceMap<Info>;
  /** Keyed by global name (`fetch`, `Bun`); found whether or not the config declares the global. */
  readonly globals?: TraceMap<Info>;
}

/** Whether any use in the file can matter; asked only of files that use a traced module or global. */
export type FileFilter = (sourceCode: Readonly<TSESLint.SourceCode>) => boolean;

/** What `createTracker` takes: the trace maps, and a test that lets it skip a file's walk. */
export interface TrackerOptions<Info> extends TrackedSources<Info> {
  /** Skips the walk in a file for which this returns false (its `onProgramExit` gets no references). */
  readonly skipFileUnless?: FileFilter;
}

export type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Called at `Program:exit` with every use in the file, once each (an empty list when there is none). */
export type OnProgramExit<Info, Payload> = (
  context: Context,
  references: readonly TrackedReference<Info>[],
  payload: Payload,
) => void;

/**
 * Gives a file its listeners: call it from `create`. By design (for speed) every file gets the same frozen listener
 * object and one reused per-file state, so a file costs no allocation until it names a traced source. ESLint lints
 * one file at a time per rule; a file started while another is in progress gets a tracker of its own. Build
 * per-file rule state in `onProgramExit`, not in `create`.
 */
export type StartFile<Payload> = (context: Context, payload: Payload) => TSESLint.RuleListener;

/** Receives each use the walk finds: the node, its path from the module or global, and the map symbol that matched. */
export type Sink<Info> = (node: TSESTree.Node, path: readonly string[], type: symbol, info: Info) => void;

/** Whether a module specifier is one the trace maps name. */
export type IsTraced = (specifier: unknown) => specifier is string;
