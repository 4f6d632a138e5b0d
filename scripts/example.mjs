#!/usr/bin/env node
// The main job on the bundled example: what eslint-plugin-async-io finds in examples/, and what `eslint --fix`
// would change there (shown as a diff; the example files themselves are left as they are).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';

const examples = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples');
const color = process.stdout.isTTY && !process.env.NO_COLOR;

const eslint = new ESLint({ cwd: examples });
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
console.log(`# What the plugin finds in examples/ (eslint .)\n`);
console.log(formatter.format(results) || 'No problems.\n');

const fixer = new ESLint({ cwd: examples, fix: true });
const fixed = await fixer.lintFiles(['.']);
const scratch = mkdtempSync(path.join(tmpdir(), 'async-io-example-'));
let changedFiles = 0;
console.log(`# What \`eslint --fix\` changes\n`);
for (const result of fixed) {
  if (result.output === undefined) continue;
  changedFiles += 1;
  const relative = path.relative(examples, result.filePath);
  const before = path.join(scratch, 'a', relative);
  const after = path.join(scratch, 'b', relative);
  for (const [file, text] of [
    [before, readFileSync(result.filePath, 'utf8')],
    [after, result.output],
  ]) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const diff = spawnSync(
    'git',
    [
      'diff',
      '--no-index',
      '--src-prefix=',
      '--dst-prefix=',
      `--color=${color ? 'always' : 'never'}`,
      '--',
      `a/${relative}`,
      `b/${relative}`,
    ],
    {
      cwd: scratch,
      encoding: 'utf8',
    },
  );
  console.log(diff.stdout);
}
rmSync(scratch, { recursive: true, force: true });

const count = (list, pick) => list.reduce((sum, r) => sum + pick(r), 0);
const found = count(results, (r) => r.errorCount + r.warningCount);
const left = count(fixed, (r) => r.errorCount + r.warningCount);
const withSuggestions = count(fixed, (r) => r.messages.filter((m) => m.suggestions?.length).length);
console.log(`# Summary`);
console.log(
  `${found} problems in ${results.filter((r) => r.messages.length).length} files; \`eslint --fix\` fixes ${found - left} of them in ${changedFiles} files.`,
);
console.log(
  `${left} remain for a person to decide; ${withSuggestions} of those offer a suggestion (an editor quick fix).`,
);
