import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { ESLint, Linter, Rule } from 'eslint';

import { BEHAVIOUR_KEEPING_SUGGESTIONS, DEADLINE_SUGGESTIONS, ruleOf } from './findings';
import type { RuleName } from './model';
import type { OurRules } from './ourRules';

// `--fix`, `--fix-suggestions` and `--add-timeouts`: ESLint's fix loop (apply the edits that do not overlap, lint
// again, at most ten passes), with the chosen suggestions taken as fixes too. ESLint's own `fix` option applies
// autofixes only, so the loop is ours; it lints through the same ESLint instance and config as the audit.

export interface FixModes {
  readonly fix: boolean;
  readonly fixSuggestions: boolean;
  readonly addTimeouts: boolean;
  /** Our rules' ids in the config: only their messages' edits are taken. */
  readonly ours: OurRules;
}

/** ESLint's own limit on fix passes per file. */
const MAX_PASSES = 10;
const BOM = '\uFEFF';

/**
 * The edit a mode takes from a finding: its autofix, else the first suggestion the mode applies. Every edit of the
 * timeout rule adds a deadline (its autofix too, under a project's `autofix: true`): only `--add-timeouts` takes it.
 */
function editOf(message: Linter.LintMessage, rule: RuleName, modes: FixModes): Rule.Fix | null {
  if (rule === 'require-timeout-on-tool') {
    if (!modes.addTimeouts) return null;
    if (message.fix != null) return message.fix;
    const deadline = message.suggestions?.find((suggestion) => DEADLINE_SUGGESTIONS.has(suggestion.messageId ?? ''));
    return deadline?.fix ?? null;
  }
  if (modes.fix && message.fix != null) return message.fix;
  if (!modes.fixSuggestions) return null;
  const kept = message.suggestions?.find((suggestion) => BEHAVIOUR_KEEPING_SUGGESTIONS.has(suggestion.messageId ?? ''));
  return kept?.fix ?? null;
}

/**
 * Applies the edits in source order, skipping one that starts at or before the end of an edit already taken (as
 * ESLint does): two insertions at the same offset would otherwise both land, in an order nobody chose.
 */
export function applyEdits(text: string, edits: readonly Rule.Fix[]): string {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let end = -1;
  for (const edit of sorted) {
    const [start, stop] = edit.range;
    if (start <= end) continue;
    output += text.slice(Math.max(end, 0), start) + edit.text;
    end = stop;
  }
  return output + text.slice(Math.max(end, 0));
}

/** Fixes one file's text: each pass lints it and applies what the modes take, until nothing changes. */
async function fixText(eslint: ESLint, filePath: string, original: string, modes: FixModes): Promise<string> {
  let text = original;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const [result] = await eslint.lintText(text, { filePath });
    const edits = (result?.messages ?? []).flatMap((message) => {
      const rule = message.fatal === true ? null : ruleOf(message, modes.ours);
      return (rule == null ? null : editOf(message, rule, modes)) ?? [];
    });
    if (edits.length === 0) break;
    const next = applyEdits(text, edits);
    if (next === text) break;
    text = next;
  }
  return text;
}

/** Fixes the files (relative to `cwd`) in place, each through the ESLint `eslintFor` gives; returns the files that changed. */
export async function fixFiles(
  eslintFor: (filePath: string) => Promise<ESLint>,
  cwd: string,
  files: readonly string[],
  modes: FixModes,
): Promise<string[]> {
  const changed: string[] = [];
  for (const file of files) {
    const filePath = path.resolve(cwd, file);
    const original = await readFile(filePath, 'utf8');
    // ESLint's ranges leave out a byte-order mark; it stays where it was.
    const bom = original.startsWith(BOM) ? BOM : '';
    const text = original.slice(bom.length);
    const fixed = await fixText(await eslintFor(filePath), filePath, text, modes);
    if (fixed === text) continue;
    await writeFile(filePath, bom + fixed);
    changed.push(file);
  }
  return changed;
}
