import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { staticMemberName, unwrapExpression } from '../../util/ast';

// Follows values that stand for a tool API (an import binding, `axios.create()`, `promisify(exec)`) to their uses.

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Where an import's or a destructured `require`'s local binding is declared, for a tracker read. */
function bindingOf(node: TSESTree.Node): TSESTree.Node | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.ImportSpecifier:
    case AST_NODE_TYPES.ImportDefaultSpecifier:
    case AST_NODE_TYPES.ImportNamespaceSpecifier:
      return node;
    case AST_NODE_TYPES.Property:
      if (node.value.type === AST_NODE_TYPES.Identifier) return node.value;
      return node.value.type === AST_NODE_TYPES.AssignmentPattern ? node.value.left : undefined;
    case AST_NODE_TYPES.VariableDeclarator:
      return node.id.type === AST_NODE_TYPES.Identifier ? node.id : undefined;
    default:
      return undefined;
  }
}

/**
 * The expressions that evaluate to the value a tracker read found: the read itself when it is an expression
 * (`Bun.$`, `cp.exec`), or every read of the local binding it declares (`import { $ } from 'zx'`,
 * `const { execa } = require('execa')`).
 */
export function readUses(sourceCode: SourceCode, read: TSESTree.Node): TSESTree.Node[] {
  const binding = bindingOf(read);
  if (!binding) return [read];
  const declaring = binding.type === AST_NODE_TYPES.Identifier ? binding.parent : binding;
  const variables = sourceCode.scopeManager?.getDeclaredVariables(declaring) ?? [];
  const variable = variables.find((candidate) =>
    candidate.defs.some((definition) => definition.name === binding || definition.node === binding),
  );
  return (
    (variable ?? variables[0])?.references
      .filter((reference) => reference.isRead())
      .map((reference) => reference.identifier) ?? []
  );
}

/** A use of an API value: called (`api(...)`), a method called (`api.get(...)`), or used as a template tag. */
export interface ApiUse {
  /** `''` for the value itself, else the method name. */
  readonly member: string;
  readonly node: TSESTree.CallExpression | TSESTree.TaggedTemplateExpression;
}

/** How `use` (an expression evaluating to an API value) is used: called, a method of it called, or a tag. */
export function apiUseOf(use: TSESTree.Node): ApiUse | undefined {
  let value: TSESTree.Node = use;
  while (value.parent && unwrapExpression(value.parent) !== value.parent) value = value.parent;
  const { parent } = value;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === value) return { member: '', node: parent };
  if (parent?.type === AST_NODE_TYPES.TaggedTemplateExpression && parent.tag === value)
    return { member: '', node: parent };
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== value) return undefined;
  let member = staticMemberName(parent);
  // A nested member path (`client.chat.completions.create()`): `chat.completions.create`.
  let callee: TSESTree.MemberExpression = parent;
  while (member != null && callee.parent.type === AST_NODE_TYPES.MemberExpression && callee.parent.object === callee) {
    callee = callee.parent;
    const next = staticMemberName(callee);
    member = next == null ? undefined : `${member}.${next}`;
  }
  const outer = callee.parent;
  if (member == null) return undefined;
  if (outer.type === AST_NODE_TYPES.CallExpression && outer.callee === callee) return { member, node: outer };
  if (outer.type === AST_NODE_TYPES.TaggedTemplateExpression && outer.tag === callee) return { member, node: outer };
  return undefined;
}

/** The value assigned by `<use>.<first>.<second> = value` (`axios.defaults.timeout = 5000`). */
export function assignedMember(use: TSESTree.Node, path: readonly string[]): TSESTree.Expression | undefined {
  let current: TSESTree.Node = use;
  for (const name of path) {
    const { parent } = current;
    if (
      parent?.type !== AST_NODE_TYPES.MemberExpression ||
      parent.object !== current ||
      staticMemberName(parent) !== name
    )
      return undefined;
    current = parent;
  }
  const { parent } = current;
  return parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === current && parent.operator === '='
    ? parent.right
    : undefined;
}
