import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { staticName, unwrapExpression } from '../../util/ast';
import { findVariable } from '../../util/scope';
import { innermostNodeAt, someTokenWithin } from '../../util/tokens';
import type { SourceCode } from './types';
import { isReassigned, isValueWrite } from './writes';

// Where the handle a tool call returns goes: the variable or class member that keeps it, and what reads it.

/** A member's key: its static name, or `#name` for a private one (`this.#child`), which no other member shares. */
function memberKey(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed && member.property.type === AST_NODE_TYPES.PrivateIdentifier) return `#${member.property.name}`;
  return staticName(member);
}

/** A class field's key, in the form {@link memberKey} gives. */
function fieldKey(field: TSESTree.PropertyDefinition): string | undefined {
  if (field.computed) return undefined;
  if (field.key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${field.key.name}`;
  return field.key.type === AST_NODE_TYPES.Identifier ? field.key.name : undefined;
}

/** Memo of `this.<name>` uses per class body and name, so each is looked up once. */
export type MemberUseCache = Map<TSESTree.Node, Map<string, TSESTree.MemberExpression[]>>;

/**
 * Whether the tokens after the `this` at `index` can make a `this.<name>` member: past any closing parentheses
 * (`(this).x`), a `.` or `?.` and the name (or an escaped name, which the token spells differently), or a `[`.
 */
function mayReadMember(tokens: readonly TSESTree.Token[], index: number, name: string): boolean {
  let next = index + 1;
  while (tokens[next]?.value === ')') next++;
  const punctuator = tokens[next]?.value;
  if (punctuator === '[') return true;
  if (punctuator !== '.' && punctuator !== '?.') return false;
  const property = tokens[next + 1]?.value;
  // A private name's token is spelled `#x` by some parsers and `x` by others.
  const bare = name.replace(/^#/u, '');
  return (
    property === name ||
    property === bare ||
    property === `#${bare}` ||
    property === '[' ||
    (property?.includes('\\') ?? false)
  );
}

/**
 * Every `this.<name>` (or `this['<name>']`) in a class body, last first. Found from the body's `this` tokens, so
 * a class costs a scan of its tokens and a descent to each candidate, not a visit of every node.
 */
function collectThisMembers(
  sourceCode: SourceCode,
  body: TSESTree.ClassBody,
  name: string,
): TSESTree.MemberExpression[] {
  const found: TSESTree.MemberExpression[] = [];
  someTokenWithin(sourceCode, body, (tokens, index) => {
    const token = tokens[index] as TSESTree.Token;
    if (token.value !== 'this' || !mayReadMember(tokens, index, name)) return false;
    const node = innermostNodeAt(sourceCode, body, token.range[0]);
    const { parent } = node;
    if (
      node.type === AST_NODE_TYPES.ThisExpression &&
      parent?.type === AST_NODE_TYPES.MemberExpression &&
      parent.object === node &&
      memberKey(parent) === name
    ) {
      found.push(parent);
    }
    return false;
  });
  return found.reverse();
}

function enclosingClass(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
  }
  return undefined;
}

/** Every `this.<name>` in a class body, memoised. */
function memberUsesIn(
  sourceCode: SourceCode,
  body: TSESTree.ClassBody,
  name: string,
  cache: MemberUseCache,
): TSESTree.MemberExpression[] {
  let members = cache.get(body);
  if (!members) {
    members = new Map();
    cache.set(body, members);
  }
  let uses = members.get(name);
  if (!uses) {
    uses = collectThisMembers(sourceCode, body, name);
    members.set(name, uses);
  }
  return uses;
}

/** Every `this.<name>` in the class around `node`. */
function classMemberUses(
  sourceCode: SourceCode,
  node: TSESTree.Node,
  name: string,
  cache: MemberUseCache,
): TSESTree.MemberExpression[] {
  const body = enclosingClass(node);
  return body ? memberUsesIn(sourceCode, body, name, cache) : [];
}

/** The member expressions `<object>.<key>` in the file, where `<object>` is a reference of `variable`. */
function membersOf(variable: TSESLint.Scope.Variable | undefined, key: string): TSESTree.MemberExpression[] {
  return (variable?.references ?? []).flatMap(({ identifier }) => {
    const { parent } = identifier;
    return parent.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier && memberKey(parent) === key
      ? [parent]
      : [];
  });
}

/** The variable a class is reachable by: `class Player {}`, `const Player = class {}`. */
function classVariable(sourceCode: SourceCode, body: TSESTree.ClassBody): TSESLint.Scope.Variable | undefined {
  const declaration = body.parent;
  if (declaration.id) return findVariable(sourceCode, declaration.id);
  const { parent } = declaration;
  return parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier
    ? findVariable(sourceCode, parent.id)
    : undefined;
}

/**
 * Every `<object>.<name> = …` in the file (the object anything: an instance of the class, a subclass's `this`; for
 * a private `#name`, another instance inside the class body), memoised under the Program node.
 */
function assignedMembers(sourceCode: SourceCode, name: string, cache: MemberUseCache): TSESTree.MemberExpression[] {
  const program = sourceCode.ast;
  let members = cache.get(program);
  if (!members) {
    members = new Map();
    cache.set(program, members);
  }
  let written = members.get(name);
  if (!written) {
    const found: TSESTree.MemberExpression[] = [];
    someTokenWithin(sourceCode, program, (tokens, index) => {
      const token = tokens[index] as TSESTree.Token;
      // A private name's token is spelled `#x` by some parsers and `x` by others; the member's key decides.
      const spelled = token.value === name || `#${token.value}` === name;
      if (!spelled || tokens[index - 1]?.value !== '.' || tokens[index + 1]?.value !== '=') return false;
      const { parent } = innermostNodeAt(sourceCode, program, token.range[0]);
      if (parent?.type === AST_NODE_TYPES.MemberExpression && memberKey(parent) === name) found.push(parent);
      return false;
    });
    written = found;
    members.set(name, written);
  }
  return written;
}

/** The body of the class a binding names (`class B {}`, `const B = class {}`), resolved in the file. */
function boundClassBody(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.ClassBody | undefined {
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const declaration = findVariable(sourceCode, node)?.defs[0]?.node;
  if (declaration?.type === AST_NODE_TYPES.ClassDeclaration) return declaration.body;
  const init = declaration?.type === AST_NODE_TYPES.VariableDeclarator ? declaration.init : null;
  return init?.type === AST_NODE_TYPES.ClassExpression ? init.body : undefined;
}

/** Whether the class of `body`, through its `extends` chain as bound in the file, reaches `target`. */
function extendsClass(sourceCode: SourceCode, body: TSESTree.ClassBody, target: TSESTree.ClassBody): boolean {
  const seen = new Set<TSESTree.ClassBody>();
  for (let current: TSESTree.ClassBody | undefined = body; current && !seen.has(current);) {
    seen.add(current);
    const superClass: TSESTree.Node | null = current.parent.superClass;
    current = superClass == null ? undefined : boundClassBody(sourceCode, superClass);
    if (current === target) return true;
  }
  return false;
}

/**
 * Whether a write `<object>.<name> = …` can reach a member of the class of `body`: written in the class itself,
 * `this.<name>` in a class whose `extends` chain reaches it, or through a binding that is the class itself or is
 * initialised from `new <Class>(…)`. A write to any other object is another object's member.
 */
function reachesClass(sourceCode: SourceCode, member: TSESTree.MemberExpression, body: TSESTree.ClassBody): boolean {
  const own = enclosingClass(member);
  if (own === body) return true;
  const object = unwrapExpression(member.object);
  if (object.type === AST_NODE_TYPES.ThisExpression) return own != null && extendsClass(sourceCode, own, body);
  if (object.type !== AST_NODE_TYPES.Identifier) return false;
  if (boundClassBody(sourceCode, object) === body) return true;
  const declaration = findVariable(sourceCode, object)?.defs[0]?.node;
  const init =
    declaration?.type === AST_NODE_TYPES.VariableDeclarator && declaration.init != null
      ? unwrapExpression(declaration.init)
      : undefined;
  return init?.type === AST_NODE_TYPES.NewExpression && boundClassBody(sourceCode, init.callee) === body;
}

/**
 * Whether a member may hold another value than the one written at `target`: a write among its uses, or a write
 * elsewhere in the file that can reach a member of the class of `body` ({@link reachesClass}). Without a class
 * (`state.child = …`), only the writes among its uses count.
 */
function memberReassigned(
  sourceCode: SourceCode,
  key: string,
  target: TSESTree.Node | undefined,
  uses: readonly TSESTree.Node[],
  body: TSESTree.ClassBody | undefined,
  cache: MemberUseCache,
): boolean {
  if (uses.some((use) => use !== target && isValueWrite(sourceCode, use))) return true;
  if (!body) return false;
  const known = new Set(uses);
  return assignedMembers(sourceCode, key, cache).some(
    (member) =>
      member !== target &&
      !known.has(member) &&
      reachesClass(sourceCode, member, body) &&
      isValueWrite(sourceCode, member),
  );
}

/** Where a value is kept: every read of the variable, class member (`this.x`, `this.#x`, `Player.x`) or object member. */
function keptValueUses(
  sourceCode: SourceCode,
  target: TSESTree.Node,
  cache: MemberUseCache,
  onlyValue: boolean,
): TSESTree.Node[] {
  if (target.type === AST_NODE_TYPES.Identifier) return readsOf(sourceCode, target, onlyValue);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return [];
  const key = memberKey(target);
  if (key == null) return [];
  const { object } = target;
  if (object.type === AST_NODE_TYPES.ThisExpression) {
    // In a static method `this` is the class: its `Player.x` reads are the same member.
    const body = enclosingClass(target);
    const statics = body ? membersOf(classVariable(sourceCode, body), key) : [];
    const uses = [...classMemberUses(sourceCode, target, key, cache), ...statics];
    if (onlyValue && memberReassigned(sourceCode, key, target, uses, body, cache)) return [];
    return uses.filter((use) => use !== target);
  }
  // `Player.handle = spawn(…)`, `state.child = spawn(…)`: the member's reads through the same binding.
  if (object.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = findVariable(sourceCode, object);
  const declaration = variable?.defs[0]?.node;
  const body = declaration?.type === AST_NODE_TYPES.ClassDeclaration ? declaration.body : undefined;
  const classUses = body ? memberUsesIn(sourceCode, body, key, cache) : [];
  const uses = [...membersOf(variable, key), ...classUses];
  if (onlyValue && memberReassigned(sourceCode, key, target, uses, body, cache)) return [];
  return uses.filter((use) => use !== target);
}

/**
 * The expressions that later read the value `node` produces: the references of `const x = node` / `x = node`, every
 * `this.x` (or `this.#x`) of the class for `this.x = node` and the field `x = node`, also `Player.x` for a static
 * one, and every `state.x` for `state.x = node`. Empty when the value is not kept. With `onlyValue`, a variable
 * that may hold another value by then (a reassigned `let`) is not followed: its reads may be of that other value.
 */
export function handleUses(
  sourceCode: SourceCode,
  node: TSESTree.Node,
  cache: MemberUseCache,
  onlyValue = false,
): TSESTree.Node[] {
  let value: TSESTree.Node = node;
  while (
    value.parent?.type === AST_NODE_TYPES.TSAsExpression ||
    value.parent?.type === AST_NODE_TYPES.TSNonNullExpression ||
    value.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression
  ) {
    value = value.parent;
  }
  const { parent } = value;
  let uses: TSESTree.Node[] = [];
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value) {
    uses = keptValueUses(sourceCode, parent.id, cache, onlyValue);
  } else if (
    parent?.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.right === value &&
    parent.operator === '='
  ) {
    uses = keptValueUses(sourceCode, parent.left, cache, onlyValue);
  } else if (parent?.type === AST_NODE_TYPES.PropertyDefinition && parent.value === value) {
    const key = fieldKey(parent);
    if (key == null) return [];
    const body = enclosingClass(parent);
    const statics = parent.static && body ? membersOf(classVariable(sourceCode, body), key) : [];
    const uses = [...classMemberUses(sourceCode, parent, key, cache), ...statics];
    return onlyValue && memberReassigned(sourceCode, key, undefined, uses, body, cache) ? [] : uses;
  }
  // One alias deep: `const processToClose = this._process; processToClose.kill()`.
  const aliases = uses.flatMap((use) =>
    use.parent?.type === AST_NODE_TYPES.VariableDeclarator &&
    use.parent.init === use &&
    use.parent.id.type === AST_NODE_TYPES.Identifier
      ? readsOf(sourceCode, use.parent.id, onlyValue)
      : [],
  );
  return [...uses, ...aliases];
}

/** The reads of the variable written at `identifier`; none when `onlyValue` and another value may be in it. */
function readsOf(sourceCode: SourceCode, identifier: TSESTree.Identifier, onlyValue = false): TSESTree.Node[] {
  const variable = findVariable(sourceCode, identifier);
  if (variable == null || (onlyValue && isReassigned(sourceCode, variable, identifier))) return [];
  return variable.references.filter((reference) => reference.isRead()).map((reference) => reference.identifier);
}

/** The outermost node that still holds the value of `node`: through casts, and object and array literals around it. */
function holder(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (let parent = current.parent; parent; parent = current.parent) {
    if (unwrapExpression(parent) !== parent || parent.type === AST_NODE_TYPES.ArrayExpression) current = parent;
    else if (parent.type === AST_NODE_TYPES.Property && parent.value === current) current = parent.parent;
    else break;
  }
  return current;
}

/** Whether `node` is returned, as itself or inside an object or array literal (`return { child, stop }`). */
function isReturnedValue(node: TSESTree.Node): boolean {
  const current = holder(node);
  const { parent } = current;
  return (
    parent?.type === AST_NODE_TYPES.ReturnStatement ||
    (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === current)
  );
}

/** Whether the value of `node` is returned, as itself, inside a returned literal, or through the variable holding it. */
export function isReturned(node: TSESTree.Node, uses: readonly TSESTree.Node[]): boolean {
  return [node, ...uses].some(isReturnedValue);
}

/**
 * Whether the value of `node` leaves the function it is made in: returned (also inside an object or array literal)
 * or stored on a member (`this.stop = () => child.kill()`).
 */
export function leavesFunction(node: TSESTree.Node): boolean {
  if (isReturnedValue(node)) return true;
  const current = holder(node);
  const { parent } = current;
  return (
    parent?.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.right === current &&
    parent.left.type === AST_NODE_TYPES.MemberExpression
  );
}

/** Whether `use` is the receiver of a call to one of `methods` (`child.kill()`, `req.destroy()`). */
export function isMethodCallOn(use: TSESTree.Node, methods: ReadonlySet<string>): boolean {
  const { parent } = use;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== use) return false;
  const name = staticName(parent);
  return name != null && methods.has(name);
}
