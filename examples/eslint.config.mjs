// How a project turns the plugin on: the recommended config, plus the TypeScript parser for .ts files.
import tsParser from '@typescript-eslint/parser';
import asyncIo from 'eslint-plugin-async-io';

export default [
  ...asyncIo.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
  },
  {
    // The agent's own tool runner: its third argument takes `timeoutMs` or `signal`.
    rules: {
      'async-io/require-timeout-on-tool': [
        'error',
        { tools: [{ callee: '*.executeTool', argument: 2, keys: ['timeoutMs', 'signal'] }] },
      ],
    },
  },
];
