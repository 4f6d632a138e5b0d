// Loaded with `node --require` before the command: counts the calls of ESLint#lintFiles in the main thread (each
// one with concurrency on starts ESLint's worker threads anew) and prints the count on stderr when the process
// exits. The workers load this file too (they inherit --require); they neither count nor print.
const { isMainThread } = require('node:worker_threads');
const { ESLint } = require('eslint');

if (isMainThread) {
  let calls = 0;
  const lintFiles = ESLint.prototype.lintFiles;
  ESLint.prototype.lintFiles = function countedLintFiles(...args) {
    calls += 1;
    return lintFiles.apply(this, args);
  };
  process.on('exit', () => {
    process.stderr.write(`lintFiles calls: ${calls}\n`);
  });
}
