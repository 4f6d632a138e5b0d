import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { staticMemberName, unwrapExpression } from '../../util/ast';
import { constantInit, findVariable } from '../../util/scope';
import type { OptionsView } from './optionsArgument';
import type { SourceCode, ToolRun } from './types';

// The most steps an AI SDK run takes, where the code fixes it, so that `timeout: { stepMs }` bounds the run at
// stepMs × steps. From ai's source (7.0.173, src/generate-text/stop-condition.ts, generate-text.ts, stream-text.ts,
// agent/tool-loop-agent.ts): the loop checks `stopWhen` after each step and stops as soon as one condition holds;
// `isStepCount(n)` (exported as `stepCountIs` too) holds when `steps.length === n`, so only a positive whole `n`
// ever stops it; `hasToolCall()` and `isLoopFinished()` are synchronous and may stop it earlier, never later.
// Without `stopWhen`, generateText and streamText run one step and the agent (since ai 6.0.0) twenty. A custom
// condition may return a promise that never settles, between two steps and outside every step timer.

const STEP_COUNT = new Set(['stepCountIs', 'isStepCount']);
/** ai's conditions that stop no later than the others in the array do. */
const NEVER_LATER = new Set(['hasToolCall', 'isLoopFinished', ...STEP_COUNT]);

/** The name under which `callee` imports an export of 'ai' (`stepCountIs`, `ai.stepCountIs`), by its binding. */
function aiExport(sourceCode: SourceCode, callee: TSESTree.Node): string | undefined {
  const expression = unwrapExpression(callee);
  const local = expression.type === AST_NODE_TYPES.MemberExpression ? expression.object : expression;
  if (local.type !== AST_NODE_TYPES.Identifier) return undefined;
  const definition = findVariable(sourceCode, local)?.defs[0];
  if ((definition?.type as string | undefined) !== 'ImportBinding') return undefined;
  const declaration = definition?.parent;
  if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration || declaration.source.value !== 'ai') return undefined;
  const specifier = definition?.node;
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    return specifier?.type === AST_NODE_TYPES.ImportNamespaceSpecifier ? staticMemberName(expression) : undefined;
  }
  if (specifier?.type !== AST_NODE_TYPES.ImportSpecifier) return undefined;
  const { imported } = specifier;
  return imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
}

/** One condition: the steps it stops at (Infinity for one that never stops the loop), or undefined if unknown. */
function conditionSteps(sourceCode: SourceCode, condition: TSESTree.Node): number | undefined {
  let expression = unwrapExpression(condition);
  if (expression.type === AST_NODE_TYPES.Identifier)
    expression = unwrapExpression(constantInit(sourceCode, expression) ?? expression);
  if (expression.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const name = aiExport(sourceCode, expression.callee);
  if (name == null || !NEVER_LATER.has(name)) return undefined;
  if (!STEP_COUNT.has(name)) return Infinity;
  const [count] = expression.arguments;
  if (count == null || count.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const known = ASTUtils.getStaticValue(count, sourceCode.getScope(count));
  if (known == null || typeof known.value !== 'number') return undefined;
  // `steps.length === n` never holds for 0, a negative number or a fraction: that condition never stops the loop.
  return Number.isInteger(known.value) && known.value > 0 ? known.value : Infinity;
}

/** The most steps `stopWhen` lets the run take, or undefined where the code does not fix it. */
function stopWhenSteps(sourceCode: SourceCode, stopWhen: TSESTree.Node): number | undefined {
  let expression = unwrapExpression(stopWhen);
  if (expression.type === AST_NODE_TYPES.Identifier)
    expression = unwrapExpression(constantInit(sourceCode, expression) ?? expression);
  const conditions = expression.type === AST_NODE_TYPES.ArrayExpression ? expression.elements : [expression];
  let steps = Infinity;
  for (const condition of conditions) {
    if (condition == null || condition.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const stopsAt = conditionSteps(sourceCode, condition);
    if (stopsAt == null) return undefined;
    steps = Math.min(steps, stopsAt);
  }
  return Number.isFinite(steps) ? steps : undefined;
}

/**
 * Whether `stopWhen` is set to what the SDK reads as not set: `undefined` or `void 0` (generateText's parameter
 * default), and `null` too for the agent, whose code reads `settings.stopWhen ?? default`.
 */
function takesDefault(sourceCode: SourceCode, run: ToolRun, stopWhen: TSESTree.Node): boolean {
  const expression = unwrapExpression(stopWhen);
  if (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === 'void') return true;
  if (expression.type === AST_NODE_TYPES.Identifier && expression.name === 'undefined') {
    return (findVariable(sourceCode, expression)?.defs.length ?? 0) === 0;
  }
  const isNull = expression.type === AST_NODE_TYPES.Literal && expression.value === null;
  return isNull && run.api.nullStopWhenIsDefault === true;
}

/**
 * The most steps an AI SDK run takes, or undefined: `stopWhen` where the code sets it to a value, else the API's
 * default (unless the agent's `prepareCall` may set another).
 */
export function knownStepCount(sourceCode: SourceCode, run: ToolRun, view: OptionsView): number | undefined {
  const { defaultSteps } = run.api;
  if (defaultSteps == null || view.opaque) return undefined;
  const stopWhen = view.entries.get('stopWhen');
  if (stopWhen != null && !takesDefault(sourceCode, run, stopWhen.value)) {
    return stopWhenSteps(sourceCode, stopWhen.value);
  }
  return view.entries.has('prepareCall') ? undefined : defaultSteps;
}
