import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { fixAll } from '../../rule-tester';

// The OpenAI Agents suggestion must leave code that `tsc --strict` accepts: the SDK declares `execute`'s `details`
// optional, so `details.signal` is an error (TS18048) and the rule writes `details?.signal`. The fixture declares the
// SDK's `tool()` as a minimal ambient module (tests/fixtures/agents-details-signal/agents.d.ts), since the package is
// not installed; the files are compiled with the TypeScript compiler API, as `tsc --noEmit --strict` would.

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'agents-details-signal');

/** The diagnostics of `tool.ts` holding `source`, beside the fixture's ambient module, under `strict`. */
function typeErrors(source: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agents-details-'));
  try {
    const file = path.join(dir, 'tool.ts');
    fs.writeFileSync(file, source);
    const program = ts.createProgram([path.join(FIXTURE, 'agents.d.ts'), file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
    });
    return ts
      .getPreEmitDiagnostics(program)
      .map(
        (diagnostic) =>
          `TS${String(diagnostic.code)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
      );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('OpenAI Agents: the signalDropped fix type-checks', () => {
  const original = fs.readFileSync(path.join(FIXTURE, 'tool.ts'), 'utf8');

  it('the fixture type-checks before the fix', () => {
    expect(typeErrors(original)).toEqual([]);
  });

  it('passes details?.signal, which tsc --strict accepts', () => {
    const { output, remaining } = fixAll('require-timeout-on-tool', rule, original, { autofix: true });
    expect(remaining).toEqual([]);
    expect(output).toContain('await fetch(url, { signal: details?.signal });');
    expect(typeErrors(output)).toEqual([]);
  });

  it('details.signal would not type-check (the fixture can tell)', () => {
    const unguarded = original.replace('await fetch(url)', 'await fetch(url, { signal: details.signal })');
    expect(typeErrors(unguarded)).toEqual([expect.stringContaining('TS18048')]);
  });
});
