// Calls tools on an MCP server.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';

const client = new Client({ name: 'example-agent', version: '1.0.0' });

export async function callRemoteTool(name: string, args: Record<string, unknown>): Promise<unknown> {
  // Each progress notification restarts the SDK's 60-second timer, and nothing caps the total:
  // a server that keeps reporting progress keeps this call, and the agent, waiting forever.
  return client.callTool({ name, arguments: args }, undefined, { resetTimeoutOnProgress: true });
}
