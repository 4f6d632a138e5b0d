#!/usr/bin/env node
// The catalog tables of the rule pages come from the rules' data modules, so that docs and code cannot drift.
//
//   node scripts/docs-tables.mjs           rewrite the tables in docs/rules/*.md
//   node scripts/docs-tables.mjs --check   exit 1 when a page's table differs from its data module
//
// A rule with tables has `lib/rules/<rule>-utils/docTables.ts`, which exports `docTables(): Record<string, string>`
// (table name to markdown). Its page holds each table between `<!-- begin auto-generated table: NAME -->` and
// `<!-- end auto-generated table: NAME -->`. Reads the build in dist/ (`npm run build` first).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Replaces each marked table of `page` with its generated text; throws when a marker pair is missing. */
export function fillTables(page, tables, pageName) {
  let text = page;
  for (const [name, table] of Object.entries(tables)) {
    const begin = `<!-- begin auto-generated table: ${name} -->`;
    const end = `<!-- end auto-generated table: ${name} -->`;
    const from = text.indexOf(begin);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`${pageName}: no "${begin}" … "${end}" pair`);
    text = `${text.slice(0, from + begin.length)}\n\n${table.trim()}\n\n${text.slice(to)}`;
  }
  return text;
}

function main(check) {
  const rulesDir = path.join(ROOT, 'dist', 'rules');
  if (!fs.existsSync(rulesDir)) throw new Error('no build in dist/: run npm run build first');
  let stale = 0;
  for (const entry of fs.readdirSync(rulesDir)) {
    const match = /^(.+)-utils$/.exec(entry);
    const module = match && path.join(rulesDir, entry, 'docTables.js');
    if (!module || !fs.existsSync(module)) continue;
    const rule = match[1];
    const pagePath = path.join(ROOT, 'docs', 'rules', `${rule}.md`);
    const page = fs.readFileSync(pagePath, 'utf8');
    const filled = fillTables(page, require(module).docTables(), `docs/rules/${rule}.md`);
    if (filled === page) continue;
    if (check) {
      console.error(`docs/rules/${rule}.md: a catalog table differs from its data module; run npm run docs`);
      stale++;
    } else {
      fs.writeFileSync(pagePath, filled);
      console.log(`docs/rules/${rule}.md: tables rewritten`);
    }
  }
  return stale === 0 ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.includes('--check'));
