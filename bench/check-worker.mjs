// Child process: the correctness pass over a share of the corpus. For each file: pick its language options by a
// trial parse, lint with our rules (a thrown rule error is a crash, with file and stack), apply our fixes to a copy
// and check the copy (it parses, a second fix pass changes nothing), then lint with n/no-sync plus the probe for
// the comparison. Writes one JSON file; the parent adds the shares up.
import fs from 'node:fs';
import path from 'node:path';

import { addSyncFsDetails, emptySyncFsDetails } from './analyse.mjs';
import { extensionCategory } from './corpus.mjs';
import { createLinting, loadOurPlugin, OUR_SYNC_RULE, PEER_RULE, PROBE_RULE } from './setups.mjs';

const [, , inputPath] = process.argv;
const input = JSON.parse(fs.readFileSync(inputPath, 'utf8'));
const { cwd, files, fixedDir, outPath } = input;

const plugin = loadOurPlugin();
const baseline = createLinting('baseline', plugin, cwd);
const ours = plugin ? createLinting('ours', plugin, cwd) : null;
const peer = createLinting('peer-probe', plugin, cwd);
const peerAsShipped = createLinting('peer-as-shipped', plugin, cwd);

const result = {
  files: [], // { abs, rel, pkg, test, bytes, category } for every file that parses
  unparseable: [], // originals no parser setting accepts: { pkg, rel, message }
  crashes: [], // { setup, pkg, rel, ruleId, message, stack }
  fixFailures: [], // { kind: 'unparseable' | 'unstable', pkg, rel, ... }
  packages: {}, // pkg -> counters
  comparison: [], // per file with any report: { pkg, rel, test, ours: [...], theirs: [...] }
  peerAsShippedCrashes: { tsFiles: 0, crashedFiles: 0, sample: null },
};

function counters(pkg) {
  result.packages[pkg] ??= {
    files: 0,
    testFiles: 0,
    bytes: 0,
    unparseable: 0,
    crashes: 0,
    reports: {}, // "ruleId/messageId" -> { before, left, fixable, suggestions }
    filesFixed: 0,
    fixUnparseable: 0,
    fixUnstable: 0,
    peerReports: 0,
    syncFsDetails: emptySyncFsDetails(), // no-sync-fs-in-async: suggestions offered, why helper fixes were withheld
  };
  return result.packages[pkg];
}

function lint({ linter, configs }, text, category, filename, fix = false) {
  return linter.verifyAndFix(text, configs[category], { filename, fix });
}

function fatalOf(messages) {
  return messages.find((m) => m.fatal) ?? null;
}

/**
 * The first category whose parser accepts the file (`.js` tries module, then commonjs, then JSX), and the parsed
 * source, which the other setups reuse instead of parsing again (`Linter#verify` takes a `SourceCode`).
 */
function chooseCategory(file, text) {
  const first = extensionCategory(file.abs);
  const tries = first === 'module' && /\.js$/.test(file.abs) ? ['module', 'commonjs', 'jsx'] : [first];
  let fatal = null;
  for (const category of tries) {
    fatal = fatalOf(lint(baseline, text, category, file.abs).messages);
    if (!fatal) return { category, sourceCode: baseline.linter.getSourceCode() };
  }
  return { category: null, fatal };
}

function isTypeScript(category) {
  return category === 'ts' || category === 'tsx';
}

function crash(setup, file, error) {
  const ruleId = /Rule: "([^"]+)"/.exec(String(error?.message))?.[1] ?? null;
  result.crashes.push({
    setup,
    pkg: file.pkg,
    rel: file.rel,
    ruleId,
    message: String(error?.message ?? error),
    stack: String(error?.stack ?? ''),
  });
}

function messageKey(m) {
  return `${m.ruleId}/${m.messageId ?? '-'}`;
}

function checkOurs(file, text, sourceCode, category, stats) {
  let before;
  try {
    before = ours.linter.verify(sourceCode, ours.configs[category], { filename: file.abs }).filter((m) => m.ruleId);
  } catch (error) {
    stats.crashes++;
    crash('ours', file, error);
    return null;
  }
  for (const m of before) {
    const r = (stats.reports[messageKey(m)] ??= { before: 0, left: 0, fixable: 0, suggestions: 0 });
    r.before++;
    if (m.fix) r.fixable++;
    if (m.suggestions?.length) r.suggestions++;
    if (m.ruleId === OUR_SYNC_RULE) addSyncFsDetails(stats.syncFsDetails, m);
  }
  const leftAfter = (messages) => {
    for (const m of messages.filter((x) => x.ruleId))
      (stats.reports[messageKey(m)] ??= { before: 0, left: 0, fixable: 0, suggestions: 0 }).left++;
  };
  if (!before.some((m) => m.fix)) {
    leftAfter(before);
    return before;
  }
  let first;
  let second;
  try {
    first = lint(ours, text, category, file.abs, true);
    second = first.fixed ? lint(ours, first.output, category, file.abs, true) : null;
  } catch (error) {
    stats.crashes++;
    crash('ours-fix', file, error);
    return before;
  }
  leftAfter(first.messages.filter((m) => !m.fatal));
  if (first.fixed) {
    stats.filesFixed++;
    const copy = path.join(fixedDir, file.pkg, file.rel);
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.writeFileSync(copy, first.output);
    const fatal = fatalOf(lint(baseline, first.output, category, file.abs).messages);
    if (fatal) {
      stats.fixUnparseable++;
      result.fixFailures.push({
        kind: 'unparseable',
        pkg: file.pkg,
        rel: file.rel,
        copy,
        line: fatal.line,
        column: fatal.column,
        message: fatal.message,
        text: first.output.split('\n')[fatal.line - 1]?.slice(0, 200) ?? '',
      });
    } else if (second?.fixed) {
      stats.fixUnstable++;
      const at = firstDifference(first.output, second.output);
      result.fixFailures.push({
        kind: 'unstable',
        pkg: file.pkg,
        rel: file.rel,
        copy,
        line: at.line,
        message: 'a second fix pass changed the fixed file',
        text: at.text,
      });
    }
  }
  return before;
}

function firstDifference(a, b) {
  const linesA = a.split('\n');
  const linesB = b.split('\n');
  for (let i = 0; i < Math.max(linesA.length, linesB.length); i++) {
    if (linesA[i] !== linesB[i])
      return { line: i + 1, text: `${linesA[i]?.slice(0, 150)} => ${linesB[i]?.slice(0, 150)}` };
  }
  return { line: 0, text: '' };
}

function location(m) {
  return { line: m.line, column: m.column, endLine: m.endLine ?? m.line, endColumn: m.endColumn ?? m.column };
}

function comparePeer(file, text, sourceCode, category, oursMessages, stats) {
  let messages;
  try {
    // TypeScript is parsed again: the peer gets the parser without node maps (see setups.mjs).
    messages = isTypeScript(category)
      ? lint(peer, text, category, file.abs).messages
      : peer.linter.verify(sourceCode, peer.configs[category], { filename: file.abs });
  } catch (error) {
    crash('peer', file, error);
    return false;
  }
  const probes = new Map();
  for (const m of messages.filter((x) => x.ruleId === PROBE_RULE)) {
    probes.set(`${m.line}:${m.column}:${m.endLine}:${m.endColumn}`, JSON.parse(m.message));
  }
  const theirs = messages
    .filter((m) => m.ruleId === PEER_RULE)
    .map((m) => {
      const at = location(m);
      const probe = probes.get(`${at.line}:${at.column}:${at.endLine}:${at.endColumn}`) ?? { name: null, where: null };
      return { ...at, ...probe };
    });
  stats.peerReports += theirs.length;
  const mine = (oursMessages ?? [])
    .filter((m) => m.ruleId === OUR_SYNC_RULE)
    .map((m) => ({ ...location(m), messageId: m.messageId }));
  if (theirs.length || mine.length) {
    result.comparison.push({ pkg: file.pkg, rel: file.rel, test: file.test, ours: mine, theirs });
  }
  return true;
}

/** How n/no-sync behaves as shipped on TypeScript without type information: does it throw? */
function checkPeerAsShipped(file, sourceCode, category) {
  if (!isTypeScript(category)) return;
  result.peerAsShippedCrashes.tsFiles++;
  try {
    peerAsShipped.linter.verify(sourceCode, peerAsShipped.configs[category], { filename: file.abs });
  } catch (error) {
    result.peerAsShippedCrashes.crashedFiles++;
    result.peerAsShippedCrashes.sample ??= {
      rel: `${file.pkg}/${file.rel}`,
      message: String(error?.message).split('\n')[0],
    };
  }
}

const totalBytes = files.reduce((sum, f) => sum + f.bytes, 0);
let doneBytes = 0;
let nextReport = 0.1;
const say = (line) => process.stderr.write(`[bench]   ${path.basename(outPath, '.json')}: ${line}\n`);
for (const file of files) {
  doneBytes += file.bytes;
  if (doneBytes / totalBytes >= nextReport) {
    say(`${Math.round((doneBytes / totalBytes) * 100)}% of ${(totalBytes / 1e6).toFixed(0)} MB`);
    nextReport += 0.1;
  }
  const fileStarted = performance.now();
  checkFile(file);
  const seconds = (performance.now() - fileStarted) / 1000;
  if (seconds > 30) say(`slow file (${seconds.toFixed(0)} s wall, all setups): ${file.pkg}/${file.rel}`);
}

function checkFile(file) {
  const stats = counters(file.pkg);
  const text = fs.readFileSync(file.abs, 'utf8');
  const { category, fatal, sourceCode } = chooseCategory(file, text);
  if (!category) {
    stats.unparseable++;
    result.unparseable.push({
      pkg: file.pkg,
      rel: file.rel,
      message: `${fatal.line}:${fatal.column} ${fatal.message}`,
    });
    return;
  }
  stats.files++;
  stats.bytes += file.bytes;
  if (file.test) stats.testFiles++;
  const entry = { ...file, category };
  result.files.push(entry);
  const oursMessages = ours ? checkOurs(file, text, sourceCode, category, stats) : [];
  if (oursMessages === null) entry.crashed = true;
  if (!comparePeer(file, text, sourceCode, category, oursMessages, stats)) entry.crashed = true;
  checkPeerAsShipped(file, sourceCode, category);
}

fs.writeFileSync(outPath, JSON.stringify(result));
