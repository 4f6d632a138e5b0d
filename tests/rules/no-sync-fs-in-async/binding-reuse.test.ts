import { RuleTester } from '@typescript-eslint/rule-tester';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { cjs, js, runWithData } from '../../rule-tester';

// Which bindings a fix reuses: only those that hold `promises` (or the twin) at run time, and every one the file has,
// wherever it stands among the imports. fs-extra's ES-module entry, fs-extra/esm, is traced like fs-extra.
runWithData(new RuleTester(), 'no-sync-fs-in-async', rule, {
  valid: [],
  invalid: [
    {
      code: `import * as fse from 'fs-extra';
import { readFileSync } from 'fs';
async function f(p: string) {
  await fse.ensureDir(p);
  return readFileSync(p);
}`,
      output: `import * as fse from 'fs-extra';
import * as fsPromises from 'fs/promises';
async function f(p: string) {
  await fse.ensureDir(p);
  return await fsPromises.readFile(p);
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: 'an ES-module namespace of fs-extra has no `promises`: a new fs/promises import',
    },
    {
      code: `import * as gfs from 'graceful-fs';
import { readFileSync } from 'node:fs';
export const graceful = gfs;
async function f(p) {
  return readFileSync(p);
}`,
      output: `import * as gfs from 'graceful-fs';
import * as fsPromises from 'node:fs/promises';
export const graceful = gfs;
async function f(p) {
  return await fsPromises.readFile(p);
}`,
      languageOptions: js,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: 'an ES-module namespace of graceful-fs has no `promises` either (JavaScript, `node:` style kept)',
    },
    {
      code: `import fse from 'fs-extra';
import { readFileSync } from 'fs';
async function f(p: string) {
  await fse.ensureDir(p);
  return readFileSync(p);
}`,
      output: `import fse from 'fs-extra';
async function f(p: string) {
  await fse.ensureDir(p);
  return await fse.promises.readFile(p);
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: "fs-extra's default import is its module.exports: `fse.promises` is reused",
    },
    {
      code: `import { promises as extraPromises } from 'fs-extra';
import { readFileSync } from 'fs';
export const e = extraPromises;
async function f(p: string) {
  return readFileSync(p);
}`,
      output: `import { promises as extraPromises } from 'fs-extra';
import * as fsPromises from 'fs/promises';
export const e = extraPromises;
async function f(p: string) {
  return await fsPromises.readFile(p);
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: 'a named `promises` import of fs-extra is not `fs/promises` at run time: not reused',
    },
    {
      code: `const { promises: fsp } = require('fs-extra');
const gfs = require('graceful-fs');
const { readFileSync, statSync } = require('fs');
async function f(p) {
  statSync(p);
  return readFileSync(p) && gfs;
}`,
      output: `const { promises: fsp } = require('fs-extra');
const gfs = require('graceful-fs');
async function f(p) {
  await fsp.stat(p);
  return await fsp.readFile(p) && gfs;
}`,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 14,
          suggestions: [],
        },
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
      name: 'a require() of fs-extra or graceful-fs has `promises`: the destructured one is reused first',
    },
    {
      code: `import fse from 'fs-extra/esm';
import { readFileSync } from 'fs';
async function f(p: string) {
  await fse.ensureDir(p);
  return readFileSync(p);
}`,
      output: `import fse from 'fs-extra/esm';
import * as fsPromises from 'fs/promises';
async function f(p: string) {
  await fse.ensureDir(p);
  return await fsPromises.readFile(p);
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: 'fs-extra/esm exports no `promises`: a new fs/promises import',
    },
    {
      code: `import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { readFileSync, statSync } from 'node:fs';
async function f(p: string) {
  statSync(p);
  return readFileSync(path.join(p, 'a'));
}`,
      output: `import path from 'node:path';
import { promises as fsp } from 'node:fs';
async function f(p: string) {
  await fsp.stat(p);
  return await fsp.readFile(path.join(p, 'a'));
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 14,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 41,
          suggestions: [],
        },
      ],
      name: "another module's default import first: the file's `promises as fsp` is still reused",
    },
    {
      code: `import * as path from 'path';
import * as os from 'os';
import fsp from 'fs/promises';
import { readFileSync } from 'fs';
async function f(p: string) {
  return readFileSync(path.join(os.homedir(), p));
}`,
      output: `import * as path from 'path';
import * as os from 'os';
import fsp from 'fs/promises';
async function f(p: string) {
  return await fsp.readFile(path.join(os.homedir(), p));
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 50,
          suggestions: [],
        },
      ],
      name: "other modules' namespace imports first: the file's fs/promises default import is reused",
    },
    {
      code: `import * as path from 'path';
import fs, { readFileSync } from 'fs';
async function f(p: string) {
  return readFileSync(path.join(p)) && fs;
}`,
      output: `import * as path from 'path';
import fs from 'fs';
async function f(p: string) {
  return await fs.promises.readFile(path.join(p)) && fs;
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 36,
          suggestions: [],
        },
      ],
      name: "another module's namespace import first: the file's fs default import is reused",
    },
    {
      code: `import fs, { readFileSync } from 'fs';
import * as fsp from 'fs/promises';
async function f(p: string) {
  return readFileSync(p) && fs;
}`,
      output: `import fs from 'fs';
import * as fsp from 'fs/promises';
async function f(p: string) {
  return await fsp.readFile(p) && fs;
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
      name: 'an fs/promises binding is preferred to `fs.promises`',
    },
    {
      code: `import { readFile as read } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
async function f(p: string) {
  statSync(p);
  return readFileSync(p, 'utf8') + (await read(p, 'utf8'));
}`,
      output: `import { readFile as read } from 'node:fs/promises';
import * as fsPromises from 'node:fs/promises';
async function f(p: string) {
  await fsPromises.stat(p);
  return await read(p, 'utf8') + (await read(p, 'utf8'));
}`,
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
          endColumn: 33,
          suggestions: [],
        },
      ],
      name: 'a named import of the twin itself is reused; the other call gets a namespace import',
    },
    {
      code: `const path = require('path');
const fsp = require('fs').promises;
const { existsSync } = require('fs');
async function f(p) {
  return existsSync(path.join(p));
}`,
      output: null,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'undefined' },
              output: `const path = require('path');
const fsp = require('fs').promises;
async function f(p) {
  return await fsp.access(path.join(p)).then(() => true, () => false);
}`,
            },
          ],
        },
      ],
      name: "require('fs').promises after another require: reused by the suggestion",
    },
    {
      code: `import { readFile } from 'fs';
import { readFileSync } from 'fs';
async function f(p: string) {
  readFile(p, () => {});
  return readFileSync(p);
}`,
      output: `import { readFile } from 'fs';
import * as fsPromises from 'fs/promises';
async function f(p: string) {
  readFile(p, () => {});
  return await fsPromises.readFile(p);
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: "a named import of fs's callback `readFile` is never reused",
    },
    {
      code: `import { readJsonSync } from 'fs-extra/esm';
import * as fse from 'fs-extra/esm';
async function f(p: string) {
  await fse.outputJson(p, {});
  return readJsonSync(p);
}`,
      output: `import * as fse from 'fs-extra/esm';
async function f(p: string) {
  await fse.outputJson(p, {});
  return await fse.readJson(p);
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readJsonSync', twin: 'readJson', source: 'fs-extra/esm' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: "fs-extra/esm: a named sync import reaches its twin through the file's namespace import",
    },
    {
      code: `import * as fse from 'fs-extra/esm';
async function f(p: string) {
  fse.readFileSync(p);
  fse.pathExistsSync(p);
}`,
      output: `import * as fse from 'fs-extra/esm';
async function f(p: string) {
  fse.readFileSync(p);
  await fse.pathExists(p);
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'pathExistsSync', twin: 'pathExists', source: 'fs-extra/esm' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 24,
          suggestions: [],
        },
      ],
      name: "fs-extra/esm: only fs-extra's own helpers are traced (it exports no fs function)",
    },
    {
      code: `import { ensureDirSync } from 'fs-extra/esm';
async function f(p: string) {
  ensureDirSync(p);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'ensureDirSync', twin: 'ensureDir', source: 'fs-extra/esm' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 19,
          suggestions: [],
        },
      ],
      name: 'fs-extra/esm named import with no binding to reuse: report only',
    },
    {
      code: `import * as fse from 'fs-extra';
import { readJsonSync } from 'fs-extra';
export async function f(p: string) {
  await fse.ensureDir(p);
  return readJsonSync(p);
}`,
      output: null,
      errors: [
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
      name: 'an ES-module namespace of fs-extra is not reused for its own helpers either (it lacks most of them)',
    },
    {
      code: `import fse from 'fs-extra';
import { readJsonSync } from 'fs-extra';
export async function f(p: string) {
  await fse.ensureDir(p);
  return readJsonSync(p);
}`,
      output: `import fse from 'fs-extra';
export async function f(p: string) {
  await fse.ensureDir(p);
  return await fse.readJson(p);
}`,
      errors: [
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
      name: "a named fs-extra import reaches its twin through the file's default import, which holds every export",
    },
  ],
});

/** Lints `code` as `filename` (TypeScript, or CommonJS JavaScript) and returns the reports' suggestions. */
function suggestionsOf(code: string, filename: string): Linter.LintSuggestion[][] {
  const plugin = { rules: { 'no-sync-fs-in-async': rule } } as unknown as NonNullable<Linter.Config['plugins']>[string];
  const languageOptions = filename.endsWith('.ts') ? { parser: tsParser } : { parser: espree, sourceType: 'commonjs' };
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js'],
        languageOptions,
        plugins: { 'async-io': plugin },
        rules: { 'async-io/no-sync-fs-in-async': 'error' },
      },
    ] as Linter.Config[],
    { filename },
  );
  return messages.map((message) => message.suggestions ?? []);
}

/** As an editor user would: apply the first report's first suggestion, lint the result again, and repeat. */
function applySuggestionsOneAtATime(code: string, filename: string): { output: string; applied: number } {
  let output = code;
  for (let applied = 0; applied < 20; applied += 1) {
    const suggestion = suggestionsOf(output, filename).find((suggestions) => suggestions.length > 0)?.[0];
    if (!suggestion) return { output, applied };
    const { range, text } = suggestion.fix;
    output = output.slice(0, range[0]) + text + output.slice(range[1]);
  }
  throw new Error('suggestions did not run out');
}

describe('suggestions applied one at a time, the file linted again between them', () => {
  it('reuse the fs/promises import the first one added, after another module is imported first', () => {
    const code = `import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
export async function f(p: string) {
  const there = existsSync(path.join(p, 'a'));
  const info = statSync(p, { throwIfNoEntry: false });
  return existsSync(p) || there || info;
}
`;
    expect(applySuggestionsOneAtATime(code, 'file.ts')).toEqual({
      output: `import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export async function f(p: string) {
  const there = await fsPromises.access(path.join(p, 'a')).then(() => true, () => false);
  const info = await fsPromises.stat(p, { throwIfNoEntry: false }).catch((error) => (error?.code === 'ENOENT' ? undefined : Promise.reject(error)));
  return await fsPromises.access(p).then(() => true, () => false) || there || info;
}
`,
      applied: 3,
    });
  });

  it('reuse the `promises` property the first one added to a require() destructuring', () => {
    const code = `const path = require('path');
const { existsSync, statSync } = require('fs');
async function f(p) {
  const there = existsSync(path.join(p, 'a'));
  const info = statSync(p, { throwIfNoEntry: false });
  return existsSync(p) || there || info;
}
module.exports = { f };
`;
    expect(applySuggestionsOneAtATime(code, 'file.js')).toEqual({
      output: `const path = require('path');
const { promises: fsPromises } = require('fs');
async function f(p) {
  const there = await fsPromises.access(path.join(p, 'a')).then(() => true, () => false);
  const info = await fsPromises.stat(p, { throwIfNoEntry: false }).catch((error) => (error?.code === 'ENOENT' ? undefined : Promise.reject(error)));
  return await fsPromises.access(p).then(() => true, () => false) || there || info;
}
module.exports = { f };
`,
      applied: 3,
    });
  });

  it('reuse the namespace a first suggestion added beside a namespace import of fs-extra', () => {
    const code = `import * as fse from 'fs-extra';
import { existsSync } from 'fs';
export async function f(p: string) {
  await fse.ensureDir(p);
  return existsSync(p) && existsSync(\`\${p}/a\`);
}
`;
    expect(applySuggestionsOneAtATime(code, 'file.ts')).toEqual({
      output: `import * as fse from 'fs-extra';
import * as fsPromises from 'fs/promises';
export async function f(p: string) {
  await fse.ensureDir(p);
  return await fsPromises.access(p).then(() => true, () => false) && await fsPromises.access(\`\${p}/a\`).then(() => true, () => false);
}
`,
      applied: 2,
    });
  });
});
