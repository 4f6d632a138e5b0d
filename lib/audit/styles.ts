import * as util from 'node:util';

import type { Style } from './render';

// How the report looks: markdown (`md`), or the same content for a terminal (`pretty`): colours through Node's
// `util.styleText` where this Node has it and colour is wanted, and `file:line` locations a terminal can open.

export const markdownStyle: Style = {
  heading: (level, text) => `${'#'.repeat(level)} ${text}`,
  code: (text) => `\`${text}\``,
  strong: (text) => `**${text}**`,
  location: (file, line) => `\`${file}:${line}\``,
  good: (text) => text,
  warn: (text) => text,
  bad: (text) => text,
  block: (lines) => ['```', ...lines, '```'],
};

type StyleText = (format: string | string[], text: string, options?: { validateStream?: boolean }) => string;

/** Whether to colour: FORCE_COLOR first (0 turns colour off), then NO_COLOR, then whether stdout is a terminal. */
export function wantsColour(env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force != null && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR != null && env.NO_COLOR !== '') return false;
  return isTerminal;
}

/** The terminal style; `colour` false (or a Node without `styleText`) prints it plain. */
export function prettyStyle(colour: boolean): Style {
  const styleText = (util as { styleText?: StyleText }).styleText;
  const paint =
    (format: string | string[]) =>
    (text: string): string =>
      colour && styleText != null ? styleText(format, text, { validateStream: false }) : text;
  const bold = paint('bold');
  return {
    heading: (level, text) => (level <= 2 ? paint(['bold', 'underline'])(text) : bold(text)),
    code: paint('cyan'),
    strong: bold,
    // `file:line`, relative to the directory the audit ran in: what terminals and editors open on a click.
    location: (file, line) => paint('underline')(`${file}:${line}`),
    good: paint('green'),
    warn: paint('yellow'),
    bad: paint('red'),
    block: (lines) => lines.map((line) => `    ${line}`),
  };
}
