// Loaded with `node --require` before the command: the first ESLint#lintFiles call, in the main thread, emits a
// process warning from a timer (a macrotask, as ESLint's own warnings may be) while the progress line is shown,
// waits for Node to print it, then lints.
const { isMainThread } = require('node:worker_threads');
const { ESLint } = require('eslint');

if (isMainThread) {
  const lintFiles = ESLint.prototype.lintFiles;
  let warned = false;
  ESLint.prototype.lintFiles = async function warningLintFiles(...args) {
    if (!warned) {
      warned = true;
      setTimeout(() => process.emitWarning('a warning mid-lint', 'MidLintWarning'), 0);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return lintFiles.apply(this, args);
  };
}
