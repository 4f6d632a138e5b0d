import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import tsParser from '@typescript-eslint/parser';

import { innermostNodeAt, someTokenWithin } from '../../lib/util/tokens';

// The token helpers on their own: a probe rule hands its SourceCode and the node a selector picks to a callback.

type SourceCode = Readonly<TSESLint.SourceCode>;

function withNode(
  code: string,
  selector: string,
  check: (sourceCode: SourceCode, node: TSESTree.Node) => void,
  ts = false,
): void {
  let ran = false;
  const probe = {
    meta: { type: 'problem' as const, schema: [] },
    create(context: Readonly<TSESLint.RuleContext<never, []>>) {
      return {
        [selector](node: TSESTree.Node) {
          check(context.sourceCode, node);
          ran = true;
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.js', '**/*.ts'],
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module', ...(ts ? { parser: tsParser } : {}) },
        plugins: { t: { rules: { probe } } } as unknown as Linter.Config['plugins'],
        rules: { 't/probe': 'error' },
      },
    ],
    { filename: ts ? 'file.ts' : 'file.js' },
  );
  for (const message of messages) if (message.fatal || message.ruleId === 't/probe') throw new Error(message.message);
  expect(ran).toBe(true);
}

describe('someTokenWithin', () => {
  it('visits exactly the tokens inside the node, in order, and no comment', () => {
    withNode(
      'before(); function f(a) { /* c */ return a + 1; } after();',
      'FunctionDeclaration',
      (sourceCode, node) => {
        const seen: string[] = [];
        expect(
          someTokenWithin(
            sourceCode,
            node,
            (tokens, index) => (seen.push((tokens[index] as TSESTree.Token).value), false),
          ),
        ).toBe(false);
        expect(seen).toEqual(['function', 'f', '(', 'a', ')', '{', 'return', 'a', '+', '1', ';', '}']);
      },
    );
  });

  it('stops at the first token the callback accepts', () => {
    withNode('const x = [1, 2, 3, 4];', 'ArrayExpression', (sourceCode, node) => {
      const seen: string[] = [];
      const found = someTokenWithin(sourceCode, node, (tokens, index) => {
        const { value } = tokens[index] as TSESTree.Token;
        seen.push(value);
        return value === '2';
      });
      expect(found).toBe(true);
      expect(seen).toEqual(['[', '1', ',', '2']);
    });
  });

  it('gives the callback the neighbouring tokens, also past the node', () => {
    withNode('a.b; c;', 'MemberExpression', (sourceCode, node) => {
      const after: string[] = [];
      someTokenWithin(sourceCode, node, (tokens, index) => (after.push(tokens[index + 1]?.value ?? ''), false));
      expect(after).toEqual(['.', 'b', ';']);
    });
  });
});

describe('innermostNodeAt', () => {
  it('finds the innermost node at an offset, going down from the root', () => {
    const code = 'class A { m() { return (this).x[this.y] + 1; } }';
    withNode(code, 'ClassBody', (sourceCode, body) => {
      const at = (text: string, nth = 0): TSESTree.Node => {
        let offset = -1;
        for (let i = 0; i <= nth; i++) offset = code.indexOf(text, offset + 1);
        return innermostNodeAt(sourceCode, body, offset);
      };
      const first = at('this');
      expect(first.type).toBe('ThisExpression');
      expect(first.parent?.type).toBe('MemberExpression');
      expect(sourceCode.getText(first.parent as TSESTree.Node)).toBe('(this).x');
      const second = at('this', 1);
      expect(sourceCode.getText(second.parent as TSESTree.Node)).toBe('this.y');
      expect(at('1').type).toBe('Literal');
      // Between tokens: the innermost node around the gap.
      expect(at(' + ').type).toBe('BinaryExpression');
      expect(at('m').type).toBe('Identifier');
    });
  });

  it('returns the root itself where no child holds the offset', () => {
    withNode('f(a,   b);', 'CallExpression', (sourceCode, call) => {
      expect(innermostNodeAt(sourceCode, call, 4)).toBe(call);
    });
  });

  it('goes through TypeScript nodes by their visitor keys', () => {
    const code = 'function f(x: Map<string, number>) { return x as unknown as Set<number>; }';
    withNode(
      code,
      'FunctionDeclaration',
      (sourceCode, fn) => {
        expect(innermostNodeAt(sourceCode, fn, code.indexOf('number')).type).toBe('TSNumberKeyword');
        expect(innermostNodeAt(sourceCode, fn, code.indexOf('Set')).type).toBe('Identifier');
        expect(innermostNodeAt(sourceCode, fn, code.indexOf('Set')).parent?.type).toBe('TSTypeReference');
      },
      true,
    );
  });
});
