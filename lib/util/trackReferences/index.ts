import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { NODE_PROTOCOL } from '../ast';
import { findVariable } from '../scope';

// Every rule finds module exports and globals through here. The trace maps have ReferenceTracker's shape (and its
// symbols), and the walk below follows its rules (legacy mode: a CommonJS module's exports are also its default
// export's properties), as direct calls: no generator and no result object per step.

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
  /** Keyed by module specifier; `node:` twins of builtins are added by {@link withNodeProtocol}. */
  readonly modules?: TraceMap<Info>;
  /** Keyed by global name (`fetch`, `Bun`); found whether or not the config declares the global. */
  readonly globals?: TraceMap<Info>;
}

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

/** Where a traced module or global enters the file: the expression that evaluates to it. */
interface ModuleEntry {
  readonly node: TSESTree.Node;
  readonly specifier: string;
  /** `await import()`: an ES module namespace. */
  readonly namespace: boolean;
}

/** What a file's entry scan found; `esm` when an import or re-export names a traced module. */
interface Entries {
  esm: boolean;
  readonly modules: ModuleEntry[];
  /** Identifiers that name a traced global. */
  readonly globals: TSESTree.Identifier[];
}

/**
 * Whether an identifier names the global of its name: it declares nothing, and no variable of the file takes it
 * (a variable of the configuration, without definitions, does). Found by name from the identifier's scope outwards,
 * so a file costs what its few candidates cost, not a walk over every unresolved reference. A name in no reference
 * position (a label, a write target) passes too: the tracker finds no use hanging off it.
 */
function namesGlobal(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): boolean {
  const { name } = identifier;
  for (let scope: Scope | null = sourceCode.getScope(identifier); scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (!variable) continue;
    if (variable.identifiers.includes(identifier)) return false;
    if ((scope.type as string) === 'global' && variable.defs.length === 0) return true;
    // A variable the name does not resolve to (a TypeScript type, a name a `with` or `eval` leaves open) is passed.
    if (variable.references.some((reference) => reference.identifier === identifier)) return false;
  }
  return true;
}

type Variable = TSESLint.Scope.Variable;

/** Receives each use the walk finds: the node, its path from the module or global, and the map symbol that matched. */
type Sink<Info> = (node: TSESTree.Node, path: readonly string[], type: symbol, info: Info) => void;

/** Nodes that hand their operand's value on unchanged (`a ?? b`, `x as T`, `a?.b`), as ReferenceTracker skips them. */
function passesThrough(node: TSESTree.Node): boolean {
  const { parent } = node;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.consequent === node || parent.alternate === node;
    case AST_NODE_TYPES.SequenceExpression:
      return parent.expressions[parent.expressions.length - 1] === node;
    case AST_NODE_TYPES.LogicalExpression:
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSInstantiationExpression:
      return true;
    default:
      return false;
  }
}

/** The trace map one level down at `key`, when the map has that key of its own (no `toString` from the prototype). */
function childOf<Info>(map: TraceMapElement<Info>, key: string | null | undefined): TraceMapElement<Info> | undefined {
  return key != null && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/**
 * Walks the uses of a traced value: the properties read off it, calls and constructions of it, and the variables
 * it is assigned or destructured into (followed through their references, each variable once per chain).
 */
function usesWalker<Info>(sourceCode: Readonly<TSESLint.SourceCode>, sink: Sink<Info>) {
  const variableStack: Variable[] = [];

  function fromNode(start: TSESTree.Node, path: readonly string[], map: TraceMapElement<Info>): void {
    let node = start;
    while (node.parent && passesThrough(node)) node = node.parent;
    const { parent } = node;
    if (!parent) return;
    switch (parent.type) {
      case AST_NODE_TYPES.MemberExpression: {
        if (parent.object !== node) return;
        const key = parent.computed
          ? ASTUtils.getPropertyName(parent)
          : parent.property.type === AST_NODE_TYPES.Identifier
            ? parent.property.name
            : null;
        const next = childOf(map, key);
        if (key == null || !next) return;
        const nextPath = [...path, key];
        if (next[READ]) sink(parent, nextPath, READ, next[READ]);
        fromNode(parent, nextPath, next);
        return;
      }
      case AST_NODE_TYPES.CallExpression:
        if (parent.callee === node && map[CALL]) sink(parent, path, CALL, map[CALL]);
        return;
      case AST_NODE_TYPES.NewExpression:
        if (parent.callee === node && map[CONSTRUCT]) sink(parent, path, CONSTRUCT, map[CONSTRUCT]);
        return;
      case AST_NODE_TYPES.AssignmentExpression:
        if (parent.right === node) {
          intoPattern(parent.left, path, map);
          fromNode(parent, path, map);
        }
        return;
      case AST_NODE_TYPES.AssignmentPattern:
        if (parent.right === node) intoPattern(parent.left, path, map);
        return;
      case AST_NODE_TYPES.VariableDeclarator:
        if (parent.init === node) intoPattern(parent.id, path, map);
        return;
      default:
    }
  }

  function intoPattern(pattern: TSESTree.Node, path: readonly string[], map: TraceMapElement<Info>): void {
    switch (pattern.type) {
      case AST_NODE_TYPES.Identifier: {
        const variable = findVariable(sourceCode, pattern);
        if (variable) fromVariable(variable, path, map);
        return;
      }
      case AST_NODE_TYPES.ObjectPattern:
        for (const property of pattern.properties) {
          if (property.type !== AST_NODE_TYPES.Property) continue;
          const key = ASTUtils.getPropertyName(property);
          const next = childOf(map, key);
          if (key == null || !next) continue;
          const nextPath = [...path, key];
          if (next[READ]) sink(property, nextPath, READ, next[READ]);
          intoPattern(property.value, nextPath, next);
        }
        return;
      case AST_NODE_TYPES.AssignmentPattern:
        intoPattern(pattern.left, path, map);
        return;
      default:
    }
  }

  function fromVariable(variable: Variable, path: readonly string[], map: TraceMapElement<Info>): void {
    if (variableStack.includes(variable)) return;
    variableStack.push(variable);
    try {
      for (const reference of variable.references) {
        if (reference.isRead()) fromNode(reference.identifier, path, map);
      }
    } finally {
      variableStack.pop();
    }
  }

  return { fromNode, fromVariable };
}

/** A CommonJS module's map as an ES import sees it in legacy mode: its exports, and the same under `default`. */
const legacyImportMaps = new WeakMap<object, object>();
function legacyImportMap<Info>(element: TraceMapElement<Info>): TraceMapElement<Info> {
  let map = legacyImportMaps.get(element) as TraceMapElement<Info> | undefined;
  if (!map) {
    map = { default: element, ...element };
    legacyImportMaps.set(element, map);
  }
  return map;
}

/** Uses through the imports and re-exports of the program's top level, as ReferenceTracker's ESM walk finds them. */
function esmUses<Info>(
  sourceCode: Readonly<TSESLint.SourceCode>,
  program: TSESTree.Program,
  modules: TraceMap<Info>,
  sink: Sink<Info>,
): void {
  // Through an import, a READ at the module itself (`import x from 'fs'`, `x.default`) is no use; `default` after
  // the module name is dropped from the path.
  const importSink: Sink<Info> = (node, path, type, info) => {
    const length = path[1] === 'default' ? path.length - 1 : path.length;
    if (length >= 2 || type !== READ) sink(node, path, type, info);
  };
  const walk = usesWalker(sourceCode, importSink);
  for (const node of program.body) {
    if (
      (node.type !== AST_NODE_TYPES.ImportDeclaration &&
        node.type !== AST_NODE_TYPES.ExportNamedDeclaration &&
        node.type !== AST_NODE_TYPES.ExportAllDeclaration) ||
      node.source == null
    ) {
      continue;
    }
    const moduleId = node.source.value;
    const element = childOf(modules, moduleId);
    if (!element) continue;
    const path = [moduleId];
    if (element[READ]) sink(node, path, READ, element[READ]);
    if (node.type === AST_NODE_TYPES.ExportAllDeclaration) {
      for (const key of Object.keys(element)) {
        const read = element[key]?.[READ];
        if (read) sink(node, [moduleId, key], READ, read);
      }
      continue;
    }
    const map = legacyImportMap(element);
    for (const specifier of node.specifiers) {
      switch (specifier.type) {
        case AST_NODE_TYPES.ImportSpecifier:
        case AST_NODE_TYPES.ImportDefaultSpecifier: {
          const key =
            specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
              ? 'default'
              : specifier.imported.type === AST_NODE_TYPES.Identifier
                ? specifier.imported.name
                : specifier.imported.value;
          const next = childOf(map, key);
          if (!next) break;
          const nextPath = [moduleId, key];
          if (next[READ]) importSink(specifier, nextPath, READ, next[READ]);
          const variable = findVariable(sourceCode, specifier.local);
          if (variable) walk.fromVariable(variable, nextPath, next);
          break;
        }
        case AST_NODE_TYPES.ImportNamespaceSpecifier: {
          const variable = findVariable(sourceCode, specifier.local);
          if (variable) walk.fromVariable(variable, path, map);
          break;
        }
        case AST_NODE_TYPES.ExportSpecifier: {
          const { local } = specifier;
          const key = local.type === AST_NODE_TYPES.Identifier ? local.name : local.value;
          const read = childOf(map, key)?.[READ];
          if (read) importSink(specifier, [moduleId, key], READ, read);
          break;
        }
        default:
      }
    }
  }
}

/** What the pre-scan's listeners saw in a file: the nodes that name a traced module by its specifier. */
interface Sightings {
  /** An import or re-export of a traced module. */
  readonly esm: boolean;
  /** Top-level `import x = require('…')` of a traced module. */
  readonly importEquals: readonly TSESTree.TSImportEqualsDeclaration[];
  /** `import('…')` of a traced module. */
  readonly dynamicImports: readonly TSESTree.ImportExpression[];
  /** In source order: `require('…')` of a traced module, and `process.getBuiltinModule` or `process[…]` members. */
  readonly moduleCalls: readonly (TSESTree.CallExpression | TSESTree.MemberExpression)[];
  /** Identifiers named like a traced global, outside the places where a name is no reference (`a.fetch`, `{ fetch: 1 }`). */
  readonly globalIdentifiers: readonly TSESTree.Identifier[];
}

type IsTraced = (specifier: unknown) => specifier is string;

/**
 * The exact entry scan, for a file the pre-scan flagged: of the nodes the listeners saw, the ones whose `require`,
 * `process` or global name is the global itself. It allocates nothing until it finds an entry.
 */
function findEntries(
  sourceCode: Readonly<TSESLint.SourceCode>,
  sightings: Sightings,
  traced: IsTraced,
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

  for (const node of sightings.moduleCalls) {
    if (node.type === AST_NODE_TYPES.CallExpression) {
      // `require('x')`: the selector saw the callee and the argument.
      const specifier = stringArgument(node);
      if (traced(specifier) && namesGlobal(sourceCode, node.callee as TSESTree.Identifier)) {
        found().modules.push({ node, specifier, namespace: false });
      }
      continue;
    }
    // `process.getBuiltinModule('x')` or `process[key]('x')`.
    const call = node.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== node) continue;
    // `process.env` is everywhere: ask for a scope only for a computed key, which may be a constant.
    const key = node.computed
      ? ASTUtils.getPropertyName(node, sourceCode.getScope(node))
      : node.property.type === AST_NODE_TYPES.Identifier
        ? node.property.name
        : undefined;
    if (key !== 'getBuiltinModule') continue;
    const specifier = stringArgument(call);
    if (traced(specifier) && namesGlobal(sourceCode, node.object as TSESTree.Identifier)) {
      found().modules.push({ node: call, specifier, namespace: false });
    }
  }

  for (const identifier of sightings.globalIdentifiers) {
    if (namesGlobal(sourceCode, identifier)) found().globals.push(identifier);
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
//
// Each one names its node type last (`[name='x']Identifier`, not `Identifier[name='x']`). ESLint still files the
// selector under that type, but esquery tests a compound's parts in the order written, and its node type test
// lower-cases the node's type into a new string each time. Written first, that test ran on every Identifier,
// MemberExpression and CallExpression of every file: about 75 MB of garbage per pass over the speed corpus. Written
// last, it runs only on the rare node whose attributes already match.
const GET_BUILTIN_MODULE =
  "[object.name='process'][object.type='Identifier'][computed=true]MemberExpression, [object.name='process'][object.type='Identifier'][property.name='getBuiltinModule']MemberExpression";

/**
 * An esquery regular expression matching exactly the given strings. esquery reads a regular expression up to
 * the next `/`, even an escaped one, so a slash is written `\x2F`.
 */
function exactly(values: Iterable<string>): string {
  const alternatives = [...values].map((value) =>
    value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\//gu, '\\x2F'),
  );
  return `/^(?:${alternatives.join('|')})$/`;
}

/** The pre-scan's selectors for module specifiers: imports, re-exports and `require()` of a traced module. */
function specifierSelectors(specifiers: ReadonlySet<string>): { readonly source: string; readonly require: string } {
  const pattern = exactly(specifiers);
  const require = "[callee.name='require'][callee.type='Identifier']";
  return {
    source: ['ImportDeclaration', 'ExportAllDeclaration', 'ExportNamedDeclaration']
      .map((type) => `[source.value=${pattern}]${type}`)
      .join(', '),
    // `require(\`fs\`)` too: a template literal is checked by the listener.
    require: `${require}[arguments.0.value=${pattern}]CallExpression, ${require}[arguments.0.type='TemplateLiteral']CallExpression`,
  };
}

/**
 * A name that is a property or member name and no reference: `a.fetch`, `{ fetch: f }`, `fetch() {}` in a class or
 * an object, `fetch: T` in a type. (A computed or shorthand one is a reference.)
 */
function isKeyName(identifier: TSESTree.Identifier): boolean {
  const { parent } = identifier;
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression:
      return parent.property === identifier && !parent.computed;
    case AST_NODE_TYPES.Property:
      return parent.key === identifier && parent.value !== identifier && !parent.computed;
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty:
    case AST_NODE_TYPES.TSAbstractMethodDefinition:
    case AST_NODE_TYPES.TSAbstractPropertyDefinition:
    case AST_NODE_TYPES.TSAbstractAccessorProperty:
    case AST_NODE_TYPES.TSPropertySignature:
    case AST_NODE_TYPES.TSMethodSignature:
      return parent.key === identifier && !parent.computed;
    default:
      return false;
  }
}

/** `[name=/^(?:fetch|Bun)$/]Identifier` for the traced globals' names. */
function identifierSelector(names: readonly string[]): string {
  return `[name=${exactly(names)}]Identifier`;
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
  let moduleCalls: (TSESTree.CallExpression | TSESTree.MemberExpression)[] = [];
  let globalIdentifiers: TSESTree.Identifier[] = [];
  // Set by the listeners below when the file may name a traced module or global. They see only the nodes their
  // selectors pick out, so most files never call them and end with one test at `Program:exit`.
  let mayEnter = false;

  // A Set, not `Object.hasOwn(modules, …)`: specifiers from the AST are fresh strings, and a Set keeps their hash.
  const specifiers: ReadonlySet<string> = new Set(Object.keys(modules));
  const globalNames = Object.keys(globals);
  const traced: IsTraced = (specifier): specifier is string =>
    typeof specifier === 'string' && specifiers.has(specifier);
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
    onProgramExit(
      fileContext,
      referencesIn(fileContext, program, { esm, importEquals, dynamicImports, moduleCalls, globalIdentifiers }),
      filePayload,
    );
  }

  function referencesIn(
    fileContext: Context,
    program: TSESTree.Program,
    sightings: Sightings,
  ): readonly TrackedReference<Info>[] {
    const { sourceCode } = fileContext;
    const entries = findEntries(sourceCode, sightings, traced);
    if (!entries) return NO_REFERENCES;

    const seen = new Set<TSESTree.Node>();
    const references: TrackedReference<Info>[] = [];
    const sink: Sink<Info> = (node, path, type, info) => {
      if (seen.has(node)) return;
      seen.add(node);
      references.push({ node, path: normalizePath(path), kind: kindOf(type), info });
    };
    const walk = usesWalker(sourceCode, sink);

    /** Uses of an expression that evaluates to `element` (the module or global `name`): itself, and what hangs off it. */
    const usesOf = (node: TSESTree.Node, name: string, element: TraceMapElement<Info>): void => {
      const read = element[READ];
      if (read !== undefined) sink(node, [name], READ, read);
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

  const selectors = specifierSelectors(specifiers);
  const listeners: TSESLint.RuleListener = {
    [selectors.source]: onSource,
    TSImportEqualsDeclaration(node) {
      const reference = node.moduleReference;
      // Top level only, as ReferenceTracker reads ES imports: one inside a namespace is not followed.
      if (node.parent.type !== AST_NODE_TYPES.Program || reference.type !== AST_NODE_TYPES.TSExternalModuleReference)
        return;
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
      if (!traced(stringArgument(node))) return;
      moduleCalls.push(node);
      mayEnter = true;
    },
    [GET_BUILTIN_MODULE](node: TSESTree.MemberExpression) {
      moduleCalls.push(node);
      mayEnter = true;
    },
    'Program:exit': programExit,
  };
  if (globalNames.length > 0) {
    listeners[identifierSelector(globalNames)] = (node: TSESTree.Identifier) => {
      if (!isKeyName(node)) {
        globalIdentifiers.push(node);
        mayEnter = true;
      }
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
    if (moduleCalls.length > 0) moduleCalls = [];
    if (globalIdentifiers.length > 0) globalIdentifiers = [];
    return listeners;
  };
}
