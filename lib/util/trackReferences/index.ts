// createTracker: every use of the traced module exports and globals in a file, for rules to judge at Program:exit.
import type { TSESTree } from '@typescript-eslint/utils';

import { NODE_PROTOCOL } from '../ast';
import { findEntries } from './entries';
import { FileState, prescanListeners } from './prescan';
import { referencesIn } from './references';
import type { OnProgramExit, StartFile, TraceMap, TraceMapElement, TrackedReference, TrackerOptions } from './types';

export {
  CALL,
  CONSTRUCT,
  READ,
  type FileFilter,
  type OnProgramExit,
  type ReferenceKind,
  type StartFile,
  type TraceMap,
  type TraceMapElement,
  type TrackedReference,
  type TrackedSources,
  type TrackerOptions,
} from './types';

/** Adds `node:x` beside every key `x` of a map of Node builtin modules. */
export function withNodeProtocol<Info>(modules: TraceMap<Info>): TraceMap<Info> {
  const result: Record<string, TraceMapElement<Info>> = {};
  for (const [name, element] of Object.entries(modules)) {
    result[name] = element;
    result[`${NODE_PROTOCOL}${name}`] = element;
  }
  return result;
}

const NO_REFERENCES: readonly never[] = Object.freeze([]);

/**
 * Finds every use of the traced module exports and globals in a file, through any binding: ESM imports (default,
 * namespace, named, renamed), `require` (declared as a global or not), destructuring, aliases, inline
 * `require('x').y()`, computed `x['y']`, TypeScript `import x = require()`, `await import()` and
 * `process.getBuiltinModule()`. The trace maps have ReferenceTracker's shape and symbols, and the walk follows its
 * legacy mode (a CommonJS module's exports are also its default export's properties). Make it once per rule and
 * trace map, not per file (see {@link StartFile}).
 */
export function createTracker<Info, Payload>(
  options: TrackerOptions<Info>,
  onProgramExit: OnProgramExit<Info, Payload>,
): StartFile<Payload> {
  const { modules = {}, globals = {} } = options;
  const { skipFileUnless } = options;
  // A Set, not `Object.hasOwn(modules, …)`: specifiers from the AST are fresh strings, and a Set keeps their hash.
  const specifiers: ReadonlySet<string> = new Set(Object.keys(modules));
  const globalNames = Object.keys(globals);
  const traced = (specifier: unknown): specifier is string =>
    typeof specifier === 'string' && specifiers.has(specifier);
  const state = new FileState<Payload>();

  function programExit(program: TSESTree.Program): void {
    const { context } = state;
    const payload = state.payload as Payload;
    state.context = undefined;
    state.payload = undefined;
    if (!context) return;
    let references: readonly TrackedReference<Info>[] = NO_REFERENCES;
    if (state.fileMayMatch && (!skipFileUnless || skipFileUnless(context.sourceCode))) {
      const entries = findEntries(context.sourceCode, state, traced);
      if (entries) references = referencesIn(context.sourceCode, program, entries, { modules, globals, globalNames });
    }
    onProgramExit(context, references, payload);
  }

  const listeners = prescanListeners({ specifiers, globalNames, traced }, state, programExit);
  return (context, payload) => {
    // Re-entrancy (the rule registered twice, or a lint run inside this one): the file in progress keeps its state.
    // After a traversal cut short by a crash, every later file takes this path: slower, still correct.
    if (state.context != null) return createTracker(options, onProgramExit)(context, payload);
    state.start(context, payload);
    return listeners;
  };
}
