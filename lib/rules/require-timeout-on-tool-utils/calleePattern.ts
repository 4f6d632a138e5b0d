import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { staticMemberName, unwrapExpression } from '../../util/ast';

// Callee patterns of options `tools` and `wrappers`: `name`, `*.name`, `a.b.name`.

/** The JSON-schema pattern a callee pattern must match. */
export const CALLEE_PATTERN_SOURCE = '^(?:\\*\\.)?[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*$';

export interface CalleePattern {
  /** `*.name`: the method of that name on any receiver. */
  readonly anyReceiver: boolean;
  /** The names from the outermost object to the called name (`['this', 'tools', 'run']`). */
  readonly path: readonly string[];
}

export function parseCalleePattern(text: string): CalleePattern {
  const anyReceiver = text.startsWith('*.');
  return { anyReceiver, path: (anyReceiver ? text.slice(2) : text).split('.') };
}

/** The names of a callee from its root (`this.tools.run` → `['this', 'tools', 'run']`), or undefined if computed. */
function calleePath(node: TSESTree.Node): string[] | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.Identifier) return [expression.name];
  if (expression.type === AST_NODE_TYPES.ThisExpression) return ['this'];
  if (expression.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = staticMemberName(expression);
  const object = calleePath(expression.object);
  return name == null || object == null ? undefined : [...object, name];
}

/** Whether a call's callee is what `pattern` names. */
export function matchesCallee(pattern: CalleePattern, callee: TSESTree.Node): boolean {
  const expression = unwrapExpression(callee);
  if (pattern.anyReceiver) {
    let current = expression;
    for (const name of [...pattern.path].reverse()) {
      if (current.type !== AST_NODE_TYPES.MemberExpression || staticMemberName(current) !== name) return false;
      current = unwrapExpression(current.object);
    }
    return true;
  }
  const path = calleePath(expression);
  return (
    path != null && path.length === pattern.path.length && path.every((name, index) => name === pattern.path[index])
  );
}
