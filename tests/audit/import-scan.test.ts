// The import scan behind --cache (lib/audit/importScan.ts): a file's specifiers are kept with the size and mtime
// they were read at and reused while both stay; the kept list is written only when something differs.
import { mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { importScan } from '../../lib/audit/importScan';
import { makeTempDir, removeTempDir } from '../integration/support/workspace';

let dir: string;
let main: string;
let scanFile: string;
const TIME = new Date('2024-01-02T03:04:05Z');

/** Writes main.ts with `text` and a fixed mtime. */
function writeMain(text: string, time = TIME): void {
  writeFileSync(main, text);
  utimesSync(main, time, time);
}

beforeEach(() => {
  dir = makeTempDir('import-scan');
  mkdirSync(path.join(dir, 'src'));
  for (const name of ['a', 'b', 'c']) writeFileSync(path.join(dir, `src/${name}.ts`), 'export {};\n');
  main = path.join(dir, 'src/main.ts');
  scanFile = path.join(dir, 'cache.async-io-imports.json');
});

afterEach(() => {
  removeTempDir(dir);
});

/** One run of the scan: main.ts's imports, saved after. */
function scanMain(): string[] {
  const scan = importScan(scanFile);
  const imports = scan.importsOf(main).map((file) => path.basename(file));
  scan.save();
  return imports;
}

describe('importScan', () => {
  it('reuses the kept specifiers while size and mtime stay, and reads the file again when either changes', () => {
    writeMain("import './a';\n");
    expect(scanMain()).toEqual(['a.ts']);
    // Same size and mtime: the kept list stands, the text is not read.
    writeMain("import './b';\n");
    expect(scanMain()).toEqual(['a.ts']);
    // Another mtime: read again.
    writeMain("import './b';\n", new Date('2024-01-02T03:04:06Z'));
    expect(scanMain()).toEqual(['b.ts']);
    // Another size, the same mtime: read again.
    writeMain("import './c'; \n", new Date('2024-01-02T03:04:06Z'));
    expect(scanMain()).toEqual(['c.ts']);
  });

  it('writes the kept list only when something was read or leads elsewhere', () => {
    writeMain("import { x } from './a';\n");
    scanMain();
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(scanFile, old, old);
    // Nothing changed: the list is not written again.
    scanMain();
    expect(statSync(scanFile).mtime).toEqual(old);
    // main.ts edited: read, so written.
    writeMain("import { x } from './b';\n", new Date('2024-01-02T03:04:06Z'));
    expect(scanMain()).toEqual(['b.ts']);
    expect(statSync(scanFile).mtime).not.toEqual(old);
  });
});
