import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { SYNC_APIS } from '../../lib/rules/no-sync-fs-in-async-utils/fsSyncApis';
import { GLOBALS, MODULES } from '../../lib/rules/require-timeout-on-tool-utils/catalog';
import type { Family, TraceInfo } from '../../lib/rules/require-timeout-on-tool-utils/types';
import { CALL, CONSTRUCT, READ, type TraceMapElement } from '../../lib/util/trackReferences';

// Every row of the data modules has a case: each `SYNC_APIS` row (fs and fs-extra) in tests/rules/no-sync-fs-in-async/,
// each API of the timeout catalog (MODULES and GLOBALS, walked as docTables.ts walks them) in
// tests/rules/require-timeout-on-tool/. A text search, not a proof that the case reports it:
// - a row is found when a suite's source calls it as written: its name, not preceded by an identifier character,
//   followed by `(` or a backtick (`readFileSync(`, `.callTool(`, `` $` ``, `Bun.spawnSync(`);
// - a module's API must also be in a file that names its module in quotes (`'execa'`, `'node:child_process'`); a
//   module's own call (`axios(…)`, `fetch(…)` from node-fetch) is found by the module's name in quotes alone;
// - a global's API is searched by its full dotted name (`globalThis.fetch(`).

/** A row of a data module and how a case would call it. */
interface Row {
  /** How the row is named in a failure: `fs-extra.copySync`, `'execa' execaNode`. */
  readonly label: string;
  /** Call texts, any of which counts (already escaped for a regular expression). */
  readonly calls: readonly string[];
  /** Module specifiers, one of which the file must name in quotes; empty: no such condition. */
  readonly specifiers: readonly string[];
}

/** Rows that cannot appear in a suite as written, with the reason. Keep it short. */
const ALLOWED_MISSING: Readonly<Record<string, string>> = {};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
// In a case's code the tag's backtick is escaped: `` \` ``.
const CALLED = '\\s*(?:\\(|\\\\?`)';
const called = (name: string): string => `(?<![\\w$])${escape(name)}${CALLED}`;
const quoted = (specifier: string): string => `['"]${escape(specifier)}['"]`;

function fsRows(): Row[] {
  return Object.entries(SYNC_APIS).flatMap(([source, apis]) =>
    Object.keys(apis).map((name) => ({ label: `${source}.${name}`, calls: [called(name)], specifiers: [] })),
  );
}

/** The APIs of a traced element, as docTables.ts lists them: calls, tags, factories, instances' methods, promisify. */
function elementRows(
  where: readonly string[],
  pathSoFar: readonly string[],
  element: TraceMapElement<TraceInfo>,
  global: boolean,
): Row[] {
  const rows: Row[] = [];
  const last = pathSoFar.at(-1);
  // A global's API by its dotted name; a module's by its last name, or by the module alone for the module's own call.
  const ownName = global ? pathSoFar.join('.') : last;
  const label = `${global ? 'global' : where.map((specifier) => `'${specifier}'`).join(', ')} ${pathSoFar.join('.') || '(module)'}`;
  const specifiers = global ? [] : where.flatMap((specifier) => [specifier, `node:${specifier}`]);
  const members = (family: Family): void => {
    for (const member of Object.keys(family.members)) {
      if (member === '') continue; // the constructor or factory itself, listed by its own entry
      rows.push({ label: `${label}#${member}`, calls: [`\\.${escape(member)}${CALLED}`], specifiers });
    }
  };
  for (const info of [element[CALL], element[CONSTRUCT], element[READ]]) {
    switch (info?.kind) {
      case 'run':
      case 'factory':
        if (info.kind === 'factory' && element[CONSTRUCT] === info) {
          members(info.makes);
          break;
        }
        rows.push({ label, calls: ownName === undefined ? ['(?:)'] : [called(ownName)], specifiers });
        break;
      case 'tag':
        rows.push({
          label: `${label} (tag)`,
          calls: [`(?<![\\w$])${escape(ownName ?? '')}\\\\?\``],
          specifiers,
        });
        break;
      case 'promisifiable':
        rows.push({ label: `${label} (promisified)`, calls: [escape(`promisify(${last ?? ''})`)], specifiers });
        break;
      default:
        break;
    }
  }
  for (const [key, child] of Object.entries(element))
    rows.push(...elementRows(where, [...pathSoFar, key], child, global));
  return rows;
}

function catalogRows(): Row[] {
  // Specifiers that share one element (`zx`, `zx/core`; the MCP SDK's paths) make one row; `node:` ones go with
  // their bare name, as on the rule's page.
  const specifiers = new Map<TraceMapElement<TraceInfo>, string[]>();
  for (const [specifier, element] of Object.entries(MODULES) as [string, TraceMapElement<TraceInfo>][]) {
    if (!specifier.startsWith('node:')) specifiers.set(element, [...(specifiers.get(element) ?? []), specifier]);
  }
  const rows: Row[] = [];
  for (const [element, names] of specifiers) rows.push(...elementRows(names, [], element, false));
  for (const [name, element] of Object.entries(GLOBALS) as [string, TraceMapElement<TraceInfo>][]) {
    rows.push(...elementRows([], [name], element, true));
  }
  return rows;
}

/** The sources of a rule's suites. */
function suiteSources(rule: string): string[] {
  const dir = path.join(__dirname, rule);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'));
}

/** The labels of the rows that no source calls as written. */
function uncovered(rows: readonly Row[], sources: readonly string[]): string[] {
  return rows
    .filter((row) => {
      const call = new RegExp(row.calls.join('|'), 'u');
      const module = row.specifiers.length > 0 ? new RegExp(row.specifiers.map(quoted).join('|'), 'u') : undefined;
      return !sources.some((source) => call.test(source) && (module?.test(source) ?? true));
    })
    .map((row) => row.label)
    .filter((label) => !(label in ALLOWED_MISSING));
}

describe('every row of the data modules has a case', () => {
  it('no-sync-fs-in-async: every SYNC_APIS row (fs and fs-extra)', () => {
    const rows = fsRows();
    expect(rows.length).toBeGreaterThan(60);
    expect(uncovered(rows, suiteSources('no-sync-fs-in-async'))).toEqual([]);
  });

  it('require-timeout-on-tool: every API of MODULES and GLOBALS', () => {
    const rows = catalogRows();
    expect(rows.length).toBeGreaterThan(40);
    expect(uncovered(rows, suiteSources('require-timeout-on-tool'))).toEqual([]);
  });

  it('reports a row no case calls, and a call in a file without its module', () => {
    const fake: Row = { label: 'fs.notAnApiSync', calls: [called('notAnApiSync')], specifiers: [] };
    expect(uncovered([fake], suiteSources('no-sync-fs-in-async'))).toEqual(['fs.notAnApiSync']);
    const execaNode = catalogRows().filter((row) => row.label === "'execa' execaNode");
    expect(execaNode).toHaveLength(1);
    expect(uncovered(execaNode, ["import { execaNode } from 'other';\nexecaNode('a.js');"])).toEqual([
      "'execa' execaNode",
    ]);
    expect(uncovered(execaNode, ["import { execaNode } from 'execa';\nexecaNode('a.js');"])).toEqual([]);
  });
});
