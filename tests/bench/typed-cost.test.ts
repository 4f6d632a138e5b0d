import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { beforeAll, describe, expect, it } from 'vitest';

/**
 * bench/typed-cost.mjs, one script for both rules (`--rule`; bench/typed-cost-fs.mjs is it for no-sync-fs-in-async),
 * and the page's section of each rule's record (bench/timeout-peer-page.mjs).
 */
const execFileAsync = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');

interface Side {
  readonly ruleMs: number;
  readonly parseMs: number;
  readonly wallMs: number;
  readonly reports: number;
  readonly typedPartMs?: number;
}
interface TypedCostRecord {
  readonly rule?: string;
  readonly rounds: number;
  readonly recordedAt: string;
  readonly plugin: { readonly gitHead: string };
  readonly projects: readonly { name: string; files: number; untyped: Side; typed: Side }[];
}
interface TypedCost {
  TYPED_COST_RULES: Record<string, { ruleId: string; record: string; fixture: { name: string } }>;
}
interface Page {
  typedCostSection: (record: TypedCostRecord | null) => string;
}

const load = async <T>(file: string): Promise<T> =>
  (await import(/* @vite-ignore */ pathToFileURL(path.join(ROOT, 'bench', file)).href)) as T;

let typedCost: TypedCost;
let page: Page;

beforeAll(async () => {
  [typedCost, page] = await Promise.all([load<TypedCost>('typed-cost.mjs'), load<Page>('timeout-peer-page.mjs')]);
});

describe('bench/typed-cost.mjs', () => {
  it('keeps a record file per rule', () => {
    expect(Object.entries(typedCost.TYPED_COST_RULES).map(([name, rule]) => [name, rule.ruleId, rule.record])).toEqual([
      ['require-timeout-on-tool', 'async-io/require-timeout-on-tool', 'typed-cost.json'],
      ['no-sync-fs-in-async', 'async-io/no-sync-fs-in-async', 'typed-cost-fs.json'],
    ]);
  });

  it('measures no-sync-fs-in-async and its typed part under the old name, on the fixture alone', async () => {
    const { stdout } = await execFileAsync(
      process.execPath,
      [path.join(ROOT, 'bench', 'typed-cost-fs.mjs'), '--projects', 'fixture', '--rounds', '1'],
      { cwd: ROOT },
    );
    const record = JSON.parse(stdout) as TypedCostRecord;
    expect(record.rule).toBe('async-io/no-sync-fs-in-async');
    expect(record.projects.map((p) => [p.name, p.files])).toEqual([['typed fs test fixture', 4]]);
    expect(record.projects[0]?.typed.typedPartMs).toBeGreaterThan(0);
    expect(record.projects[0]?.typed.parseMs).toBeGreaterThan(0);
  }, 300_000);

  it('refuses a rule it does not know', async () => {
    await expect(
      execFileAsync(process.execPath, [path.join(ROOT, 'bench', 'typed-cost.mjs'), '--rule', 'no-such-rule'], {
        cwd: ROOT,
      }),
    ).rejects.toThrow(/--rule is one of require-timeout-on-tool, no-sync-fs-in-async, not no-such-rule/u);
  }, 60_000);
});

describe("the page's typed-cost sections", () => {
  const side = (ruleMs: number, typedPartMs?: number): Side => ({
    ruleMs,
    parseMs: 1000,
    wallMs: 1500,
    reports: 2,
    ...(typedPartMs == null ? {} : { typedPartMs }),
  });
  const record = (rule: string | undefined, typedPartMs?: number): TypedCostRecord => ({
    ...(rule == null ? {} : { rule }),
    rounds: 5,
    recordedAt: '2026-12-06T12:00:00.000Z',
    plugin: { gitHead: 'abc1234' },
    projects: [{ name: 'lib/ of this repository', files: 106, untyped: side(19), typed: side(47, typedPartMs) }],
  });

  it("renders the timeout rule's record (without a rule field) as before", () => {
    const section = page.typedCostSection(record(undefined));
    expect(section).toContain('### `require-timeout-on-tool` with type information');
    expect(section).toContain('`node bench/typed-cost.mjs --record` measures');
    expect(section).toContain(
      '| Project | Files | Rule, untyped | Rule, typed | Parse, untyped | Parse, typed | Reports (untyped / typed) |\n' +
        '| --- | --- | --- | --- | --- | --- | --- |\n' +
        '| lib/ of this repository | 106 | 19 ms | 47 ms | 1000 ms | 1000 ms | 2 / 2 |',
    );
  });

  it("renders the fs rule's record with its typed part", () => {
    const section = page.typedCostSection(record('async-io/no-sync-fs-in-async', 31));
    expect(section).toContain('### `no-sync-fs-in-async` with type information');
    expect(section).toContain('`node bench/typed-cost.mjs --rule no-sync-fs-in-async --record` measures');
    expect(section).toContain(
      '| Project | Files | Rule, untyped | Rule, typed | Typed part, typed | Parse, untyped | Parse, typed | Reports ' +
        '(untyped / typed) |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n' +
        '| lib/ of this repository | 106 | 19 ms | 47 ms | 31 ms | 1000 ms | 1000 ms | 2 / 2 |',
    );
    expect(page.typedCostSection(null)).toBe('');
  });
});
