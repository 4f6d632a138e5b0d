// A JS plugin for oxlint that runs our built rules unchanged and also writes down, per file, what each rule gave
// the host: the report's range and message, its fix and its suggestions, as plain edits. oxlint's JSON output
// has no fixes or suggestions; this record does, so `bench/oxlint-parity.mjs` can compare them with ESLint's
// exactly. Loaded by path from a generated `.oxlintrc.json`; never part of the package.
//
// Env: ASYNC_IO_PARITY_RECORDS, the directory to write `<pid>-<thread>.jsonl` into (one file per JS thread);
// ASYNC_IO_BENCH_DIST, the dist/ to load (default: this repository's).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { threadId } = require('node:worker_threads');

const dist = process.env.ASYNC_IO_BENCH_DIST || path.join(__dirname, '..', 'dist');
const ours = require(path.join(dist, 'index.js'));
const recordsDir = process.env.ASYNC_IO_PARITY_RECORDS;
if (!recordsDir) throw new Error('ASYNC_IO_PARITY_RECORDS is not set');
const out = path.join(recordsDir, `${process.pid}-${threadId}.jsonl`);

function write(record) {
  fs.appendFileSync(out, `${JSON.stringify(record)}\n`);
}

/** ESLint's message placeholders: `{{ key }}` replaced when `data` has the key, left as written otherwise. */
function interpolate(text, data) {
  if (data == null) return text;
  return text.replace(/\{\{([^{}]+?)\}\}/gu, (whole, key) => {
    const name = key.trim();
    return name in data ? String(data[name]) : whole;
  });
}

function rangeOf(nodeOrToken) {
  return nodeOrToken.range ?? [nodeOrToken.start, nodeOrToken.end];
}

/** A fixer that returns plain edits, as ESLint's does. */
const fixer = {
  insertTextAfter: (node, text) => fixer.insertTextAfterRange(rangeOf(node), text),
  insertTextAfterRange: (range, text) => ({ range: [range[1], range[1]], text }),
  insertTextBefore: (node, text) => fixer.insertTextBeforeRange(rangeOf(node), text),
  insertTextBeforeRange: (range, text) => ({ range: [range[0], range[0]], text }),
  replaceText: (node, text) => fixer.replaceTextRange(rangeOf(node), text),
  replaceTextRange: (range, text) => ({ range: [range[0], range[1]], text }),
  remove: (node) => fixer.removeRange(rangeOf(node)),
  removeRange: (range) => ({ range: [range[0], range[1]], text: '' }),
};

/** One edit from a fix function's result, merged as ESLint merges the edits of one fix; null when there is none. */
function edit(fix, text) {
  if (typeof fix !== 'function') return null;
  const result = fix(fixer);
  if (result == null) return null;
  const edits = (typeof result[Symbol.iterator] === 'function' ? [...result] : [result]).filter((e) => e != null);
  if (edits.length === 0) return null;
  if (edits.length === 1) return { range: edits[0].range, text: edits[0].text };
  edits.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const start = edits[0].range[0];
  const end = Math.max(...edits.map((e) => e.range[1]));
  let merged = '';
  let at = start;
  for (const e of edits) {
    if (e.range[0] < at) throw new Error('fix edits overlap');
    merged += text.slice(at, e.range[0]) + e.text;
    at = e.range[1];
  }
  return { range: [start, end], text: merged + text.slice(at, end) };
}

/** Where a report points: its `loc` if given (as offsets), else its node's range. */
function span(descriptor, sourceCode) {
  const { loc, node } = descriptor;
  if (loc == null) return rangeOf(node);
  const start = loc.start ?? loc;
  const startIndex = sourceCode.getIndexFromLoc(start);
  return [startIndex, loc.end == null ? startIndex : sourceCode.getIndexFromLoc(loc.end)];
}

function describe(descriptor, messages, sourceCode) {
  const text = sourceCode.text;
  const message = interpolate(descriptor.message ?? messages[descriptor.messageId], descriptor.data);
  const suggestions = (descriptor.suggest ?? [])
    .map((s) => ({ desc: interpolate(s.desc ?? messages[s.messageId], s.data), fix: edit(s.fix, text) }))
    .filter((s) => s.fix != null);
  return { range: span(descriptor, sourceCode), message, fix: edit(descriptor.fix, text), suggestions };
}

/** Our rule, with a context whose `report` also writes the report down. */
function recording(name, rule) {
  const ruleId = `async-io/${name}`;
  return {
    meta: rule.meta,
    create(context) {
      const { sourceCode, filename } = context;
      const report = (descriptor) => {
        let record;
        try {
          record = { file: filename, ruleId, ...describe(descriptor, rule.meta.messages, sourceCode) };
        } catch (error) {
          record = { file: filename, ruleId, recordError: String(error?.stack ?? error) };
        }
        write(record);
        context.report(descriptor);
      };
      // A proxy over a blank object: oxlint's context is frozen, and its methods are called on the context itself.
      const recorder = new Proxy(
        {},
        {
          get(_, key) {
            if (key === 'report') return report;
            const value = Reflect.get(context, key);
            return typeof value === 'function' ? value.bind(context) : value;
          },
        },
      );
      write({ file: filename, ruleId, linted: true, sourceType: sourceCode.ast.sourceType });
      return rule.create(recorder);
    },
  };
}

module.exports = {
  meta: { name: 'async-io' },
  rules: Object.fromEntries(Object.entries(ours.rules).map(([name, rule]) => [name, recording(name, rule)])),
};
