import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { isWithin, staticPropertyKey } from '../../util/ast';
import { insertArgument } from '../../util/fix/insertArgument';
import { insertProperty } from '../../util/fix/insertProperty';
import { twinSuggestion } from './fixes';
import { SUGGESTIONS } from './fsSyncApis';
import { exits } from './checkDependence';
import type { Pair } from './checkThenAct';
import type { Decided, MessageId } from './types';

// The suggestions for a check-then-act pair: the plain awaited twin, and the atomic form where one keeps the result.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageId>;

/** Checks that return whether a path exists. */
const EXISTENCE_CHECKS: ReadonlySet<string> = new Set(['existsSync', 'pathExistsSync']);
const REMOVES: ReadonlySet<string> = new Set(['rmSync', 'rmdirSync', 'unlinkSync']);
const CATCH_EXISTS = ".catch((error) => (error?.code === 'EEXIST' ? undefined : Promise.reject(error)))";

/**
 * What an existence check says where the act runs: `absent` in `if (!existsSync(p)) { … }` or after
 * `if (existsSync(p)) return;`, `present` in `if (existsSync(p)) { … }`; undefined for any other shape.
 */
function existenceAtAct(read: TSESTree.Node, act: TSESTree.CallExpression): 'absent' | 'present' | undefined {
  let test: TSESTree.Node = read;
  let negated = false;
  while (test.parent?.type === AST_NODE_TYPES.UnaryExpression && test.parent.operator === '!') {
    negated = !negated;
    test = test.parent;
  }
  const statement = test.parent;
  if (statement?.type !== AST_NODE_TYPES.IfStatement || statement.test !== test) return undefined;
  const [holds, fails] = negated ? (['absent', 'present'] as const) : (['present', 'absent'] as const);
  if (isWithin(act, statement.consequent)) return holds;
  if (statement.alternate != null) return isWithin(act, statement.alternate) ? fails : undefined;
  const after = act.range[0] >= statement.range[1] && isWithin(act, statement.parent);
  return after && exits(statement.consequent) ? fails : undefined;
}

/** `writeFile(p, data)` → `writeFile(p, data, { flag: 'wx' })`, for options that can take the flag. */
function exclusiveFlag(sourceCode: SourceCode, call: TSESTree.CallExpression) {
  const [, , options, ...rest] = call.arguments;
  if (rest.length > 0) return undefined;
  if (options == null)
    return (fixer: TSESLint.RuleFixer) => [insertArgument(fixer, sourceCode, call, 2, "{ flag: 'wx' }")];
  if (options.type === AST_NODE_TYPES.Literal && typeof options.value === 'string') {
    return (fixer: TSESLint.RuleFixer) => [fixer.replaceText(options, `{ encoding: ${options.raw}, flag: 'wx' }`)];
  }
  if (options.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const readable = options.properties.every(
    (property) => property.type === AST_NODE_TYPES.Property && staticPropertyKey(property) != null,
  );
  const hasFlag = options.properties.some(
    (property) => property.type === AST_NODE_TYPES.Property && staticPropertyKey(property) === 'flag',
  );
  if (!readable || hasFlag) return undefined;
  return (fixer: TSESLint.RuleFixer) => [insertProperty(fixer, sourceCode, options, "flag: 'wx'")];
}

/** The atomic form of the act, where the check said the path exists or not and one keeps the result. */
function atomicSuggestion(sourceCode: SourceCode, act: Decided, { check, read }: Pair): Suggestion | undefined {
  const rewrite = act.outcome.kind === 'dropIn' ? act.outcome.autofix : undefined;
  if (rewrite == null || !EXISTENCE_CHECKS.has(check.sync.name) || act.sync.api?.twinModule !== 'fs/promises') {
    return undefined;
  }
  const existence = existenceAtAct(read, act.call);
  const { name, api } = act.sync;
  if (existence === 'absent' && name === 'writeFileSync') {
    const flag = exclusiveFlag(sourceCode, act.call);
    return flag && twinSuggestion(sourceCode, act.call, rewrite, { messageId: 'writeExclusive' }, {}, flag);
  }
  if (existence === 'absent' && name === 'mkdirSync') {
    return twinSuggestion(sourceCode, act.call, rewrite, { messageId: 'mkdirIgnoreExists' }, { after: CATCH_EXISTS });
  }
  if (existence === 'present' && REMOVES.has(name)) {
    const { wrapping } = SUGGESTIONS.catchNoEntry;
    return twinSuggestion(
      sourceCode,
      act.call,
      rewrite,
      { messageId: 'removeIgnoreMissing', data: { twin: api.twin } },
      wrapping,
    );
  }
  return undefined;
}

/** The plain awaited twin, which gives up the atomicity. */
function plainSuggestion(sourceCode: SourceCode, decided: Decided): Suggestion | undefined {
  const rewrite = decided.outcome.kind === 'dropIn' ? decided.outcome.autofix : undefined;
  const twin = decided.sync.api?.twin;
  if (rewrite == null || twin == null) return undefined;
  return twinSuggestion(sourceCode, decided.call, rewrite, { messageId: 'awaitNotAtomic', data: { twin } });
}

/** For the act: its atomic form first where there is one, then the plain awaited twin. */
export function actSuggestions(sourceCode: SourceCode, act: Decided, pair: Pair): Suggestion[] {
  return [atomicSuggestion(sourceCode, act, pair), plainSuggestion(sourceCode, act)].filter(
    (suggestion) => suggestion != null,
  );
}

/** For the check: the plain awaited twin. */
export function checkSuggestions(sourceCode: SourceCode, check: Decided): Suggestion[] {
  const suggestion = plainSuggestion(sourceCode, check);
  return suggestion ? [suggestion] : [];
}
