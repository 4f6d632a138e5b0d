import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import tsParser from '@typescript-eslint/parser';

import { findVariable } from '../../lib/util/scope';

// findVariable looks a name up from `getScope(identifier)` outwards, without eslint-utils' search of
// the child scopes for one around the identifier. Both must give the same variable for every identifier, in every
// kind of scope the two parsers make.

type SourceCode = Readonly<TSESLint.SourceCode>;

interface Lookup {
  readonly name: string;
  readonly at: number;
  readonly ours: TSESLint.Scope.Variable | undefined;
  readonly theirs: TSESLint.Scope.Variable | undefined;
}

function lookUpEveryIdentifier(code: string, ts: boolean, sourceType: 'module' | 'script' = 'module'): Lookup[] {
  const found: Lookup[] = [];
  const probe = {
    meta: { type: 'problem' as const, schema: [] },
    create(context: Readonly<TSESLint.RuleContext<never, []>>) {
      const sourceCode: SourceCode = context.sourceCode;
      return {
        Identifier(node: TSESTree.Identifier) {
          found.push({
            name: node.name,
            at: node.range[0],
            ours: findVariable(sourceCode, node),
            theirs: ASTUtils.findVariable(sourceCode.getScope(node), node) ?? undefined,
          });
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
        languageOptions: { ecmaVersion: 'latest', sourceType, ...(ts ? { parser: tsParser } : {}) },
        plugins: { t: { rules: { probe } } } as unknown as Linter.Config['plugins'],
        rules: { 't/probe': 'error' },
      },
    ],
    { filename: ts ? 'file.ts' : 'file.js' },
  );
  for (const message of messages) if (message.fatal || message.ruleId === 't/probe') throw new Error(message.message);
  return found;
}

const JS = `
import fs, { readFileSync as read } from 'node:fs';
const a = 1;
function f(a, b = () => a, { c } = {}, ...rest) {
  const inner = function a() { return a; };
  try { read(b); } catch (a) { return a; }
  for (const a of rest) { let b = a; b++; }
  label: for (;;) { break label; }
  return inner(c);
}
function f2(f2) { return f2; }
class A extends (class B {}) {
  static s = A;
  x = this.y ?? a;
  #p = fs;
  static { const a = 2; void a; }
  m(a) { return class C { n() { return C ?? a; } }; }
}
const g = (x) => (x) => x;
switch (a) { case 1: { const a = 3; void a; } }
export { a as default, f, f2, A, g };
undeclared = fetch(globalThis);
`;

const TS = `
import type { Stats } from 'node:fs';
import * as fsp from 'node:fs/promises';
enum E { A = 1, B = A + 1 }
namespace N { export const v = E.A; }
type T<X> = { x: X; f: (x: X) => X };
interface I { stats: Stats; g<Y>(y: Y): Y }
declare function dec(...args: unknown[]): any;
@dec(() => fsp)
class K<X> implements I {
  stats!: Stats;
  constructor(@dec(() => 1) private readonly x: X, public y = (x: number) => x) {}
  g<Y>(y: Y): Y { return y; }
}
function h<X>(x: X, cb: (x: X) => void): T<X> { cb(x); return { x, f: (y) => y }; }
const k = <X,>(x: X): X => x;
export { K, N, h, k };
`;

describe('findVariable', () => {
  for (const [label, code, ts, sourceType] of [
    ['espree, module', JS, false, 'module'],
    ['espree, script', JS.replace(/^(?:import|export).*$/gmu, ''), false, 'script'],
    ['typescript-eslint', TS, true, 'module'],
    ['typescript-eslint, the JavaScript sample', JS, true, 'module'],
  ] as const) {
    it(`finds what eslint-utils finds for every identifier (${label})`, () => {
      const lookups = lookUpEveryIdentifier(code, ts, sourceType);
      expect(lookups.length).toBeGreaterThan(40);
      expect(lookups.filter(({ ours, theirs }) => ours !== theirs).map(({ name, at }) => `${name} at ${at}`)).toEqual(
        [],
      );
      // Not a vacuous agreement: most names resolve, and some do not.
      expect(lookups.filter((lookup) => lookup.ours !== undefined).length).toBeGreaterThan(lookups.length / 2);
      expect(lookups.some((lookup) => lookup.ours === undefined)).toBe(true);
    });
  }

  it('gives the nearest declaration, not an outer one of the same name', () => {
    const lookups = lookUpEveryIdentifier('const a = 1; function f(a) { return a; } void a;', false);
    const [outer, parameter, read, last] = lookups.filter((lookup) => lookup.name === 'a');
    expect(parameter?.ours).toBe(read?.ours);
    expect(parameter?.ours).not.toBe(outer?.ours);
    expect(last?.ours).toBe(outer?.ours);
  });

  it('leaves a name nothing declares unresolved', () => {
    const [lookup] = lookUpEveryIdentifier('nothingDeclaresThis();', false);
    expect(lookup?.ours).toBeUndefined();
  });
});
