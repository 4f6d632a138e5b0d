import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

// Where a class's `this.x` gets its value: field declarations, constructor parameter properties, assignments.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Class = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** What a class says about one of its fields. */
export interface FieldSources {
  /** Type annotations of its declaration or constructor parameter property. */
  readonly types: TSESTree.TypeNode[];
  /** Expressions assigned to it (initialisers, defaults, right sides of `=`); `number` for `++` and `-=`. */
  readonly values: (TSESTree.Expression | 'number' | 'unknown')[];
}

/** A field's key as written: `x` for `x` and `'x'`, `#x` for a private name; computed keys give undefined. */
function keyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (computed) return undefined;
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal ? String(key.value) : undefined;
}

/** The field `this.x` names, when `member` reads or writes a field of `this`. */
export function thisFieldName(member: TSESTree.MemberExpression): string | undefined {
  return member.object.type === AST_NODE_TYPES.ThisExpression ? keyName(member.property, member.computed) : undefined;
}

/** The class whose instance (or constructor, in static code) `this` is where `node` stands, if any. */
export function classOfThis(node: TSESTree.Node): Class | undefined {
  for (let current = node.parent; current; current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.ClassBody:
        return current.parent;
      case AST_NODE_TYPES.FunctionDeclaration:
        return undefined;
      case AST_NODE_TYPES.FunctionExpression: {
        const owner = current.parent;
        // A method's or accessor's function: `this` is the class's; any other function has its own `this`.
        if (owner.type !== AST_NODE_TYPES.MethodDefinition) return undefined;
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}

function sourcesOf(index: Map<string, FieldSources>, name: string): FieldSources {
  let sources = index.get(name);
  if (!sources) {
    sources = { types: [], values: [] };
    index.set(name, sources);
  }
  return sources;
}

/** Operators whose result is the right side's value (or the field's own); the others compute a number. */
export const TAKES_RIGHT: ReadonlySet<string> = new Set(['=', '||=', '&&=', '??=']);

/** What one assignment or update to `this.x` contributes. */
function recordWrite(index: Map<string, FieldSources>, node: TSESTree.Node, cls: Class): void {
  const target =
    node.type === AST_NODE_TYPES.AssignmentExpression
      ? node.left
      : node.type === AST_NODE_TYPES.UpdateExpression
        ? node.argument
        : undefined;
  if (target?.type !== AST_NODE_TYPES.MemberExpression) return;
  const name = thisFieldName(target);
  if (name == null || classOfThis(target) !== cls) return;
  const { values } = sourcesOf(index, name);
  if (node.type === AST_NODE_TYPES.UpdateExpression) values.push('number');
  else if (node.type === AST_NODE_TYPES.AssignmentExpression) {
    values.push(TAKES_RIGHT.has(node.operator) ? node.right : node.operator === '+=' ? 'unknown' : 'number');
  }
}

/** Declarations in the class body and parameter properties of its constructor. */
function recordDeclarations(index: Map<string, FieldSources>, cls: Class): void {
  for (const member of cls.body.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition || member.type === AST_NODE_TYPES.AccessorProperty) {
      const name = keyName(member.key, member.computed);
      if (name == null) continue;
      const sources = sourcesOf(index, name);
      if (member.typeAnnotation != null) sources.types.push(member.typeAnnotation.typeAnnotation);
      sources.values.push(member.value ?? 'unknown');
    }
    if (member.type !== AST_NODE_TYPES.MethodDefinition || member.kind !== 'constructor') continue;
    for (const parameter of member.value.params) {
      if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
      const inner = parameter.parameter;
      const binding = inner.type === AST_NODE_TYPES.AssignmentPattern ? inner.left : inner;
      const sources = sourcesOf(index, binding.name);
      if (binding.typeAnnotation != null) sources.types.push(binding.typeAnnotation.typeAnnotation);
      sources.values.push(inner.type === AST_NODE_TYPES.AssignmentPattern ? inner.right : 'unknown');
    }
  }
}

/** Every field of `cls` with its sources, from one walk over the class. */
export function indexClassFields(sourceCode: SourceCode, cls: Class): ReadonlyMap<string, FieldSources> {
  const index = new Map<string, FieldSources>();
  recordDeclarations(index, cls);
  const keys = sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;
  const stack: TSESTree.Node[] = [cls.body];
  for (let node = stack.pop(); node; node = stack.pop()) {
    recordWrite(index, node, cls);
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? (child as unknown[]) : [child]) {
        if (item != null && typeof (item as TSESTree.Node).type === 'string') stack.push(item as TSESTree.Node);
      }
    }
  }
  return index;
}
