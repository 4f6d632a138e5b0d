import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { createRule } from '../utils/createRule';
import { CALL, type TraceMap, trackReferences } from '../utils/trackReferences';

export type Options = [{ defaultTimeoutMs?: number }];
export type MessageId = 'missingTimeout';

interface ToolApi {
  readonly name: string;
}

// SKELETON: the full catalog comes with the rule.
const GLOBALS: TraceMap<ToolApi> = { fetch: { [CALL]: { name: 'fetch' } } };

export default createRule<Options, MessageId>({
  name: 'require-timeout-on-tool',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a timeout or abort signal on tool runs: child processes, HTTP requests and MCP tool calls',
      recommended: true,
    },
    messages: {
      missingTimeout: '`{{name}}()` can wait forever: pass a timeout or an `AbortSignal`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          defaultTimeoutMs: {
            type: 'integer',
            minimum: 1,
            description: 'The timeout, in milliseconds, that the suggestion inserts.',
          },
        },
      },
    ],
    defaultOptions: [{ defaultTimeoutMs: 30_000 }],
  },
  create(context) {
    return trackReferences(context, { globals: GLOBALS }, ({ node, info }) => {
      if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length > 1) return;
      context.report({ node, messageId: 'missingTimeout', data: { name: info.name } });
    });
  },
});
