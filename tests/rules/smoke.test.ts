import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../lib/rules/no-sync-fs-in-async';
const ruleTester = new RuleTester();
ruleTester.run('smoke', rule, {
  valid: ['import fs from "fs"; function f() { fs.readFileSync("a") }', 'async function f(fs) { fs.readFileSync("a") }'],
  invalid: [
    { code: 'import fs from "node:fs"; async function f() { fs.readFileSync("a") }', errors: [{ messageId: 'syncFsInAsync' }] },
    { code: 'import * as fs from "node:fs"; async function f() { fs["readFileSync"]("a") }', errors: [{ messageId: 'syncFsInAsync' }] },
    { code: 'import { readFileSync as r } from "fs"; const f = async () => r("a")', errors: [{ messageId: 'syncFsInAsync' }] },
    { code: 'const { readFileSync: { } , statSync: s } = require("fs"); async function f() { s("a") }', errors: [{ messageId: 'syncFsInAsync' }] },
    { code: 'const g = require("fs"); const h = g; class A { async #m() { h.statSync("a") } }', errors: [{ messageId: 'syncFsInAsync' }] },
    { code: 'async function f() { require("fs").existsSync("a") }', errors: [{ messageId: 'syncFsInAsync' }] },
    { code: 'import fs = require("fs"); async function f() { fs.existsSync("a") }', errors: [{ messageId: 'syncFsInAsync' }] },
    { code: 'async function f() { const fs = await import("fs"); fs.existsSync("a"); fs.default.statSync("b") }', errors: [{ messageId: 'syncFsInAsync' }, { messageId: 'syncFsInAsync' }] },
    { code: 'async function f() { process.getBuiltinModule("fs").existsSync("a") }', errors: [{ messageId: 'syncFsInAsync' }] },
    { code: 'import fs from "fs"; async function f(x = fs.existsSync("a")) { [1].map(() => fs.statSync("b")) }', errors: [{ messageId: 'syncFsInAsync' }, { messageId: 'syncFsInCallback' }] },
  ],
});
