import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { getAsyncContext } from '../utils/asyncContext';
import { createRule } from '../utils/createRule';
import { CALL, type TraceMap, type TraceMapElement, trackReferences, withNodeProtocol } from '../utils/trackReferences';

export type Options = [{ modules?: string[] }];
export type MessageId = 'syncFsInAsync' | 'syncFsInCallback';

interface SyncApi {
  readonly name: string;
}

// SKELETON: the full table (promise twins and fix classes) comes with the rule's fixer.
const SYNC_NAMES = ['readFileSync', 'writeFileSync', 'statSync', 'existsSync'];
const fsElement: TraceMapElement<SyncApi> = Object.fromEntries(
  SYNC_NAMES.map((name) => [name, { [CALL]: { name } }]),
);
const MODULES: TraceMap<SyncApi> = withNodeProtocol({ fs: fsElement });

export default createRule<Options, MessageId>({
  name: 'no-sync-fs-in-async',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow synchronous filesystem calls while an async function runs',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      syncFsInAsync: '`{{name}}` blocks the event loop while this async function runs.',
      syncFsInCallback: '`{{name}}` blocks the event loop: this callback runs at once inside an async function.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          modules: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'More module names whose `*Sync` exports count, for in-house fs wrappers.',
          },
        },
      },
    ],
    defaultOptions: [{ modules: [] }],
  },
  create(context) {
    return trackReferences(context, { modules: MODULES }, ({ node, info }) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return;
      const where = getAsyncContext(context.sourceCode, node);
      if (where.kind === 'none') return;
      context.report({
        node,
        messageId: where.kind === 'callback' ? 'syncFsInCallback' : 'syncFsInAsync',
        data: { name: info.name },
      });
    });
  },
});
