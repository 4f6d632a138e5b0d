// What the audit reports, as data: the JSON format prints it as is (docs/audit-report.schema.json describes it),
// the markdown and terminal formats render it.

/** How a finding gets fixed: `--fix`, `--fix-suggestions`, `--add-timeouts <ms>`, or by a person. */
export type Remedy = 'fix' | 'suggestion' | 'timeout' | 'person';

/** The plugin's rules, without the `async-io/` prefix. */
export type RuleName = 'no-sync-fs-in-async' | 'require-timeout-on-tool';

export interface Finding {
  /** Relative to the directory the audit ran in, with `/` separators. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number | null;
  readonly endColumn: number | null;
  readonly rule: RuleName;
  readonly messageId: string | null;
  /** The rule's message: what is wrong, why it matters, what to do. */
  readonly message: string;
  /** The rule's severity in the config: only errors fail the run and count in the baseline, as in ESLint. */
  readonly severity: 'error' | 'warning';
  /** 1: a tool run that can hang forever; 2: a call that blocks the event loop. */
  readonly priority: 1 | 2;
  readonly remedy: Remedy;
  /** The sync function a no-sync-fs-in-async finding names (`readFileSync`); null for tool runs. */
  readonly function: string | null;
}

/** A file ESLint could not parse: not audited, and not a crash. */
export interface Unparsed {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A file or a path named on the command line that the audit did not lint, and why. */
export interface NotAudited {
  /** Relative to the directory the audit ran in, with `/` separators. */
  readonly file: string;
  /** ESLint's warning for a file it ignores, or why nothing under a named path was linted. */
  readonly reason: string;
}

/** A test mock of a sync fs function that a fix of this report converts. */
export interface Mock {
  readonly file: string;
  readonly line: number;
  /** `module` (`vi.mock('fs', …)`), `spy` (`vi.spyOn(fs, …)`) or `stub` (`.mockReturnValue()` on the function). */
  readonly kind: 'module' | 'spy' | 'stub';
  /** The mocked sync functions that this report's findings convert. */
  readonly functions: readonly string[];
}

/** One count of the status line: `part` of `total`, and their share (null when `total` is 0). */
export interface Share {
  readonly part: number;
  readonly total: number;
  readonly share: number | null;
}

export interface FileCount {
  readonly file: string;
  readonly count: number;
}

export interface Changes {
  readonly fix: boolean;
  readonly fixSuggestions: boolean;
  readonly addTimeouts: number | null;
  /** Findings before and after the changes, and the files that changed with the findings each lost. */
  readonly findingsBefore: number;
  readonly findingsAfter: number;
  readonly files: readonly { readonly file: string; readonly before: number; readonly after: number }[];
}

export interface PullRequest {
  readonly title: string;
  readonly description: string;
  readonly files: readonly { readonly file: string; readonly summary: string }[];
}

export interface AuditReport {
  readonly $schema: string;
  readonly tool: { readonly name: 'async-io-audit'; readonly version: string };
  /** `zero-config`, or the path of the project's ESLint config. */
  readonly config: string;
  readonly paths: readonly string[];
  readonly filesLinted: number;
  readonly status: {
    /** fs calls made while an async function runs: `part` already async (fs/promises), of those plus the sync ones. */
    readonly asyncFs: Share;
    /** Tool runs the timeout rule collects: `part` bounded (or needing no bound), of all of them. */
    readonly boundedToolRuns: Share;
  };
  readonly alreadyRight: {
    readonly asyncFsCalls: readonly FileCount[];
    readonly boundedToolRuns: readonly FileCount[];
    readonly cleanFiles: number;
  };
  readonly findings: readonly Finding[];
  readonly unparsed: readonly Unparsed[];
  /** Files ESLint ignored, and named paths with nothing linted under them: the run exits 1. */
  readonly notAudited: readonly NotAudited[];
  readonly effort: {
    readonly files: number;
    readonly lines: number;
    readonly byRemedy: Readonly<Record<Remedy, number>>;
  };
  readonly mocks: readonly Mock[];
  readonly changes: Changes | null;
  readonly pullRequests: readonly PullRequest[];
}
