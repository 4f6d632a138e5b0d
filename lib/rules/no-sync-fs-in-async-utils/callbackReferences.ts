import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { type AsyncContextOf, immediateCallbackMethod } from '../../util/asyncContext';
import { findVariable } from '../../util/scope';
import type { TrackedReference } from '../../util/trackReferences';
import type { SyncCall } from './types';

// Sync fs functions passed themselves as the callback of a call that runs it at once: `files.forEach(fs.unlinkSync)`.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** A sync function passed as the callback of `method`, where that call runs while an async function does. */
export interface PassedCallback {
  /** The argument: `fs.unlinkSync`, `readFileSync`. */
  readonly node: TSESTree.Node;
  readonly path: readonly string[];
  readonly sync: SyncCall;
  /** `forEach`, `map`, …: the method that calls it. */
  readonly method: string;
}

/** `x as F`, `x!`, `(x satisfies F)`, `fs?.x`: the value passed is still `x`. */
function outermostValue(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent?.type === AST_NODE_TYPES.ChainExpression ||
    current.parent?.type === AST_NODE_TYPES.TSAsExpression ||
    current.parent?.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.parent?.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    current = current.parent;
  }
  return current;
}

/** The method that runs `node` at once as its callback (its first argument), if any. */
function callingMethod(node: TSESTree.Node): string | undefined {
  const value = outermostValue(node);
  const call = value.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== value) return undefined;
  return immediateCallbackMethod(call);
}

/** Whether `variable` is assigned after its declaration: what it holds then cannot be told. */
const isReassigned = (variable: Variable): boolean =>
  variable.references.some((reference) => reference.isWrite() && reference.init !== true);

/** `fs.unlinkSync`: the binding at the root of the member chain must still hold the module. */
function memberRootIsStable(sourceCode: SourceCode, member: TSESTree.MemberExpression): boolean {
  let root: TSESTree.Node = member.object;
  while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
  if (root.type !== AST_NODE_TYPES.Identifier) return true;
  const variable = findVariable(sourceCode, root);
  return variable == null || !isReassigned(variable);
}

/** The local a named import or a destructured property binds: `import { unlinkSync as rm }`, `{ unlinkSync }`. */
function boundVariable(sourceCode: SourceCode, node: TSESTree.Node): Variable | undefined {
  if (node.type === AST_NODE_TYPES.ImportSpecifier) return findVariable(sourceCode, node.local);
  if (node.type !== AST_NODE_TYPES.Property) return undefined;
  const target = node.value.type === AST_NODE_TYPES.AssignmentPattern ? node.value.left : node.value;
  return target.type === AST_NODE_TYPES.Identifier ? findVariable(sourceCode, target) : undefined;
}

/** The places a read reference hands the function to a method that calls it at once. */
function passedAt(sourceCode: SourceCode, node: TSESTree.Node): [TSESTree.Node, string][] {
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const method = callingMethod(node);
    return method != null && memberRootIsStable(sourceCode, node) ? [[node, method]] : [];
  }
  const variable = boundVariable(sourceCode, node);
  if (variable == null || isReassigned(variable)) return [];
  return variable.references.flatMap((reference): [TSESTree.Node, string][] => {
    const method = reference.isRead() ? callingMethod(reference.identifier) : undefined;
    return method == null ? [] : [[reference.identifier, method]];
  });
}

/**
 * The sync functions the file passes as the callback of a call that runs it at once (`forEach`, `map`, `filter`,
 * …; the methods `getAsyncContext` knows), where that call runs while an async function does. Such a call blocks
 * as a direct one would, but no rewrite keeps what the method does: `forEach` would not wait for an async twin, and
 * `map` would run every call at once. `asyncContext` is the file's shared one (its walks out are done once).
 */
export function passedCallbacks(
  sourceCode: SourceCode,
  references: readonly TrackedReference<SyncCall>[],
  asyncContext: AsyncContextOf,
): PassedCallback[] {
  return references.flatMap(({ node, path, kind, info }) =>
    kind === 'read'
      ? passedAt(sourceCode, node).flatMap(([argument, method]) =>
          asyncContext(argument).kind === 'none' ? [] : [{ node: argument, path, sync: info, method }],
        )
      : [],
  );
}
