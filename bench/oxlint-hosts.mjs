// The two hosts of the parity check on the same files: oxlint with our rules as a JS plugin (through
// oxlint-recorder.cjs, which writes down each report with its fix and suggestions), and ESLint's Linter with the
// same rules, no type information, and the source type oxlint parsed each file with. Both sides come out as the
// same plain records, compared exactly by `compareHosts`.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');
const require = createRequire(path.join(ROOT, 'package.json'));

export const OXLINT_BIN = path.join(ROOT, 'node_modules', 'oxlint', 'bin', 'oxlint');
export const RECORDER = path.join(BENCH_DIR, 'oxlint-recorder.cjs');
/** Files per oxlint run: a command line of paths stays far below the system's limit. */
const BATCH = 1000;

/** The dist/ the hosts load: the run's snapshot when bench/run.mjs made one, else this repository's. */
export function distDir() {
  return process.env.ASYNC_IO_BENCH_DIST || path.join(ROOT, 'dist');
}

export function ruleIds() {
  const plugin = require(path.join(distDir(), 'index.js'));
  return Object.keys(plugin.rules).map((name) => `async-io/${name}`);
}

/**
 * oxlint's config for the check: our rules on every file, oxlint's own rules and plugins off, the recorder
 * loaded by absolute path.
 */
export function writeOxlintConfig(dir, jsPlugin = RECORDER) {
  const config = {
    categories: { correctness: 'off' },
    plugins: [],
    jsPlugins: [jsPlugin],
    rules: Object.fromEntries(ruleIds().map((id) => [id, 'error'])),
  };
  const file = path.join(dir, '.oxlintrc.json');
  fs.writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

function execOxlint(args, options) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [OXLINT_BIN, ...args], { ...options, maxBuffer: 512 * 1024 * 1024 }, (error, stdout) => {
      // Exit 1 means "problems found"; anything else is a failure of the run itself.
      if (error && error.code !== 1) reject(new Error(`oxlint ${args.slice(0, 6).join(' ')} …: ${error.message}`));
      else resolve(stdout);
    });
  });
}

/** Byte offset (oxlint's spans) to UTF-16 offset (ESLint's ranges). */
function utf16Offset(buffer, byteOffset) {
  return buffer.subarray(0, byteOffset).toString('utf8').length;
}

/**
 * Lints `files` (absolute paths) with oxlint in batches; returns the recorder's records and oxlint's own
 * diagnostics, both keyed by absolute file.
 */
export async function lintWithOxlint(files, { work, threads = null }) {
  const recordsDir = path.join(work, 'records');
  fs.rmSync(recordsDir, { recursive: true, force: true });
  fs.mkdirSync(recordsDir, { recursive: true });
  const config = writeOxlintConfig(work);
  const env = { ...process.env, ASYNC_IO_PARITY_RECORDS: recordsDir, ASYNC_IO_BENCH_DIST: distDir() };
  const diagnostics = [];
  for (let i = 0; i < files.length; i += BATCH) {
    const args = ['-c', config, '-f', 'json', ...(threads ? ['--threads', String(threads)] : [])];
    const stdout = await execOxlint([...args, ...files.slice(i, i + BATCH)], { cwd: work, env });
    for (const d of JSON.parse(stdout).diagnostics)
      diagnostics.push({ ...d, filename: path.resolve(work, d.filename) });
  }
  const records = fs
    .readdirSync(recordsDir)
    .flatMap((name) => fs.readFileSync(path.join(recordsDir, name), 'utf8').split('\n'))
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  return { records, diagnostics };
}

const TS_EXTENSIONS = new Set(['.ts', '.mts', '.cts', '.tsx']);

/** ESLint's language options for a file that oxlint parsed with `sourceType`. */
function languageOptions(file, sourceType, tsParser) {
  const extension = path.extname(file);
  // oxlint parses JavaScript with JSX, TypeScript only in .tsx.
  const jsx = { ecmaFeatures: { jsx: !TS_EXTENSIONS.has(extension) || extension === '.tsx' } };
  if (TS_EXTENSIONS.has(extension)) return { parser: tsParser, sourceType, parserOptions: jsx };
  return { ecmaVersion: 'latest', sourceType, parserOptions: jsx };
}

/**
 * Lints each file with ESLint's Linter and our rules (no type information, inline config off as in the corpus
 * runs), parsed with the source type oxlint gave it. Returns `{ file: messages }` and the files ESLint cannot
 * parse with those options.
 */
export function lintWithEslint(files, sourceTypes) {
  const { Linter } = require('eslint');
  const tsParser = require('@typescript-eslint/parser');
  const plugin = require(path.join(distDir(), 'index.js'));
  const rules = Object.fromEntries(ruleIds().map((id) => [id, 'error']));
  // The corpus lives under a node_modules outside this repository: the root as cwd, node_modules not ignored.
  const linter = new Linter({ configType: 'flat', cwd: path.parse(ROOT).root });
  const results = {};
  const unparseable = [];
  const fallbacks = [];
  const lint = (file, text, sourceType) => {
    const config = [
      { ignores: ['!**/node_modules/'] },
      {
        files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
        languageOptions: languageOptions(file, sourceType, tsParser),
        linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
        plugins: { 'async-io': plugin },
        rules,
      },
    ];
    const messages = linter.verify(text, config, { filename: file });
    // A parse error, or no config for the file: ESLint did not lint it. (Notes on inline comments are left.)
    const fatal = messages.find((m) => m.fatal || (m.ruleId == null && m.message.startsWith('No matching config')));
    return { messages, fatal };
  };
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const sourceType = sourceTypes[file] ?? 'module';
    let { messages, fatal } = lint(file, text, sourceType);
    // oxlint parses a script with a top-level `return` (a CommonJS bin); espree needs `commonjs` for that.
    if (fatal && sourceType === 'script') {
      ({ messages, fatal } = lint(file, text, 'commonjs'));
      if (!fatal) fallbacks.push({ file, from: 'script', to: 'commonjs' });
    }
    if (fatal) unparseable.push({ file, message: fatal.message, line: fatal.line });
    else results[file] = messages;
  }
  return { results, unparseable, fallbacks };
}

function edit(fix) {
  return fix == null ? null : { range: [fix.range[0], fix.range[1]], text: fix.text };
}

/** An ESLint message as a record: 0-based columns, like the recorder's. */
export function eslintRecord(message) {
  return {
    ruleId: message.ruleId,
    message: message.message,
    start: [message.line, message.column - 1],
    end: [message.endLine ?? message.line, (message.endColumn ?? message.column) - 1],
    fix: edit(message.fix),
    suggestions: (message.suggestions ?? []).map((s) => ({ desc: s.desc, fix: edit(s.fix) })),
  };
}

/** A recorder record as a record: its range as lines and columns of the text. */
export function oxlintRecord(record, lines) {
  return {
    ruleId: record.ruleId,
    message: record.message,
    start: lines.at(record.range[0]),
    end: lines.at(record.range[1]),
    fix: record.fix,
    suggestions: record.suggestions,
  };
}

/** Lines and 0-based columns of UTF-16 offsets, with ESLint's line breaks. */
export function lineIndex(text) {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|[\r\n\u2028\u2029]/gu)) starts.push(match.index + match[0].length);
  return {
    at(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset) low = mid;
        else high = mid - 1;
      }
      return [low + 1, offset - starts[low]];
    },
  };
}

export { utf16Offset };
