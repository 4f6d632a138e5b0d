import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { isWithin } from '../../util/ast';
import type { AsyncContextOf } from '../../util/asyncContext';
import { insertAwait } from '../../util/fix/insertAwait';
import { mergeFixes } from '../../util/fix/mergeFixes';
import { planBindings } from './bindingPlan';
import { markCheckThenAct } from './checkThenAct';
import { classifyInBody, type FileState } from './classifyCall';
import { callFixes } from './fixes';
import type { HelperAnalysis } from './helperChains';
import type { Helper, HelperFunction } from './helperGraph';
import { asyncEdits, signatureProblem } from './helperSignature';
import type { CalleeRewrite, Decided } from './types';

// The fix of a blocking helper: make it and every blocking helper it calls async, convert their sync fs calls as
// the rule converts them in async code, and await every call of them; or the reason it is withheld.

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Either the fix (one merged edit for the whole chain) or why there is none, naming the helper it concerns. */
export type HelperVerdict =
  | { readonly fix: TSESLint.ReportFixFunction; readonly reason?: never }
  | { readonly reason: string; readonly fix?: never };

const lineOf = (node: TSESTree.Node): number => node.loc.start.line;

/** `helper` and every blocking helper it reaches, in the order found. */
function membersOf(analysis: HelperAnalysis, helper: Helper): Helper[] {
  const members = [helper];
  for (let i = 0; i < members.length; i++) {
    for (const callee of analysis.callees.get(members[i] as Helper) ?? []) {
      if (!members.includes(callee)) members.push(callee);
    }
  }
  return members;
}

/** Whether `node` runs directly in the body of one of `fns` (where `await` becomes legal), not in its parameters. */
function inBodyOf(sourceCode: SourceCode, node: TSESTree.Node, fns: ReadonlySet<TSESTree.Node>): boolean {
  const block = sourceCode.getScope(node).variableScope.block;
  return fns.has(block) && !(block as HelperFunction).params.some((param) => isWithin(node, param));
}

/** Why `call` cannot be awaited once the members are async, if it cannot. */
function callProblem(
  { sourceCode, asyncContext }: { sourceCode: SourceCode; asyncContext: AsyncContextOf },
  call: TSESTree.Node,
  fns: ReadonlySet<TSESTree.Node>,
): string | undefined {
  const where = asyncContext(call);
  if (where.kind === 'body' || (where.kind === 'none' && inBodyOf(sourceCode, call, fns))) return undefined;
  const block = sourceCode.getScope(call).variableScope.block;
  const inParameters = where.kind === 'parameter' || (where.kind === 'none' && fns.has(block));
  return where.kind === 'callback' || inParameters
    ? `is called where \`await\` cannot go (line ${lineOf(call)})`
    : `is called from sync code (line ${lineOf(call)})`;
}

interface Conversion {
  readonly decided: readonly Decided[];
  readonly problem?: string;
}

/** The members' sync fs calls as the rule would decide them in async code; each must get an exact autofix. */
function convertCalls(file: FileState, analysis: HelperAnalysis, members: readonly Helper[]): Conversion {
  const { sourceCode } = file;
  const fns = new Set<TSESTree.Node>(members.map((member) => member.fn));
  const decided: Decided[] = [];
  for (const member of members) {
    for (const { call, path, sync } of analysis.fsCalls.get(member) ?? []) {
      const named = `\`${member.name}()\` calls \`${sync.name}\` (line ${lineOf(call)})`;
      if (!inBodyOf(sourceCode, call, fns)) return { decided, problem: `${named} where \`await\` cannot go` };
      const outcome = classifyInBody(file, call, path, sync, { kind: 'body', fn: member.fn });
      if (outcome?.kind !== 'dropIn' || outcome.autofix == null) {
        return { decided, problem: `${named}, which has no exact async replacement there` };
      }
      decided.push({ call, path, sync, outcome });
    }
  }
  const paired = markCheckThenAct(file, decided).find((entry) => entry.outcome.kind !== 'dropIn');
  if (paired) {
    const member = members.find((candidate) => isWithin(paired.call, candidate.fn));
    const name = member ? `\`${member.name}()\` ` : '';
    return {
      decided,
      problem: `${name}checks and acts on one path (\`${paired.sync.name}\`, line ${lineOf(paired.call)})`,
    };
  }
  return { decided };
}

/** The first reason the members cannot all become async, if any. */
function memberProblem(file: FileState, analysis: HelperAnalysis, members: readonly Helper[]): string | undefined {
  const { sourceCode } = file;
  const fns = new Set<TSESTree.Node>(members.map((member) => member.fn));
  for (const member of members) {
    const { escapes, calls } = analysis.graph.usesOf(member);
    const problem =
      escapes[0]?.reason ??
      signatureProblem(sourceCode, member) ??
      calls.map((call) => callProblem(file, call, fns)).find((found) => found != null);
    if (problem != null) return `\`${member.name}()\` ${problem}`;
  }
  return undefined;
}

function autofixOf(entry: Decided): CalleeRewrite {
  return (entry.outcome as { autofix: CalleeRewrite }).autofix;
}

/** The fix that makes `helper`'s chain async, or why it is withheld. */
export function helperVerdict(file: FileState, analysis: HelperAnalysis, helper: Helper): HelperVerdict {
  const { sourceCode } = file;
  const members = membersOf(analysis, helper);
  const problem = memberProblem(file, analysis, members);
  if (problem != null) return { reason: problem };
  const { decided, problem: callProblemText } = convertCalls(file, analysis, members);
  if (callProblemText != null) return { reason: callProblemText };
  const requests = decided.flatMap((entry) => {
    const rewrite = autofixOf(entry);
    return rewrite.kind === 'binding' ? [rewrite.request] : [];
  });
  const plan = planBindings(sourceCode, requests);
  if (requests.some((request) => !plan.callee.has(request))) {
    return { reason: 'the fs bindings it calls through cannot be converted' };
  }
  const calls = members.flatMap((member) => analysis.graph.usesOf(member).calls);
  let merged: TSESLint.RuleFix | null | undefined;
  const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix | null => {
    merged ??= mergeFixes(sourceCode.text, [
      ...members.flatMap((member) => asyncEdits(fixer, sourceCode, member)),
      ...calls.flatMap((call) => insertAwait(fixer, sourceCode, call)),
      ...decided.flatMap((entry) => {
        const rewrite = autofixOf(entry);
        const callee = rewrite.kind === 'binding' ? plan.callee.get(rewrite.request) : undefined;
        return callFixes(sourceCode, fixer, entry.call, rewrite, callee);
      }),
      ...plan.fix(fixer),
    ]);
    return merged;
  };
  return { fix };
}
