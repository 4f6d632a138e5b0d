#!/usr/bin/env node
// The main job on the bundled example: the audit of examples/ (`async-io-audit`, zero config), and what
// `async-io-audit --fix-suggestions` would change there, shown as a diff on a scratch copy (the example files
// themselves are left as they are).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(root, 'examples');
const audit = path.join(root, 'dist/audit/cli.js');
const color = process.stdout.isTTY && !process.env.NO_COLOR;

console.log('# async-io-audit in examples/\n');
// The report goes straight to our stdout: markdown in a pipe, colours and file:line links on a terminal.
const report = spawnSync(process.execPath, [audit], { cwd: examples, stdio: ['ignore', 'inherit', 'inherit'] });
if (report.status === 2 || report.status === null) throw new Error('async-io-audit failed on examples/');

/** Copies a folder (fs.cpSync is still experimental on the Node versions we support). */
function copyTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) copyTree(source, target);
    else copyFileSync(source, target);
  }
}

const scratch = mkdtempSync(path.join(tmpdir(), 'async-io-example-'));
try {
  const before = path.join(scratch, 'a');
  const after = path.join(scratch, 'b');
  copyTree(examples, before);
  copyTree(examples, after);
  const fixed = spawnSync(process.execPath, [audit, '--fix-suggestions', '--format', 'json'], {
    cwd: after,
    encoding: 'utf8',
  });
  if (fixed.status === 2 || fixed.status === null) throw new Error(fixed.stderr);
  const diff = spawnSync(
    'git',
    ['diff', '--no-index', '--src-prefix=', '--dst-prefix=', `--color=${color ? 'always' : 'never'}`, '--', 'a', 'b'],
    { cwd: scratch, encoding: 'utf8' },
  );
  console.log('\n# What `async-io-audit --fix-suggestions` changes\n');
  console.log(diff.stdout);

  const { changes, effort } = JSON.parse(fixed.stdout);
  console.log('# Summary');
  console.log(
    `${changes.findingsBefore} findings; \`--fix-suggestions\` fixes ${changes.findingsBefore - changes.findingsAfter} of them in ${changes.files.length} file${changes.files.length === 1 ? '' : 's'}.`,
  );
  console.log(
    `${changes.findingsAfter} remain: ${effort.byRemedy.timeout} take a deadline with \`--add-timeouts <ms>\`, ${effort.byRemedy.person} need a person.`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
