import type { TSESLint } from '@typescript-eslint/utils';

import type { Context } from '../../util/trackReferences/types';

import { GLOBALS, MODULES } from '../../rules/require-timeout-on-tool-utils/catalog';
import { fileScan } from '../../rules/require-timeout-on-tool-utils/checkFile';
import { collectRuns } from '../../rules/require-timeout-on-tool-utils/collectRuns';
import { judgeRun } from '../../rules/require-timeout-on-tool-utils/judge';
import { toolImplementations } from '../../rules/require-timeout-on-tool-utils/toolImplementations';
import type { FileCheck, MessageId, Options, TraceInfo } from '../../rules/require-timeout-on-tool-utils/types';
import { createTracker, type TrackedReference } from '../../util/trackReferences';

// The audit's count of tool runs: every run the timeout rule collects, judged by the rule's own judge, with the
// judge's reports caught instead of made. A run whose judgement reports no missing deadline is bounded (or, for a
// local command that answers at once, needs none); the rule's default options apply.

type CensusMessageId = 'bounded' | 'unbounded';
type RuleContext = Readonly<TSESLint.RuleContext<MessageId, Options>>;

/** The rule's reports that are not about a missing deadline: a bounded run that drops its caller's signal. */
const NOT_A_DEADLINE: ReadonlySet<string> = new Set(['signalDropped']);

function censusOf(context: Context, references: readonly TrackedReference<TraceInfo>[]): void {
  if (references.length === 0) return;
  const caught: string[] = [];
  // The judge reports through `file.context`: a context of our own whose `report` records the message id.
  const judgeContext = Object.create(context, {
    report: { value: (descriptor: { messageId: string }) => caught.push(descriptor.messageId) },
  }) as RuleContext;
  // The rule's own per-file state under its default options.
  const scan = fileScan(judgeContext, {});
  const { runs, wrapperCalls } = collectRuns(scan, references);
  const file: FileCheck = {
    ...scan,
    isWrapper: (call) => wrapperCalls.has(call),
    toolImplementations: toolImplementations(scan.sourceCode, references),
  };
  for (const run of runs) {
    caught.length = 0;
    judgeRun(file, run);
    const unbounded = caught.some((messageId) => !NOT_A_DEADLINE.has(messageId));
    context.report({ node: run.node, messageId: unbounded ? 'unbounded' : 'bounded', data: { name: run.name } });
  }
}

const track = createTracker<TraceInfo, undefined>({ modules: MODULES, globals: GLOBALS }, censusOf);

/** Reports every tool run once: `bounded` or `unbounded`, with the run's name as the message. */
export const toolRunCensus: Pick<TSESLint.RuleModule<CensusMessageId>, 'meta' | 'create'> = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Count the tool runs and whether each is bounded (async-io-audit only)' },
    schema: [],
    messages: { bounded: '{{name}}', unbounded: '{{name}}' },
  },
  create: (context) => track(context, undefined),
};
