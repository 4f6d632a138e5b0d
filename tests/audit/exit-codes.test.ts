// Exit codes and one-line errors: 0 clean, 1 findings (a file that does not parse included), 2 usage and config.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { REPO_ROOT, removeTempDir } from '../integration/support/workspace';
import { audit, copyAuditFixture } from './support';

let clean: string;
let project: string;

beforeAll(() => {
  clean = copyAuditFixture('clean');
  project = copyAuditFixture('project');
  writeFileSync(path.join(project, 'src/broken.ts'), 'export async function broken( {\n');
  writeFileSync(path.join(project, 'broken.config.mjs'), 'export default [\n');
  writeFileSync(
    path.join(project, 'eslint.config.mjs'),
    [
      "import tsParser from '@typescript-eslint/parser';",
      `import asyncIo from ${JSON.stringify(path.join(REPO_ROOT, 'dist/index.js'))};`,
      'export default [',
      '  ...asyncIo.configs.recommended,',
      "  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },",
      "  { ignores: ['dist/', 'build/', 'out/', 'coverage/', 'vendor/', 'third_party/', 'ignored/', 'src/broken.ts', '**/*.min.js', '**/*.generated.*', '**/*.d.ts', '*.config.mjs'] },",
      '];',
      '',
    ].join('\n'),
  );
});

afterAll(() => {
  removeTempDir(clean);
  removeTempDir(project);
});

describe('exit status 0 and 1', () => {
  it('exits 0 on a clean project and prints the report', async () => {
    const result = await audit(clean, []);
    expect(result.status, result.transcript).toBe(0);
    expect(result.stdout).toContain('**Status**: ✅ **100% async**: 2 of 2 fs calls');
    // src/ok.ts, src/view.tsx (JSX and a generic arrow) and src/app.jsx all parse.
    expect(result.stdout).toContain('3 files linted (zero config).');
    expect(result.stdout).toContain('✅ No finding.');
  });

  it('prints nothing with --quiet when clean', async () => {
    const result = await audit(clean, ['--quiet']);
    expect(result.status, result.transcript).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('prints the report with --quiet when the only findings are warnings (exit 0)', async () => {
    const warned = copyAuditFixture('clean');
    try {
      writeFileSync(
        path.join(warned, 'src/block.ts'),
        "import fs from 'fs';\nexport async function f() {\n  return fs.readFileSync('x');\n}\n",
      );
      writeFileSync(
        path.join(warned, 'warn.config.mjs'),
        [
          "import tsParser from '@typescript-eslint/parser';",
          `import asyncIo from ${JSON.stringify(path.join(REPO_ROOT, 'dist/index.js'))};`,
          'export default [',
          '  ...asyncIo.configs.recommended,',
          "  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },",
          "  { rules: { 'async-io/no-sync-fs-in-async': 'warn' } },",
          '];',
          '',
        ].join('\n'),
      );
      const result = await audit(warned, ['--quiet', '--format', 'md', '--config', 'warn.config.mjs', 'src']);
      expect(result.status, result.transcript).toBe(0);
      expect(result.stdout).toContain('src/block.ts');
    } finally {
      removeTempDir(warned);
    }
  });

  it('still prints the document of a machine format with --quiet when clean', async () => {
    const [json, sarif] = await Promise.all([
      audit(clean, ['--quiet', '--format', 'json']),
      audit(clean, ['--quiet', '--format', 'sarif']),
    ]);
    expect(json.status, json.transcript).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ findings: [], filesLinted: 3 });
    expect(sarif.status, sarif.transcript).toBe(0);
    expect(JSON.parse(sarif.stdout)).toMatchObject({ version: '2.1.0', runs: [{ results: [] }] });
    expect(json.stderr + sarif.stderr).toBe('');
  });

  it('lists a file that does not parse, audits the rest, and exits 1', async () => {
    const result = await audit(project, ['--format', 'json', 'src']);
    expect(result.status, result.transcript).toBe(1);
    const report = JSON.parse(result.stdout) as { unparsed: { file: string; line: number }[]; findings: unknown[] };
    expect(report.unparsed).toEqual([expect.objectContaining({ file: 'src/broken.ts', line: 2 })]);
    expect(report.findings).toHaveLength(6);
    const md = await audit(project, ['src/broken.ts']);
    expect(md.stdout).toMatch(/## Files that could not be parsed\n\n.*\n\n- `src\/broken\.ts:2`: Parsing error/u);
  });

  it('uses the project’s own config with --config, and reports only our rules', async () => {
    const result = await audit(project, ['--config', 'eslint.config.mjs', '--format', 'json']);
    expect(result.status, result.transcript).toBe(1);
    const report = JSON.parse(result.stdout) as { config: string; findings: { file: string }[] };
    expect(report.config).toBe('eslint.config.mjs');
    expect(report.findings).toHaveLength(6);
  });
});

describe('a named path that is not audited', () => {
  interface NotAuditedReport {
    readonly filesLinted: number;
    readonly findings: { file: string }[];
    readonly notAudited: { file: string; reason: string }[];
  }
  const reportOf = (stdout: string) => JSON.parse(stdout) as NotAuditedReport;

  it('lists a file the zero-config audit skips, audits the rest, and exits 1', async () => {
    const result = await audit(project, ['--format', 'json', 'src/run.ts', 'dist/bundle.js', 'ignored/tool.ts']);
    expect(result.status, result.transcript).toBe(1);
    const report = reportOf(result.stdout);
    expect(report.filesLinted).toBe(1);
    expect(report.findings.map((finding) => finding.file)).toEqual(['src/run.ts']);
    const reason = 'ignored (by git, or by the files the audit always skips)';
    expect(report.notAudited).toEqual([
      { file: 'dist/bundle.js', reason },
      { file: 'ignored/tool.ts', reason },
    ]);
  });

  it('exits 1 even when what was audited is clean, and says so in the markdown report', async () => {
    const [dir, notLinted] = await Promise.all([audit(clean, ['dist']), audit(clean, ['package.json'])]);
    expect(dir.status, dir.transcript).toBe(1);
    expect(dir.stdout).toContain(
      '## Not audited\n\nAsked for, but not linted: the audit says nothing about these paths.\n\n' +
        '- `dist`: no file to lint under it: every file is ignored or has no JavaScript or TypeScript extension\n',
    );
    expect(notLinted.status, notLinted.transcript).toBe(1);
    expect(notLinted.stdout).toContain('- `package.json`: not a JavaScript or TypeScript file\n');
  });

  it('lists the files ESLint ignores under --config, with its warning', async () => {
    const result = await audit(project, ['--config', 'eslint.config.mjs', '--format', 'json', 'ignored/tool.ts']);
    expect(result.status, result.transcript).toBe(1);
    const report = reportOf(result.stdout);
    expect(report.filesLinted).toBe(0);
    expect(report.notAudited).toEqual([
      { file: 'ignored/tool.ts', reason: 'File ignored because of a matching ignore pattern' },
    ]);
  });

  it('does not list what the default path skips', async () => {
    const result = await audit(clean, ['--format', 'json']);
    expect(result.status, result.transcript).toBe(0);
    expect(reportOf(result.stdout).notAudited).toEqual([]);
  });
});

describe('a --config that registers the plugin under another namespace', () => {
  it('finds our rules by the plugin object it uses: findings, the baseline and --add-timeouts', async () => {
    const dir = copyAuditFixture('project');
    try {
      const ours = readFileSync(path.join(project, 'eslint.config.mjs'), 'utf8');
      writeFileSync(
        path.join(dir, 'io.config.mjs'),
        ours.replace(
          '  ...asyncIo.configs.recommended,',
          [
            "  { plugins: { io: asyncIo }, rules: { 'io/no-sync-fs-in-async': 'error', 'io/require-timeout-on-tool': 'error' } },",
            "  { files: ['**/*.test.ts'], rules: { 'io/no-sync-fs-in-async': 'off' } },",
          ].join('\n'),
        ),
      );
      const json = await audit(dir, ['--config', 'io.config.mjs', '--format', 'json']);
      expect(json.status, json.transcript).toBe(1);
      const report = JSON.parse(json.stdout) as { findings: { file: string; rule: string }[] };
      expect(report.findings.map((finding) => `${finding.file} ${finding.rule}`)).toEqual([
        'src/files.ts no-sync-fs-in-async',
        'src/files.ts no-sync-fs-in-async',
        'src/files.ts no-sync-fs-in-async',
        'src/files.ts no-sync-fs-in-async',
        'src/files.ts no-sync-fs-in-async',
        'src/run.ts require-timeout-on-tool',
      ]);
      const baseline = await audit(dir, ['--config', 'io.config.mjs', '--baseline']);
      expect(baseline.status, baseline.transcript).toBe(0);
      expect(JSON.parse(readFileSync(path.join(dir, 'eslint-suppressions.json'), 'utf8'))).toEqual({
        'src/files.ts': { 'io/no-sync-fs-in-async': { count: 5 } },
        'src/run.ts': { 'io/require-timeout-on-tool': { count: 1 } },
      });
      const fixed = await audit(dir, ['--config', 'io.config.mjs', '--add-timeouts', '4321', '--format', 'json']);
      expect(fixed.status, fixed.transcript).toBe(1);
      expect(readFileSync(path.join(dir, 'src/run.ts'), 'utf8')).toContain(
        "await execAsync('echo hello', { timeout: 4321 });",
      );
    } finally {
      removeTempDir(dir);
    }
  });
});

describe('findings at warning level', () => {
  it('are listed but, as in ESLint, neither fail the run nor enter the baseline', async () => {
    const dir = copyAuditFixture('project');
    try {
      const config = readFileSync(path.join(project, 'eslint.config.mjs'), 'utf8').replace(
        /^\];$/mu,
        "  { ignores: ['**/*.test.ts'], rules: { 'async-io/no-sync-fs-in-async': 'warn' } },\n];",
      );
      writeFileSync(path.join(dir, 'warn.config.mjs'), config);
      const json = await audit(dir, ['--config', 'warn.config.mjs', '--format', 'json']);
      const report = JSON.parse(json.stdout) as { findings: { rule: string; severity: string }[] };
      expect(report.findings.map((finding) => `${finding.rule} ${finding.severity}`)).toEqual([
        ...Array<string>(5).fill('no-sync-fs-in-async warning'),
        'require-timeout-on-tool error',
      ]);
      // The error of the timeout rule fails the run; the warnings alone do not.
      expect(json.status, json.transcript).toBe(1);
      const onlyWarnings = await audit(dir, ['--config', 'warn.config.mjs', 'src/files.ts']);
      expect(onlyWarnings.status, onlyWarnings.transcript).toBe(0);
      expect(onlyWarnings.stdout).toContain(' (warning, `--fix`)');
      const baseline = await audit(dir, ['--config', 'warn.config.mjs', '--baseline']);
      expect(baseline.status, baseline.transcript).toBe(0);
      expect(JSON.parse(readFileSync(path.join(dir, 'eslint-suppressions.json'), 'utf8'))).toEqual({
        'src/run.ts': { 'async-io/require-timeout-on-tool': { count: 1 } },
      });
    } finally {
      removeTempDir(dir);
    }
  });
});

describe('--add-timeouts with --config', () => {
  it('inserts the given deadline under the project’s own config', async () => {
    const result = await audit(project, [
      '--config',
      'eslint.config.mjs',
      '--add-timeouts',
      '1234',
      '--format',
      'json',
    ]);
    expect(result.status, result.transcript).toBe(1);
    const report = JSON.parse(result.stdout) as { changes: unknown };
    expect(report.changes).toEqual({
      fix: false,
      fixSuggestions: false,
      addTimeouts: 1234,
      findingsBefore: 6,
      findingsAfter: 5,
      files: [{ file: 'src/run.ts', before: 1, after: 0 }],
    });
    expect(readFileSync(path.join(project, 'src/run.ts'), 'utf8')).toContain(
      "await execAsync('echo hello', { timeout: 1234 });",
    );
  });
});

describe('a deadline only with --add-timeouts', () => {
  it('--fix under a --config whose timeout rule has autofix: true adds no deadline', async () => {
    const dir = copyAuditFixture('project');
    try {
      const config = readFileSync(path.join(project, 'eslint.config.mjs'), 'utf8').replace(
        /^\];$/mu,
        "  { rules: { 'async-io/require-timeout-on-tool': ['error', { autofix: true }] } },\n];",
      );
      writeFileSync(path.join(dir, 'eslint.config.mjs'), config);
      const before = readFileSync(path.join(dir, 'src/run.ts'), 'utf8');
      const result = await audit(dir, ['--config', 'eslint.config.mjs', '--fix-suggestions', '--format', 'json']);
      expect(result.status, result.transcript).toBe(1);
      expect(readFileSync(path.join(dir, 'src/run.ts'), 'utf8')).toBe(before);
      const report = JSON.parse(result.stdout) as { findings: { file: string; remedy: string }[] };
      const runs = report.findings.filter((finding) => finding.file === 'src/run.ts');
      expect(runs.map((finding) => finding.remedy)).toEqual(['timeout']);
    } finally {
      removeTempDir(dir);
    }
  });
});

describe('exit status 2 with a one-line message', () => {
  const cases: [string, string[], RegExp][] = [
    ['a path that does not exist', ['nowhere'], /^async-io-audit: No such file or directory: nowhere\n$/u],
    [
      'a path outside the working directory',
      ['src', '..'],
      /^async-io-audit: \.\. is outside the working directory; run the audit from a directory that holds it\n$/u,
    ],
    ['an absolute path outside it', [path.dirname(REPO_ROOT)], /^async-io-audit: .* is outside the working directory/u],
    ['an unknown option', ['--frobnicate'], /^async-io-audit: Unknown option '--frobnicate'\.?\n$/u],
    [
      'an unknown format',
      ['--format', 'xml'],
      /^async-io-audit: Unknown format "xml": use one of md, pretty, json, sarif\.\n$/u,
    ],
    ['a bad timeout', ['--add-timeouts', 'soon'], /^async-io-audit: --add-timeouts takes a whole number/u],
    [
      'a config file that is not there',
      ['--config', 'missing.config.mjs'],
      /^async-io-audit: .*missing\.config\.mjs.*\n$/u,
    ],
    ['a config file that does not load', ['--config', 'broken.config.mjs'], /^async-io-audit: .+\n$/u],
  ];
  it('for a bad path, option, format, timeout or config', async () => {
    const results = await Promise.all(cases.map(([, args]) => audit(project, args)));
    cases.forEach(([what, , message], index) => {
      const result = results[index];
      expect(result?.status, `${what}\n${result?.transcript ?? ''}`).toBe(2);
      expect(result?.stderr, what).toMatch(message);
      expect(result?.stdout, what).toBe('');
    });
  });

  it('prints its usage with --help and its version with --version', async () => {
    const [help, version] = await Promise.all([audit(clean, ['--help']), audit(clean, ['--version'])]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: async-io-audit \[options\] \[paths\.\.\.\]/u);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/u);
  });
});
