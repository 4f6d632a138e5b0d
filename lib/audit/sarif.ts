// The audit's SARIF 2.1.0 log, in the shape of `@microsoft/eslint-formatter-sarif` (what GitHub code scanning is
// fed from ESLint): one run, a driver describing the rules it reports, one result per problem, suppressed problems
// with their suppressions, and problems without a rule (a file that does not parse) as execution notifications.
// Unlike that formatter, file URIs are relative to `%SRCROOT%`, the directory the audit ran in, so a log made in CI
// points at the checkout wherever it is. Like it, fixes are not included.
import { pathToFileURL } from 'node:url';

import type { ESLint, Linter, Rule } from 'eslint';

/** The SARIF id of the directory file URIs are relative to. */
export const SRCROOT = '%SRCROOT%';

/** The notification id the ESLint SARIF formatter gives a problem without a rule. */
const NO_RULE_ID = 'ESL0999';

export interface SarifTool {
  readonly name: string;
  readonly version: string;
  readonly informationUri: string;
}

export interface SarifOptions {
  /** The directory file URIs are relative to (`%SRCROOT%`): the audit's working directory. */
  readonly cwd: string;
  /** The reported rules' meta, as `ESLint#getRulesMetaForResults` gives it. */
  readonly rulesMeta: Readonly<Record<string, Rule.RuleMetaData | undefined>>;
  readonly tool: SarifTool;
  /** The rules whose problems the log holds (the audit's own census rules are not findings); all unless told. */
  readonly includeRule?: (ruleId: string) => boolean;
}

interface ArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
  readonly index?: number;
}

interface Region {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface Location {
  readonly physicalLocation: { readonly artifactLocation: ArtifactLocation; readonly region?: Region };
}

interface SarifSuppression {
  readonly kind: 'inSource' | 'external';
  readonly justification?: string;
}

export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: 'error' | 'warning';
  readonly message: { readonly text: string };
  readonly locations: readonly Location[];
  readonly suppressions: readonly SarifSuppression[];
}

interface SarifNotification {
  readonly level: 'error' | 'warning';
  readonly message: { readonly text: string };
  readonly locations: readonly Location[];
  readonly descriptor: { readonly id: string };
}

export interface SarifRule {
  readonly id: string;
  readonly helpUri?: string;
  readonly shortDescription?: { readonly text: string };
}

export interface SarifLog {
  readonly version: '2.1.0';
  readonly $schema: string;
  readonly runs: readonly [
    {
      readonly tool: { readonly driver: SarifTool & { readonly rules: readonly SarifRule[] } };
      readonly originalUriBaseIds: Readonly<Record<string, { readonly uri: string }>>;
      readonly columnKind: 'utf16CodeUnits';
      readonly artifacts: readonly { readonly location: ArtifactLocation }[];
      readonly results: readonly SarifResult[];
      readonly invocations?: readonly {
        readonly executionSuccessful: boolean;
        readonly toolExecutionNotifications: readonly SarifNotification[];
      }[];
    },
  ];
}

/** A directory's file URI, ending with `/` as SARIF requires of a base. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** A file's URI relative to the base (percent-encoded, `/`), or its absolute file URI when it lies outside it. */
function artifactLocation(filePath: string, base: string): Omit<ArtifactLocation, 'index'> {
  const href = pathToFileURL(filePath).href;
  return href.startsWith(base) ? { uri: href.slice(base.length), uriBaseId: SRCROOT } : { uri: href };
}

/** ESLint's severity as a SARIF level, as the formatter maps it: a fatal problem or severity 2 is an error. */
function levelOf(message: Linter.LintMessage): 'error' | 'warning' {
  return message.fatal === true || message.severity === 2 ? 'error' : 'warning';
}

/** The region of a message: only the positions ESLint gives (a problem of a whole file has none). */
function regionOf(message: Linter.LintMessage): Region | null {
  const region: Region = {};
  if (message.line > 0) region.startLine = message.line;
  if (message.column > 0) region.startColumn = message.column;
  if (message.endLine != null && message.endLine > 0) region.endLine = message.endLine;
  if (message.endColumn != null && message.endColumn > 0) region.endColumn = message.endColumn;
  return Object.keys(region).length > 0 ? region : null;
}

/** A directive (`eslint-disable`) is in the source; a suppressions-file entry (the baseline) is external. */
function suppressionsOf(message: Linter.LintMessage | Linter.SuppressedLintMessage): SarifSuppression[] {
  if (!('suppressions' in message)) return [];
  return message.suppressions.map(({ kind, justification }) => ({
    kind: kind === 'directive' ? 'inSource' : 'external',
    ...(justification === '' ? {} : { justification }),
  }));
}

/** The rules' descriptors, in the order they are first reported, and each one's index. */
class RuleTable {
  readonly rules: SarifRule[] = [];
  private readonly indices = new Map<string, number>();

  constructor(private readonly meta: SarifOptions['rulesMeta']) {}

  indexOf(ruleId: string): number {
    const known = this.indices.get(ruleId);
    if (known != null) return known;
    const docs = this.meta[ruleId]?.docs;
    this.rules.push({
      id: ruleId,
      ...(docs?.url == null ? {} : { helpUri: docs.url }),
      ...(docs?.description == null ? {} : { shortDescription: { text: docs.description } }),
    });
    this.indices.set(ruleId, this.rules.length - 1);
    return this.rules.length - 1;
  }
}

/** The SARIF log of a run: every problem, suppressed ones with their suppressions. */
export function toSarif(results: readonly ESLint.LintResult[], options: SarifOptions): SarifLog {
  const base = directoryUri(options.cwd);
  const table = new RuleTable(options.rulesMeta);
  const includeRule = options.includeRule ?? (() => true);
  const sarifResults: SarifResult[] = [];
  const notifications: SarifNotification[] = [];
  const artifacts = results.map((result, index) => {
    const artifact = { ...artifactLocation(result.filePath, base), index };
    for (const message of [...result.messages, ...result.suppressedMessages]) {
      const region = regionOf(message);
      const location = { physicalLocation: { artifactLocation: artifact, ...(region == null ? {} : { region }) } };
      const common = { level: levelOf(message), message: { text: message.message }, locations: [location] };
      if (message.ruleId == null) {
        notifications.push({ ...common, descriptor: { id: NO_RULE_ID } });
        continue;
      }
      if (!includeRule(message.ruleId)) continue;
      const ruleIndex = table.indexOf(message.ruleId);
      sarifResults.push({ ruleId: message.ruleId, ruleIndex, ...common, suppressions: suppressionsOf(message) });
    }
    return { location: artifactLocation(result.filePath, base) };
  });
  return {
    version: '2.1.0',
    $schema: 'http://json.schemastore.org/sarif-2.1.0-rtm.5',
    runs: [
      {
        tool: { driver: { ...options.tool, rules: table.rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: base } },
        columnKind: 'utf16CodeUnits',
        artifacts,
        results: sarifResults,
        ...(notifications.length === 0
          ? {}
          : {
              invocations: [
                {
                  executionSuccessful: !notifications.some((notification) => notification.level === 'error'),
                  toolExecutionNotifications: notifications,
                },
              ],
            }),
      },
    ],
  };
}

/** The log as the audit prints it: JSON with two-space indents, as the ESLint SARIF formatter prints it. */
export function formatSarif(results: readonly ESLint.LintResult[], options: SarifOptions): string {
  return JSON.stringify(toSarif(results, options), null, 2);
}
