/**
 * Legacy-format (eslintrc) config for users of ESLint 8.57, and of ESLint 9 with ESLINT_USE_FLAT_CONFIG=false.
 * ESLint 10 cannot read this file: it uses `eslint.config.mjs`. The ESLint 8/9 compatibility tests lint with it.
 * It extends the plugin's eslintrc config, `plugin:async-io/legacy-recommended`.
 */
module.exports = {
  root: true,
  parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
  env: { node: true, es2022: true },
  extends: ['plugin:async-io/legacy-recommended'],
  overrides: [
    {
      files: ['*.ts', '*.mts', '*.cts', '*.tsx'],
      parser: '@typescript-eslint/parser',
    },
    {
      files: ['*.cjs'],
      parserOptions: { sourceType: 'script' },
    },
  ],
  ignorePatterns: ['node_modules/', 'dist/'],
};
