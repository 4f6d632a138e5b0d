// The parity verdict: ESLint's records against the oxlint recorder's, file by file, as multisets of exact records
// (rule, message, start and end, fix edit, suggestions with their edits); and oxlint's own diagnostics against the
// recorder, so that what oxlint prints is what the rules gave it.
import fs from 'node:fs';

import { eslintRecord, lineIndex, oxlintRecord, utf16Offset } from './oxlint-hosts.mjs';

const SAMPLE = 50;
/** oxlint leaves out `*.min.js` files, even when named on its command line (a documented host difference). */
export const MINIFIED = /\.min\.[cm]?js$/u;
/**
 * Calls of blocking helpers imported from other modules: reading those modules needs a parser, which oxlint's JS
 * plugins do not give a rule, so there the rule stays within the file (a documented host difference). ESLint's
 * reports of them are counted apart, not compared.
 */
const CROSS_MODULE = 'syncFsInImportedHelper';

function counted(records) {
  const counts = new Map();
  for (const record of records) {
    const key = JSON.stringify(record);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** What `a` has more often than `b`, as records with how many more. */
function surplus(a, b) {
  const out = [];
  for (const [key, n] of a) {
    const extra = n - (b.get(key) ?? 0);
    if (extra > 0) out.push({ ...JSON.parse(key), times: extra });
  }
  return out;
}

function readText(file) {
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
}

/** Per file: the recorder's reports, whether the rules ran, the source type oxlint gave it, recorder failures. */
export function groupRecords(records) {
  const byFile = new Map();
  const entry = (file) => {
    if (!byFile.has(file)) byFile.set(file, { reports: [], linted: false, sourceType: null, recordErrors: [] });
    return byFile.get(file);
  };
  for (const record of records) {
    const into = entry(record.file);
    if (record.linted) {
      into.linted = true;
      into.sourceType = record.sourceType;
    } else if (record.recordError != null) into.recordErrors.push(record);
    else into.reports.push(record);
  }
  return byFile;
}

/** oxlint's diagnostics that name no rule are errors of the run (a JS plugin that threw, a file it could not read). */
function splitDiagnostics(diagnostics) {
  const errors = [];
  const byFile = new Map();
  for (const d of diagnostics) {
    if (d.code == null || !d.code.startsWith('async-io(')) {
      errors.push({ file: d.filename, message: d.message.slice(0, 2000) });
      continue;
    }
    if (!byFile.has(d.filename)) byFile.set(d.filename, []);
    byFile.get(d.filename).push(d);
  }
  return { errors, byFile };
}

/** Where oxlint printed a diagnostic: rule, message and UTF-16 start offset, like the recorder's. */
function shown(d, buffer) {
  return {
    ruleId: d.code.replace(/^([\w-]+)\((.+)\)$/u, '$1/$2'),
    message: d.message,
    start: d.labels?.[0] == null ? null : utf16Offset(buffer, d.labels[0].span.offset),
  };
}

/**
 * Compares the hosts on `files`. `oxlint` is lintWithOxlint's result, `eslint` lintWithEslint's. A record oxlint
 * does not print counts as hidden (an inline `eslint-disable` comment, which oxlint obeys and the ESLint side,
 * with inline config off, does not); a printed diagnostic without a record is a difference.
 */
export function compareHosts(files, oxlint, eslint) {
  const recorded = groupRecords(oxlint.records);
  const { errors, byFile: diagnosed } = splitDiagnostics(oxlint.diagnostics);
  const verdict = {
    files: files.length,
    linted: { oxlint: 0, eslint: 0, both: 0 },
    reports: { eslint: 0, oxlint: 0, fixes: 0, suggestions: 0, crossModuleEslintOnly: 0 },
    differences: 0,
    samples: [],
    jsPluginErrors: errors,
    recordErrors: [],
    printed: { diagnostics: 0, notRecorded: 0, hidden: 0, samples: [], hiddenSamples: [] },
    skippedByOxlint: [],
    notLintedByOxlint: [],
    notParsedByEslint: eslint.unparseable,
    sourceTypeFallbacks: eslint.fallbacks,
    sourceTypes: {},
  };
  for (const file of files) {
    const ox = recorded.get(file);
    const es = eslint.results[file];
    if (ox?.linted) verdict.linted.oxlint++;
    else if (MINIFIED.test(file)) verdict.skippedByOxlint.push(file);
    else verdict.notLintedByOxlint.push(file);
    if (es) verdict.linted.eslint++;
    if (!ox?.linted || !es) continue;
    verdict.linted.both++;
    verdict.sourceTypes[ox.sourceType] = (verdict.sourceTypes[ox.sourceType] ?? 0) + 1;
    verdict.recordErrors.push(...ox.recordErrors);
    compareFile(file, ox, es, diagnosed.get(file) ?? [], verdict);
  }
  return verdict;
}

function compareFile(file, ox, es, diagnostics, verdict) {
  const lines = lineIndex(readText(file));
  const mine = es.filter((m) => m.ruleId?.startsWith('async-io/'));
  verdict.reports.crossModuleEslintOnly += mine.filter((m) => m.messageId === CROSS_MODULE).length;
  const ours = mine.filter((m) => m.messageId !== CROSS_MODULE).map(eslintRecord);
  const theirs = ox.reports.map((r) => oxlintRecord(r, lines));
  verdict.reports.eslint += ours.length;
  verdict.reports.oxlint += theirs.length;
  verdict.reports.fixes += ours.filter((r) => r.fix != null).length;
  verdict.reports.suggestions += ours.reduce((n, r) => n + r.suggestions.length, 0);
  const [a, b] = [counted(ours), counted(theirs)];
  for (const [side, only] of [
    ['eslint', surplus(a, b)],
    ['oxlint', surplus(b, a)],
  ]) {
    for (const record of only) {
      verdict.differences += record.times;
      if (verdict.samples.length < SAMPLE) verdict.samples.push({ file, only: side, ...record });
    }
  }
  const buffer = fs.readFileSync(file);
  const printed = counted(diagnostics.map((d) => shown(d, buffer)));
  const expected = counted(ox.reports.map((r) => ({ ruleId: r.ruleId, message: r.message, start: r.range[0] })));
  verdict.printed.diagnostics += diagnostics.length;
  for (const record of surplus(printed, expected)) {
    verdict.printed.notRecorded += record.times;
    if (verdict.printed.samples.length < SAMPLE) verdict.printed.samples.push({ file, ...record });
  }
  for (const record of surplus(expected, printed)) {
    verdict.printed.hidden += record.times;
    if (verdict.printed.hiddenSamples.length < SAMPLE) verdict.printed.hiddenSamples.push({ file, ...record });
  }
}

/**
 * True when the hosts agree: both linted every file, no difference, no JS plugin error, nothing printed that the
 * rules did not report.
 */
export function agrees(verdict) {
  return (
    verdict.linted.both === verdict.files - verdict.skippedByOxlint.length &&
    verdict.differences === 0 &&
    verdict.jsPluginErrors.length === 0 &&
    verdict.recordErrors.length === 0 &&
    verdict.printed.notRecorded === 0
  );
}
