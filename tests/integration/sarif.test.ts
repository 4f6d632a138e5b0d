import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  copyConsumerFixture,
  eslintBin,
  type EslintMajor,
  formatReports,
  LINTED_FOLDERS,
  loadBuiltPlugin,
  parseOutput,
  relativeFile,
  removeTempDir,
  REPO_ROOT,
  type Report,
  reportsOfEslint,
  runSync,
  sortReports,
} from './support/workspace';

// `eslint -f @microsoft/eslint-formatter-sarif`, what GitHub code scanning uploads, on the consumer fixture.

const FORMATTER = '@microsoft/eslint-formatter-sarif';

interface SarifLog {
  readonly version: string;
  readonly runs: readonly {
    readonly tool: {
      readonly driver: {
        readonly name: string;
        readonly version: string;
        readonly rules: readonly {
          readonly id: string;
          readonly helpUri?: string;
          readonly shortDescription?: { readonly text: string };
        }[];
      };
    };
    readonly results: readonly {
      readonly ruleId: string;
      readonly level: string;
      readonly message: { readonly text: string };
      readonly locations: readonly {
        readonly physicalLocation: {
          readonly artifactLocation: { readonly uri: string };
          readonly region: {
            readonly startLine: number;
            readonly startColumn: number;
            readonly endLine?: number;
            readonly endColumn?: number;
          };
        };
      }[];
    }[];
  }[];
}

function reportsOfSarif(dir: string, log: SarifLog): Report[] {
  return sortReports(
    (log.runs[0]?.results ?? []).map((result) => {
      const location = result.locations[0]?.physicalLocation;
      if (!location) throw new Error(`A SARIF result without a location: ${JSON.stringify(result)}`);
      return {
        file: relativeFile(dir, fileURLToPath(location.artifactLocation.uri)),
        ruleId: result.ruleId,
        message: result.message.text,
        line: location.region.startLine,
        column: location.region.startColumn,
        endLine: location.region.endLine,
        endColumn: location.region.endColumn,
      };
    }),
  );
}

describe.each([10, 8] satisfies EslintMajor[])('SARIF from ESLint %i', (major) => {
  let project: string;
  let expected: Report[];
  let log: SarifLog;
  let transcript: string;

  beforeAll(async () => {
    project = copyConsumerFixture([FORMATTER]);
    expected = reportsOfEslint(project, await new ESLint({ cwd: project }).lintFiles(LINTED_FOLDERS));
    const run = runSync(process.execPath, [eslintBin(major), '--format', FORMATTER, ...LINTED_FOLDERS], {
      cwd: project,
    });
    transcript = run.transcript;
    expect(run.status, transcript).toBe(1);
    log = parseOutput(run) as SarifLog;
  });
  afterAll(() => {
    removeTempDir(project);
  });

  it('is one SARIF 2.1.0 run of ESLint', () => {
    expect(log.version, transcript).toBe('2.1.0');
    expect(log.runs, transcript).toHaveLength(1);
    expect(log.runs[0]?.tool.driver.name, transcript).toBe('ESLint');
    expect(log.runs[0]?.tool.driver.version, transcript).toMatch(new RegExp(`^${String(major)}\\.`));
  });

  it('has a result for each problem ESLint reports: rule id, file, region, message', () => {
    const reports = reportsOfSarif(project, log);
    expect(formatReports(reports), transcript).toEqual(formatReports(expected));
    expect(formatReports(reports).join('\n'), transcript).toContain(
      'src/load-settings.ts:10:16-10:42 async-io/no-sync-fs-in-async',
    );
    for (const result of log.runs[0]?.results ?? []) expect(result.level, transcript).toBe('error');
  });

  it("describes each of our rules with its description and its documentation page's URI", () => {
    const { rules } = loadBuiltPlugin();
    const described = log.runs[0]?.tool.driver.rules ?? [];
    const reported = new Set((log.runs[0]?.results ?? []).map((result) => result.ruleId));
    expect([...reported].sort(), transcript).toEqual(described.map((rule) => rule.id).sort());
    expect(described.length, transcript).toBeGreaterThan(0);
    for (const rule of described) {
      const name = rule.id.replace(/^async-io\//, '');
      const docs = rules[name]?.meta.docs;
      expect(rule.helpUri, transcript).toBe(docs?.url);
      expect(rule.helpUri, transcript).toBe(
        `https://github.com/eslint-plugin-async-io/eslint-plugin-async-io/blob/main/docs/rules/${name}.md`,
      );
      expect(existsSync(path.join(REPO_ROOT, 'docs/rules', `${name}.md`)), `docs/rules/${name}.md`).toBe(true);
      expect(rule.shortDescription?.text, transcript).toBe(docs?.description);
    }
  });
});
