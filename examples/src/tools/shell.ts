// The shell tool: runs a command the model asked for.
import { exec, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const execAsync = promisify(exec);

export async function runShell(command: string): Promise<string> {
  // A command that never exits hangs this tool call, and the agent with it.
  const { stdout } = await execAsync(command);
  return stdout;
}

export function runGit(args: string[], done: (output: string) => void): void {
  execFile('git', args, (error, stdout) => {
    done(error ? String(error) : stdout);
  });
}

export function runBounded(command: string, args: string[]): void {
  // Bounded: the child is killed after 30 seconds.
  spawn(command, args, { timeout: 30_000, stdio: 'inherit' });
}
