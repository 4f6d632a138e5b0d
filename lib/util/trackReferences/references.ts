// From a file's entries to its tracked references: each entry's uses, in the order the rules rely on.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { NODE_PROTOCOL } from '../ast';
import type { Entries } from './entries';
import { esmUses } from './esm';
import {
  CALL,
  CONSTRUCT,
  READ,
  type ReferenceKind,
  type Sink,
  type TraceMap,
  type TraceMapElement,
  type TrackedReference,
} from './types';
import { UsesWalker } from './walk';

function kindOf(type: symbol): ReferenceKind {
  if (type === CALL) return 'call';
  if (type === CONSTRUCT) return 'construct';
  return 'read';
}

function normalizePath(path: readonly string[]): string[] {
  const [head = '', ...rest] = path;
  const module = head.startsWith(NODE_PROTOCOL) ? head.slice(NODE_PROTOCOL.length) : head;
  return [module, ...rest.filter((key) => key !== 'default')];
}

/** An ES module namespace (`await import()`) exposes a CommonJS module both as `default` and by name. */
function asNamespace<Info>(element: TraceMapElement<Info>): TraceMapElement<Info> {
  return { ...element, default: element };
}

/** The trace maps, and the globals' names in map order. */
export interface ReferenceSources<Info> {
  readonly modules: TraceMap<Info>;
  readonly globals: TraceMap<Info>;
  readonly globalNames: readonly string[];
}

/** Every use of a traced source in the file, once each: ES imports first, then modules and globals by entry. */
export function referencesIn<Info>(
  sourceCode: Readonly<TSESLint.SourceCode>,
  program: TSESTree.Program,
  entries: Entries,
  { modules, globals, globalNames }: ReferenceSources<Info>,
): readonly TrackedReference<Info>[] {
  const seen = new Set<TSESTree.Node>();
  const references: TrackedReference<Info>[] = [];
  const sink: Sink<Info> = (node, path, type, info) => {
    if (seen.has(node)) return;
    seen.add(node);
    references.push({ node, path: normalizePath(path), kind: kindOf(type), info });
  };
  const walk = new UsesWalker(sourceCode, sink);

  /** Uses of an expression that evaluates to `element` (the module or global `name`): itself, and what hangs off it. */
  const usesOf = (node: TSESTree.Node, name: string, element: TraceMapElement<Info>): void => {
    const read = element[READ];
    if (read != null) sink(node, [name], READ, read);
    walk.fromNode(node, [name], element);
  };

  if (entries.esm) esmUses(sourceCode, program, modules, sink);
  for (const { node, specifier, namespace } of entries.modules) {
    const element = modules[specifier];
    if (element) usesOf(node, specifier, namespace ? asNamespace(element) : element);
  }
  // Globals in the order of the trace map, each in source order.
  const byName =
    entries.globals.length > 1
      ? [...entries.globals].sort((a, b) => globalNames.indexOf(a.name) - globalNames.indexOf(b.name))
      : entries.globals;
  for (const node of byName) {
    const element = globals[node.name];
    if (element) usesOf(node, node.name, element);
  }
  return references;
}
