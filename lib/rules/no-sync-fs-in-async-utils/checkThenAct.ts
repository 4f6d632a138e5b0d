import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { enclosingFunction, memberKeyName, unwrapExpression } from '../../util/ast';
import { findVariable } from '../../util/scope';
import { actSuggestions, checkSuggestions } from './atomicForms';
import { awaitsBetween, type AwaitsCache } from './awaitBetween';
import { optionFlag } from './callArguments';
import { relianceOn, type ReadsCache } from './checkDependence';
import { isPathStringCall } from './pathModule';
import type { Decided, FileCheck, Outcome } from './types';

// A sync check of a path followed, in the same function, by a sync call that changes that path: together they run
// as one step, so converting either to `await` lets another caller run between them.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** Calls that look at a path: whether it exists, what it holds. */
const CHECKS: ReadonlySet<string> = new Set([
  'accessSync',
  'existsSync',
  'lstatSync',
  'pathExistsSync',
  'readFileSync',
  'readJSONSync',
  'readJsonSync',
  'readdirSync',
  'statSync',
]);

/**
 * Calls that create, change or remove a path, with the indices of the arguments that name the paths they change.
 * fs-extra's `ensureFile`, `mkdirs`, `mkdirp` and `remove` are absent: they succeed whatever another caller did.
 */
const ACTS: Readonly<Record<string, readonly number[]>> = {
  appendFileSync: [0],
  copyFileSync: [1],
  copySync: [1],
  cpSync: [1],
  linkSync: [1],
  mkdirSync: [0],
  moveSync: [0, 1],
  outputFileSync: [0],
  outputJSONSync: [0],
  outputJsonSync: [0],
  renameSync: [0, 1],
  rmSync: [0],
  rmdirSync: [0],
  symlinkSync: [1],
  truncateSync: [0],
  unlinkSync: [0],
  writeFileSync: [0],
  writeJSONSync: [0],
  writeJsonSync: [0],
};

/** A path argument as a key: equal keys name the same path while none of `variables` is reassigned. */
interface PathKey {
  readonly text: string;
  readonly variables: readonly Variable[];
}

/** `.name`, `.#name`, `["name"]`, `[0]`: a static property; a computed non-literal key has none. */
function memberKey({ property, computed }: TSESTree.MemberExpression): string | undefined {
  const name = memberKeyName(property, computed);
  if (name == null) return undefined;
  return property.type === AST_NODE_TYPES.PrivateIdentifier ? `.${name}` : `[${JSON.stringify(name)}]`;
}

/**
 * Keys of the path expressions of literals, bindings, `this`, static member chains on them (`this.marker`,
 * `opts.dir`, `args[0]`), `+`, templates and `path` functions; others (a call in a chain, a computed non-literal
 * key) have none.
 */
function pathKey(sourceCode: SourceCode, ids: Map<Variable, number>, argument: TSESTree.Node): PathKey | undefined {
  const variables: Variable[] = [];
  const keyOf = (node: TSESTree.Node): string | undefined => {
    const inner = unwrapExpression(node);
    switch (inner.type) {
      case AST_NODE_TYPES.Literal:
        return typeof inner.value === 'string' ? JSON.stringify(inner.value) : undefined;
      case AST_NODE_TYPES.Identifier: {
        const variable = findVariable(sourceCode, inner);
        if (variable == null || variable.defs.length === 0) return undefined;
        if (!ids.has(variable)) ids.set(variable, ids.size);
        variables.push(variable);
        return `#${String(ids.get(variable))}`;
      }
      case AST_NODE_TYPES.ThisExpression:
        return 'this';
      case AST_NODE_TYPES.ChainExpression:
        return keyOf(inner.expression);
      case AST_NODE_TYPES.MemberExpression: {
        const object = keyOf(inner.object);
        const property = memberKey(inner);
        return object == null || property == null ? undefined : `${object}${property}`;
      }
      case AST_NODE_TYPES.BinaryExpression: {
        if (inner.operator !== '+') return undefined;
        const [left, right] = [keyOf(inner.left), keyOf(inner.right)];
        return left == null || right == null ? undefined : `(${left}+${right})`;
      }
      case AST_NODE_TYPES.TemplateLiteral: {
        const parts = inner.expressions.map(keyOf);
        if (parts.some((part) => part == null)) return undefined;
        return `\`${inner.quasis.map((quasi, index) => `${quasi.value.raw}${parts[index] ?? ''}`).join('')}\``;
      }
      case AST_NODE_TYPES.CallExpression: {
        if (!isPathStringCall(sourceCode, inner)) return undefined;
        const parts = inner.arguments.map(keyOf);
        if (parts.some((part) => part == null)) return undefined;
        return `${sourceCode.getText(inner.callee)}(${parts.join(',')})`;
      }
      default:
        return undefined;
    }
  };
  const text = keyOf(argument);
  return text == null ? undefined : { text, variables };
}

/** Where each variable of a key is assigned after its declaration, found once per variable. */
type Assignments = Map<Variable, readonly number[]>;

/** Whether a binding of the key is assigned between the check and the act (its declaration is not). */
function isReassignedBetween(assignments: Assignments, key: PathKey, from: number, to: number): boolean {
  return key.variables.some((variable) => {
    let positions = assignments.get(variable);
    if (!positions) {
      positions = variable.references.flatMap((use) => (use.isWrite() && !use.init ? [use.identifier.range[0]] : []));
      assignments.set(variable, positions);
    }
    return positions.some((position) => position >= from && position < to);
  });
}

/** A check an act relies on, and the read of its result that the act relies on. */
export interface Pair {
  readonly check: Decided;
  readonly read: TSESTree.Node;
}

interface Check {
  readonly decided: Decided;
  readonly key: PathKey;
}

/** Checks gathered so far, by function and then by path key. */
type ChecksByFunction = Map<TSESTree.Node | undefined, Map<string, Check[]>>;

/** `mkdirSync(p, { recursive: true })` and `rmSync(p, { force: true })` succeed whatever another caller did. */
function isIdempotent(act: Decided): boolean {
  const flag = { mkdirSync: 'recursive', rmSync: 'force' }[act.sync.name];
  return flag != null && optionFlag(act.call, flag) === 'true';
}

/** The nearest checks of one path an act looks back at: a file of many checks of one path stays linear. */
const MAX_CANDIDATES = 16;

/**
 * The nearest checks in the same function of the same path, ended before the act ends, not reassigned since,
 * with no `await` that always runs between them (the two were never one step), that the act may rely on, each with
 * what it relies on; the nearest first.
 */
function matchingChecks(
  { sourceCode, assignments, reads, awaits, fsCalls }: Shared,
  checks: ChecksByFunction,
  fn: TSESTree.Node | undefined,
  act: Decided,
  key: PathKey,
): Pair[] {
  const candidates = (checks.get(fn)?.get(key.text) ?? []).slice(-MAX_CANDIDATES).reverse();
  return candidates.flatMap((check) => {
    const { call } = check.decided;
    if (call === act.call || call.range[1] > act.call.range[1]) return [];
    if (isReassignedBetween(assignments, key, call.range[1], act.call.range[0])) return [];
    if (awaitsBetween(sourceCode, awaits, fn, call, act.call)) return [];
    const read = relianceOn(sourceCode, reads, { call, name: check.decided.sync.name }, act.call, fsCalls);
    return read ? [{ check: check.decided, read }] : [];
  });
}

/** What every pairing of one file shares: the rule pairs a file's calls once, then again per callback and helper. */
interface FileCache {
  readonly assignments: Assignments;
  readonly reads: ReadsCache;
  readonly awaits: AwaitsCache;
  /** The binding numbers of path keys, so that a key found once holds for every pairing. */
  readonly ids: Map<Variable, number>;
  /** Each path argument's key, `null` for one without. */
  readonly keys: Map<TSESTree.Node, PathKey | null>;
}

/** What the pairing of one call list shares. */
interface Shared extends FileCache {
  readonly sourceCode: SourceCode;
  /** The file's sync fs calls: one given a check's result uses it while it runs. */
  readonly fsCalls: ReadonlySet<TSESTree.Node>;
}

/** Keyed by the per-file check state, which lives as long as the file's lint. */
const fileCaches = new WeakMap<FileCheck, FileCache>();

function fileCacheOf(file: FileCheck): FileCache {
  let cache = fileCaches.get(file);
  if (cache == null) {
    cache = { assignments: new Map(), reads: new Map(), awaits: new Map(), ids: new Map(), keys: new Map() };
    fileCaches.set(file, cache);
  }
  return cache;
}

function cachedPathKey({ sourceCode, ids, keys }: Shared, argument: TSESTree.Node): PathKey | undefined {
  if (!keys.has(argument)) keys.set(argument, pathKey(sourceCode, ids, argument) ?? null);
  return keys.get(argument) ?? undefined;
}

function addCheck(checks: ChecksByFunction, fn: TSESTree.Node | undefined, check: Check): void {
  let byKey = checks.get(fn);
  if (!byKey) {
    byKey = new Map();
    checks.set(fn, byKey);
  }
  const list = byKey.get(check.key.text);
  if (list) list.push(check);
  else byKey.set(check.key.text, [check]);
}

/**
 * Reports each drop-in act on a path its function checked before without a fix, and its check too when that
 * check would be fixed: once either awaits, the two no longer run as one step. Linear in the file's calls: checks
 * are gathered per function and path key as the calls come in source order.
 */
export function markCheckThenAct(file: FileCheck, decided: readonly Decided[]): Decided[] {
  // Without a check there is nothing to pair (most files, and most helper chains, whose verdicts each ask again).
  if (!decided.some(({ call, sync }) => CHECKS.has(sync.name) && call.arguments[0] != null)) return [...decided];
  const { sourceCode } = file;
  const checks: ChecksByFunction = new Map();
  const fsCalls = new Set(decided.map((entry) => entry.call));
  const shared: Shared = { ...fileCacheOf(file), sourceCode, fsCalls };
  const pairs = new Map<Decided, Pair>(); // act → its first check
  const checked = new Map<Decided, Decided>(); // check → its first act
  for (const current of [...decided].sort((a, b) => a.call.range[1] - b.call.range[1])) {
    const { call, sync } = current;
    const fn = enclosingFunction(call);
    const targets = ACTS[sync.name];
    if (targets && current.outcome.kind === 'dropIn' && !isIdempotent(current)) {
      for (const index of targets) {
        const argument = call.arguments[index];
        const key = argument == null ? undefined : cachedPathKey(shared, argument);
        for (const pair of key == null ? [] : matchingChecks(shared, checks, fn, current, key)) {
          if (!pairs.has(current)) pairs.set(current, pair);
          if (!checked.has(pair.check)) checked.set(pair.check, current);
        }
      }
    }
    const argument = call.arguments[0];
    if (!CHECKS.has(sync.name) || argument == null) continue;
    const key = cachedPathKey(shared, argument);
    if (key != null) addCheck(checks, fn, { decided: current, key });
  }
  return decided.map((entry) => {
    const pair = pairs.get(entry);
    if (pair) return { ...entry, outcome: actOutcome(sourceCode, entry, pair) };
    const act = checked.get(entry);
    if (act && entry.outcome.kind === 'dropIn') return { ...entry, outcome: checkOutcome(sourceCode, entry, act) };
    return entry;
  });
}

function actOutcome(sourceCode: SourceCode, act: Decided, pair: Pair): Outcome {
  return { kind: 'checkThenAct', related: pair.check.sync.name, suggest: actSuggestions(sourceCode, act, pair) };
}

function checkOutcome(sourceCode: SourceCode, check: Decided, act: Decided): Outcome {
  return { kind: 'checkBeforeAct', related: act.sync.name, suggest: checkSuggestions(sourceCode, check) };
}
