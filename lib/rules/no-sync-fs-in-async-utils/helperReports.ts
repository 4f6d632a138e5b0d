import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import type { TrackedReference } from '../../util/trackReferences';
import { isRebound } from './calleeRewrite';
import type { FileState } from './classifyCall';
import { analyseHelpers, chainText, type TrackedCall } from './helperChains';
import type { Helper } from './helperGraph';
import { helperVerdict, type HelperVerdict } from './helperFix';
import type { MessageId, Options, SyncCall } from './types';

// The calls of blocking helpers made while an async function runs: one report each, in source order, with the
// chain's fix as a suggestion (or an autofix, with `fixHelpers: 'autofix'`) or the reason it is withheld.

type Context = Readonly<TSESLint.RuleContext<MessageId, Options>>;

/** Reports each async call of a blocking helper of the file; nothing happens in a file without sync calls. */
export function reportHelperCalls(
  context: Context,
  file: FileState,
  references: readonly TrackedReference<SyncCall>[],
  fixHelpers: 'suggestion' | 'autofix',
): void {
  const { sourceCode, asyncContext } = file;
  const syncCalls: TrackedCall[] = references.flatMap(({ node, path, kind, info }) =>
    kind === 'call' &&
    node.type === AST_NODE_TYPES.CallExpression &&
    asyncContext(node).kind === 'none' &&
    !isRebound(file, node)
      ? [{ call: node, path, sync: info }]
      : [],
  );
  if (syncCalls.length === 0) return;
  const analysis = analyseHelpers(sourceCode, asyncContext, syncCalls);
  if (!analysis) return;
  const verdicts = new Map<Helper, HelperVerdict>();
  const reported = new Set<TSESTree.CallExpression>();
  for (const { call, helper } of analysis.sites) {
    if (reported.has(call)) continue;
    reported.add(call);
    let verdict = verdicts.get(helper);
    if (!verdict) {
      verdict = helperVerdict(file, analysis, helper);
      verdicts.set(helper, verdict);
    }
    const blocking = analysis.blocking.get(helper);
    const data = {
      helper: helper.name,
      chain: chainText(analysis.blocking, helper),
      line: String(blocking?.first.call.loc.start.line ?? ''),
      reason: verdict.reason ?? '',
    };
    // `await` cannot go into a callback or a parameter default: the verdict names the call that stops it.
    const { fix } = verdict;
    if (fix == null) {
      context.report({ node: call, messageId: 'syncFsInHelperNoFix', data });
      continue;
    }
    context.report({
      node: call,
      messageId: 'syncFsInHelper',
      data,
      fix: fixHelpers === 'autofix' ? fix : null,
      suggest: fixHelpers === 'autofix' ? [] : [{ messageId: 'makeHelperAsync', data, fix }],
    });
  }
}
