// The modules a lint must summarise, as strongly connected groups in the order they can be summarised: Tarjan's
// algorithm, run with an explicit stack so that a long chain of imports cannot exhaust the call stack. Each group
// comes after every group it imports from, so a module's summary is built once its imports' summaries are final,
// and modules that import each other are summarised together, as one fixed point.

export interface ModuleGraph {
  /** Whether the summary of `file` is known already (built, or cached and still valid): the walk stops there. */
  settled(file: string): boolean;
  /** The modules the summary of `file` may consult (a superset does no harm). */
  edges(file: string): readonly string[];
}

interface Visit {
  readonly file: string;
  readonly targets: readonly string[];
  next: number;
}

/**
 * The strongly connected groups of the modules reachable from `start` that are not settled, each after every group
 * it reaches. Every reachable module is entered, however deep: a cut that followed the search path would make a
 * module's answer depend on which module the search started from.
 */
export function componentsFrom(start: string, graph: ModuleGraph): string[][] {
  const groups: string[][] = [];
  if (graph.settled(start)) return groups;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const path: Visit[] = [];
  const enter = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.size - 1);
    stack.push(file);
    onStack.add(file);
    path.push({ file, targets: graph.edges(file), next: 0 });
  };
  enter(start);
  for (let top = path.at(-1); top != null; top = path.at(-1)) {
    const target = top.targets[top.next];
    top.next += 1;
    if (target != null) {
      const seen = index.get(target);
      if (seen != null) {
        if (onStack.has(target)) low.set(top.file, Math.min(low.get(top.file) ?? seen, seen));
      } else if (!graph.settled(target)) enter(target);
      continue;
    }
    path.pop();
    const lowest = low.get(top.file) ?? 0;
    const parent = path.at(-1);
    if (parent != null) low.set(parent.file, Math.min(low.get(parent.file) ?? lowest, lowest));
    if (lowest !== index.get(top.file)) continue;
    const group: string[] = [];
    for (let member = stack.pop(); member != null; member = stack.pop()) {
      onStack.delete(member);
      group.push(member);
      if (member === top.file) break;
    }
    groups.push(group);
  }
  return groups;
}
