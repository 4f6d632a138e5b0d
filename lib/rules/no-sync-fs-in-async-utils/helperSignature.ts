import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';

import { memberKeyName } from '../../util/ast';
import type { Helper } from './helperGraph';

// A helper's signature as it becomes async: `async` before it, `Promise<…>` around an explicit return type, and
// the signatures that cannot change that way.

type SourceCode = Readonly<TSESLint.SourceCode>;

/** `@returns`, `@return` or `@type` in a JSDoc block: under `checkJs` it would contradict an async function. */
const JSDOC_TYPE = /@(?:returns?|type)\b/;

/** The statement or member a helper is declared by, where its comments sit. */
function declarationOf(helper: Helper): TSESTree.Node {
  const { fn, binding } = helper;
  if (binding.kind !== 'variable' || fn.type === AST_NODE_TYPES.FunctionDeclaration) {
    return binding.kind === 'variable' ? fn : binding.node;
  }
  const declarator = fn.parent;
  return declarator.parent ?? fn;
}

function hasOverloads(helper: Helper): boolean {
  const { binding } = helper;
  if (binding.kind === 'variable') return binding.variable.defs.length > 1;
  if (binding.kind !== 'member') return false;
  return binding.cls.body.body.some(
    (member) =>
      member !== binding.node &&
      (member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.TSAbstractMethodDefinition) &&
      member.static === binding.isStatic &&
      memberKeyName(member.key, member.computed) === binding.key,
  );
}

/** Whether a type annotation on the helper's binding (`const f: T =`, `#f: T =`, `const o: T = {…}`) fixes its type. */
function hasAnnotatedBinding(helper: Helper): boolean {
  const { fn, binding } = helper;
  if (binding.kind === 'member')
    return binding.node.type === AST_NODE_TYPES.PropertyDefinition && binding.node.typeAnnotation != null;
  if (binding.kind === 'property') {
    return binding.object.defs.some(
      ({ name }) => name.type === AST_NODE_TYPES.Identifier && name.typeAnnotation != null,
    );
  }
  const declarator = fn.parent;
  return (
    declarator.type === AST_NODE_TYPES.VariableDeclarator &&
    declarator.id.type === AST_NODE_TYPES.Identifier &&
    declarator.id.typeAnnotation != null
  );
}

/** Why the helper's signature cannot become async, if it cannot. */
export function signatureProblem(sourceCode: SourceCode, helper: Helper): string | undefined {
  if (hasOverloads(helper)) return 'has overload signatures';
  if (hasAnnotatedBinding(helper)) return 'has a type annotation on its binding that would no longer hold';
  const returnType = helper.fn.returnType?.typeAnnotation;
  if (returnType?.type === AST_NODE_TYPES.TSTypePredicate) return 'has a type predicate as its return type';
  if (
    returnType?.type === AST_NODE_TYPES.TSTypeReference &&
    returnType.typeName.type === AST_NODE_TYPES.Identifier &&
    /^(?:Promise|PromiseLike)$/.test(returnType.typeName.name)
  ) {
    return 'already returns a promise';
  }
  const comments = sourceCode.getCommentsBefore(declarationOf(helper));
  if (comments.some((comment) => comment.type === AST_TOKEN_TYPES.Block && JSDOC_TYPE.test(comment.value))) {
    return 'has a JSDoc type that would no longer hold';
  }
  return undefined;
}

/** The edits that make the helper async: `async` where it goes, and `Promise<…>` around its return type. */
export function asyncEdits(fixer: TSESLint.RuleFixer, sourceCode: SourceCode, helper: Helper): TSESLint.RuleFix[] {
  const { fn } = helper;
  const { parent } = fn;
  const isMethod =
    parent.type === AST_NODE_TYPES.MethodDefinition || (parent.type === AST_NODE_TYPES.Property && parent.method);
  const start = isMethod ? parent.key : (sourceCode.getFirstToken(fn) ?? fn);
  const fixes = [fixer.insertTextBefore(start, 'async ')];
  const returnType = fn.returnType?.typeAnnotation;
  if (returnType != null) {
    fixes.push(fixer.insertTextBefore(returnType, 'Promise<'), fixer.insertTextAfter(returnType, '>'));
  }
  return fixes;
}
