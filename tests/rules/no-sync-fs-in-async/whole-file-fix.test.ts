import { describe, expect, it } from 'vitest';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { fixAll } from '../../rule-tester';

const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

describe('one `eslint --fix` run converts a whole file', () => {
  it('50 calls through named imports, nested calls and member calls', () => {
    const code = [
      "import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';",
      "import fs from 'node:fs';",
      '',
      'export async function copyAll(dir: string) {',
      ...range(50).map((i) => `  writeFileSync(\`\${dir}/${i}.out\`, readFileSync(\`\${dir}/${i}.in\`));`),
      "  fs.writeFileSync(`${dir}.out`, readFileSync(statSync(dir).isFile() ? dir : fs.readFileSync(dir, 'utf8')));",
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
      "  await fs.promises.writeFile(`${dir}.out`, await fs.promises.readFile((await fs.promises.stat(dir)).isFile() ? dir : await fs.promises.readFile(dir, 'utf8')));",
      '  return existsSync(dir);',
      '}',
      '',
    ].join('\n');
    expect(fixAll('no-sync-fs-in-async', rule, code)).toEqual({
      output: expected,
      remaining: ['56:syncFsNotEquivalent'],
    });
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
    expect(fixAll('no-sync-fs-in-async', rule, code)).toEqual({ output: expected, remaining: [] });
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
    expect(fixAll('no-sync-fs-in-async', rule, code)).toEqual({ output: expected, remaining: [] });
  });
});
