// The pre-scan's esquery selectors, and the test that tells a key name from a reference to a global.
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

// Rule of thumb: name the node type last (`[name='x']Identifier`). esquery tests a compound's parts in the order
// written, and its type test allocates, so it should run only on the rare node whose attributes already match.

/** `process.getBuiltinModule` and `process[key]`, the callee of a builtin-module call. */
export const GET_BUILTIN_MODULE_SELECTOR =
  "[object.name='process'][object.type='Identifier'][computed=true]MemberExpression, [object.name='process'][object.type='Identifier'][property.name='getBuiltinModule']MemberExpression";

/**
 * An esquery regular expression matching exactly the given strings. esquery reads a regular expression up to
 * the next `/`, even an escaped one, so a slash is written `\x2F`.
 */
export function exactMatchPattern(values: Iterable<string>): string {
  const alternatives = [...values].map((value) =>
    value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\//gu, '\\x2F'),
  );
  return `/^(?:${alternatives.join('|')})$/`;
}

/** The pre-scan's selectors for module specifiers: imports, re-exports and `require()` of a traced module. */
export function specifierSelectors(specifiers: ReadonlySet<string>): {
  readonly source: string;
  readonly require: string;
} {
  const pattern = exactMatchPattern(specifiers);
  const require = "[callee.name='require'][callee.type='Identifier']";
  return {
    source: ['ImportDeclaration', 'ExportAllDeclaration', 'ExportNamedDeclaration']
      .map((type) => `[source.value=${pattern}]${type}`)
      .join(', '),
    // `require(\`fs\`)` too: a template literal is checked by the listener.
    require: `${require}[arguments.0.value=${pattern}]CallExpression, ${require}[arguments.0.type='TemplateLiteral']CallExpression`,
  };
}

/** `[name=/^(?:fetch|Bun)$/]Identifier` for the traced globals' names. */
export function identifierSelector(names: readonly string[]): string {
  return `[name=${exactMatchPattern(names)}]Identifier`;
}

/**
 * A name that is a property or member name and no reference: `a.fetch`, `{ fetch: f }`, `fetch() {}` in a class or
 * an object, `fetch: T` in a type. (A computed or shorthand one is a reference.)
 */
export function isKeyName(identifier: TSESTree.Identifier): boolean {
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
