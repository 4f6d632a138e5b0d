import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { type ESLint, Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';

import rule, { type Options } from '../../lib/rules/no-sync-fs-in-async';

// TypeScript files by default (@typescript-eslint/parser); these run the same rule on plain JavaScript.
const js = { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } } as const;
const cjs = { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } } as const;

const ruleTester = new RuleTester();

ruleTester.run('no-sync-fs-in-async', rule, {
  valid: [
    // Not while an async function runs: module top level, sync functions, deferred callbacks.
    "import fs from 'node:fs';\nconst config = fs.readFileSync('config.json', 'utf8');",
    "import fs from 'node:fs';\nfunction load(p: string) {\n  return fs.readFileSync(p);\n}",
    "import fs from 'node:fs';\nasync function f(p: string) {\n  setTimeout(() => fs.rmSync(p), 10);\n  process.on('exit', () => fs.rmSync(p));\n}",
    "import fs from 'node:fs';\nasync function f(p: string) {\n  return function () {\n    return fs.readFileSync(p);\n  };\n}",
    "import fs from 'node:fs';\nasync function f(ps: string[]) {\n  helper(ps, (p: string) => fs.readFileSync(p));\n}",
    "import fs from 'node:fs';\nasync function f(ps: string[]) {\n  ps.map(function* (p) {\n    yield fs.readFileSync(p);\n  });\n}",
    "import fs from 'node:fs';\nconst x = await Promise.resolve(fs.readFileSync('a'));",
    // Class field initialisers and static blocks run outside the async function, even inside one.
    "import fs from 'node:fs';\nasync function f() {\n  return class {\n    data = fs.readFileSync('a');\n    static {\n      fs.readFileSync('b');\n    }\n  };\n}",
    // Not Node's fs: shadowed bindings, other objects, other modules, names alone.
    "async function f(fs: { readFileSync(p: string): string }) {\n  return fs.readFileSync('a');\n}",
    "import fs from 'node:fs';\nasync function f() {\n  const fs2 = { readFileSync: (p: string) => p };\n  return fs2.readFileSync('a');\n}",
    "import { readFileSync } from 'node:fs';\nasync function f(readFileSync: (p: string) => string) {\n  return readFileSync('a');\n}",
    "import memfs from 'memfs';\nasync function f() {\n  memfs.readFileSync('a');\n}",
    "import { execSync } from 'node:child_process';\nasync function f() {\n  execSync('ls');\n}",
    "async function f(fooSync: { bar(): void }) {\n  fooSync.bar();\n  readFileSync('a');\n}",
    'async function f(Effect: { runSync(x: number): number }) {\n  return Effect.runSync(1);\n}',
    // A binding assigned again may hold anything by the time the call runs.
    {
      code: "let { readFileSync } = require('fs');\nreadFileSync = (p) => p;\nlet fs = require('fs');\nfs = { readFileSync: () => '' };\nasync function f(p) {\n  return [readFileSync(p), fs.readFileSync(p)];\n}",
      languageOptions: cjs,
      name: 'reassigned bindings',
    },
    // References that are not calls, and type positions.
    "import fs from 'node:fs';\nasync function f() {\n  const read = fs.readFileSync;\n  return [read, fs.existsSync];\n}",
    "import fs from 'node:fs';\nasync function f(): Promise<ReturnType<typeof fs.readFileSync>> {\n  return fs.promises.readFile('a');\n}",
    // Already asynchronous.
    "import fs from 'node:fs';\nasync function f(p: string) {\n  await fs.promises.readFile(p);\n  fs.readFile(p, () => {});\n}",
    // The modules option only adds the modules it names.
    "import { copySync } from 'my-fs';\nasync function f(p: string) {\n  copySync(p, p);\n}",
    {
      code: "import { copySync } from 'my-fs';\nasync function f(p: string) {\n  copySync(p, p);\n}",
      options: [{ modules: ['other-fs'] }],
      name: 'modules option: another module',
    },
    {
      code: "const fs = require('fs');\nfunction f(p) {\n  return fs.readFileSync(p);\n}",
      languageOptions: cjs,
      name: 'CommonJS, sync function',
    },
  ],
  invalid: [
    // Every import form.
    {
      code: `import fs from 'fs';
async function f(p: string) {
  return fs.readFileSync(p, 'utf8');
}`,
      output: `import fs from 'fs';
async function f(p: string) {
  return await fs.promises.readFile(p, 'utf8');
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 10, endLine: 3, endColumn: 36, suggestions: [] }],
      name: 'ESM default import',
    },
    {
      code: `import * as fs from 'node:fs';
async function f(p: string) {
  fs.writeFileSync(p, 'x');
}`,
      output: `import * as fs from 'node:fs';
async function f(p: string) {
  await fs.promises.writeFile(p, 'x');
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 27, suggestions: [] }],
      name: 'ESM namespace import',
    },
    {
      code: `import { readFileSync } from 'node:fs';
async function f(p: string) {
  return readFileSync(p);
}`,
      output: `import * as fsPromises from 'node:fs/promises';
async function f(p: string) {
  return await fsPromises.readFile(p);
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 10, endLine: 3, endColumn: 25, suggestions: [] }],
      name: 'ESM named import: the new fs/promises import takes its place',
    },
    {
      code: `import { join } from 'node:path';
import { readFileSync as read, statSync } from 'node:fs';
statSync('.');
async function f(p: string) {
  return read(join(p));
}`,
      output: `import { join } from 'node:path';
import { statSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
statSync('.');
async function f(p: string) {
  return await fsPromises.readFile(join(p));
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 5, column: 10, endLine: 5, endColumn: 23, suggestions: [] }],
      name: 'ESM renamed import, another specifier stays',
    },
    {
      code: `import { readFileSync } from 'fs';
const config = readFileSync('config.json');
async function f(p: string) {
  return readFileSync(p);
}`,
      output: `import { readFileSync } from 'fs';
import * as fsPromises from 'fs/promises';
const config = readFileSync('config.json');
async function f(p: string) {
  return await fsPromises.readFile(p);
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 4, column: 10, endLine: 4, endColumn: 25, suggestions: [] }],
      name: 'named import still used elsewhere: kept, fs/promises added',
    },
    {
      code: `import fs, { readFileSync } from 'fs';
async function f(p: string) {
  return readFileSync(p);
}`,
      output: `import fs from 'fs';
async function f(p: string) {
  return await fs.promises.readFile(p);
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 10, endLine: 3, endColumn: 25, suggestions: [] }],
      name: 'named import beside a default import: reuses fs.promises',
    },
    {
      code: `import fsp from 'node:fs/promises';
import { readFileSync, existsSync } from 'node:fs';
async function f(p: string) {
  return readFileSync(p);
}`,
      output: `import fsp from 'node:fs/promises';
import { existsSync } from 'node:fs';
async function f(p: string) {
  return await fsp.readFile(p);
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 4, column: 10, endLine: 4, endColumn: 25, suggestions: [] }],
      name: 'existing fs/promises import is reused',
    },
    {
      code: `import { promises as fsp, readFileSync } from 'fs';
async function f(p: string) {
  return readFileSync(p);
}`,
      output: `import { promises as fsp } from 'fs';
async function f(p: string) {
  return await fsp.readFile(p);
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 10, endLine: 3, endColumn: 25, suggestions: [] }],
      name: 'existing promises specifier is reused',
    },
    {
      code: `const fs = require('fs');
async function f(p) {
  return fs.readFileSync(p);
}`,
      output: `const fs = require('fs');
async function f(p) {
  return await fs.promises.readFile(p);
}`,
      languageOptions: cjs,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 10, endLine: 3, endColumn: 28, suggestions: [] }],
      name: 'CommonJS require',
    },
    {
      code: `const { readFileSync } = require('node:fs');
async function f(p) {
  return readFileSync(p);
}`,
      output: `const { promises: fsPromises } = require('node:fs');
async function f(p) {
  return await fsPromises.readFile(p);
}`,
      languageOptions: cjs,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 10, endLine: 3, endColumn: 25, suggestions: [] }],
      name: 'CommonJS destructuring: promises takes the place of the sync property',
    },
    {
      code: `const { readFileSync: read, statSync, mkdirSync } = require('fs');
mkdirSync('d');
async function f(p) {
  statSync(p);
  return read(p);
}`,
      output: `const { promises: fsPromises, mkdirSync } = require('fs');
mkdirSync('d');
async function f(p) {
  await fsPromises.stat(p);
  return await fsPromises.readFile(p);
}`,
      languageOptions: cjs,
      errors: [
        { messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 14, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 5, column: 10, endLine: 5, endColumn: 17, suggestions: [] },
      ],
      name: 'CommonJS renamed destructuring',
    },
    {
      code: `async function f(p) {
  return require('fs').readFileSync(p);
}`,
      output: `async function f(p) {
  return await require('fs').promises.readFile(p);
}`,
      languageOptions: js,
      errors: [{ messageId: 'syncFsInAsync', line: 2, column: 10, endLine: 2, endColumn: 39, suggestions: [] }],
      name: 'require that is not a declared global, inline',
    },
    {
      code: `import fs from 'fs';
const g = fs;
async function f(p: string) {
  g.readFileSync(p);
}`,
      output: `import fs from 'fs';
const g = fs;
async function f(p: string) {
  await g.promises.readFile(p);
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 20, suggestions: [] }],
      name: 'alias of the module',
    },
    {
      code: `import fs from 'fs';
async function f(p: string) {
  fs['readFileSync'](p);
}`,
      output: `import fs from 'fs';
async function f(p: string) {
  await fs.promises['readFile'](p);
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 24, suggestions: [] }],
      name: 'computed member',
    },
    {
      code: `import fs = require('fs');
async function f(p: string) {
  fs.readFileSync(p);
}`,
      output: `import fs = require('fs');
async function f(p: string) {
  await fs.promises.readFile(p);
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 21, suggestions: [] }],
      name: 'TypeScript import =',
    },
    {
      code: `async function f(p: string) {
  const fs = await import('node:fs');
  fs.readFileSync(p);
  fs.default.statSync(p);
}`,
      output: `async function f(p: string) {
  const fs = await import('node:fs');
  await fs.promises.readFile(p);
  await fs.default.promises.stat(p);
}`,
      errors: [
        { messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 21, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 25, suggestions: [] },
      ],
      name: 'await import()',
    },
    {
      code: `async function f(p: string) {
  process.getBuiltinModule('node:fs').readFileSync(p);
}`,
      output: `async function f(p: string) {
  await process.getBuiltinModule('node:fs').promises.readFile(p);
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 2, column: 3, endLine: 2, endColumn: 54, suggestions: [] }],
      name: 'process.getBuiltinModule()',
    },
    {
      code: `const key = 'getBuiltinModule';
async function f(p: string) {
  process['getBuiltinModule']('fs').statSync(p);
  process[key]('node:fs').statSync(p);
}`,
      output: `const key = 'getBuiltinModule';
async function f(p: string) {
  await process['getBuiltinModule']('fs').promises.stat(p);
  await process[key]('node:fs').promises.stat(p);
}`,
      errors: [
        { messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 48, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 38, suggestions: [] },
      ],
      name: 'process.getBuiltinModule() with a computed key',
    },
    {
      code: `const fs = require(\`node:fs\`);
async function f(p) {
  fs.statSync(p);
}`,
      output: `const fs = require(\`node:fs\`);
async function f(p) {
  await fs.promises.stat(p);
}`,
      languageOptions: cjs,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 17, suggestions: [] }],
      name: 'require() with a template literal',
    },
    {
      code: `import fse from 'fs-extra';
async function f(p: string) {
  fse.readJsonSync(p);
  fse.readFileSync(p);
}`,
      output: `import fse from 'fs-extra';
async function f(p: string) {
  await fse.readJson(p);
  await fse.promises.readFile(p);
}`,
      errors: [
        { messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 22, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 22, suggestions: [] },
      ],
      name: 'fs-extra default import: own helper and fs function',
    },
    {
      code: `const { outputFileSync, readJsonSync } = require('fs-extra');
const readJson = 1;
async function f(p) {
  outputFileSync(p, 'x');
  return readJsonSync(p) + readJson;
}`,
      output: `const { outputFile, readJson: readJson2 } = require('fs-extra');
const readJson = 1;
async function f(p) {
  await outputFile(p, 'x');
  return await readJson2(p) + readJson;
}`,
      languageOptions: cjs,
      errors: [
        { messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 25, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 5, column: 10, endLine: 5, endColumn: 25, suggestions: [] },
      ],
      name: 'fs-extra destructuring: own helpers',
    },
    {
      code: `import { ensureDirSync } from 'fs-extra';
async function f(p: string) {
  ensureDirSync(p);
}`,
      output: null,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 19, suggestions: [] }],
      name: 'fs-extra named import: Node ESM does not see its named exports, so no fix',
    },
    {
      code: `const gfs = require('graceful-fs');
async function f(p) {
  gfs.readFileSync(p);
}`,
      output: `const gfs = require('graceful-fs');
async function f(p) {
  await gfs.promises.readFile(p);
}`,
      languageOptions: cjs,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 22, suggestions: [] }],
      name: 'graceful-fs',
    },
    {
      code: `import { readFile, readFileSync } from 'fs';
import type { PathLike } from 'fs';
const fsPromises = 1;
async function f(p: PathLike) {
  readFile(p, () => fsPromises);
  return readFileSync(p);
}`,
      output: `import { readFile } from 'fs';
import type { PathLike } from 'fs';
import * as fsPromises2 from 'fs/promises';
const fsPromises = 1;
async function f(p: PathLike) {
  readFile(p, () => fsPromises);
  return await fsPromises2.readFile(p);
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 6, column: 10, endLine: 6, endColumn: 25, suggestions: [] }],
      name: 'the new binding collides with nothing',
    },
    {
      code: `import { statSync } from "fs"
import { join } from "path"
async function f(p: string) {
  return statSync(join(p))
}`,
      output: `import * as fsPromises from "fs/promises"
import { join } from "path"
async function f(p: string) {
  return await fsPromises.stat(join(p))
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 4, column: 10, endLine: 4, endColumn: 27, suggestions: [] }],
      name: 'quotes, semicolons and no node: as in the file',
    },
    // Binding edits: which specifiers and properties go, and where the new binding lands.
    {
      code: `import { readFileSync, existsSync, statSync, } from 'node:fs';
async function f(p: string) {
  statSync(p);
  return existsSync(p) && readFileSync(p);
}`,
      output: `import { existsSync, } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
async function f(p: string) {
  await fsPromises.stat(p);
  return existsSync(p) && await fsPromises.readFile(p);
}`,
      errors: [
        { messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 14, suggestions: [] },
        {
          messageId: 'syncFsNotEquivalent',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { readFileSync, statSync, } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
async function f(p: string) {
  statSync(p);
  return await fsPromises.access(p).then(() => true, () => false) && readFileSync(p);
}`,
            },
          ],
        },
        { messageId: 'syncFsInAsync', line: 4, column: 27, endLine: 4, endColumn: 42, suggestions: [] },
      ],
      name: 'several specifiers go, a trailing comma stays',
    },
    {
      code: `import { readFileSync } from 'fs';
import { statSync } from 'fs';
import { join } from 'path';
async function f(p: string) {
  statSync(join(p));
  return readFileSync(p);
}`,
      output: `import * as fsPromises from 'fs/promises';
import { join } from 'path';
async function f(p: string) {
  await fsPromises.stat(join(p));
  return await fsPromises.readFile(p);
}`,
      errors: [
        { messageId: 'syncFsInAsync', line: 5, column: 3, endLine: 5, endColumn: 20, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 6, column: 10, endLine: 6, endColumn: 25, suggestions: [] },
      ],
      name: 'two emptied import declarations: one becomes the new import, the other goes',
    },
    {
      code: `const { readFileSync, existsSync, statSync } = require('fs');
async function f(p) {
  statSync(p);
  return existsSync(p) && readFileSync(p);
}`,
      output: `const { promises: fsPromises, existsSync } = require('fs');
async function f(p) {
  await fsPromises.stat(p);
  return existsSync(p) && await fsPromises.readFile(p);
}`,
      languageOptions: cjs,
      errors: [
        { messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 14, suggestions: [] },
        {
          messageId: 'syncFsNotEquivalent',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `const { readFileSync, promises: fsPromises, statSync } = require('fs');
async function f(p) {
  statSync(p);
  return await fsPromises.access(p).then(() => true, () => false) && readFileSync(p);
}`,
            },
          ],
        },
        { messageId: 'syncFsInAsync', line: 4, column: 27, endLine: 4, endColumn: 42, suggestions: [] },
      ],
      name: 'several destructured properties go',
    },
    {
      code: `const fsp = require('fs').promises;
const { readFileSync } = require('fs');
async function f(p) {
  return readFileSync(p);
}`,
      output: `const fsp = require('fs').promises;
async function f(p) {
  return await fsp.readFile(p);
}`,
      languageOptions: cjs,
      errors: [{ messageId: 'syncFsInAsync', line: 4, column: 10, endLine: 4, endColumn: 25, suggestions: [] }],
      name: 'existing require(fs).promises binding: the emptied declaration goes',
    },
    {
      code: `const fsp = require('node:fs/promises'), { readFileSync } = require('fs');
async function f(p) {
  return readFileSync(p);
}`,
      output: `const fsp = require('node:fs/promises'), {} = require('fs');
async function f(p) {
  return await fsp.readFile(p);
}`,
      languageOptions: cjs,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 10, endLine: 3, endColumn: 25, suggestions: [] }],
      name: 'an emptied pattern beside another declarator stays as {}',
    },
    {
      code: `import { readFileSync } from 'node:fs';
async function f(p: string) {
  const fsPromises = p;
  return readFileSync(fsPromises);
}`,
      output: `import * as fsPromises2 from 'node:fs/promises';
async function f(p: string) {
  const fsPromises = p;
  return await fsPromises2.readFile(fsPromises);
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 4, column: 10, endLine: 4, endColumn: 34, suggestions: [] }],
      name: 'a local that shadows the obvious name',
    },
    {
      code: `import { readFileSync } from 'node:fs';
export async function f(ps: string[]) {
  ps.map((p) => readFileSync(p));
  return readFileSync(ps[0] ?? '');
}`,
      output: `import { readFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function f(ps: string[]) {
  ps.map((p) => readFileSync(p));
  return await fsPromises.readFile(ps[0] ?? '');
}`,
      errors: [
        { messageId: 'syncFsInCallback', line: 3, column: 17, endLine: 3, endColumn: 32, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 4, column: 10, endLine: 4, endColumn: 35, suggestions: [] },
      ],
      name: 'a use left in a callback keeps the specifier',
    },
    {
      code: `const { readFileSync } = require('fs');
async function f(p) {
  return readFileSync(p);
}
f('a');
const fsp = require('fs/promises');
module.exports = fsp;`,
      output: `const { promises: fsPromises } = require('fs');
async function f(p) {
  return await fsPromises.readFile(p);
}
f('a');
const fsp = require('fs/promises');
module.exports = fsp;`,
      languageOptions: cjs,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 10, endLine: 3, endColumn: 25, suggestions: [] }],
      name: 'a promises binding declared later is not reused: f may run before it is initialised',
    },
    {
      code: `const { promises: fsp, readFileSync } = require('fs');
async function f(p) {
  return readFileSync(p);
}
async function g(fsp) {
  return readFileSync(fsp);
}
module.exports = { fsp, f, g };`,
      output: `const { promises: fsp, readFileSync } = require('fs');
async function f(p) {
  return await fsp.readFile(p);
}
async function g(fsp) {
  return readFileSync(fsp);
}
module.exports = { fsp, f, g };`,
      languageOptions: cjs,
      errors: [
        { messageId: 'syncFsInAsync', line: 3, column: 10, endLine: 3, endColumn: 25, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 6, column: 10, endLine: 6, endColumn: 27, suggestions: [] },
      ],
      name: 'an existing promises property is reused only where it is not shadowed',
    },
    // Where the call runs, the fix classes, precedence and syntax.
    {
      code: "import fs from 'node:fs';\nasync function f(p: string) {\n  return (() => fs.readFileSync(p))();\n}",
      output: null,
      errors: [{ messageId: 'syncFsInCallback', line: 3, column: 17, endLine: 3, endColumn: 35, suggestions: [] }],
      name: 'immediately invoked function',
    },
    {
      code: `import fs from 'node:fs';
const f = async function (p: string) {
  fs.mkdirSync(p);
};`,
      output: `import fs from 'node:fs';
const f = async function (p: string) {
  await fs.promises.mkdir(p);
};`,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 18, suggestions: [] }],
      name: 'async function expression',
    },
    {
      code: `import fs from 'node:fs';
const f = async (p: string) => fs.readdirSync(p);`,
      output: `import fs from 'node:fs';
const f = async (p: string) => await fs.promises.readdir(p);`,
      errors: [{ messageId: 'syncFsInAsync', line: 2, column: 32, endLine: 2, endColumn: 49, suggestions: [] }],
      name: 'async arrow with an expression body',
    },
    {
      code: `import fs from 'node:fs';
const o = {
  async load(p: string) {
    return fs.readFileSync(p);
  },
};`,
      output: `import fs from 'node:fs';
const o = {
  async load(p: string) {
    return await fs.promises.readFile(p);
  },
};`,
      errors: [{ messageId: 'syncFsInAsync', line: 4, column: 12, endLine: 4, endColumn: 30, suggestions: [] }],
      name: 'async object method',
    },
    {
      code: `import fs from 'node:fs';
class A {
  async #load(p: string) {
    return fs.readFileSync(p);
  }
  static async s(p: string) {
    fs.rmSync(p);
  }
}`,
      output: `import fs from 'node:fs';
class A {
  async #load(p: string) {
    return await fs.promises.readFile(p);
  }
  static async s(p: string) {
    await fs.promises.rm(p);
  }
}`,
      errors: [
        { messageId: 'syncFsInAsync', line: 4, column: 12, endLine: 4, endColumn: 30, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 7, column: 5, endLine: 7, endColumn: 17, suggestions: [] },
      ],
      name: 'private and static class methods',
    },
    {
      code: `import fs from 'node:fs';
async function* g(p: string) {
  yield fs.readFileSync(p);
}`,
      output: `import fs from 'node:fs';
async function* g(p: string) {
  yield await fs.promises.readFile(p);
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 9, endLine: 3, endColumn: 27, suggestions: [] }],
      name: 'async generator',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string, data = fs.readFileSync(p)) {
  return data;
}`,
      output: null,
      errors: [{ messageId: 'syncFsInParameter', line: 2, column: 36, endLine: 2, endColumn: 54, suggestions: [] }],
      name: 'parameter default: await is illegal there',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.map((p) => fs.readFileSync(p));
}`,
      output: null,
      errors: [{ messageId: 'syncFsInCallback', line: 3, column: 24, endLine: 3, endColumn: 42, suggestions: [] }],
      name: 'sync callback run at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  return new Promise((resolve) => {
    resolve(fs.readFileSync(p));
  });
}`,
      output: null,
      errors: [{ messageId: 'syncFsInCallback', line: 4, column: 13, endLine: 4, endColumn: 31, suggestions: [] }],
      name: 'Promise executor',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  ps.forEach(function (p) {
    [p].filter((q) => fs.existsSync(q));
  });
}`,
      output: null,
      errors: [{ messageId: 'syncFsInCallback', line: 4, column: 23, endLine: 4, endColumn: 39, suggestions: [] }],
      name: 'nested callbacks',
    },
    {
      code: `import fs from 'node:fs';
async function f(fd: number, p: string) {
  fs.readFileSync(fd);
  fs.writeFileSync(1, 'x');
  fs.appendFileSync(process.stdout.fd, 'x');
  const handle = fs.openSync(p, 'a');
  fs.appendFileSync(handle, 'x');
  fs.truncateSync(p);
}`,
      output: `import fs from 'node:fs';
async function f(fd: number, p: string) {
  fs.readFileSync(fd);
  fs.writeFileSync(1, 'x');
  fs.appendFileSync(process.stdout.fd, 'x');
  const handle = fs.openSync(p, 'a');
  fs.appendFileSync(handle, 'x');
  await fs.promises.truncate(p);
}`,
      errors: [
        { messageId: 'syncFsDescriptor', line: 3, column: 3, endLine: 3, endColumn: 22, suggestions: [] },
        { messageId: 'syncFsDescriptor', line: 4, column: 3, endLine: 4, endColumn: 27, suggestions: [] },
        { messageId: 'syncFsDescriptor', line: 5, column: 3, endLine: 5, endColumn: 44, suggestions: [] },
        { messageId: 'syncFsDescriptor', line: 6, column: 18, endLine: 6, endColumn: 37, suggestions: [] },
        { messageId: 'syncFsDescriptor', line: 7, column: 3, endLine: 7, endColumn: 33, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 8, column: 3, endLine: 8, endColumn: 21, suggestions: [] },
      ],
      name: 'descriptor arguments, named or initialised by openSync: no fix',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string, opts: object) {
  fs.statSync(p, { throwIfNoEntry: true });
  fs.statSync(p, opts);
  fs.lstatSync(p, { throwIfNoEntry: false });
}`,
      output: `import fs from 'node:fs';
async function f(p: string, opts: object) {
  await fs.promises.stat(p, { throwIfNoEntry: true });
  fs.statSync(p, opts);
  fs.lstatSync(p, { throwIfNoEntry: false });
}`,
      errors: [
        { messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 43, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 23, suggestions: [] },
        {
          messageId: 'syncFsNotEquivalent',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'catchNoEntry',
              data: { twin: 'lstat' },
              output: `import fs from 'node:fs';
async function f(p: string, opts: object) {
  fs.statSync(p, { throwIfNoEntry: true });
  fs.statSync(p, opts);
  await fs.promises.lstat(p, { throwIfNoEntry: false }).catch((error) => (error?.code === 'ENOENT' ? undefined : Promise.reject(error)));
}`,
            },
          ],
        },
      ],
      name: 'throwIfNoEntry',
    },
    {
      code: `import { statSync } from 'node:fs';
async function f(p: string) {
  return statSync(p, { throwIfNoEntry: false })?.isFile();
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'catchNoEntry',
              data: { twin: 'stat' },
              output: `import * as fsPromises from 'node:fs/promises';
async function f(p: string) {
  return (await fsPromises.stat(p, { throwIfNoEntry: false }).catch((error) => (error?.code === 'ENOENT' ? undefined : Promise.reject(error))))?.isFile();
}`,
            },
          ],
        },
      ],
      name: 'throwIfNoEntry: false through a named import, in a member chain',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  if (!fs.existsSync(p)) return;
  return fs.existsSync(p).valueOf();
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import fs from 'node:fs';
async function f(p: string) {
  if (!await fs.promises.access(p).then(() => true, () => false)) return;
  return fs.existsSync(p).valueOf();
}`,
            },
          ],
        },
        {
          messageId: 'syncFsNotEquivalent',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import fs from 'node:fs';
async function f(p: string) {
  if (!fs.existsSync(p)) return;
  return (await fs.promises.access(p).then(() => true, () => false)).valueOf();
}`,
            },
          ],
        },
      ],
      name: 'existsSync',
    },
    {
      code: `import { existsSync } from 'node:fs';
async function f(p: string) {
  return existsSync(p);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import * as fsPromises from 'node:fs/promises';
async function f(p: string) {
  return await fsPromises.access(p).then(() => true, () => false);
}`,
            },
          ],
        },
      ],
      name: 'existsSync through a named import',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  fs.realpathSync(p);
  fs.realpathSync.native(p);
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  fs.realpathSync(p);
  await fs.promises.realpath(p);
}`,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'useRealpath',
              data: { twin: 'realpath' },
              output: `import fs from 'node:fs';
async function f(p: string) {
  await fs.promises.realpath(p);
  fs.realpathSync.native(p);
}`,
            },
          ],
        },
        { messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 28, suggestions: [] },
      ],
      name: 'realpathSync and realpathSync.native',
    },
    {
      code: `import { realpathSync } from 'node:fs';
async function f(p: string) {
  return realpathSync.native(p);
}`,
      output: `import * as fsPromises from 'node:fs/promises';
async function f(p: string) {
  return await fsPromises.realpath(p);
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 10, endLine: 3, endColumn: 32, suggestions: [] }],
      name: 'realpathSync.native through a named import',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  return fs.globSync(p);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'useGlob',
              data: { twin: 'glob' },
              output: `import fs from 'node:fs';
async function f(p: string) {
  return await Array.fromAsync(fs.promises.glob(p));
}`,
            },
          ],
        },
      ],
      name: 'globSync',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  using dir = fs.mkdtempDisposableSync(p);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'useMkdtempDisposable',
              data: { twin: 'mkdtempDisposable' },
              output: `import fs from 'node:fs';
async function f(p: string) {
  await using dir = await fs.promises.mkdtempDisposable(p);
}`,
            },
          ],
        },
      ],
      name: 'mkdtempDisposableSync in a using declaration',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  const fd = fs.openSync(p, 'r');
  fs.fstatSync(fd);
  fs.closeSync(fd);
  fs.lchmodSync(p, 0o644);
}`,
      output: null,
      errors: [
        { messageId: 'syncFsDescriptor', line: 3, column: 14, endLine: 3, endColumn: 33, suggestions: [] },
        { messageId: 'syncFsDescriptor', line: 4, column: 3, endLine: 4, endColumn: 19, suggestions: [] },
        { messageId: 'syncFsDescriptor', line: 5, column: 3, endLine: 5, endColumn: 19, suggestions: [] },
        { messageId: 'syncFsNoPromiseVersion', line: 6, column: 3, endLine: 6, endColumn: 26, suggestions: [] },
      ],
      name: 'descriptor family and lchmodSync: report only',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  fs.readFileSync.call(fs, p);
  fs?.readFileSync(p);
  fs.readFileSync(...[p]);
}`,
      output: null,
      errors: [
        { messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 30, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 22, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 5, column: 3, endLine: 5, endColumn: 26, suggestions: [] },
      ],
      name: 'call/apply, optional calls and spread: no fix',
    },
    {
      code: `import { copySync } from 'my-fs';
import other = require('./fs-wrapper');
async function f(p: string) {
  copySync(p, p);
  other['writeSync'](p);
}`,
      output: null,
      options: [{ modules: ['my-fs', './fs-wrapper'] }],
      errors: [
        { messageId: 'syncCallInAsync', line: 4, column: 3, endLine: 4, endColumn: 17, suggestions: [] },
        { messageId: 'syncCallInAsync', line: 5, column: 3, endLine: 5, endColumn: 24, suggestions: [] },
      ],
      name: 'modules option: report only',
    },
    {
      code: `import { readSync } from '@acme/fs.sync(v2)+';
import { copySync } from 'fs$x';
async function f(p: string) {
  readSync(p);
  copySync(p, p);
}`,
      output: null,
      options: [{ modules: ['@acme/fs.sync(v2)+', 'fs$x'] }],
      errors: [
        { messageId: 'syncCallInAsync', line: 4, column: 3, endLine: 4, endColumn: 14, suggestions: [] },
        { messageId: 'syncCallInAsync', line: 5, column: 3, endLine: 5, endColumn: 17, suggestions: [] },
      ],
      name: 'modules option: names with slashes and regular-expression characters are matched exactly',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  fs.readFileSync(p).toString();
  fs.readFileSync(p)?.length;
  fs.readFileSync(p)!.length;
  (fs.readFileSync(p)).length;
  fs.statSync(p).size ** 2;
  fs.readdirSync(p).length ** 2;
  return fs.readdirSync(p) as string[];
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  (await fs.promises.readFile(p)).toString();
  (await fs.promises.readFile(p))?.length;
  (await fs.promises.readFile(p))!.length;
  (await fs.promises.readFile(p)).length;
  (await fs.promises.stat(p)).size ** 2;
  (await fs.promises.readdir(p)).length ** 2;
  return await fs.promises.readdir(p) as string[];
}`,
      errors: [
        { messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 21, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 21, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 5, column: 3, endLine: 5, endColumn: 21, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 6, column: 4, endLine: 6, endColumn: 22, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 7, column: 3, endLine: 7, endColumn: 17, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 8, column: 3, endLine: 8, endColumn: 20, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 9, column: 10, endLine: 9, endColumn: 27, suggestions: [] },
      ],
      name: 'precedence: member object, non-null, parentheses, as',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  fs.mkdtempSync(p) ** 2;
  fs.readFileSync(p)\`tag\`;
  class A extends fs.readFileSync(p) {}
  return !fs.readFileSync(p);
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  (await fs.promises.mkdtemp(p)) ** 2;
  (await fs.promises.readFile(p))\`tag\`;
  class A extends (await fs.promises.readFile(p)) {}
  return !await fs.promises.readFile(p);
}`,
      errors: [
        { messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 20, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 21, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 5, column: 19, endLine: 5, endColumn: 37, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 6, column: 11, endLine: 6, endColumn: 29, suggestions: [] },
      ],
      name: 'precedence: exponent, tag, extends, unary',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  const a = 1
  fs.readFileSync(p).toString()
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  const a = 1
  ;(await fs.promises.readFile(p)).toString()
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 21, suggestions: [] }],
      name: 'a leading ( after a line without a semicolon',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  await fs.readFileSync(p);
  return await fs.readFileSync(p).length;
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  await fs.promises.readFile(p);
  return await (await fs.promises.readFile(p)).length;
}`,
      errors: [
        { messageId: 'syncFsInAsync', line: 3, column: 9, endLine: 3, endColumn: 27, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 4, column: 16, endLine: 4, endColumn: 34, suggestions: [] },
      ],
      name: 'already awaited: never await await',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  try {
    return fs.readFileSync(p);
  } catch {
    return undefined;
  }
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  try {
    return await fs.promises.readFile(p);
  } catch {
    return undefined;
  }
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 4, column: 12, endLine: 4, endColumn: 30, suggestions: [] }],
      name: 'return in try becomes return await',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  fs.writeFileSync(
    p, // the target
    /* data */ 'x',
  );
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  await fs.promises.writeFile(
    p, // the target
    /* data */ 'x',
  );
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 6, endColumn: 4, suggestions: [] }],
      name: 'comments in the arguments survive',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string, a: boolean) {
  if (a) {}
  fs.readFileSync(p).toString()
  const g = function () {}
  fs.readFileSync(p).toString()
  const h = \`x\`
  fs.readFileSync(p).toString()
}`,
      output: `import fs from 'node:fs';
async function f(p: string, a: boolean) {
  if (a) {}
  (await fs.promises.readFile(p)).toString()
  const g = function () {}
  ;(await fs.promises.readFile(p)).toString()
  const h = \`x\`
  ;(await fs.promises.readFile(p)).toString()
}`,
      errors: [
        { messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 21, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 6, column: 3, endLine: 6, endColumn: 21, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 8, column: 3, endLine: 8, endColumn: 21, suggestions: [] },
      ],
      name: 'a leading ( after a block, a function expression and a template',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  @fs.readFileSync(p)
  class A {}
  return A;
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  @(await fs.promises.readFile(p))
  class A {}
  return A;
}`,
      errors: [{ messageId: 'syncFsInAsync', line: 3, column: 4, endLine: 3, endColumn: 22, suggestions: [] }],
      name: 'a decorator',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string, source: number | string, o: { recursive: boolean }) {
  fs.readFileSync(source, 'utf8');
  fs.readdirSync(p, { recursive: true });
  fs.readdirSync(p, o);
  fs.readdirSync(p, 'utf8');
  fs.readdirSync(p, { withFileTypes: true, recursive: false });
}`,
      output: `import fs from 'node:fs';
async function f(p: string, source: number | string, o: { recursive: boolean }) {
  fs.readFileSync(source, 'utf8');
  fs.readdirSync(p, { recursive: true });
  fs.readdirSync(p, o);
  await fs.promises.readdir(p, 'utf8');
  await fs.promises.readdir(p, { withFileTypes: true, recursive: false });
}`,
      errors: [
        { messageId: 'syncFsDescriptor', line: 3, column: 3, endLine: 3, endColumn: 34, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 41, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 5, column: 3, endLine: 5, endColumn: 23, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 6, column: 3, endLine: 6, endColumn: 28, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 7, column: 3, endLine: 7, endColumn: 63, suggestions: [] },
      ],
      name: 'a number in the annotation, recursive readdir: no fix (fs/promises lists in another order on Node.js 20)',
    },
    {
      code: `import fse from 'fs-extra';
async function f(p: string) {
  fse.readJsonSync(p, { throws: false });
  fse.readJSONSync(p, { encoding: 'utf8' });
}`,
      output: `import fse from 'fs-extra';
async function f(p: string) {
  fse.readJsonSync(p, { throws: false });
  await fse.readJSON(p, { encoding: 'utf8' });
}`,
      errors: [
        { messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 41, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 44, suggestions: [] },
      ],
      name: 'readJsonSync with throws: false: no fix',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  if (p) fs.readFileSync(p).toString()
  else fs.readFileSync(p).length
  while (p) fs.readFileSync(p)[0]
  do fs.readFileSync(p).length; while (p)
  for (;;) fs.readFileSync(p).length
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  if (p) (await fs.promises.readFile(p)).toString()
  else (await fs.promises.readFile(p)).length
  while (p) (await fs.promises.readFile(p))[0]
  do (await fs.promises.readFile(p)).length; while (p)
  for (;;) (await fs.promises.readFile(p)).length
}`,
      errors: [
        { messageId: 'syncFsInAsync', line: 3, column: 10, endLine: 3, endColumn: 28, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 4, column: 8, endLine: 4, endColumn: 26, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 5, column: 13, endLine: 5, endColumn: 31, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 6, column: 6, endLine: 6, endColumn: 24, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 7, column: 12, endLine: 7, endColumn: 30, suggestions: [] },
      ],
      name: 'ASI: no leading semicolon in the body of if, else, while, do and for (it would end that body)',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  enum Size {
    Config = fs.readFileSync(p).length,
  }
  const enum Mode {
    Stat = fs.statSync(p).mode,
  }
  return [Size.Config, Mode.Stat];
}`,
      output: null,
      errors: [
        { messageId: 'syncFsInAsync', line: 4, column: 14, endLine: 4, endColumn: 32, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 7, column: 12, endLine: 7, endColumn: 26, suggestions: [] },
      ],
      name: 'enum member initialisers: blocking, but await is illegal there',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string[]) {
  const a = fs.existsSync(...p);
  const b = fs.existsSync?.(p[0]);
  return fs.globSync.call(fs, p) && a && b;
}`,
      output: null,
      errors: [
        { messageId: 'syncFsNeedsRewrite', line: 3, column: 13, endLine: 3, endColumn: 32, suggestions: [] },
        { messageId: 'syncFsNeedsRewrite', line: 4, column: 13, endLine: 4, endColumn: 34, suggestions: [] },
        { messageId: 'syncFsNeedsRewrite', line: 5, column: 10, endLine: 5, endColumn: 33, suggestions: [] },
      ],
      name: 'no drop-in twin and no suggestion: the message promises none',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  fs[('readFileSync')](p);
  (fs)[(('statSync'))](p).size;
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  await fs.promises[('readFile')](p);
  (await (fs).promises[(('stat'))](p)).size;
}`,
      errors: [
        { messageId: 'syncFsInAsync', line: 3, column: 3, endLine: 3, endColumn: 26, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 26, suggestions: [] },
      ],
      name: 'computed member with a parenthesised key: .promises goes before the bracket',
    },
    {
      code: `import fs from 'node:fs';
import { realpathSync } from 'node:fs';
async function f(p: string) {
  (fs.realpathSync).native(p);
  fs.realpathSync /* JS-free */ .native(p);
  (realpathSync).native(p);
  realpathSync // native
    .native(p);
}`,
      output: `import fs from 'node:fs';
import { realpathSync } from 'node:fs';
async function f(p: string) {
  await (fs.promises.realpath)(p);
  await fs.promises.realpath /* JS-free */ (p);
  await fs.promises.realpath(p);
  realpathSync // native
    .native(p);
}`,
      errors: [
        { messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 30, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 5, column: 3, endLine: 5, endColumn: 43, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 6, column: 3, endLine: 6, endColumn: 27, suggestions: [] },
        { messageId: 'syncFsInAsync', line: 7, column: 3, endLine: 8, endColumn: 15, suggestions: [] },
      ],
      name: 'realpathSync.native with parentheses or comments inside the callee: balanced, comments kept or no fix',
    },
  ],
});

// typescript-eslint's rule type and ESLint's own describe the same object differently.
const plugin = { rules: { 'no-sync-fs-in-async': rule } } as unknown as ESLint.Plugin;

/** ESLint's own fix loop (up to 10 passes, overlapping fixes deferred), as `eslint --fix` runs it. */
function fixOnce(code: string, options: Options[0] = {}): { output: string; remaining: string[] } {
  const linter = new Linter({ configType: 'flat' });
  const config = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: { 'async-io': plugin },
      rules: { 'async-io/no-sync-fs-in-async': ['error', options] },
    },
  ] satisfies Linter.Config[];
  const { output, messages } = linter.verifyAndFix(code, config, { filename: 'file.ts' });
  return {
    output,
    remaining: messages.map((message) => `${String(message.line)}:${message.messageId ?? message.message}`),
  };
}

const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

describe('one `eslint --fix` run converts a whole file', () => {
  it('50 calls through named imports, nested calls and member calls', () => {
    const code = [
      "import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';",
      "import fs from 'node:fs';",
      '',
      'export async function copyAll(dir: string) {',
      ...range(50).map((i) => `  writeFileSync(\`\${dir}/${i}.out\`, readFileSync(\`\${dir}/${i}.in\`));`),
      "  fs.writeFileSync(dir, readFileSync(statSync(dir).isFile() ? dir : fs.readFileSync(dir, 'utf8')));",
      '  return existsSync(dir);',
      '}',
      '',
    ].join('\n');
    const expected = [
      "import { existsSync } from 'node:fs';",
      "import fs from 'node:fs';",
      '',
      'export async function copyAll(dir: string) {',
      ...range(50).map(
        (i) => `  await fs.promises.writeFile(\`\${dir}/${i}.out\`, await fs.promises.readFile(\`\${dir}/${i}.in\`));`,
      ),
      "  await fs.promises.writeFile(dir, await fs.promises.readFile((await fs.promises.stat(dir)).isFile() ? dir : await fs.promises.readFile(dir, 'utf8')));",
      '  return existsSync(dir);',
      '}',
      '',
    ].join('\n');
    expect(fixOnce(code)).toEqual({ output: expected, remaining: ['56:syncFsNotEquivalent'] });
  });

  it('50 calls through named imports and no fs binding to reuse: one new import', () => {
    const code = [
      "import { readFileSync, writeFileSync } from 'node:fs';",
      "import { join } from 'node:path';",
      '',
      'export async function copyAll(dir: string) {',
      ...range(50).map((i) => `  writeFileSync(join(dir, '${i}.out'), readFileSync(join(dir, '${i}.in')).toString());`),
      '}',
      '',
    ].join('\n');
    const expected = [
      "import * as fsPromises from 'node:fs/promises';",
      "import { join } from 'node:path';",
      '',
      'export async function copyAll(dir: string) {',
      ...range(50).map(
        (i) =>
          `  await fsPromises.writeFile(join(dir, '${i}.out'), (await fsPromises.readFile(join(dir, '${i}.in'))).toString());`,
      ),
      '}',
      '',
    ].join('\n');
    expect(fixOnce(code)).toEqual({ output: expected, remaining: [] });
  });

  it('CommonJS destructuring in several scopes', () => {
    const code = [
      "const { mkdirSync, rmSync } = require('fs');",
      'async function reset(dirs: string[]) {',
      "  const { readdirSync } = require('fs');",
      '  for (const dir of dirs) {',
      '    rmSync(dir, { recursive: true, force: true });',
      '    mkdirSync(dir);',
      '    readdirSync(mkdirSync(dir + "/x") ?? dir);',
      '  }',
      '}',
      'module.exports = { reset };',
      '',
    ].join('\n');
    const expected = [
      "const { promises: fsPromises } = require('fs');",
      'async function reset(dirs: string[]) {',
      "  const { promises: fsPromises2 } = require('fs');",
      '  for (const dir of dirs) {',
      '    await fsPromises.rm(dir, { recursive: true, force: true });',
      '    await fsPromises.mkdir(dir);',
      '    await fsPromises2.readdir(await fsPromises.mkdir(dir + "/x") ?? dir);',
      '  }',
      '}',
      'module.exports = { reset };',
      '',
    ].join('\n');
    expect(fixOnce(code)).toEqual({ output: expected, remaining: [] });
  });
});

describe('options', () => {
  const lint = (options: unknown): unknown =>
    new Linter({ configType: 'flat' }).verify('x', [
      {
        plugins: { 'async-io': plugin },
        rules: { 'async-io/no-sync-fs-in-async': ['error', options] },
      },
    ] satisfies Linter.Config[]);

  it.each([
    ['a string instead of a list', { modules: 'my-fs' }, /should be array/u],
    [
      'an empty module name',
      { modules: [''] },
      /must NOT have fewer than 1 characters|should NOT be shorter than 1 characters/u,
    ],
    [
      'a repeated module name',
      { modules: ['a', 'a'] },
      /must NOT have duplicate items|should NOT have duplicate items/u,
    ],
    [
      'an unknown option',
      { module: ['my-fs'] },
      /must NOT have additional properties|should NOT have additional properties/u,
    ],
  ])('rejects %s with a schema message', (_, options, message) => {
    expect(() => lint(options)).toThrow(message);
  });

  it('accepts a list of module names', () => {
    expect(lint({ modules: ['my-fs', '@scope/fs'] })).toEqual([]);
  });
});

// With type information a first argument typed `number` is a file descriptor, whatever its name.
new RuleTester({
  languageOptions: {
    parserOptions: {
      project: './tsconfig.json',
      tsconfigRootDir: path.join(__dirname, '../fixtures/no-sync-fs-in-async'),
    },
  },
}).run('no-sync-fs-in-async with type information', rule, {
  valid: [],
  invalid: [
    {
      code: "import fs from 'node:fs';\nasync function f(handle: number, file: string) {\n  fs.readFileSync(handle);\n  fs.readFileSync(file);\n}",
      output:
        "import fs from 'node:fs';\nasync function f(handle: number, file: string) {\n  fs.readFileSync(handle);\n  await fs.promises.readFile(file);\n}",
      errors: [
        { messageId: 'syncFsDescriptor', line: 3, column: 3, endLine: 3, endColumn: 26 },
        { messageId: 'syncFsInAsync', line: 4, column: 3, endLine: 4, endColumn: 24 },
      ],
    },
  ],
});
