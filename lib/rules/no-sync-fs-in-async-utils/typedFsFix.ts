import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { findVariable } from '../../util/scope';
import type { SyncApi } from './types';

// Whether a sync fs call found through types (typedFsCalls.ts) may take the rule's usual fix: the rewrite must call
// what the value's type says is there, and must not stop a module of the program from loading.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Services = NonNullable<SourceCode['parserServices']>;
type Checker = ReturnType<NonNullable<Services['program']>['getTypeChecker']>;
type Variable = TSESLint.Scope.Variable;
type TsNode = Parameters<Checker['getSymbolAtLocation']>[0];

/** The checker of a file with type information, and its ESTree → TypeScript node map. */
export interface TypedChecker {
  readonly checker: Checker;
  readonly map: NonNullable<Services['esTreeNodeToTSNodeMap']>;
}

/** The TypeScript node of an ESTree node; the map's type says it always has one, a partial program may not. */
export function tsNodeOf({ map }: TypedChecker, node: TSESTree.Node): TsNode | undefined {
  return map.get(node);
}

/** A sync API resolved by the checker. */
export interface TypedSync {
  /** The traced module whose row it is: `fs`, or `fs-extra` for fs-extra's own helpers. */
  readonly module: 'fs' | 'fs-extra';
  /** The module the checker says declares it: `fs` (`@types/node`), or fs-extra's declaration file. */
  readonly declaring: string;
  /** The row's name: `readFileSync`, `realpathSync.native`. */
  readonly key: string;
  readonly api: SyncApi;
}

/** Modules that run nothing of the program's when loaded: a module that only re-exports them is side-effect free. */
const INERT_MODULES: ReadonlySet<string> = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises']);

/**
 * Whether the value `receiver` evaluates to has, by its type, the member the fix calls through: `promises` of the
 * module that declares the sync API (`this.fs.promises.readFile`), or fs-extra's own twin (`this.fse.readJson`).
 */
function receiverHasTwin(typed: TypedChecker, receiver: TSESTree.Node, sync: TypedSync): boolean {
  const { checker } = typed;
  const tsReceiver = tsNodeOf(typed, receiver);
  if (tsReceiver == null) return false;
  const key = sync.api.twinModule === 'fs/promises' ? 'promises' : sync.api.twin;
  const property = checker.getPropertyOfType(checker.getTypeAtLocation(tsReceiver), key);
  return property != null && checker.getFullyQualifiedName(property) === `"${sync.declaring}".${key}`;
}

/** `ts.SymbolFlags.Alias`, as in typedFsCalls.ts. */
const ALIAS_FLAG = 2_097_152;

/**
 * Whether `receiver` is the declaring module itself (a namespace or default import of it, or a re-export of one):
 * its `promises` is then the module's. A field, parameter or property only has the module's type: the object there
 * at run time (a stub spread from fs, with its own `readFileSync`) may have another `promises`.
 */
function isDeclaringModule(typed: TypedChecker, receiver: TSESTree.Node, sync: TypedSync): boolean {
  const { checker } = typed;
  const tsReceiver = receiver.type === AST_NODE_TYPES.Identifier ? tsNodeOf(typed, receiver) : undefined;
  let symbol = tsReceiver == null ? undefined : checker.getSymbolAtLocation(tsReceiver);
  if (symbol == null || (symbol.flags & ALIAS_FLAG) === 0) return false;
  symbol = checker.getAliasedSymbol(symbol);
  const name = /^"([^"]+)"$/u.exec(checker.getFullyQualifiedName(symbol))?.[1];
  return name != null && (name === sync.declaring || (sync.module === 'fs' && INERT_MODULES.has(name)));
}

/** Whether the module an import names is a program file that only re-exports Node's `fs` (no code of its own). */
function onlyReexportsFs(typed: TypedChecker, declaration: TSESTree.ImportDeclaration): boolean {
  const tsSource = tsNodeOf(typed, declaration.source);
  const file = tsSource == null ? undefined : typed.checker.getSymbolAtLocation(tsSource)?.valueDeclaration;
  if (file == null || !('statements' in file) || !('isDeclarationFile' in file) || file.isDeclarationFile) return false;
  const statements = file.statements as readonly { moduleSpecifier?: { text?: unknown } }[];
  return statements.every(({ moduleSpecifier }) => {
    const text = moduleSpecifier?.text;
    return typeof text === 'string' && INERT_MODULES.has(text);
  });
}

/** The variable a callee's name reads, when the callee is a name or `name.native`. */
function calleeVariable(sourceCode: SourceCode, call: TSESTree.CallExpression): Variable | undefined {
  const { callee } = call;
  const name =
    callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier
      ? callee.object
      : callee;
  return name.type === AST_NODE_TYPES.Identifier ? findVariable(sourceCode, name) : undefined;
}

/**
 * A call through a name imported from another module of the program (`import { readFileSync } from './fsReexport'`):
 * the fix imports `fs/promises` and drops the sync import when its last use goes. That must not stop the module from
 * loading, so the import must keep a value binding the typed calls do not use, or the module must only re-export fs.
 */
function bindingFixAllowed(
  sourceCode: SourceCode,
  typed: TypedChecker,
  variable: Variable,
  calls: readonly TSESTree.CallExpression[],
): boolean {
  const [definition, ...more] = variable.defs;
  const specifier = definition?.node;
  if (more.length > 0 || specifier?.type !== AST_NODE_TYPES.ImportSpecifier) return false;
  const declaration = specifier.parent;
  if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return false;
  const converted = new Set(calls.map((call) => calleeVariable(sourceCode, call)));
  const keepsLoading = declaration.specifiers.some(
    (other) =>
      !(other.type === AST_NODE_TYPES.ImportSpecifier && other.importKind === 'type') &&
      sourceCode.scopeManager?.getDeclaredVariables(other).some((declared) => !converted.has(declared)) === true,
  );
  return keepsLoading || onlyReexportsFs(typed, declaration);
}

/** How the rule's fix of a call found through types is offered: see typedFixAllowed. */
export type TypedFix = 'autofix' | 'suggestion' | 'none';

/**
 * How the rule's fix of `call` (found through types, as are `typedCalls`) may be offered. A member call's receiver
 * must have the twin by its type: an autofix when it is the module itself, else a suggestion (its run-time value may
 * differ). A call through an imported name: an autofix when the program's modules keep loading as before. Anything
 * else (a destructured parameter, `x?.y`) is reported without a fix.
 */
export function typedFixAllowed(
  sourceCode: SourceCode,
  typed: TypedChecker,
  call: TSESTree.CallExpression,
  sync: TypedSync,
  typedCalls: readonly { readonly node: TSESTree.Node }[],
): TypedFix {
  const { callee } = call;
  const native = sync.key.includes('.');
  const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : undefined;
  const apiReceiver = native && receiver?.type === AST_NODE_TYPES.MemberExpression ? receiver.object : receiver;
  if (apiReceiver != null && (!native || receiver?.type === AST_NODE_TYPES.MemberExpression)) {
    if (!receiverHasTwin(typed, apiReceiver, sync)) return 'none';
    return isDeclaringModule(typed, apiReceiver, sync) ? 'autofix' : 'suggestion';
  }
  const variable = calleeVariable(sourceCode, call);
  const calls = typedCalls.flatMap(({ node }) => (node.type === AST_NODE_TYPES.CallExpression ? [node] : []));
  return variable != null && bindingFixAllowed(sourceCode, typed, variable, calls) ? 'autofix' : 'none';
}
