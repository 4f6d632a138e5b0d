import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import type { FlagValue } from './types';

// What a call's options argument says: a flag that changes the result. (Descriptors: descriptorFlow.ts.)

/** The value of `flag` in the call's options argument (the second), as far as it can be read. */
export function optionFlag(call: TSESTree.CallExpression, flag: string): FlagValue {
  const options = call.arguments[1];
  if (!options) return 'absent';
  if (options.type === AST_NODE_TYPES.Literal && typeof options.value === 'string') return 'absent'; // an encoding
  if (options.type !== AST_NODE_TYPES.ObjectExpression) return 'unknown';
  let value: FlagValue = 'absent';
  for (const property of options.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement || property.computed) return 'unknown';
    const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String(property.key.value);
    if (key !== flag) continue;
    const literal = property.value.type === AST_NODE_TYPES.Literal ? property.value.value : undefined;
    value = literal === true ? 'true' : literal === false ? 'false' : 'unknown';
  }
  return value;
}
