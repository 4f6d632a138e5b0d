// The walk from a traced value to its uses: member reads, calls, constructions, and the variables it flows into.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { findVariable } from '../scope';
import { CALL, CONSTRUCT, READ, type Sink, type TraceMapElement } from './types';

type Variable = TSESLint.Scope.Variable;

/** Nodes that hand their operand's value on unchanged (`a ?? b`, `x as T`, `a?.b`), as ReferenceTracker skips them. */
export function passesThrough(node: TSESTree.Node): boolean {
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
export function childOf<Info>(
  map: TraceMapElement<Info>,
  key: string | null | undefined,
): TraceMapElement<Info> | undefined {
  return key != null && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** The static key of a member access (`a.b`, `a['b']`), or null. */
function memberKey(member: TSESTree.MemberExpression): string | null {
  if (member.computed) return ASTUtils.getPropertyName(member);
  return member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : null;
}

/**
 * Walks the uses of a traced value: the properties read off it, calls and constructions of it, and the variables
 * it is assigned or destructured into (followed through their references, each variable once per chain).
 */
export class UsesWalker<Info> {
  private readonly variableStack: Variable[] = [];

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly sink: Sink<Info>,
  ) {}

  /** Uses of the value `start` evaluates to, found at `path` of `map`. */
  fromNode(start: TSESTree.Node, path: readonly string[], map: TraceMapElement<Info>): void {
    let node = start;
    while (node.parent && passesThrough(node)) node = node.parent;
    const { parent } = node;
    if (!parent) return;
    switch (parent.type) {
      case AST_NODE_TYPES.MemberExpression: {
        if (parent.object !== node) return;
        const key = memberKey(parent);
        const next = childOf(map, key);
        if (key == null || !next) return;
        const nextPath = [...path, key];
        if (next[READ]) this.sink(parent, nextPath, READ, next[READ]);
        this.fromNode(parent, nextPath, next);
        return;
      }
      case AST_NODE_TYPES.CallExpression:
        if (parent.callee === node && map[CALL]) this.sink(parent, path, CALL, map[CALL]);
        return;
      case AST_NODE_TYPES.NewExpression:
        if (parent.callee === node && map[CONSTRUCT]) this.sink(parent, path, CONSTRUCT, map[CONSTRUCT]);
        return;
      case AST_NODE_TYPES.AssignmentExpression:
        if (parent.right === node) {
          this.intoPattern(parent.left, path, map);
          this.fromNode(parent, path, map);
        }
        return;
      case AST_NODE_TYPES.AssignmentPattern:
        if (parent.right === node) this.intoPattern(parent.left, path, map);
        return;
      case AST_NODE_TYPES.VariableDeclarator:
        if (parent.init === node) this.intoPattern(parent.id, path, map);
        return;
      default:
    }
  }

  /** Uses through the variables a pattern binds the value to. */
  intoPattern(pattern: TSESTree.Node, path: readonly string[], map: TraceMapElement<Info>): void {
    switch (pattern.type) {
      case AST_NODE_TYPES.Identifier: {
        const variable = findVariable(this.sourceCode, pattern);
        if (variable) this.fromVariable(variable, path, map);
        return;
      }
      case AST_NODE_TYPES.ObjectPattern:
        for (const property of pattern.properties) {
          if (property.type !== AST_NODE_TYPES.Property) continue;
          const key = ASTUtils.getPropertyName(property);
          const next = childOf(map, key);
          if (key == null || !next) continue;
          const nextPath = [...path, key];
          if (next[READ]) this.sink(property, nextPath, READ, next[READ]);
          this.intoPattern(property.value, nextPath, next);
        }
        return;
      case AST_NODE_TYPES.AssignmentPattern:
        this.intoPattern(pattern.left, path, map);
        return;
      default:
    }
  }

  /** Uses through a variable's reads; a variable already on the chain ends it. */
  fromVariable(variable: Variable, path: readonly string[], map: TraceMapElement<Info>): void {
    if (this.variableStack.includes(variable)) return;
    this.variableStack.push(variable);
    try {
      for (const reference of variable.references) {
        if (reference.isRead()) this.fromNode(reference.identifier, path, map);
      }
    } finally {
      this.variableStack.pop();
    }
  }
}
