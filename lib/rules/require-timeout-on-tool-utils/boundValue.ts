import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { unwrapExpression } from '../../util/ast';
import { constantInit, findVariable } from '../../util/scope';
import { readOptions } from './optionsArgument';
import { runsOnTrigger, type Trigger } from './watchdog';

// Judges the value given to a bound: is this timeout a deadline, can this signal ever fire?

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What the rule knows about one bound, or about a whole call. */
export type Verdict = 'bounded' | 'unbounded' | 'unknown';

/** A verdict and, for a value that is no bound, how to show that value in a message. */
export interface ValueVerdict {
  readonly verdict: Verdict;
  readonly shown?: string;
  /** Why an unknown value is unknown, where the message says more than "cannot read": ai's `stepMs` alone. */
  readonly reason?: 'steps';
}

const BOUNDED: ValueVerdict = { verdict: 'bounded' };
const UNKNOWN: ValueVerdict = { verdict: 'unknown' };

function shown(value: unknown): string {
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** The value of `node` when the syntax fixes it (`0`, `5 * 60_000`, `const TIMEOUT = 0`, `undefined`). */
function staticValue(sourceCode: SourceCode, node: TSESTree.Node): { value: unknown } | undefined {
  const expression = unwrapExpression(node);
  const result = ASTUtils.getStaticValue(expression, sourceCode.getScope(expression));
  return result ?? undefined;
}

/**
 * A duration in milliseconds (or zx's `'5s'`): a positive finite number bounds the call; `0`, negatives,
 * `Infinity`, `NaN`, `false`, `null` and `undefined` do not. A value the syntax does not fix counts as a bound: the
 * author wrote one.
 */
export function durationVerdict(sourceCode: SourceCode, node: TSESTree.Node): ValueVerdict {
  const known = staticValue(sourceCode, node);
  if (known == null) return BOUNDED;
  const { value } = known;
  if (typeof value === 'number')
    return value > 0 && Number.isFinite(value) ? BOUNDED : { verdict: 'unbounded', shown: shown(value) };
  if (typeof value === 'string')
    return /^\s*0*(?:\.0*)?\s*[a-z]*$/u.test(value) ? { verdict: 'unbounded', shown: shown(value) } : BOUNDED;
  if (value === false || value == null) return { verdict: 'unbounded', shown: shown(value) };
  return BOUNDED;
}

/** Whether a number is positive and finite but not an integer (`1.5`). */
export const isFraction = (number: number): boolean =>
  number > 0 && Number.isFinite(number) && !Number.isInteger(number);

/** A number the syntax fixes that is a fraction (`1.5`): the number, or none. */
export function fractionOf(sourceCode: SourceCode, value: TSESTree.Node): number | undefined {
  const known = staticValue(sourceCode, value);
  return typeof known?.value === 'number' && isFraction(known.value) ? known.value : undefined;
}

/** A number the syntax fixes that is not an integer >= 0 (a fraction, `-1`, `Infinity`, `NaN`): it, or none. */
export function outOfRangeOf(sourceCode: SourceCode, value: TSESTree.Node): number | undefined {
  const known = staticValue(sourceCode, value);
  if (known == null || typeof known.value !== 'number') return undefined;
  return Number.isInteger(known.value) && known.value >= 0 ? undefined : known.value;
}

/** The whole number of milliseconds a suggestion puts in place of a fraction: the nearest, at least 1. */
export const wholeMilliseconds = (fraction: number): string => String(Math.max(1, Math.round(fraction)));

/** got's `timeout: { request: 5000 }`: bounded when some phase has a bound; a number makes got throw. */
export function gotTimeoutVerdict(sourceCode: SourceCode, value: TSESTree.Node): ValueVerdict | 'number' {
  const expression = unwrapExpression(value);
  if (expression.type !== AST_NODE_TYPES.ObjectExpression) {
    const duration = durationVerdict(sourceCode, expression);
    const isNumber =
      (expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'number') ||
      expression.type === AST_NODE_TYPES.BinaryExpression;
    return isNumber ? 'number' : duration;
  }
  const phases = readOptions(sourceCode, expression);
  if (phases.opaque) return { verdict: 'unknown' };
  const verdicts = [...phases.entries.values()].map((entry) => durationVerdict(sourceCode, entry.value).verdict);
  if (verdicts.includes('bounded')) return { verdict: 'bounded' };
  return { verdict: 'unbounded', shown: sourceCode.getText(expression) };
}

/** How the rule treats a signal it cannot trace to a timer (a parameter, a property, a call's result). */
export type CallerSignal = 'bounded' | 'unknown';

export interface SignalContext {
  readonly sourceCode: SourceCode;
  readonly callerSignal: CallerSignal;
}

function isMember(node: TSESTree.Node, object: string, property: string): boolean {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    node.object.name === object &&
    node.property.name === property
  );
}

function isNewAbortController(node: TSESTree.Node | undefined): boolean {
  const expression = node && unwrapExpression(node);
  return (
    expression?.type === AST_NODE_TYPES.NewExpression &&
    expression.callee.type === AST_NODE_TYPES.Identifier &&
    expression.callee.name === 'AbortController'
  );
}

/** Two possible values (`a ?? b`, `c ? a : b`): the verdict when they agree, else unknown. */
function either(first: ValueVerdict, second: ValueVerdict): ValueVerdict {
  return first.verdict === second.verdict ? first : UNKNOWN;
}

const TIMER: ReadonlySet<Trigger> = new Set(['timer']);

/** Whether a definition is exported where it is declared: `export const controller = …`. */
function isExported(definition: TSESLint.Scope.Definition): boolean {
  const { node } = definition;
  return (
    node.type === AST_NODE_TYPES.VariableDeclarator && node.parent.parent.type === AST_NODE_TYPES.ExportNamedDeclaration
  );
}

/**
 * A local `new AbortController()`: bounded when a timer aborts it (`setTimeout(() => c.abort(), ms)`, also through
 * local functions), a signal that can never fire when nothing ever aborts it and it never leaves the function,
 * unknown otherwise (aborted on user cancel, or handed to other code).
 */
function controllerVerdict(context: SignalContext, identifier: TSESTree.Identifier): ValueVerdict {
  const variable = findVariable(context.sourceCode, identifier);
  if (!variable) return UNKNOWN;
  // `export const controller = new AbortController()`: another module can abort it.
  let escapes = variable.defs.some(isExported);
  let aborted = false;
  for (const reference of variable.references) {
    if (reference.init === true) continue;
    const use = reference.identifier;
    const member = use.parent;
    const property =
      member.type === AST_NODE_TYPES.MemberExpression && member.object === use && !member.computed
        ? member.property.name
        : undefined;
    if (property === 'signal') continue;
    if (property === 'abort') {
      if (runsOnTrigger(context.sourceCode, use, TIMER)) return BOUNDED;
      aborted = true;
      continue;
    }
    escapes = true;
  }
  return aborted || escapes ? UNKNOWN : { verdict: 'unbounded', shown: 'a signal that is never aborted' };
}

function callerVerdict(context: SignalContext): ValueVerdict {
  return context.callerSignal === 'bounded' ? BOUNDED : UNKNOWN;
}

/**
 * Whether a `signal` value can end the call: `AbortSignal.timeout(ms)`, `AbortSignal.any([...])` with a bounded
 * member, a controller a timer aborts → bounded; `undefined`, `null`, `new AbortController().signal`, a controller
 * nothing aborts → no bound; a signal from the caller or from elsewhere → as option `signalFromCaller` says.
 */
export function signalVerdict(context: SignalContext, node: TSESTree.Node, depth = 0): ValueVerdict {
  const expression = unwrapExpression(node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node);
  if (depth > 4) return UNKNOWN;
  switch (expression.type) {
    case AST_NODE_TYPES.ChainExpression:
      return signalVerdict(context, expression.expression, depth + 1);
    case AST_NODE_TYPES.Literal:
      return expression.value === null ? { verdict: 'unbounded', shown: 'null' } : UNKNOWN;
    case AST_NODE_TYPES.UnaryExpression:
      return expression.operator === 'void' ? { verdict: 'unbounded', shown: 'undefined' } : UNKNOWN;
    case AST_NODE_TYPES.LogicalExpression:
      return either(
        signalVerdict(context, expression.left, depth + 1),
        signalVerdict(context, expression.right, depth + 1),
      );
    case AST_NODE_TYPES.ConditionalExpression:
      return either(
        signalVerdict(context, expression.consequent, depth + 1),
        signalVerdict(context, expression.alternate, depth + 1),
      );
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrapExpression(expression.callee);
      if (isMember(callee, 'AbortSignal', 'timeout') || isMember(callee, 'AbortSignal', 'abort')) return BOUNDED;
      if (!isMember(callee, 'AbortSignal', 'any')) return callerVerdict(context);
      const [list] = expression.arguments;
      const array = list && unwrapExpression(list);
      if (array?.type !== AST_NODE_TYPES.ArrayExpression) return UNKNOWN;
      const members = array.elements.map((element) =>
        !element || element.type === AST_NODE_TYPES.SpreadElement
          ? UNKNOWN
          : signalVerdict(context, element, depth + 1),
      );
      if (members.some((member) => member.verdict === 'bounded')) return BOUNDED;
      return members.some((member) => member.verdict === 'unknown')
        ? UNKNOWN
        : { verdict: 'unbounded', shown: 'AbortSignal.any([])' };
    }
    case AST_NODE_TYPES.MemberExpression: {
      if (expression.computed || expression.property.name !== 'signal') return callerVerdict(context);
      const owner = unwrapExpression(expression.object);
      if (isNewAbortController(owner)) return { verdict: 'unbounded', shown: 'new AbortController().signal' };
      if (owner.type === AST_NODE_TYPES.Identifier && isNewAbortController(constantInit(context.sourceCode, owner))) {
        return controllerVerdict(context, owner);
      }
      return callerVerdict(context);
    }
    case AST_NODE_TYPES.Identifier: {
      if (expression.name === 'undefined') return { verdict: 'unbounded', shown: 'undefined' };
      const init = constantInit(context.sourceCode, expression);
      return init ? signalVerdict(context, init, depth + 1) : callerVerdict(context);
    }
    default:
      return callerVerdict(context);
  }
}
