// The README's copy of the command's options is its --help, word for word.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { REPO_ROOT } from '../integration/support/workspace';
import { audit } from './support';

describe('the README', () => {
  it('shows the options as --help prints them', async () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const shown = /```text\n(Usage: async-io-audit [\s\S]*?)\n```/u.exec(readme)?.[1];
    const help = await audit(REPO_ROOT, ['--help']);
    expect(help.status, help.transcript).toBe(0);
    expect(shown).toBe(help.stdout.trimEnd());
  });
});
