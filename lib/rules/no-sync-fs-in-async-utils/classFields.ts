import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { memberKeyName } from '../../util/ast';
import { findVariable } from '../../util/scope';
import { patternSource } from './patternSource';

// Where a class's `this.x` (or `C.x` for a static field) gets its value: field declarations, constructor parameter
// properties, static blocks, assignments and destructuring writes, in the class, its superclasses in the file, and
// through the class's name anywhere in the file. Static fields are keyed `static x`.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Class = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** What a class says about one of its fields. */
export interface FieldSources {
  /** Type annotations of its declaration or constructor parameter property. */
  readonly types: TSESTree.TypeNode[];
  /** Expressions assigned to it (initialisers, defaults, right sides of `=`); `number` for `++` and `-=`. */
  readonly values: (TSESTree.Node | 'number' | 'string' | 'other' | 'unknown')[];
}

/** The key a class member is indexed under: `static x` for a static one. */
const fieldKey = (name: string, isStatic: boolean): string => (isStatic ? `static ${name}` : name);

/** The field `this.x` names, when `member` reads or writes a field of `this`. */
export function thisFieldName(member: TSESTree.MemberExpression): string | undefined {
  return member.object.type === AST_NODE_TYPES.ThisExpression
    ? memberKeyName(member.property, member.computed)
    : undefined;
}

/** Where `this` at `node` stands: the class, and whether it is the constructor (static code) or an instance. */
export function thisContext(node: TSESTree.Node): { cls: Class; isStatic: boolean } | undefined {
  let member: TSESTree.Node = node;
  for (let current = node.parent; current; current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.ClassBody: {
        const isStatic =
          member.type === AST_NODE_TYPES.StaticBlock || ('static' in member && (member.static as unknown) === true);
        return { cls: current.parent, isStatic };
      }
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
    member = current;
  }
  return undefined;
}

/** The class whose instance (or constructor, in static code) `this` is where `node` stands, if any. */
export function classOfThis(node: TSESTree.Node): Class | undefined {
  return thisContext(node)?.cls;
}

/** The class a name is bound to in the file: a class declaration, or a `const` holding a class expression. */
export function classOfBinding(sourceCode: SourceCode, identifier: TSESTree.Identifier): Class | undefined {
  const variable = findVariable(sourceCode, identifier);
  if (variable?.defs.length !== 1) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && reference.init !== true)) return undefined;
  const [definition] = variable.defs;
  const node = definition?.node;
  if (node?.type === AST_NODE_TYPES.ClassDeclaration || node?.type === AST_NODE_TYPES.ClassExpression) return node;
  const isConst = node?.type === AST_NODE_TYPES.VariableDeclarator && node.parent.kind === 'const';
  return isConst && node.init?.type === AST_NODE_TYPES.ClassExpression ? node.init : undefined;
}

/** The class and key a member read names: `this.x` in a class, or `C.x` with `C` a class of the file. */
export function fieldOf(
  sourceCode: SourceCode,
  member: TSESTree.MemberExpression,
): { cls: Class; key: string } | undefined {
  const { object } = member;
  const name = memberKeyName(member.property, member.computed);
  if (name == null) return undefined;
  if (object.type === AST_NODE_TYPES.ThisExpression) {
    const context = thisContext(member);
    return context == null ? undefined : { cls: context.cls, key: fieldKey(name, context.isStatic) };
  }
  if (object.type !== AST_NODE_TYPES.Identifier || name.startsWith('#')) return undefined;
  const cls = classOfBinding(sourceCode, object);
  return cls == null ? undefined : { cls, key: fieldKey(name, true) };
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

/** What a write to the member `target` puts in it: assignments, updates, destructuring. */
function targetValues(target: TSESTree.MemberExpression): FieldSources['values'] {
  const { parent } = target;
  if (parent.type === AST_NODE_TYPES.UpdateExpression) return ['number'];
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === target) {
    if (TAKES_RIGHT.has(parent.operator)) return [parent.right];
    return [parent.operator === '+=' ? 'unknown' : 'number'];
  }
  const inPattern =
    parent.type === AST_NODE_TYPES.ArrayPattern ||
    parent.type === AST_NODE_TYPES.RestElement ||
    (parent.type === AST_NODE_TYPES.AssignmentPattern && (parent.left as TSESTree.Node) === target) ||
    (parent.type === AST_NODE_TYPES.Property && (parent.value as TSESTree.Node) === target);
  if (!inPattern) return [];
  const source = patternSource(target);
  if (source.kind === 'forIn') return ['string'];
  if (source.kind === 'unknown') return ['unknown'];
  const values = source.values.map((value) => (value === 'undefined' ? 'other' : value));
  return source.whole ? values : [...values, 'unknown'];
}

/** What one write to `this.x` in `cls` contributes. */
function recordWrite(index: Map<string, FieldSources>, node: TSESTree.Node, cls: Class): void {
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.ThisExpression) return;
  const name = thisFieldName(node);
  const context = name == null ? undefined : thisContext(node);
  if (name == null || context?.cls !== cls) return;
  const values = targetValues(node);
  if (values.length > 0) sourcesOf(index, fieldKey(name, context.isStatic)).values.push(...values);
}

/** Writes through the class's name anywhere in the file: `C.x = …`. */
function recordNamedWrites(sourceCode: SourceCode, index: Map<string, FieldSources>, cls: Class): void {
  for (const variable of sourceCode.scopeManager?.getDeclaredVariables(cls) ?? []) {
    for (const reference of variable.references) {
      const { parent } = reference.identifier;
      if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== reference.identifier) continue;
      const name = memberKeyName(parent.property, parent.computed);
      const values = name == null ? [] : targetValues(parent);
      if (name != null && values.length > 0) sourcesOf(index, fieldKey(name, true)).values.push(...values);
    }
  }
}

/** Declarations in the class body and parameter properties of its constructor. */
function recordDeclarations(index: Map<string, FieldSources>, cls: Class): void {
  for (const member of cls.body.body) {
    if (
      member.type === AST_NODE_TYPES.PropertyDefinition ||
      member.type === AST_NODE_TYPES.AccessorProperty ||
      member.type === AST_NODE_TYPES.TSAbstractPropertyDefinition ||
      member.type === AST_NODE_TYPES.TSAbstractAccessorProperty
    ) {
      const name = memberKeyName(member.key, member.computed);
      if (name == null) continue;
      const sources = sourcesOf(index, fieldKey(name, member.static));
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
  recordNamedWrites(sourceCode, index, cls);
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

/** The class a class of the file extends, when that is a class of the file too. */
export function superclassOf(sourceCode: SourceCode, cls: Class): Class | undefined {
  const base = cls.superClass;
  return base?.type === AST_NODE_TYPES.Identifier ? classOfBinding(sourceCode, base) : undefined;
}
