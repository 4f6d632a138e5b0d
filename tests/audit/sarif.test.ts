import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { compareWithBaseline } from '../../lib/audit/baseline';
import { formatSarif, type SarifLog, type SarifOptions, toSarif } from '../../lib/audit/sarif';
import { loadBuiltPlugin, removeTempDir } from '../integration/support/workspace';
import { BROKEN, CLEAN, FILE_A, FILE_B, lintProject, makeProject, SYNC_FS, TIMEOUT } from './baseline-project';
import { sarifSchemaErrors } from './sarif-schema';

// The audit's SARIF log on a small project: valid SARIF 2.1.0, and the same problems, positions and rule
// descriptions as `@microsoft/eslint-formatter-sarif` gives for the same results, with URIs relative to %SRCROOT%.

const TOOL = { name: 'async-io-audit', version: '9.9.9', informationUri: 'https://example.invalid/async-io' };

/** A file whose sync call is disabled inline, with a reason. */
const DISABLED = `import { readFileSync } from 'node:fs';
export async function load(p) {
  // eslint-disable-next-line async-io/no-sync-fs-in-async -- read once at start-up
  return readFileSync(p, 'utf8');
}
`;

interface FormatterLog {
  readonly runs: readonly [
    {
      readonly tool: { readonly driver: { readonly rules: readonly object[] } };
      readonly results: readonly {
        readonly ruleId: string;
        readonly level: string;
        readonly message: { readonly text: string };
        readonly locations: readonly {
          readonly physicalLocation: { readonly artifactLocation: { readonly uri: string }; readonly region: object };
        }[];
      }[];
    },
  ];
}

type Formatter = (results: ESLint.LintResult[], data: { rulesMeta: SarifOptions['rulesMeta'] }) => string;

describe('toSarif', () => {
  let project: string;
  let results: ESLint.LintResult[];
  let options: SarifOptions;
  let log: SarifLog;

  beforeAll(async () => {
    project = makeProject('sarif', {
      'src/a.js': FILE_A,
      'src/with space/b.js': FILE_B,
      'src/broken.js': BROKEN,
      'src/clean.js': CLEAN,
      'src/disabled.js': DISABLED,
    });
    const eslint = new ESLint({ cwd: project });
    results = await lintProject(project, eslint);
    options = { cwd: project, rulesMeta: eslint.getRulesMetaForResults(results), tool: TOOL };
    log = toSarif(results, options);
  });
  afterAll(() => {
    removeTempDir(project);
  });

  it('is valid SARIF 2.1.0, as the formatter prints it', () => {
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(sarifSchemaErrors(JSON.parse(formatSarif(results, options)))).toEqual([]);
    expect(formatSarif(results, options)).toBe(JSON.stringify(log, null, 2));
    // The schema is no rubber stamp: a level SARIF does not know fails it.
    const wrong = JSON.parse(JSON.stringify(log).replace('"level":"error"', '"level":"fatal"')) as unknown;
    expect(sarifSchemaErrors(wrong)).toEqual([
      '.runs[0].results[0].level should be equal to one of the allowed values',
    ]);
  });

  it('has one result per problem: rule, level, message, URI relative to %SRCROOT%, region, suppressions', () => {
    const [run] = log.runs;
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(project).href}/` } });
    expect(
      run.results.map((result) => {
        const { artifactLocation, region } = result.locations[0]?.physicalLocation ?? {};
        return [
          result.ruleId,
          result.level,
          artifactLocation?.uriBaseId,
          artifactLocation?.uri,
          region,
          result.suppressions,
        ];
      }),
    ).toEqual([
      [SYNC_FS, 'error', '%SRCROOT%', 'src/a.js', { startLine: 5, startColumn: 13, endLine: 5, endColumn: 39 }, []],
      [SYNC_FS, 'error', '%SRCROOT%', 'src/a.js', { startLine: 6, startColumn: 3, endLine: 6, endColumn: 34 }, []],
      [TIMEOUT, 'error', '%SRCROOT%', 'src/a.js', { startLine: 7, startColumn: 3, endLine: 7, endColumn: 40 }, []],
      [
        SYNC_FS,
        'error',
        '%SRCROOT%',
        'src/disabled.js',
        { startLine: 4, startColumn: 10, endLine: 4, endColumn: 33 },
        [{ kind: 'inSource', justification: 'read once at start-up' }],
      ],
      [
        SYNC_FS,
        'error',
        '%SRCROOT%',
        'src/with%20space/b.js',
        { startLine: 3, startColumn: 10, endLine: 3, endColumn: 21 },
        [],
      ],
    ]);
    expect(run.results[0]?.message.text).toBe(
      '`readFileSync` blocks the event loop while this async function runs; use `await readFile()` from `fs/promises`.',
    );
    expect(run.results.map((result) => run.tool.driver.rules[result.ruleIndex]?.id)).toEqual(
      run.results.map((result) => result.ruleId),
    );
  });

  it('lists every linted file as an artifact, and each location points at its own', () => {
    const [run] = log.runs;
    expect(run.artifacts.map((artifact) => artifact.location.uri)).toEqual(
      results.map((result) => path.relative(project, result.filePath).replace(' ', '%20')),
    );
    for (const result of run.results) {
      const location = result.locations[0]?.physicalLocation.artifactLocation;
      expect(run.artifacts[location?.index ?? -1]?.location.uri).toBe(location?.uri);
    }
  });

  it('describes the reported rules with their docs, as the plugin declares them', () => {
    const { rules } = loadBuiltPlugin();
    expect(log.runs[0].tool.driver).toEqual({
      ...TOOL,
      rules: [SYNC_FS, TIMEOUT].map((id) => {
        const docs = rules[id.replace('async-io/', '')]?.meta.docs;
        return { id, helpUri: docs?.url, shortDescription: { text: docs?.description } };
      }),
    });
  });

  it('lists a file that does not parse as an execution notification, and the run as not successful', () => {
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'Parsing error: Unexpected token ;' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'src/broken.js', uriBaseId: '%SRCROOT%', index: 1 },
                  region: { startLine: 1, startColumn: 18 },
                },
              },
            ],
            descriptor: { id: 'ESL0999' },
          },
        ],
      },
    ]);
    expect(
      toSarif(
        results.filter((result) => result.fatalErrorCount === 0),
        options,
      ).runs[0].invocations,
    ).toBeUndefined();
  });

  it('marks what the baseline suppresses as suppressed externally', async () => {
    const baseline = { 'src/a.js': { [TIMEOUT]: { count: 1 } } };
    const judged = await compareWithBaseline(results, baseline, project);
    const timeouts = toSarif(judged.results, options).runs[0].results.filter((result) => result.ruleId === TIMEOUT);
    expect(timeouts.map((result) => result.suppressions)).toEqual([[{ kind: 'external' }]]);
  });

  it('holds only the rules it is told to, and every problem without a rule', () => {
    const only = toSarif(results, { ...options, includeRule: (ruleId) => ruleId === TIMEOUT }).runs[0];
    expect(only.results.map((result) => [result.ruleId, result.ruleIndex])).toEqual([[TIMEOUT, 0]]);
    expect(only.tool.driver.rules.map((rule) => rule.id)).toEqual([TIMEOUT]);
    expect(only.invocations?.[0]?.toolExecutionNotifications).toHaveLength(1);
  });

  it('gives a file outside the working directory its absolute URI', () => {
    const outside = toSarif(results, { ...options, cwd: path.join(project, 'src/with space') }).runs[0];
    expect(outside.artifacts.map((artifact) => artifact.location)).toContainEqual({
      uri: pathToFileURL(path.join(project, 'src/a.js')).href,
    });
    expect(outside.artifacts.map((artifact) => artifact.location)).toContainEqual({
      uri: 'b.js',
      uriBaseId: '%SRCROOT%',
    });
  });

  it("has the ESLint SARIF formatter's results and rule descriptions for the same problems", () => {
    const formatter = createRequire(__filename)('@microsoft/eslint-formatter-sarif') as Formatter;
    const theirs = JSON.parse(formatter(results, { rulesMeta: options.rulesMeta })) as FormatterLog;
    const base = log.runs[0].originalUriBaseIds['%SRCROOT%']?.uri ?? '';
    const ours = log.runs[0].results.map((result) => {
      const { artifactLocation, region } = result.locations[0]?.physicalLocation ?? {};
      return [
        result.ruleId,
        result.level,
        result.message.text,
        fileURLToPath(new URL(artifactLocation?.uri ?? '', base)),
        region,
      ];
    });
    expect(ours).toEqual(
      theirs.runs[0].results.map((result) => {
        const { artifactLocation, region } = result.locations[0]?.physicalLocation ?? {};
        return [result.ruleId, result.level, result.message.text, fileURLToPath(artifactLocation?.uri ?? ''), region];
      }),
    );
    expect(log.runs[0].tool.driver.rules).toEqual(
      theirs.runs[0].tool.driver.rules.map((rule) => ({ ...rule, properties: undefined })),
    );
  });
});
