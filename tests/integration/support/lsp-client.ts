// A small LSP client for the vscode-eslint language server (from `vscode-langservers-extracted`), enough to do what
// an editor does: open documents, pull diagnostics, ask for code actions, run their commands and apply the edits
// the server sends back. It keeps a transcript of everything the server said, for assertion messages.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';

import { repoModule } from './workspace';

const SERVER_BIN = repoModule('vscode-langservers-extracted/bin/vscode-eslint-language-server');

// The LSP shapes this client reads and writes (zero-based lines and UTF-16 columns, as in JavaScript strings).
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface Diagnostic {
  range: Range;
  message: string;
  severity?: number;
  code?: string | number;
  source?: string;
}
export interface TextDocumentEdit {
  textDocument: { uri: string; version: number | null };
  edits: TextEdit[];
}
export interface WorkspaceEdit {
  documentChanges?: TextDocumentEdit[];
  changes?: Record<string, TextEdit[]>;
}
export interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}
export interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  edit?: WorkspaceEdit;
  command?: Command;
}
interface FullDocumentDiagnosticReport {
  kind: 'full' | 'unchanged';
  items?: Diagnostic[];
}

/** An open document as the client holds it: what the user would see in the editor. */
export interface OpenDocument {
  readonly uri: string;
  readonly languageId: string;
  version: number;
  text: string;
}

/**
 * The settings object the server asks for with `workspace/configuration`, shaped like the VS Code extension's
 * defaults. `experimental.useFlatConfig` must stay false: with ESLint 10 `true` asks for a class ESLint removed.
 */
function serverSettings(workspaceDir: string): Record<string, unknown> {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    experimental: { useFlatConfig: false },
    useFlatConfig: null,
    codeActionOnSave: { enable: false, mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: { mode: 'location' },
    workspaceFolder: { name: path.basename(workspaceDir), uri: pathToFileURL(workspaceDir).href },
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
  };
}

export function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + position.character, text.length);
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Applies LSP text edits (all relative to the same original text) and returns the new text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const resolved = edits
    .map((edit) => ({
      start: offsetAt(text, edit.range.start),
      end: offsetAt(text, edit.range.end),
      newText: edit.newText,
    }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const { start, end, newText } of resolved) result = result.slice(0, start) + newText + result.slice(end);
  return result;
}

export class EslintLanguageClient {
  private readonly documents = new Map<string, OpenDocument>();
  private readonly log: string[] = [];
  /** Every `workspace/applyEdit` the server sent, in order. */
  readonly appliedEdits: WorkspaceEdit[] = [];

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly connection: MessageConnection,
    readonly workspaceDir: string,
  ) {}

  /** Spawns the server over stdio and runs the `initialize` handshake on one workspace folder. */
  static async start(workspaceDir: string): Promise<EslintLanguageClient> {
    const child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { cwd: workspaceDir, stdio: 'pipe' });
    const connection = createMessageConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const client = new EslintLanguageClient(child, connection, workspaceDir);
    client.listen();
    connection.listen();

    const workspaceUri = pathToFileURL(workspaceDir).href;
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: workspaceUri,
      workspaceFolders: [{ uri: workspaceUri, name: path.basename(workspaceDir) }],
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          applyEdit: true,
          workspaceEdit: { documentChanges: true },
          executeCommand: { dynamicRegistration: true },
          diagnostics: { refreshSupport: true },
          didChangeConfiguration: { dynamicRegistration: true },
        },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: true },
          // The server only offers code actions to clients that list the kinds they understand.
          codeAction: {
            dynamicRegistration: true,
            isPreferredSupport: true,
            codeActionLiteralSupport: {
              codeActionKind: {
                valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll', 'source.fixAll.eslint'],
              },
            },
          },
          diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
          publishDiagnostics: { relatedInformation: true },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    return client;
  }

  private listen(): void {
    const { connection } = this;
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => this.log.push(`[stderr] ${chunk.trimEnd()}`));
    this.child.on('exit', (code, signal) => this.log.push(`[exit] code=${String(code)} signal=${String(signal)}`));

    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => serverSettings(this.workspaceDir)),
    );
    connection.onRequest(
      'workspace/applyEdit',
      (params: { edit: WorkspaceEdit }): { applied: boolean; failureReason?: string } => {
        this.appliedEdits.push(params.edit);
        const failure = this.applyWorkspaceEdit(params.edit);
        return failure === undefined ? { applied: true } : { applied: false, failureReason: failure };
      },
    );
    // client/registerCapability, workspace/diagnostic/refresh, eslint/noLibrary, eslint/noConfig, eslint/openDoc,
    // eslint/probeFailed, eslint/confirmESLintExecution: acknowledged. Diagnostics are pulled by the tests.
    connection.onRequest((method, params) => {
      this.log.push(`[request] ${method} ${JSON.stringify(params)}`);
      return method === 'eslint/confirmESLintExecution' ? 4 /* approved */ : null;
    });
    connection.onNotification((method, params) => {
      const message = (params as { message?: unknown } | undefined)?.message;
      this.log.push(`[${method}] ${typeof message === 'string' ? message : JSON.stringify(params)}`);
    });
  }

  /** What the server said so far: log messages, custom requests, stderr. For assertion messages. */
  transcript(): string {
    return this.log.join('\n');
  }

  document(uri: string): OpenDocument {
    const document = this.documents.get(uri);
    if (document === undefined) throw new Error(`${uri} is not open`);
    return document;
  }

  async open(file: string, languageId: string): Promise<OpenDocument> {
    const document: OpenDocument = {
      uri: pathToFileURL(file).href,
      languageId,
      version: 1,
      text: readFileSync(file, 'utf8'),
    };
    this.documents.set(document.uri, document);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { ...document } });
    return document;
  }

  async change(document: OpenDocument, text: string): Promise<void> {
    document.version += 1;
    document.text = text;
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: document.uri, version: document.version },
      contentChanges: [{ text }],
    });
  }

  /** Pull diagnostics (LSP 3.17): the only way this server reports problems; it never pushes them. */
  async diagnostics(document: OpenDocument): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest<FullDocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri: document.uri },
    });
    return report.items ?? [];
  }

  async codeActions(
    document: OpenDocument,
    range: Range,
    diagnostics: Diagnostic[],
    only?: string[],
  ): Promise<CodeAction[]> {
    const actions = await this.connection.sendRequest<(CodeAction | Command)[] | null>('textDocument/codeAction', {
      textDocument: { uri: document.uri },
      range,
      context: { diagnostics, ...(only === undefined ? {} : { only }), triggerKind: 1 },
    });
    return (actions ?? []).filter((action): action is CodeAction => typeof action.command !== 'string');
  }

  /** Runs a code action the way an editor does: apply its inline edit, then run its command (which may send edits). */
  async runCodeAction(action: CodeAction): Promise<void> {
    if (action.edit !== undefined) {
      const failure = this.applyWorkspaceEdit(action.edit);
      if (failure !== undefined) throw new Error(`could not apply the edit of "${action.title}": ${failure}`);
    }
    if (action.command !== undefined) {
      await this.connection.sendRequest('workspace/executeCommand', {
        command: action.command.command,
        arguments: action.command.arguments ?? [],
      });
    }
  }

  /** Applies a workspace edit to the open documents and tells the server; returns why it failed, if it did. */
  private applyWorkspaceEdit(edit: WorkspaceEdit): string | undefined {
    const changes: [string, number | null, TextEdit[]][] = [
      ...(edit.documentChanges ?? []).map((change): [string, number | null, TextEdit[]] => [
        change.textDocument.uri,
        change.textDocument.version,
        change.edits,
      ]),
      ...Object.entries(edit.changes ?? {}).map(([uri, edits]): [string, number | null, TextEdit[]] => [
        uri,
        null,
        edits,
      ]),
    ];
    for (const [uri, version] of changes) {
      const document = this.documents.get(uri);
      if (document === undefined) return `${uri} is not open`;
      if (version !== null && version !== document.version)
        return `${uri} is at version ${document.version}, not ${version}`;
    }
    for (const [uri, , edits] of changes) {
      const document = this.document(uri);
      void this.change(document, applyTextEdits(document.text, edits));
    }
    return undefined;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([
        this.connection.sendRequest('shutdown'),
        new Promise((resolve) => setTimeout(resolve, 2000)),
      ]);
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      if (this.child.exitCode === null) this.child.kill();
    }
  }
}
