// Loaded with `node --require` before the command: counts the files ESLint lints (Linter#verifyAndFix, which
// ESLint's lintFiles calls once a file) and prints the count on stderr when the process exits.
const { Linter } = require('eslint');

let count = 0;
const verifyAndFix = Linter.prototype.verifyAndFix;
Linter.prototype.verifyAndFix = function countedVerifyAndFix(...args) {
  count += 1;
  return verifyAndFix.apply(this, args);
};
process.on('exit', () => {
  process.stderr.write(`files linted by ESLint: ${count}\n`);
});
