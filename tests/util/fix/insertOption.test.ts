import { type InvalidTestCase, RuleTester } from '@typescript-eslint/rule-tester';
import { AST_NODE_TYPES, ESLintUtils } from '@typescript-eslint/utils';

import { insertArgument } from '../../../lib/util/fix/insertArgument';
import { insertProperty } from '../../../lib/util/fix/insertProperty';

// A throwaway rule drives the helpers: `prop(obj)` gets `t: 1` in its object, `arg<N>(…)` a new argument at N.
const rule = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'suggestion', fixable: 'code', messages: { edit: 'edit' }, schema: [], defaultOptions: [] },
  create(context) {
    const { sourceCode } = context;
    return {
      CallExpression(call) {
        // Once edited, the call is left alone: RuleTester applies fixes until none remain.
        if (call.callee.type !== AST_NODE_TYPES.Identifier || sourceCode.getText(call).includes('t: 1')) return;
        const { name } = call.callee;
        const [first] = call.arguments;
        if (name === 'prop' && first?.type === AST_NODE_TYPES.ObjectExpression) {
          context.report({
            node: call,
            messageId: 'edit',
            fix: (fixer) => insertProperty(fixer, sourceCode, first, 't: 1'),
          });
        }
        const index = /^arg(\d)$/u.exec(name)?.[1];
        if (index !== undefined) {
          context.report({
            node: call,
            messageId: 'edit',
            fix: (fixer) => insertArgument(fixer, sourceCode, call, Number(index), '{ t: 1 }'),
          });
        }
      },
    };
  },
});

const ruleTester = new RuleTester();

function edit(code: string, output: string): InvalidTestCase<'edit', []> {
  return { code, output, errors: [{ messageId: 'edit' }] };
}

ruleTester.run('optionsFix', rule, {
  valid: ['other({})'],
  invalid: [
    // insertProperty
    edit('prop({})', 'prop({ t: 1 })'),
    edit('prop({ })', 'prop({ t: 1 })'),
    edit('prop({ a })', 'prop({ a, t: 1 })'),
    edit('prop({ a, })', 'prop({ a, t: 1, })'),
    edit('prop({ ...rest })', 'prop({ ...rest, t: 1 })'),
    edit('prop({ a /* keep */ })', 'prop({ a, t: 1 /* keep */ })'),
    edit('prop({\n  a,\n  b,\n})', 'prop({\n  a,\n  b,\n  t: 1,\n})'),
    edit('prop({\n    a: 1\n})', 'prop({\n    a: 1,\n    t: 1\n})'),
    edit('prop({ a,\n  b })', 'prop({ a,\n  b, t: 1 })'),
    // insertArgument
    edit('arg0()', 'arg0({ t: 1 })'),
    edit('arg1(a)', 'arg1(a, { t: 1 })'),
    edit('arg1(a,)', 'arg1(a, { t: 1 },)'),
    edit('arg1(a, cb)', 'arg1(a, { t: 1 }, cb)'),
    edit('arg1(a, /* c */ cb)', 'arg1(a, /* c */ { t: 1 }, cb)'),
    edit('arg2(a)', 'arg2(a, undefined, { t: 1 })'),
    edit('arg3()', 'arg3(undefined, undefined, undefined, { t: 1 })'),
    edit('arg1<string>(a)', 'arg1<string>(a, { t: 1 })'),
    edit('arg1?.(a)', 'arg1?.(a, { t: 1 })'),
  ],
});
