// Tests may block: the recommended config leaves test files alone.
import { readFileSync, writeFileSync } from 'node:fs';

export async function roundTrip(file: string): Promise<boolean> {
  writeFileSync(file, 'hello');
  return readFileSync(file, 'utf8') === 'hello';
}
