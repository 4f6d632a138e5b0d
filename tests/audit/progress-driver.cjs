// Drives the built progress bar as the audit does, for tests/audit/progress.test.ts (run on a pseudo-terminal):
// node progress-driver.cjs <built progress.js> [--quiet] <file>... ; prints "linted N" on stdout at the end.
'use strict';

const [modulePath, ...rest] = process.argv.slice(2);
const quiet = rest.includes('--quiet');
const files = rest.filter((arg) => arg !== '--quiet');

const { createProgress } = require(modulePath);
const progress = createProgress({ quiet, intervalMs: 0 });
progress.start(files.length);
for (const file of files) progress.tick(file);
progress.finish();
process.stdout.write(`linted ${files.length}\n`);
