import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { memberKeyName } from '../../util/ast';
import { superclassOf, thisContext } from './classFields';
import type { Escape, HelperBinding, HelperUses } from './helperGraph';

// The calls of a class member helper: `this.m()` in its class and in-module subclasses that do not override it,
// `super.m()` in subclasses, and `C.m()` through the class's bindings for a static one.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;
export type Class = TSESTree.ClassDeclaration | TSESTree.ClassExpression;
type MemberBinding = Extract<HelperBinding, { kind: 'member' }>;
type ClassScans = Map<TSESTree.Node, Map<string, TSESTree.MemberExpression[]>>;

const lineOf = (node: TSESTree.Node): number => node.loc.start.line;

function exportedByReference(variable: Variable): boolean {
  return variable.references.some(({ identifier: { parent } }) => {
    const type = parent.type;
    return type === AST_NODE_TYPES.ExportSpecifier || type === AST_NODE_TYPES.ExportDefaultDeclaration;
  });
}

/** `export function f`, `export default class`, `export const f = …`: the declaration itself is exported. */
function isDeclaredExported(variable: Variable): boolean {
  return variable.defs.some(({ node }) => {
    const statement = node.type === AST_NODE_TYPES.VariableDeclarator ? node.parent : node;
    const type = statement.parent.type;
    return type === AST_NODE_TYPES.ExportNamedDeclaration || type === AST_NODE_TYPES.ExportDefaultDeclaration;
  });
}

/** Whether other modules can reach `variable`: an `export` on its declaration or of its name. */
export function isVariableExported(variable: Variable): boolean {
  return isDeclaredExported(variable) || exportedByReference(variable);
}

/** The variables naming a class: its declaration's, its expression's own name, or the `const` holding it. */
function classVariables(sourceCode: SourceCode, cls: Class): Variable[] {
  const variables = [...sourceCode.getDeclaredVariables(cls)];
  const { parent } = cls;
  if (
    cls.type === AST_NODE_TYPES.ClassExpression &&
    parent.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === cls &&
    parent.parent.kind === 'const'
  ) {
    variables.push(...sourceCode.getDeclaredVariables(parent));
  }
  return variables;
}

function isClassExported(sourceCode: SourceCode, cls: Class): boolean {
  const type = cls.parent.type;
  if (type === AST_NODE_TYPES.ExportNamedDeclaration || type === AST_NODE_TYPES.ExportDefaultDeclaration) return true;
  return classVariables(sourceCode, cls).some(isVariableExported);
}

/** The classes of the module that extend `cls` directly, found through its bindings. */
function subclassesOf(sourceCode: SourceCode, cls: Class): Class[] {
  return classVariables(sourceCode, cls).flatMap((variable) =>
    variable.references.flatMap(({ identifier }) => {
      const { parent } = identifier;
      const isBase =
        (parent.type === AST_NODE_TYPES.ClassDeclaration || parent.type === AST_NODE_TYPES.ClassExpression) &&
        parent.superClass === identifier;
      return isBase ? [parent] : [];
    }),
  );
}

/** The member of `cls` itself named `key`, method or field, static or not as asked. */
function ownMember(cls: Class, key: string, isStatic: boolean): TSESTree.Node | undefined {
  return cls.body.body.find(
    (member) =>
      (member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.PropertyDefinition) &&
      member.static === isStatic &&
      memberKeyName(member.key, member.computed) === key,
  );
}

/** Every member expression with a static key under `root` (a class body, the program), by key: one walk each. */
function scanClass(
  sourceCode: SourceCode,
  scans: ClassScans,
  root: TSESTree.Node,
): Map<string, TSESTree.MemberExpression[]> {
  let index = scans.get(root);
  if (index) return index;
  index = new Map();
  scans.set(root, index);
  const keys = sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      const key = memberKeyName(node.property, node.computed);
      const list = key == null ? undefined : index.get(key);
      if (list) list.push(node);
      else if (key != null) index.set(key, [node]);
    }
    for (const name of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[name];
      for (const item of Array.isArray(child) ? (child as unknown[]) : [child]) {
        if (item != null && typeof (item as TSESTree.Node).type === 'string') stack.push(item as TSESTree.Node);
      }
    }
  }
  return index;
}

/** The classes on which `this.key` means this member, and the subclasses that override it. */
function receiversOf(sourceCode: SourceCode, { cls, key, isStatic }: MemberBinding): [Class[], Class[]] {
  const receivers: Class[] = [cls];
  const overriders: Class[] = [];
  if (key.startsWith('#')) return [receivers, overriders];
  for (let i = 0; i < receivers.length; i++) {
    for (const sub of subclassesOf(sourceCode, receivers[i] as Class)) {
      if (receivers.includes(sub) || overriders.includes(sub)) continue;
      (ownMember(sub, key, isStatic) ? overriders : receivers).push(sub);
    }
  }
  return [receivers, overriders];
}

/** The subclasses of the file that override the member `binding` names. */
export function overridersOf(sourceCode: SourceCode, binding: MemberBinding): Class[] {
  return receiversOf(sourceCode, binding)[1];
}

/** Whether `member` reads this helper through `this` or `super` in one of `receivers` (or an overrider's `super`). */
function readsThroughThis(
  sourceCode: SourceCode,
  member: TSESTree.MemberExpression,
  receivers: readonly Class[],
  isStatic: boolean,
): boolean | undefined {
  const { object } = member;
  if (object.type !== AST_NODE_TYPES.ThisExpression && object.type !== AST_NODE_TYPES.Super) return undefined;
  const context = thisContext(member);
  if (context?.isStatic !== isStatic) return false;
  if (object.type === AST_NODE_TYPES.ThisExpression) return receivers.includes(context.cls);
  const base = superclassOf(sourceCode, context.cls);
  return base != null && receivers.includes(base);
}

/** `new C()`, `class D extends C`: uses of a class name that do not hand its statics on. */
function isClassUse(identifier: TSESTree.Node): boolean {
  const { parent } = identifier;
  if (parent?.type === AST_NODE_TYPES.NewExpression) return parent.callee === identifier;
  return (
    (parent?.type === AST_NODE_TYPES.ClassDeclaration || parent?.type === AST_NODE_TYPES.ClassExpression) &&
    parent.superClass === identifier
  );
}

/** Whether `cls` is bound by a class declaration or a `const`, so its statics are reached through that binding. */
function isBoundFirmly(cls: Class): boolean {
  if (cls.type === AST_NODE_TYPES.ClassDeclaration) return true;
  const { parent } = cls;
  return parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === cls && parent.parent.kind === 'const';
}

/** A static's reads on objects that may be its class but are neither `this`, `super` nor the class's bindings. */
function staticEscapes(
  sourceCode: SourceCode,
  scans: ClassScans,
  { key }: MemberBinding,
  receivers: readonly Class[],
): Escape[] {
  const escapes: Escape[] = [];
  for (const owner of receivers) {
    if (!isBoundFirmly(owner)) {
      escapes.push({ reason: `belongs to a class not bound by a declaration or a \`const\` (line ${lineOf(owner)})` });
    }
  }
  const classReads = new Set<TSESTree.Node>(
    receivers.flatMap((owner) =>
      classVariables(sourceCode, owner).flatMap((variable) => variable.references.map((ref) => ref.identifier)),
    ),
  );
  for (const member of scanClass(sourceCode, scans, sourceCode.ast).get(key) ?? []) {
    const { object } = member;
    if (object.type === AST_NODE_TYPES.ThisExpression || object.type === AST_NODE_TYPES.Super) continue;
    if (!classReads.has(object)) {
      escapes.push({ reason: `is read on an object that may be its class (line ${lineOf(member)})` });
    }
  }
  return escapes;
}

/** Calls of a class member helper and the uses that keep its fix back. */
export function classUses(sourceCode: SourceCode, scans: ClassScans, binding: MemberBinding): HelperUses {
  const { cls, key, isStatic, node } = binding;
  const isPrivate = key.startsWith('#') || node.accessibility === 'private';
  const calls = new Set<TSESTree.CallExpression>();
  const escapes: Escape[] = [];
  if (!isPrivate && !isStatic) escapes.push({ reason: 'is a public method, callable on instances out of sight' });
  if (!isPrivate && isStatic && isClassExported(sourceCode, cls))
    escapes.push({ reason: 'belongs to an exported class' });
  const [receivers, overriders] = receiversOf(sourceCode, binding);
  for (const sub of overriders) escapes.push({ reason: `is overridden in a subclass (line ${lineOf(sub)})` });
  const use = (member: TSESTree.MemberExpression): void => {
    if (member.parent.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member) {
      calls.add(member.parent);
    } else escapes.push({ reason: `is used as a value (line ${lineOf(member)})` });
  };
  for (const owner of [...receivers, ...overriders]) {
    for (const member of scanClass(sourceCode, scans, owner.body).get(key) ?? []) {
      const { type } = member.object;
      if ((type === AST_NODE_TYPES.ThisExpression || type === AST_NODE_TYPES.Super) && thisContext(member) == null) {
        escapes.push({ reason: `is read where \`this\` may be another object (line ${lineOf(member)})` });
        continue;
      }
      const through = readsThroughThis(sourceCode, member, receivers, isStatic);
      if (through === true) use(member);
      else if (through == null && isPrivate) {
        escapes.push({ reason: `is read on another object (line ${lineOf(member)})` });
      }
    }
  }
  if (isStatic) escapes.push(...staticEscapes(sourceCode, scans, binding, receivers));
  if (isStatic) {
    for (const owner of receivers) {
      for (const variable of classVariables(sourceCode, owner)) {
        for (const { identifier } of variable.references) {
          const member = identifier.parent;
          if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) {
            if (!isPrivate && !isClassUse(identifier)) {
              escapes.push({ reason: `belongs to a class used as a value (line ${lineOf(identifier)})` });
            }
            continue;
          }
          if (memberKeyName(member.property, member.computed) === key) use(member);
        }
      }
    }
  }
  return { calls: [...calls], escapes };
}
