import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

// The one file that touches ReferenceTracker: every rule finds module exports and globals through here.

const { ReferenceTracker } = ASTUtils;

/** Marks a trace-map element whose call (`x()`), construction (`new X()`) or plain read is reported. */
export const CALL: unique symbol = ReferenceTracker.CALL as never;
export const CONSTRUCT: unique symbol = ReferenceTracker.CONSTRUCT as never;
export const READ: unique symbol = ReferenceTracker.READ as never;

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
  /** Keyed by module specifier; `node:` twins of builtins are added by {@link withNodeProtocol}. */
  readonly modules?: TraceMap<Info>;
  /** Keyed by global name (`fetch`, `Bun`); found whether or not the config declares the global. */
  readonly globals?: TraceMap<Info>;
}

interface FoundReference<Info> {
  readonly node: TSESTree.Node;
  readonly path: readonly string[];
  readonly type: symbol;
  readonly info: Info;
}

/** The tracker methods we use, typed (the public typings lack `iteratePropertyReferences`). */
interface Tracker {
  iterateEsmReferences<Info>(traceMap: TraceMap<Info>): IterableIterator<FoundReference<Info>>;
  iteratePropertyReferences<Info>(
    node: TSESTree.Node,
    traceMap: TraceMapElement<Info>,
  ): IterableIterator<FoundReference<Info>>;
}

const NODE_PROTOCOL = 'node:';

/** Adds `node:x` beside every key `x` of a map of Node builtin modules. */
export function withNodeProtocol<Info>(modules: TraceMap<Info>): TraceMap<Info> {
  const result: Record<string, TraceMapElement<Info>> = {};
  for (const [name, element] of Object.entries(modules)) {
    result[name] = element;
    result[`${NODE_PROTOCOL}${name}`] = element;
  }
  return result;
}

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

function stringArgument(call: TSESTree.CallExpression | TSESTree.ImportExpression): string | undefined {
  const argument = call.type === AST_NODE_TYPES.ImportExpression ? call.source : call.arguments[0];
  if (argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string') return argument.value;
  if (argument?.type === AST_NODE_TYPES.TemplateLiteral && argument.expressions.length === 0) {
    return argument.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** An ES module namespace (`await import()`) exposes a CommonJS module both as `default` and by name. */
function asNamespace<Info>(element: TraceMapElement<Info>): TraceMapElement<Info> {
  return { ...element, default: element };
}

type Scope = ReturnType<TSESLint.SourceCode['getScope']>;
type Reference = Scope['through'][number];

/** Where a traced module or global enters the file: the expression that evaluates to it. */
interface ModuleEntry {
  readonly node: TSESTree.Node;
  readonly specifier: string;
  /** `await import()`: an ES module namespace. */
  readonly namespace: boolean;
}

interface GlobalEntry {
  readonly node: TSESTree.Identifier;
  readonly name: string;
}

/** What a file's entry scan found; `esm` when an import or re-export names a traced module. */
interface Entries {
  esm: boolean;
  readonly modules: ModuleEntry[];
  readonly globals: GlobalEntry[];
}

/** The reference's identifier when it reads a plain identifier (not a JSX name, not a write). */
function readIdentifier(reference: Reference): TSESTree.Identifier | undefined {
  const { identifier } = reference;
  return reference.isRead() && identifier.type === AST_NODE_TYPES.Identifier ? identifier : undefined;
}

/** What the pre-scan's listeners saw in a file: the nodes that name a traced module by its specifier. */
interface Sightings {
  /** An import or re-export of a traced module. */
  readonly esm: boolean;
  /** Top-level `import x = require('…')` of a traced module. */
  readonly importEquals: readonly TSESTree.TSImportEqualsDeclaration[];
  /** `import('…')` of a traced module. */
  readonly dynamicImports: readonly TSESTree.ImportExpression[];
}

type IsTraced = (specifier: unknown) => specifier is string;

/**
 * The exact entry scan, for a file the pre-scan flagged: the imports the listeners saw, and the global scope's
 * references to `require`, `process` and the traced globals. It allocates nothing until it finds an entry.
 */
function findEntries(
  sourceCode: Readonly<TSESLint.SourceCode>,
  globalScope: Scope,
  sightings: Sightings,
  traced: IsTraced,
  globals: ReadonlySet<string>,
): Entries | undefined {
  let entries: Entries | undefined;
  const found = (): Entries => (entries ??= { esm: false, modules: [], globals: [] });
  if (sightings.esm) found().esm = true;

  for (const statement of sightings.importEquals) {
    const { expression } = statement.moduleReference as TSESTree.TSExternalModuleReference;
    for (const variable of sourceCode.scopeManager?.getDeclaredVariables(statement) ?? []) {
      for (const use of variable.references) {
        if (use.isRead()) found().modules.push({ node: use.identifier, specifier: expression.value, namespace: false });
      }
    }
  }

  /** `require('x')`, `process.getBuiltinModule('x')`, or a traced global. */
  const visit = (identifier: TSESTree.Identifier): void => {
    const { name, parent } = identifier;
    if (globals.has(name)) found().globals.push({ node: identifier, name });
    if (name === 'require') {
      if (parent.type !== AST_NODE_TYPES.CallExpression || parent.callee !== identifier) return;
      const specifier = stringArgument(parent);
      if (traced(specifier)) found().modules.push({ node: parent, specifier, namespace: false });
    } else if (name === 'process') {
      if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== identifier) return;
      const call = parent.parent;
      if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) return;
      // `process.env` is everywhere: ask for a scope only for a computed key, which may be a constant.
      const key = parent.computed
        ? ASTUtils.getPropertyName(parent, sourceCode.getScope(parent))
        : parent.property.type === AST_NODE_TYPES.Identifier
          ? parent.property.name
          : undefined;
      if (key !== 'getBuiltinModule') return;
      const specifier = stringArgument(call);
      if (traced(specifier)) found().modules.push({ node: call, specifier, namespace: false });
    }
  };
  const isEntryName = (name: string): boolean => name === 'require' || name === 'process' || globals.has(name);

  // Undeclared globals, and globals the configuration declares (a variable without definitions); a file that
  // declares the name itself shadows the global, so its references are not followed.
  for (const reference of globalScope.through) {
    if (!isEntryName(reference.identifier.name)) continue;
    const identifier = readIdentifier(reference);
    if (identifier) visit(identifier);
  }
  for (const name of ['require', 'process', ...globals]) {
    const variable = globalScope.set.get(name);
    if (!variable || variable.defs.length > 0) continue;
    for (const reference of variable.references) {
      const identifier = readIdentifier(reference);
      if (identifier) visit(identifier);
    }
  }

  for (const node of sightings.dynamicImports) {
    if (node.parent.type !== AST_NODE_TYPES.AwaitExpression || node.parent.argument !== node) continue;
    const specifier = stringArgument(node);
    if (traced(specifier)) found().modules.push({ node: node.parent, specifier, namespace: true });
  }
  return entries;
}

// Selectors for the pre-scan: ESLint matches them during its one traversal, so the rule's listeners run only for
// the few nodes that may matter; findEntries then checks scopes and string arguments.
const GET_BUILTIN_MODULE =
  "MemberExpression[object.type='Identifier'][object.name='process'][computed=true], MemberExpression[object.type='Identifier'][object.name='process'][property.name='getBuiltinModule']";

/**
 * An esquery regular expression matching exactly the given strings. esquery reads a regular expression up to
 * the next `/`, even an escaped one, so a slash is written `\x2F`.
 */
function exactly(values: Iterable<string>): string {
  const alternatives = [...values].map((value) => value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\//gu, '\\x2F'));
  return `/^(?:${alternatives.join('|')})$/`;
}

/** The pre-scan's selectors for module specifiers: imports, re-exports and `require()` of a traced module. */
function specifierSelectors(specifiers: ReadonlySet<string>): { readonly source: string; readonly require: string } {
  const pattern = exactly(specifiers);
  const require = "CallExpression[callee.type='Identifier'][callee.name='require']";
  return {
    source: ['ImportDeclaration', 'ExportAllDeclaration', 'ExportNamedDeclaration']
      .map((type) => `${type}[source.value=${pattern}]`)
      .join(', '),
    // `require(\`fs\`)` too: a template literal is checked by the listener.
    require: `${require}[arguments.0.value=${pattern}], ${require}[arguments.0.type='TemplateLiteral']`,
  };
}

/** `Identifier[name=/^(?:fetch|Bun)$/]` for the traced globals' names. */
function identifierSelector(names: readonly string[]): string {
  return `Identifier[name=${exactly(names)}]`;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Called at `Program:exit` with every use in the file, once each (an empty list when there is none). */
export type OnProgramExit<Info, Payload> = (
  context: Context,
  references: readonly TrackedReference<Info>[],
  payload: Payload,
) => void;

/** Gives a file its listeners: call it from `create`. */
export type StartFile<Payload> = (context: Context, payload: Payload) => TSESLint.RuleListener;

const NO_REFERENCES: readonly never[] = Object.freeze([]);

/**
 * Finds every use of the traced module exports and globals in a file, through any binding:
 * ESM imports (default, namespace, named, renamed), `require` (declared as a global or not), destructuring,
 * aliases, inline `require('x').y()`, computed `x['y']`, TypeScript `import x = require()`, `await import()`,
 * and `process.getBuiltinModule()`.
 *
 * Made once per rule (and trace map), not once per file: `create` calls the returned function, which resets the
 * file state and hands back the same listener object every time, so a file costs no allocation until it turns
 * out to name a traced module or global. ESLint lints one file at a time per thread (`create`, then one
 * traversal to `Program:exit`), which is what makes one shared state safe. Build per-file rule state in
 * `onProgramExit`, not in `create`.
 */
export function createTracker<Info, Payload>(
  sources: TrackedSources<Info> & {
    /** Whether any use in the file can matter; asked only of files that use a traced module or global. */
    readonly onlyIf?: (sourceCode: Readonly<TSESLint.SourceCode>) => boolean;
  },
  onProgramExit: OnProgramExit<Info, Payload>,
): StartFile<Payload> {
  const { modules = {}, globals = {}, onlyIf } = sources;
  let context: Context | undefined;
  let payload: Payload | undefined;
  // What the listeners saw in the file in progress (see Sightings).
  let esm = false;
  let importEquals: TSESTree.TSImportEqualsDeclaration[] = [];
  let dynamicImports: TSESTree.ImportExpression[] = [];
  // Set by the listeners below when the file may name a traced module or global. They see only the nodes their
  // selectors pick out, so most files never call them and end with one test at `Program:exit`.
  let mayEnter = false;

  // A Set, not `Object.hasOwn(modules, …)`: specifiers from the AST are fresh strings, and a Set keeps their hash.
  const specifiers: ReadonlySet<string> = new Set(Object.keys(modules));
  const globalNames = Object.keys(globals);
  const globalSet: ReadonlySet<string> = new Set(globalNames);
  const traced: IsTraced = (specifier): specifier is string => typeof specifier === 'string' && specifiers.has(specifier);
  const onSource = (node: { readonly source?: TSESTree.Literal | null }): void => {
    if (node.source && traced(node.source.value)) esm = mayEnter = true;
  };

  function programExit(program: TSESTree.Program): void {
    const fileContext = context;
    const filePayload = payload as Payload;
    context = undefined;
    payload = undefined;
    if (!fileContext) return;
    if (!mayEnter || (onlyIf && !onlyIf(fileContext.sourceCode))) {
      onProgramExit(fileContext, NO_REFERENCES, filePayload);
      return;
    }
    onProgramExit(fileContext, referencesIn(fileContext, program, { esm, importEquals, dynamicImports }), filePayload);
  }

  function referencesIn(
    fileContext: Context,
    program: TSESTree.Program,
    sightings: Sightings,
  ): readonly TrackedReference<Info>[] {
    const { sourceCode } = fileContext;
    const globalScope = sourceCode.getScope(program);
    const entries = findEntries(sourceCode, globalScope, sightings, traced, globalSet);
    if (!entries) return NO_REFERENCES;

    const tracker = new ReferenceTracker(globalScope, { mode: 'legacy' }) as unknown as Tracker;
    const seen = new Set<TSESTree.Node>();
    const references: TrackedReference<Info>[] = [];

    const emit = (found: Iterable<FoundReference<Info>>): void => {
      for (const { node, path, type, info } of found) {
        if (seen.has(node)) continue;
        seen.add(node);
        references.push({ node, path: normalizePath(path), kind: kindOf(type), info });
      }
    };

    /** Uses of an expression that evaluates to `element`: itself (when read is traced) and what hangs off it. */
    function* usesOf(node: TSESTree.Node, name: string, element: TraceMapElement<Info>): Generator<FoundReference<Info>> {
      const read = element[READ];
      if (read !== undefined) yield { node, path: [name], type: READ, info: read };
      for (const found of tracker.iteratePropertyReferences(node, element)) {
        yield { ...found, path: [name, ...found.path] };
      }
    }

    if (entries.esm) emit(tracker.iterateEsmReferences(modules));
    for (const { node, specifier, namespace } of entries.modules) {
      const element = modules[specifier];
      if (element) emit(usesOf(node, specifier, namespace ? asNamespace(element) : element));
    }
    // Globals in the order of the trace map, each in source order.
    const byName =
      entries.globals.length > 1 ? [...entries.globals].sort((a, b) => globalNames.indexOf(a.name) - globalNames.indexOf(b.name)) : entries.globals;
    for (const { node, name } of byName) {
      const element = globals[name];
      if (element) emit(usesOf(node, name, element));
    }
    return references;
  }

  const selectors = specifierSelectors(specifiers);
  const listeners: TSESLint.RuleListener = {
    [selectors.source]: onSource,
    TSImportEqualsDeclaration(node) {
      const reference = node.moduleReference;
      // Top level only, as ReferenceTracker reads ES imports: one inside a namespace is not followed.
      if (node.parent.type !== AST_NODE_TYPES.Program || reference.type !== AST_NODE_TYPES.TSExternalModuleReference) return;
      if (!traced(reference.expression.value)) return;
      importEquals.push(node);
      mayEnter = true;
    },
    ImportExpression(node) {
      if (!traced(stringArgument(node))) return;
      dynamicImports.push(node);
      mayEnter = true;
    },
    [selectors.require](node: TSESTree.CallExpression) {
      if (traced(stringArgument(node))) mayEnter = true;
    },
    [GET_BUILTIN_MODULE]() {
      mayEnter = true;
    },
    'Program:exit': programExit,
  };
  if (globalNames.length > 0) {
    listeners[identifierSelector(globalNames)] = () => {
      mayEnter = true;
    };
  }
  Object.freeze(listeners);

  return (fileContext, filePayload) => {
    // A file still in progress: the same rule turned on twice (the plugin registered under two names), or a lint
    // that another rule runs inside this one (embedded code). The newcomer gets a tracker of its own, so the file
    // in progress keeps its state. (After a traversal that a crash cut short, every later file takes this path:
    // slower, still correct.)
    if (context !== undefined) return createTracker(sources, onProgramExit)(fileContext, filePayload);
    context = fileContext;
    payload = filePayload;
    mayEnter = false;
    esm = false;
    if (importEquals.length > 0) importEquals = [];
    if (dynamicImports.length > 0) dynamicImports = [];
    return listeners;
  };
}
