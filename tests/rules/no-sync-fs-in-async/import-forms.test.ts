import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { cjs, js, runWithData } from '../../rule-tester';

// Every way a file can reach fs, and what is not fs at all.
runWithData(new RuleTester(), 'no-sync-fs-in-async', rule, {
  valid: [
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 36,
          suggestions: [],
        },
      ],
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 27,
          suggestions: [],
        },
      ],
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 23,
          suggestions: [],
        },
      ],
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 25,
          suggestions: [],
        },
      ],
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 25,
          suggestions: [],
        },
      ],
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 28,
          suggestions: [],
        },
      ],
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
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
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 14,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 17,
          suggestions: [],
        },
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 39,
          suggestions: [],
        },
      ],
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 20,
          suggestions: [],
        },
      ],
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 24,
          suggestions: [],
        },
      ],
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 21,
          suggestions: [],
        },
      ],
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
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 25,
          suggestions: [],
        },
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 54,
          suggestions: [],
        },
      ],
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
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 48,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 38,
          suggestions: [],
        },
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 17,
          suggestions: [],
        },
      ],
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
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readJsonSync', twin: 'readJson', source: 'fs-extra' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 22,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 22,
          suggestions: [],
        },
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
        {
          messageId: 'syncFsInAsync',
          data: { name: 'outputFileSync', twin: 'outputFile', source: 'fs-extra' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 25,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readJsonSync', twin: 'readJson', source: 'fs-extra' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: 'fs-extra destructuring: own helpers',
    },
    {
      code: `import { ensureDirSync } from 'fs-extra';
async function f(p: string) {
  ensureDirSync(p);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'ensureDirSync', twin: 'ensureDir', source: 'fs-extra' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 19,
          suggestions: [],
        },
      ],
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 22,
          suggestions: [],
        },
      ],
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 25,
          suggestions: [],
        },
      ],
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
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 27,
          suggestions: [],
        },
      ],
      name: 'quotes, semicolons and no node: as in the file',
    },
  ],
});
