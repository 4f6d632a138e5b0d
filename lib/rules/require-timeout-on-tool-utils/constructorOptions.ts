import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { EMPTY_OPTIONS, OPAQUE_OPTIONS, type OptionsView, readOptions } from './optionsArgument';
import type { SourceCode, TraceInfo } from './types';

// A client constructor's options (`new OpenAI({ timeout })`, `new Pool(origin, { bodyTimeout })`): the bounds every
// request made through the instance inherits.

/** The options a `new` call gives its instance, where the catalog says it takes some; else none. */
export function constructorOptions(
  sourceCode: SourceCode,
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  info: Extract<TraceInfo, { kind: 'factory' }>,
): OptionsView {
  if (node.type !== AST_NODE_TYPES.NewExpression || info.constructorAt == null) return EMPTY_OPTIONS;
  const before = node.arguments.slice(0, info.constructorAt + 1);
  if (before.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return OPAQUE_OPTIONS;
  const argument = node.arguments[info.constructorAt];
  if (argument == null) return EMPTY_OPTIONS;
  const view = readOptions(sourceCode, argument);
  const dropped = info.droppedKeys ?? [];
  if (!dropped.some((key) => view.entries.has(key))) return view;
  const entries = new Map([...view.entries].filter(([key]) => !dropped.includes(key)));
  return { ...view, entries };
}
