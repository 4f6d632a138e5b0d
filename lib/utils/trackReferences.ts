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

// Both rules ask for several undeclared globals (`require`, `process`, `fetch`, …) in the same file: index the
// global scope's unresolved references by name once per file instead of scanning them once per name and rule.
const undeclaredByScope = new WeakMap<Scope, ReadonlyMap<string, readonly Reference[]>>();

function undeclaredReferences(globalScope: Scope): ReadonlyMap<string, readonly Reference[]> {
  let byName = undeclaredByScope.get(globalScope);
  if (!byName) {
    const index = new Map<string, Reference[]>();
    for (const reference of globalScope.through) {
      const list = index.get(reference.identifier.name);
      if (list) list.push(reference);
      else index.set(reference.identifier.name, [reference]);
    }
    byName = index;
    undeclaredByScope.set(globalScope, byName);
  }
  return byName;
}

/**
 * Finds every use of the traced module exports and globals in a file, through any binding:
 * ESM imports (default, namespace, named, renamed), `require` (declared as a global or not), destructuring,
 * aliases, inline `require('x').y()`, computed `x['y']`, TypeScript `import x = require()`, `await import()`,
 * and `process.getBuiltinModule()`. Returns listeners; `onReference` runs once per use at `Program:exit`.
 */
export function trackReferences<Info>(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  { modules = {}, globals = {} }: TrackedSources<Info>,
  onReference: (reference: TrackedReference<Info>) => void,
): TSESLint.RuleListener {
  const dynamicImports: TSESTree.ImportExpression[] = [];
  return {
    ImportExpression(node) {
      dynamicImports.push(node);
    },
    'Program:exit'(program) {
      const { sourceCode } = context;
      const globalScope = sourceCode.getScope(program);
      const tracker = new ReferenceTracker(globalScope, { mode: 'legacy' }) as unknown as Tracker;
      const seen = new Set<TSESTree.Node>();

      const emit = (found: Iterable<FoundReference<Info>>): void => {
        for (const { node, path, type, info } of found) {
          if (seen.has(node)) continue;
          seen.add(node);
          onReference({ node, path: normalizePath(path), kind: kindOf(type), info });
        }
      };

      /** Uses of an expression that evaluates to `element`: itself (when read is traced) and what hangs off it. */
      function* usesOf(
        node: TSESTree.Node,
        name: string,
        element: TraceMapElement<Info>,
      ): Generator<FoundReference<Info>> {
        const read = element[READ];
        if (read !== undefined) yield { node, path: [name], type: READ, info: read };
        for (const found of tracker.iteratePropertyReferences(node, element)) {
          yield { ...found, path: [name, ...found.path] };
        }
      }

      /** Reads of a global, whether the config declares it or not; nothing where the file redeclares it. */
      const readsOfGlobal = (name: string): TSESTree.Identifier[] => {
        const variable = globalScope.set.get(name);
        const references = variable
          ? variable.defs.length === 0
            ? variable.references
            : []
          : (undeclaredReferences(globalScope).get(name) ?? []);
        return references
          .filter((reference) => reference.isRead())
          .map((reference) => reference.identifier)
          .filter((identifier): identifier is TSESTree.Identifier => identifier.type === AST_NODE_TYPES.Identifier);
      };

      const moduleUses = (node: TSESTree.Node, specifier: string | undefined, namespace: boolean): void => {
        if (specifier === undefined || !Object.hasOwn(modules, specifier)) return;
        const element = modules[specifier];
        if (element) emit(usesOf(node, specifier, namespace ? asNamespace(element) : element));
      };

      emit(tracker.iterateEsmReferences(modules));

      for (const identifier of readsOfGlobal('require')) {
        const call = identifier.parent;
        if (call.type === AST_NODE_TYPES.CallExpression && call.callee === identifier) {
          moduleUses(call, stringArgument(call), false);
        }
      }

      for (const identifier of readsOfGlobal('process')) {
        const member = identifier.parent;
        if (
          member.type !== AST_NODE_TYPES.MemberExpression ||
          member.object !== identifier ||
          ASTUtils.getPropertyName(member, sourceCode.getScope(member)) !== 'getBuiltinModule'
        ) {
          continue;
        }
        const call = member.parent;
        if (call.type === AST_NODE_TYPES.CallExpression && call.callee === member) {
          moduleUses(call, stringArgument(call), false);
        }
      }

      for (const statement of program.body) {
        if (
          statement.type !== AST_NODE_TYPES.TSImportEqualsDeclaration ||
          statement.moduleReference.type !== AST_NODE_TYPES.TSExternalModuleReference
        ) {
          continue;
        }
        const specifier = statement.moduleReference.expression.value;
        for (const variable of sourceCode.scopeManager?.getDeclaredVariables(statement) ?? []) {
          for (const reference of variable.references) {
            if (reference.isRead()) moduleUses(reference.identifier, specifier, false);
          }
        }
      }

      for (const node of dynamicImports) {
        if (node.parent.type === AST_NODE_TYPES.AwaitExpression && node.parent.argument === node) {
          moduleUses(node.parent, stringArgument(node), true);
        }
      }

      for (const [name, element] of Object.entries(globals)) {
        for (const identifier of readsOfGlobal(name)) emit(usesOf(identifier, name, element));
      }
    },
  };
}
