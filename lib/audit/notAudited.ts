import { stat } from 'node:fs/promises';
import path from 'node:path';

import type { ESLint } from 'eslint';

import type { NotAudited } from './model';
import { isLintedFile } from './targets';

// What the audit was asked for and did not lint: a file ESLint skipped with its "File ignored …" warning (an ignore
// pattern, no matching config), and a path named on the command line with no file linted under it. Either makes
// the run exit 1: a named path that was not audited is no clean result.

/** ESLint's warning for an explicitly named file it ignores: one message, no rule, severity 1. */
export function ignoreWarningOf(result: ESLint.LintResult): string | null {
  const [message, ...rest] = result.messages;
  if (message == null || rest.length > 0 || message.ruleId != null || message.severity !== 1) return null;
  if (message.fatal === true || !message.message.startsWith('File ignored')) return null;
  // Its first sentence: "File ignored because of a matching ignore pattern", "… outside of base path".
  return message.message.split(/\.(?:\s|$)/u, 1)[0] ?? message.message;
}

const toPosix = (file: string): string => file.split(path.sep).join('/');

function isUnder(file: string, named: string): boolean {
  return named === '' || named === '.' || file === named || file.startsWith(`${named}/`);
}

async function whyNotLinted(cwd: string, named: string): Promise<string> {
  let isFile = false;
  try {
    isFile = (await stat(path.resolve(cwd, named))).isFile();
  } catch {
    return 'not readable';
  }
  if (!isFile) return 'no file to lint under it: every file is ignored or has no JavaScript or TypeScript extension';
  return isLintedFile(named)
    ? 'ignored (by git, or by the files the audit always skips)'
    : 'not a JavaScript or TypeScript file';
}

/**
 * The files ESLint ignored (from their warnings) and the named paths with no linted file under them, relative to
 * cwd. `named` holds the paths given on the command line (none: the default `.`, never reported).
 */
export async function notAuditedOf(
  cwd: string,
  named: readonly string[],
  linted: readonly string[],
  ignored: readonly NotAudited[],
): Promise<NotAudited[]> {
  const entries = [...ignored];
  for (const given of named) {
    const relative = toPosix(path.relative(cwd, path.resolve(cwd, given)));
    const covered = (file: string) => isUnder(file, relative);
    if (linted.some(covered) || entries.some((entry) => covered(entry.file))) continue;
    entries.push({ file: relative === '' ? '.' : relative, reason: await whyNotLinted(cwd, given) });
  }
  return entries.sort((a, b) => a.file.localeCompare(b.file));
}
