import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { AsyncContextOf } from '../../util/asyncContext';
import { createHelperGraph, type Helper, type HelperGraph } from './helperGraph';
import type { SyncCall } from './types';

// Which helpers block, found by a breadth-first search over the reversed call graph from the sync fs calls made
// outside async code, and where async code calls them.

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A tracked sync fs call, as the rule's `checkFile` takes it. */
export interface TrackedCall {
  readonly call: TSESTree.CallExpression;
  readonly path: readonly string[];
  readonly sync: SyncCall;
}

/** Why a helper blocks: its depth (1: it calls fs itself), the helper it blocks through, the fs call at the end. */
export interface Blocking {
  readonly depth: number;
  readonly next: Helper | undefined;
  readonly first: TrackedCall;
}

/** A call of a blocking helper made while an async function runs. */
export interface HelperSite {
  readonly call: TSESTree.CallExpression;
  readonly helper: Helper;
}

export interface HelperAnalysis {
  readonly graph: HelperGraph;
  readonly blocking: ReadonlyMap<Helper, Blocking>;
  /** The blocking helpers each blocking helper calls (while it runs). */
  readonly callees: ReadonlyMap<Helper, ReadonlySet<Helper>>;
  /** The sync fs calls each helper makes while it runs. */
  readonly fsCalls: ReadonlyMap<Helper, readonly TrackedCall[]>;
  /** In source order, each call once. */
  readonly sites: readonly HelperSite[];
}

const bySource = (a: { call: TSESTree.Node }, b: { call: TSESTree.Node }): number => a.call.range[0] - b.call.range[0];

/**
 * The blocking helpers of a file and their async call sites, from its tracked sync fs calls outside async code
 * (in source order). A helper blocks at depth 1 when it makes such a call while it runs (its own eager callbacks
 * included), else at 1 + the least depth of the blocking helpers it calls; cycles end where a helper is known.
 */
export function analyseHelpers(
  sourceCode: SourceCode,
  asyncContext: AsyncContextOf,
  syncCalls: readonly TrackedCall[],
): HelperAnalysis | undefined {
  const graph = createHelperGraph(sourceCode);
  const blocking = new Map<Helper, Blocking>();
  const fsCalls = new Map<Helper, TrackedCall[]>();
  const queue: Helper[] = [];
  for (const tracked of syncCalls) {
    const helper = graph.runnerOf(tracked.call);
    if (!helper) continue;
    fsCalls.set(helper, [...(fsCalls.get(helper) ?? []), tracked]);
    if (blocking.has(helper)) continue;
    blocking.set(helper, { depth: 1, next: undefined, first: tracked });
    queue.push(helper);
  }
  if (queue.length === 0) return undefined;
  const callees = new Map<Helper, Set<Helper>>();
  const sites: HelperSite[] = [];
  for (let i = 0; i < queue.length; i++) {
    const helper = queue[i] as Helper;
    const known = blocking.get(helper) as Blocking;
    for (const call of [...graph.usesOf(helper).calls].sort((a, b) => a.range[0] - b.range[0])) {
      if (asyncContext(call).kind !== 'none') {
        sites.push({ call, helper });
        continue;
      }
      const caller = graph.runnerOf(call);
      if (!caller) continue;
      const set = callees.get(caller) ?? new Set();
      callees.set(caller, set.add(helper));
      if (blocking.has(caller)) continue;
      blocking.set(caller, { depth: known.depth + 1, next: helper, first: known.first });
      queue.push(caller);
    }
  }
  return { graph, blocking, callees, fsCalls, sites: sites.sort(bySource) };
}

/** `` `a()` → `b()` → `readFileSync` `` for a chain that starts at `helper`; just the fs call at depth 1. */
export function chainText(blocking: ReadonlyMap<Helper, Blocking>, helper: Helper): string {
  const names: string[] = [];
  let current: Helper | undefined = helper;
  let last: Blocking | undefined;
  for (let guard = 0; current && guard < 64; guard++) {
    last = blocking.get(current);
    names.push(`\`${current.name}()\``);
    current = last?.next;
  }
  const fsName = `\`${last?.first.sync.name ?? ''}\``;
  return names.length === 1 ? fsName : [...names, fsName].join(' → ');
}
