// File tools the model can call. Each runs inside the agent's async tool loop.
import fs from 'node:fs';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export async function readTextFile(file: string): Promise<string> {
  // Blocks the event loop: every other tool call and the UI wait for the disk.
  return fs.readFileSync(file, 'utf8');
}

export async function writeTextFile(file: string, text: string): Promise<number> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return fs.statSync(file).size;
}

export async function listDirectory(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((name) => {
    const info = statSync(path.join(dir, name));
    return info.isDirectory() ? `${name}/` : name;
  });
}

/** A synchronous helper at start-up is fine: nothing else is running yet. */
export function loadConfig(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
