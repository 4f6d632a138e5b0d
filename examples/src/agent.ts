// The agent loop: asks the model for a tool call, runs it, feeds the result back.
import { readTextFile, writeTextFile } from './tools/files.js';
import { fetchPage } from './tools/http.js';
import { runShell } from './tools/shell.js';

interface ToolCall {
  readonly tool: string;
  readonly input: string;
}

interface ToolRegistry {
  executeTool(name: string, input: string, options?: { timeoutMs?: number; signal?: AbortSignal }): Promise<string>;
}

export async function step(registry: ToolRegistry, call: ToolCall): Promise<string> {
  switch (call.tool) {
    case 'read':
      return readTextFile(call.input);
    case 'write':
      return String(await writeTextFile('notes.txt', call.input));
    case 'fetch':
      return fetchPage(call.input);
    case 'shell':
      return runShell(call.input);
    default:
      // The project's own registry: configured in eslint.config.mjs as a tool entry point.
      return registry.executeTool(call.tool, call.input);
  }
}

export async function stepWithTimeout(registry: ToolRegistry, call: ToolCall): Promise<string> {
  // The audit's good pattern: every tool run has a deadline and can be cancelled.
  return registry.executeTool(call.tool, call.input, { timeoutMs: 30_000 });
}
