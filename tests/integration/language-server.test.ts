// Editor squiggles through the real vscode-eslint language server, on a workspace whose flat eslint.config.js uses
// the plugin: what a VS Code (or any LSP editor) user sees, checked against what the ESLint CLI reports and fixes.
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  type CodeAction,
  type Diagnostic,
  EslintLanguageClient,
  offsetAt,
  type OpenDocument,
  type Range,
} from './support/lsp-client';
import { copyFixture, removeTempDir, run } from './support/workspace';

const PACKAGES = ['eslint', '@typescript-eslint/parser', 'eslint-plugin-async-io'];
const TS_FILE = 'src/config-store.ts';
const JS_FILE = 'src/tools.js';

let workspace: string | undefined;
let client: EslintLanguageClient | undefined;
const tempDirs: string[] = [];

function server(): EslintLanguageClient {
  if (client === undefined) throw new Error('the language server did not start');
  return client;
}

/** Assertion context: what the server said, so a failure shows its log and stderr. */
function said(): string {
  return `language server transcript:\n${server().transcript()}`;
}

function textOf(document: OpenDocument, range: Range): string {
  return document.text.slice(offsetAt(document.text, range.start), offsetAt(document.text, range.end));
}

function rangeOf(document: OpenDocument, snippet: string): Range {
  const start = document.text.indexOf(snippet);
  if (start === -1 || document.text.indexOf(snippet, start + 1) !== -1) throw new Error(`"${snippet}" is not unique`);
  const lines = document.text.slice(0, start).split('\n');
  const startLine = lines.length - 1;
  const startCharacter = (lines[startLine] ?? '').length;
  const snippetLines = snippet.split('\n');
  const endLine = startLine + snippetLines.length - 1;
  const endCharacter = (snippetLines.length === 1 ? startCharacter : 0) + (snippetLines.at(-1) ?? '').length;
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

function ours(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => String(diagnostic.code).startsWith('async-io/'));
}

function find(diagnostics: Diagnostic[], ruleId: string): Diagnostic {
  const found = diagnostics.filter((diagnostic) => diagnostic.code === ruleId);
  expect(found, `one ${ruleId} diagnostic in ${JSON.stringify(diagnostics, null, 2)}\n${said()}`).toHaveLength(1);
  return found[0] as Diagnostic;
}

/** What the ESLint Node API reports for the file, in the shape the server should turn it into. */
async function eslintDiagnostics(file: string): Promise<{ code: string; message: string; range: Range }[]> {
  const eslint = new ESLint({ cwd: workspace });
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.startsWith('async-io/') === true)
    .map((message) => ({
      code: message.ruleId ?? '',
      message: message.message,
      range: {
        start: { line: message.line - 1, character: message.column - 1 },
        end: { line: (message.endLine ?? message.line) - 1, character: (message.endColumn ?? message.column) - 1 },
      },
    }));
}

/** What the real `eslint --fix` CLI writes for the file, run on a fresh copy of the workspace. */
async function eslintFixOutput(file: string): Promise<string> {
  const copy = copyFixture('editor', { prefix: 'editor-cli', packages: PACKAGES });
  tempDirs.push(copy);
  const result = await run(process.execPath, [path.join(copy, 'node_modules/eslint/bin/eslint.js'), '--fix', file], {
    cwd: copy,
  });
  // Exit 1 is expected: the fetch call has only a suggestion, so a problem remains after --fix.
  expect(result.status === 0 || result.status === 1, result.transcript).toBe(true);
  return readFileSync(path.join(copy, file), 'utf8');
}

function actionTitles(actions: CodeAction[]): string {
  return actions
    .map((action) => `- ${action.title} [${action.kind ?? ''}] ${action.command?.command ?? 'edit'}`)
    .join('\n');
}

beforeAll(async () => {
  workspace = copyFixture('editor', { packages: PACKAGES });
  client = await EslintLanguageClient.start(workspace);
});

afterAll(async () => {
  await client?.stop();
  removeTempDir(workspace);
  for (const dir of tempDirs) removeTempDir(dir);
});

describe('vscode-eslint language server', () => {
  it('shows our diagnostics in a .ts and a .js file, with the ranges and messages ESLint reports', async () => {
    for (const [file, languageId] of [
      [TS_FILE, 'typescript'],
      [JS_FILE, 'javascript'],
    ] as const) {
      const document = await server().open(path.join(server().workspaceDir, file), languageId);
      const diagnostics = ours(await server().diagnostics(document));
      const expected = await eslintDiagnostics(file);

      expect(expected.map((problem) => problem.code).sort(), `ESLint CLI reports for ${file}`).toEqual(
        file === TS_FILE
          ? ['async-io/no-sync-fs-in-async', 'async-io/no-sync-fs-in-async', 'async-io/require-timeout-on-tool']
          : ['async-io/no-sync-fs-in-async', 'async-io/require-timeout-on-tool'],
      );
      expect(
        diagnostics.map(({ code, message, range, source, severity }) => ({ code, message, range, source, severity })),
        `diagnostics of ${file}\n${said()}`,
      ).toEqual(expected.map((problem) => ({ ...problem, source: 'eslint', severity: 1 })));
    }

    const js = server().document(pathUri(JS_FILE));
    const jsDiagnostics = ours(await server().diagnostics(js));
    const syncRead = find(jsDiagnostics, 'async-io/no-sync-fs-in-async');
    expect(syncRead.range).toEqual(rangeOf(js, "fs.readFileSync(file, 'utf8')"));
    expect(syncRead.message).toContain('readFileSync');
    const fetchCall = find(jsDiagnostics, 'async-io/require-timeout-on-tool');
    expect(fetchCall.range).toEqual(rangeOf(js, 'fetch(url)'));
    expect(fetchCall.message).toContain('fetch');

    const ts = server().document(pathUri(TS_FILE));
    const tsRanges = ours(await server().diagnostics(ts)).map((diagnostic) => textOf(ts, diagnostic.range));
    expect(tsRanges.sort(), said()).toEqual(
      [
        'fetch(config.endpoint)',
        "fs.readFileSync(configPath, 'utf8')",
        'fs.writeFileSync(configPath, JSON.stringify(config))',
      ].sort(),
    );
  });

  it('applies the quick fix of no-sync-fs-in-async, with the result `eslint --fix` writes', async () => {
    const document = server().document(pathUri(JS_FILE));
    const diagnostic = find(ours(await server().diagnostics(document)), 'async-io/no-sync-fs-in-async');
    const actions = await server().codeActions(document, diagnostic.range, [diagnostic], ['quickfix']);
    const fix = actions.find((action) => action.title === 'Fix this async-io/no-sync-fs-in-async problem');
    expect(fix, `code actions offered:\n${actionTitles(actions)}\n${said()}`).toBeDefined();
    expect(fix?.isPreferred).toBe(true);

    await server().runCodeAction(fix as CodeAction);
    expect(server().appliedEdits.length, said()).toBeGreaterThan(0);
    expect(document.text).toContain("const text = await fs.promises.readFile(file, 'utf8');");
    expect(document.text, said()).toBe(await eslintFixOutput(JS_FILE));

    const after = ours(await server().diagnostics(document));
    expect(
      after.map((remaining) => remaining.code),
      said(),
    ).toEqual(['async-io/require-timeout-on-tool']);
  });

  it('offers the suggestion of require-timeout-on-tool as a code action, and it applies', async () => {
    const document = server().document(pathUri(JS_FILE));
    const diagnostic = find(ours(await server().diagnostics(document)), 'async-io/require-timeout-on-tool');
    const actions = await server().codeActions(document, diagnostic.range, [diagnostic], ['quickfix']);
    const suggestions = actions.filter((action) => action.command?.command === 'eslint.applySuggestion');
    expect(suggestions, `code actions offered:\n${actionTitles(actions)}\n${said()}`).toHaveLength(1);
    const suggestion = suggestions[0] as CodeAction;
    expect(suggestion.title).toMatch(/\(async-io\/require-timeout-on-tool\)$/);

    const before = document.text;
    await server().runCodeAction(suggestion);
    expect(document.text, said()).toBe(
      before.replace('await fetch(url);', 'await fetch(url, { signal: AbortSignal.timeout(30_000) });'),
    );
    expect(ours(await server().diagnostics(document)), said()).toEqual([]);
  });

  it('converts the whole file with source.fixAll.eslint, as `eslint --fix` does', async () => {
    const document = server().document(pathUri(TS_FILE));
    const everything: Range = {
      start: { line: 0, character: 0 },
      end: { line: document.text.split('\n').length, character: 0 },
    };
    const actions = await server().codeActions(document, everything, [], ['source.fixAll.eslint']);
    expect(
      actions.map((action) => action.kind),
      `code actions offered:\n${actionTitles(actions)}\n${said()}`,
    ).toEqual(['source.fixAll.eslint']);

    await server().runCodeAction(actions[0] as CodeAction);
    expect(document.text).toContain("const text = await fs.promises.readFile(configPath, 'utf8');");
    expect(document.text).toContain('await fs.promises.writeFile(configPath, JSON.stringify(config));');
    expect(document.text, said()).toBe(await eslintFixOutput(TS_FILE));
    // The fetch call has a suggestion, never an autofix: it is still reported.
    expect(
      ours(await server().diagnostics(document)).map((remaining) => remaining.code),
      said(),
    ).toEqual(['async-io/require-timeout-on-tool']);
  });
  it('reports a helper imported from another module, and drops it once that module is saved without the sync call', async () => {
    const dir = path.join(server().workspaceDir, 'src');
    const save = (file: string, text: string, secondsLater: number): void => {
      writeFileSync(path.join(dir, file), text);
      const time = new Date(Date.now() + secondsLater * 1000);
      utimesSync(path.join(dir, file), time, time);
    };
    save(
      'settings.ts',
      "import { readFileSync } from 'node:fs';\n\nexport function loadSettings(file: string) {\n  return JSON.parse(readFileSync(file, 'utf8'));\n}\n",
      0,
    );
    save(
      'handler.ts',
      "import { loadSettings } from './settings';\n\nexport async function handle() {\n  return loadSettings('settings.json');\n}\n",
      0,
    );
    const document = await server().open(path.join(dir, 'handler.ts'), 'typescript');
    const before = find(ours(await server().diagnostics(document)), 'async-io/no-sync-fs-in-async');
    expect(textOf(document, before.range), said()).toBe("loadSettings('settings.json')");
    expect(before.message).toBe(
      '`loadSettings()` (from `./settings`) uses the filesystem synchronously (`readFileSync` at settings.ts:4), blocking this async function; make it async and await it.',
    );

    // The user fixes the helper in its own file and saves it; the server process keeps running.
    save('settings.ts', 'export function loadSettings(file: string) {\n  return { file };\n}\n', 2);
    await server().change(document, document.text);
    expect(ours(await server().diagnostics(document)), said()).toEqual([]);
  });
});

function pathUri(file: string): string {
  return pathToFileURL(path.join(server().workspaceDir, file)).href;
}
