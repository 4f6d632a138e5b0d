import type { TSESLint } from '@typescript-eslint/utils';

import type { Context } from '../../util/trackReferences/types';

import { SYNC_APIS } from '../../rules/no-sync-fs-in-async-utils/fsSyncApis';
import { getAsyncContext } from '../../util/asyncContext';
import {
  CALL,
  createTracker,
  type TraceMapElement,
  type TrackedReference,
  withNodeProtocol,
} from '../../util/trackReferences';

// The audit's count of fs calls that are already async: a call of an `fs/promises` function (through any import,
// `require`, or `fs.promises`) made while an async function runs, found by the plugin's import tracker. These are
// the promise twins of the sync calls the no-sync-fs-in-async rule reports.

type CensusMessageId = 'asyncFsCall';

/** The promise twins the rule's table names (`readFile`, `access`, …), each traced as a call. */
const TWINS: Record<string, TraceMapElement<string>> = Object.fromEntries(
  Object.values(SYNC_APIS.fs).map(({ twin }) => [twin, { [CALL]: twin }]),
);

const MODULES = withNodeProtocol<string>({ 'fs/promises': TWINS, fs: { promises: TWINS } });

function censusOf(context: Context, references: readonly TrackedReference<string>[]): void {
  for (const { node, kind, info } of references) {
    if (kind !== 'call' || getAsyncContext(context.sourceCode, node).kind === 'none') continue;
    context.report({ node, messageId: 'asyncFsCall', data: { name: info } });
  }
}

const track = createTracker<string, undefined>({ modules: MODULES }, censusOf);

/** Reports every `fs/promises` call made while an async function runs, with the function's name as the message. */
export const asyncFsCensus: Pick<TSESLint.RuleModule<CensusMessageId>, 'meta' | 'create'> = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Count the fs/promises calls made while an async function runs (async-io-audit only)' },
    schema: [],
    messages: { asyncFsCall: '{{name}}' },
  },
  create: (context) => track(context, undefined),
};
