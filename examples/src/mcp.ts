// Calls tools on an MCP server.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';

const client = new Client({ name: 'example-agent', version: '1.0.0' });

export async function callRemoteTool(name: string, args: Record<string, unknown>): Promise<unknown> {
  // `timeout: 0` turns the SDK's 60-second default off: the call can wait forever.
  return client.callTool({ name, arguments: args }, undefined, { timeout: 0 });
}
