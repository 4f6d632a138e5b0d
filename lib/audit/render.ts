import type { AuditReport, Finding, Share } from './model';

// The report as text, in the seed audit's shape: status, what is already right, findings by priority and file, the
// files that did not parse, the tests that will need care, what this run changed, the effort, the PR plan. One
// renderer for markdown and the terminal: a Style says how each part looks.

export interface Style {
  heading(level: 1 | 2 | 3 | 4, text: string): string;
  code(text: string): string;
  strong(text: string): string;
  /** A place in a file: a link a terminal or an editor can open. */
  location(file: string, line: number): string;
  good(text: string): string;
  warn(text: string): string;
  bad(text: string): string;
  /** A block printed as is: the PR plan. */
  block(lines: readonly string[]): string[];
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
const verb = (count: number, one: string, many: string): string => (count === 1 ? one : many);

function percent(value: Share): string {
  return value.share == null ? 'n/a' : `${Math.floor(value.share * 100)}%`;
}

function statusLines(report: AuditReport, style: Style): string[] {
  const { asyncFs, boundedToolRuns } = report.status;
  const clean = report.findings.length === 0 && report.unparsed.length === 0 && report.notAudited.length === 0;
  const mark = clean ? style.good('✅') : style.warn('⚠️');
  const fs =
    asyncFs.total === 0
      ? 'no fs call is made while an async function runs'
      : `${style.strong(`${percent(asyncFs)} async`)}: ${asyncFs.part} of ${asyncFs.total} fs calls made while an async function runs already use ${style.code('fs/promises')}`;
  const runs =
    boundedToolRuns.total === 0
      ? 'no tool run found'
      : `${style.strong(`${percent(boundedToolRuns)} bounded`)}: ${boundedToolRuns.part} of ${boundedToolRuns.total} tool runs have a deadline`;
  const scope = `${plural(report.filesLinted, 'file')} linted (${report.config === 'zero-config' ? 'zero config' : `config ${style.code(report.config)}`}).`;
  return [`${style.strong('Status')}: ${mark} ${fs}; ${runs}.`, '', scope];
}

function alreadyRight(report: AuditReport, style: Style): string[] {
  const { asyncFsCalls, boundedToolRuns, cleanFiles } = report.alreadyRight;
  const total = (counts: readonly { readonly count: number }[]) => counts.reduce((sum, { count }) => sum + count, 0);
  const listed = (counts: readonly { readonly file: string; readonly count: number }[]) =>
    counts.map(({ file, count }) => `  - ${style.code(file)} (${count})`);
  const lines = [style.heading(2, "What's already right"), ''];
  if (asyncFsCalls.length > 0) {
    lines.push(
      `- ${style.good('✅')} ${plural(total(asyncFsCalls), 'fs call')} in async code already ${verb(total(asyncFsCalls), 'awaits', 'await')} ${style.code('fs/promises')}:`,
    );
    lines.push(...listed(asyncFsCalls));
  }
  if (boundedToolRuns.length > 0) {
    lines.push(
      `- ${style.good('✅')} ${plural(total(boundedToolRuns), 'tool run')} already ${verb(total(boundedToolRuns), 'has', 'have')} a deadline (a timeout, an abort signal, a race or a wrapper):`,
    );
    lines.push(...listed(boundedToolRuns));
  }
  lines.push(`- ${style.good('✅')} ${plural(cleanFiles, 'file')} with no finding`);
  return lines;
}

const REMEDY_TEXT: Readonly<Record<Finding['remedy'], string>> = {
  fix: '`--fix`',
  suggestion: '`--fix-suggestions`',
  timeout: '`--add-timeouts <ms>`',
  person: 'by hand',
};

function findingsOfPriority(findings: readonly Finding[], style: Style): string[] {
  const lines: string[] = [];
  const files = [...new Set(findings.map((finding) => finding.file))].sort();
  for (const file of files) {
    const here = findings.filter((finding) => finding.file === file);
    lines.push('', style.heading(4, `${style.code(file)} (${plural(here.length, 'finding')})`), '');
    for (const finding of here) {
      const level = finding.severity === 'warning' ? 'warning, ' : '';
      lines.push(
        `- ${style.location(file, finding.line)}: ${finding.message} (${level}${REMEDY_TEXT[finding.remedy]})`,
      );
    }
  }
  return lines;
}

function findingLines(report: AuditReport, style: Style): string[] {
  const lines = [style.heading(2, 'Findings')];
  if (report.findings.length === 0) return [...lines, '', `${style.good('✅')} No finding.`];
  const priorities = [
    { priority: 1, title: 'Priority 1: tool runs that can hang forever' },
    { priority: 2, title: 'Priority 2: blocking fs calls in async code' },
  ] as const;
  for (const { priority, title } of priorities) {
    const findings = report.findings.filter((finding) => finding.priority === priority);
    if (findings.length === 0) continue;
    const heading = `${title} (${findings.length})`;
    lines.push('', style.heading(3, priority === 1 ? style.bad(heading) : style.warn(heading)));
    lines.push(...findingsOfPriority(findings, style));
  }
  return lines;
}

function unparsedLines(report: AuditReport, style: Style): string[] {
  if (report.unparsed.length === 0) return [];
  return [
    style.heading(2, 'Files that could not be parsed'),
    '',
    'Not audited: fix the syntax (or the parser setup) and run the audit again.',
    '',
    ...report.unparsed.map((entry) => `- ${style.location(entry.file, entry.line)}: ${entry.message}`),
  ];
}

function notAuditedLines(report: AuditReport, style: Style): string[] {
  if (report.notAudited.length === 0) return [];
  return [
    style.heading(2, 'Not audited'),
    '',
    'Asked for, but not linted: the audit says nothing about these paths.',
    '',
    ...report.notAudited.map((entry) => `- ${style.code(entry.file)}: ${entry.reason}`),
  ];
}

function mockLines(report: AuditReport, style: Style): string[] {
  if (report.mocks.length === 0) return [];
  const how = { module: 'mocks the module', spy: 'spies on', stub: 'stubs' } as const;
  return [
    style.heading(2, 'Tests that will need care'),
    '',
    'These tests mock a sync function that the fixes convert: once the code awaits the promise version, the mock no',
    'longer intercepts it. Mock the `fs/promises` function instead.',
    '',
    ...report.mocks.map(
      (mock) =>
        `- ${style.location(mock.file, mock.line)}: ${how[mock.kind]} ${mock.functions.map((name) => style.code(name)).join(', ')}`,
    ),
  ];
}

function changeLines(report: AuditReport, style: Style): string[] {
  const { changes } = report;
  if (changes == null) return [];
  const flags = [
    changes.fixSuggestions ? '--fix-suggestions' : changes.fix ? '--fix' : '',
    changes.addTimeouts == null ? '' : `--add-timeouts ${changes.addTimeouts}`,
  ].filter((flag) => flag !== '');
  return [
    style.heading(2, 'What this run changed'),
    '',
    `${style.code(flags.join(' '))}: ${plural(changes.files.length, 'file')} changed; findings ${changes.findingsBefore} → ${changes.findingsAfter}.`,
    ...(changes.files.length > 0 ? [''] : []),
    ...changes.files.map((file) => `- ${style.code(file.file)}: ${file.before} → ${file.after}`),
  ];
}

function effortLines(report: AuditReport, style: Style): string[] {
  const { files, lines, byRemedy } = report.effort;
  return [
    style.heading(2, 'Effort'),
    '',
    `- ${style.strong('Files to change')}: ${files}`,
    `- ${style.strong('Lines to change')}: ${lines}`,
    `- ${style.strong('By `--fix`')}: ${byRemedy.fix} (autofixes that keep the result)`,
    `- ${style.strong('By `--fix-suggestions`')}: ${byRemedy.suggestion} (suggestions that keep the result)`,
    `- ${style.strong('By `--add-timeouts <ms>`')}: ${byRemedy.timeout} (a deadline: choose its value)`,
    `- ${style.strong('By hand')}: ${byRemedy.person}`,
  ];
}

function planLines(report: AuditReport, style: Style): string[] {
  if (report.pullRequests.length === 0) return [];
  const lines = [style.heading(2, 'Suggested PR structure')];
  for (const pr of report.pullRequests) {
    const files = pr.files.map(({ file, summary }) => `- ${file}: ${summary}`);
    lines.push('', ...style.block([pr.title, '', pr.description, '', 'Files changed:', ...files]));
  }
  return lines;
}

/** The whole report as lines of text. */
export function renderReport(report: AuditReport, style: Style): string {
  const sections = [
    [style.heading(1, 'Async execution audit'), '', ...statusLines(report, style)],
    alreadyRight(report, style),
    findingLines(report, style),
    unparsedLines(report, style),
    notAuditedLines(report, style),
    mockLines(report, style),
    changeLines(report, style),
    effortLines(report, style),
    planLines(report, style),
  ];
  return `${sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n')}\n`;
}
