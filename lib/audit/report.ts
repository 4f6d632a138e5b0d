import type { CensusHit, LintRun } from './lint';
import type { AuditReport, Changes, FileCount, Finding, Mock, PullRequest, Remedy, Share } from './model';
import { EVERY_FUNCTION } from './census/fsMocks';

// The report as data, from a lint run: every figure is a count of what the lint run found.

/** The schema file itself (a raw URL, not GitHub's HTML page), so editors and validators can fetch it. */
export const SCHEMA_URL =
  'https://raw.githubusercontent.com/eslint-plugin-async-io/eslint-plugin-async-io/main/docs/audit-report.schema.json';

export interface ReportContext {
  readonly version: string;
  readonly config: string | null;
  readonly paths: readonly string[];
  /** The run before the changes, under `--fix` and its kin: the findings the fix converts name the mocks. */
  readonly before: LintRun | null;
  readonly changes: Changes | null;
}

function share(part: number, total: number): Share {
  return { part, total, share: total === 0 ? null : part / total };
}

function countByFile(hits: readonly { readonly file: string }[]): FileCount[] {
  const counts = new Map<string, number>();
  for (const { file } of hits) counts.set(file, (counts.get(file) ?? 0) + 1);
  return [...counts].map(([file, count]) => ({ file, count })).sort((a, b) => a.file.localeCompare(b.file));
}

/** The mocks of sync functions that the findings (before any fix) convert. */
function mocksOf(hits: readonly CensusHit[], findings: readonly Finding[]): Mock[] {
  const converted = new Set(findings.flatMap((finding) => finding.function ?? []));
  return hits.flatMap((hit) => {
    const [kind = '', names = ''] = hit.text.split(':');
    const listed = names.split(',');
    const functions = listed.includes(EVERY_FUNCTION) ? [...converted].sort() : listed.filter((n) => converted.has(n));
    return functions.length === 0 ? [] : [{ file: hit.file, line: hit.line, kind: kind as Mock['kind'], functions }];
  });
}

function byRemedy(findings: readonly Finding[]): Record<Remedy, number> {
  const counts: Record<Remedy, number> = { fix: 0, suggestion: 0, timeout: 0, person: 0 };
  for (const finding of findings) counts[finding.remedy] += 1;
  return counts;
}

/** One line per file: how many findings, and how they get fixed. */
function summaryOf(findings: readonly Finding[], what: string): string {
  const counts = byRemedy(findings);
  const parts = [
    counts.fix > 0 ? `${counts.fix} by \`--fix\`` : '',
    counts.suggestion > 0 ? `${counts.suggestion} by \`--fix-suggestions\`` : '',
    counts.timeout > 0 ? `${counts.timeout} by \`--add-timeouts <ms>\`` : '',
    counts.person > 0 ? `${counts.person} by hand` : '',
  ].filter((part) => part !== '');
  return `${findings.length} ${what}${findings.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

function pullRequest(title: string, description: string, findings: readonly Finding[], what: string): PullRequest[] {
  if (findings.length === 0) return [];
  const files = [...new Set(findings.map((finding) => finding.file))].sort();
  const summary = (file: string) =>
    summaryOf(
      findings.filter((finding) => finding.file === file),
      what,
    );
  return [{ title, description, files: files.map((file) => ({ file, summary: summary(file) })) }];
}

/** One pull request per kind of change, each reviewable on its own: timeouts, then fs conversions, then the rest. */
function pullRequestsOf(findings: readonly Finding[]): PullRequest[] {
  const timeouts = findings.filter((finding) => finding.rule === 'require-timeout-on-tool');
  const syncFs = findings.filter((finding) => finding.rule === 'no-sync-fs-in-async');
  const mechanical = syncFs.filter((finding) => finding.remedy !== 'person');
  const byHand = syncFs.filter((finding) => finding.remedy === 'person');
  return [
    ...pullRequest(
      'fix: put a deadline on every tool run',
      'Pass a timeout or an abort signal to each child process, request and tool call that can hang forever.',
      timeouts,
      'tool run',
    ),
    ...pullRequest(
      'fix: convert blocking fs calls in async code to fs/promises',
      'Apply `async-io-audit --fix-suggestions`: the awaited fs/promises twin, with the same result.',
      mechanical,
      'call',
    ),
    ...pullRequest(
      'refactor: move the remaining blocking fs calls off the async path',
      'Rewrite by hand the calls with no drop-in promise twin (descriptors, check-then-act pairs, callbacks).',
      byHand,
      'call',
    ),
  ];
}

export function buildReport(run: LintRun, context: ReportContext): AuditReport {
  const { findings } = run;
  const syncFsCount = findings.filter((finding) => finding.rule === 'no-sync-fs-in-async').length;
  // A tool run is unbounded where the timeout rule reports it (under the project's options, `tools` included), and
  // bounded where the census's judge, under the default options, found a deadline and the rule reports nothing.
  // Keyed by file, line and column: two runs on one line are two runs.
  const timeoutFindings = findings.filter((finding) => finding.rule === 'require-timeout-on-tool');
  const reported = new Set(timeoutFindings.map((f) => `${f.file}:${f.line}:${f.column}`));
  const bounded = run.toolRuns.filter(
    (hit) => hit.messageId === 'bounded' && !reported.has(`${hit.file}:${hit.line}:${hit.column}`),
  );
  const findingFiles = new Set(findings.map((finding) => finding.file));
  const unparsedFiles = new Set(run.unparsed.map((entry) => entry.file));
  return {
    $schema: SCHEMA_URL,
    tool: { name: 'async-io-audit', version: context.version },
    config: context.config ?? 'zero-config',
    paths: context.paths,
    filesLinted: run.files.length,
    status: {
      asyncFs: share(run.asyncFsCalls.length, run.asyncFsCalls.length + syncFsCount),
      boundedToolRuns: share(bounded.length, bounded.length + timeoutFindings.length),
    },
    alreadyRight: {
      asyncFsCalls: countByFile(run.asyncFsCalls),
      boundedToolRuns: countByFile(bounded),
      cleanFiles: run.files.filter((file) => !findingFiles.has(file) && !unparsedFiles.has(file)).length,
    },
    findings,
    unparsed: run.unparsed,
    notAudited: run.notAudited,
    effort: {
      files: findingFiles.size,
      lines: new Set(findings.map((finding) => `${finding.file}:${finding.line}`)).size,
      byRemedy: byRemedy(findings),
    },
    mocks: mocksOf(run.mocks, context.before?.findings ?? findings),
    changes: context.changes,
    pullRequests: pullRequestsOf(findings),
  };
}
