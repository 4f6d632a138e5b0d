// Loaded with `node --require` before the command: ESLint#lintFiles, in the main thread, says "linting" on stderr
// and then waits a minute before linting, so that a test can interrupt the command while it is mid-run.
const { isMainThread } = require('node:worker_threads');
const { ESLint } = require('eslint');

if (isMainThread) {
  const lintFiles = ESLint.prototype.lintFiles;
  ESLint.prototype.lintFiles = async function stalledLintFiles(...args) {
    process.stderr.write('linting\n');
    await new Promise((resolve) => setTimeout(resolve, 60_000));
    return lintFiles.apply(this, args);
  };
}
