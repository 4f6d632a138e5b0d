import { parse } from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import {
  CALLEE_PATTERN_SOURCE,
  matchesCallee,
  parseCalleePattern,
} from '../../../lib/rules/require-timeout-on-tool-utils/calleePattern';

function calleeOf(code: string): TSESTree.Node {
  const [statement] = parse(code).body;
  if (
    statement?.type !== AST_NODE_TYPES.ExpressionStatement ||
    statement.expression.type !== AST_NODE_TYPES.CallExpression
  ) {
    throw new Error(`not a call: ${code}`);
  }
  return statement.expression.callee;
}

describe('calleePattern', () => {
  it.each([
    ['executeTool', 'executeTool()', true],
    ['executeTool', 'api.executeTool()', false],
    ['*.executeTool', 'api.executeTool()', true],
    ['*.executeTool', 'this.registry.executeTool()', true],
    ['*.executeTool', "api['executeTool']()", true],
    ['*.executeTool', 'executeTool()', false],
    ['*.tools.run', 'this.tools.run()', true],
    ['*.tools.run', 'this.other.run()', false],
    ['this.tools.run', 'this.tools.run()', true],
    ['this.tools.run', 'self.tools.run()', false],
    ['a.b.run', 'a.b.run()', true],
    ['a.b.run', 'x.a.b.run()', false],
    ['a.b.run', '(a.b.run as Runner)()', true],
  ])('%s matches %s: %s', (pattern, code, expected) => {
    expect(matchesCallee(parseCalleePattern(pattern), calleeOf(code))).toBe(expected);
  });

  it.each([
    ['executeTool', true],
    ['*.executeTool', true],
    ['a.b.c', true],
    ['$.sync', true],
    ['*.', false],
    ['a..b', false],
    ['a.*.b', false],
    ['1abc', false],
    ['', false],
  ])('the schema pattern accepts %j: %s', (text, expected) => {
    expect(new RegExp(CALLEE_PATTERN_SOURCE, 'u').test(text)).toBe(expected);
  });
});
