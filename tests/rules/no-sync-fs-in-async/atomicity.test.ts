import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { js, runWithData, typedRuleTester } from '../../rule-tester';

// A sync check of a path whose result decides or feeds a later sync write, rename, mkdir or remove of the same path
// in the same function: the two run as one step, so neither gets an autofix; suggestions offer the atomic form where
// one exists, and the plain awaited twin.
runWithData(new RuleTester(), 'no-sync-fs-in-async check-then-act', rule, {
  valid: [],
  invalid: [
    {
      code: `import fs from 'node:fs';
import path from 'node:path';
export async function migrateOnce(dir: string, migrate: () => void) {
  const marker = path.join(dir, '.migrated');
  if (!fs.existsSync(marker)) {
    migrate();
    fs.writeFileSync(marker, '');
  }
}
export async function writeNew(dir: string, text: string) {
  if (!fs.existsSync(path.join(dir, 'a.txt'))) fs.writeFileSync(path.join(dir, 'a.txt'), text, 'utf8');
  if (fs.existsSync(\`\${dir}/b.txt\`)) {
    return;
  }
  fs.writeFileSync(\`\${dir}/b.txt\`, text, { mode: 0o600 });
}
export async function createOnce(file: string) {
  const exists = fs.existsSync(file);
  if (!exists) fs.writeFileSync(file, 'created');
  return exists;
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 5,
          column: 8,
          endLine: 5,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useAccess',
              output: `import fs from 'node:fs';
import path from 'node:path';
export async function migrateOnce(dir: string, migrate: () => void) {
  const marker = path.join(dir, '.migrated');
  if (!await fs.promises.access(marker).then(() => true, () => false)) {
    migrate();
    fs.writeFileSync(marker, '');
  }
}
export async function writeNew(dir: string, text: string) {
  if (!fs.existsSync(path.join(dir, 'a.txt'))) fs.writeFileSync(path.join(dir, 'a.txt'), text, 'utf8');
  if (fs.existsSync(\`\${dir}/b.txt\`)) {
    return;
  }
  fs.writeFileSync(\`\${dir}/b.txt\`, text, { mode: 0o600 });
}
export async function createOnce(file: string) {
  const exists = fs.existsSync(file);
  if (!exists) fs.writeFileSync(file, 'created');
  return exists;
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', related: 'existsSync' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'writeExclusive',
              output: `import fs from 'node:fs';
import path from 'node:path';
export async function migrateOnce(dir: string, migrate: () => void) {
  const marker = path.join(dir, '.migrated');
  if (!fs.existsSync(marker)) {
    migrate();
    await fs.promises.writeFile(marker, '', { flag: 'wx' });
  }
}
export async function writeNew(dir: string, text: string) {
  if (!fs.existsSync(path.join(dir, 'a.txt'))) fs.writeFileSync(path.join(dir, 'a.txt'), text, 'utf8');
  if (fs.existsSync(\`\${dir}/b.txt\`)) {
    return;
  }
  fs.writeFileSync(\`\${dir}/b.txt\`, text, { mode: 0o600 });
}
export async function createOnce(file: string) {
  const exists = fs.existsSync(file);
  if (!exists) fs.writeFileSync(file, 'created');
  return exists;
}`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import fs from 'node:fs';
import path from 'node:path';
export async function migrateOnce(dir: string, migrate: () => void) {
  const marker = path.join(dir, '.migrated');
  if (!fs.existsSync(marker)) {
    migrate();
    await fs.promises.writeFile(marker, '');
  }
}
export async function writeNew(dir: string, text: string) {
  if (!fs.existsSync(path.join(dir, 'a.txt'))) fs.writeFileSync(path.join(dir, 'a.txt'), text, 'utf8');
  if (fs.existsSync(\`\${dir}/b.txt\`)) {
    return;
  }
  fs.writeFileSync(\`\${dir}/b.txt\`, text, { mode: 0o600 });
}
export async function createOnce(file: string) {
  const exists = fs.existsSync(file);
  if (!exists) fs.writeFileSync(file, 'created');
  return exists;
}`,
            },
          ],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 11,
          column: 8,
          endLine: 11,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'useAccess',
              output: `import fs from 'node:fs';
import path from 'node:path';
export async function migrateOnce(dir: string, migrate: () => void) {
  const marker = path.join(dir, '.migrated');
  if (!fs.existsSync(marker)) {
    migrate();
    fs.writeFileSync(marker, '');
  }
}
export async function writeNew(dir: string, text: string) {
  if (!await fs.promises.access(path.join(dir, 'a.txt')).then(() => true, () => false)) fs.writeFileSync(path.join(dir, 'a.txt'), text, 'utf8');
  if (fs.existsSync(\`\${dir}/b.txt\`)) {
    return;
  }
  fs.writeFileSync(\`\${dir}/b.txt\`, text, { mode: 0o600 });
}
export async function createOnce(file: string) {
  const exists = fs.existsSync(file);
  if (!exists) fs.writeFileSync(file, 'created');
  return exists;
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', related: 'existsSync' },
          line: 11,
          column: 48,
          endLine: 11,
          endColumn: 103,
          suggestions: [
            {
              messageId: 'writeExclusive',
              output: `import fs from 'node:fs';
import path from 'node:path';
export async function migrateOnce(dir: string, migrate: () => void) {
  const marker = path.join(dir, '.migrated');
  if (!fs.existsSync(marker)) {
    migrate();
    fs.writeFileSync(marker, '');
  }
}
export async function writeNew(dir: string, text: string) {
  if (!fs.existsSync(path.join(dir, 'a.txt'))) await fs.promises.writeFile(path.join(dir, 'a.txt'), text, { encoding: 'utf8', flag: 'wx' });
  if (fs.existsSync(\`\${dir}/b.txt\`)) {
    return;
  }
  fs.writeFileSync(\`\${dir}/b.txt\`, text, { mode: 0o600 });
}
export async function createOnce(file: string) {
  const exists = fs.existsSync(file);
  if (!exists) fs.writeFileSync(file, 'created');
  return exists;
}`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import fs from 'node:fs';
import path from 'node:path';
export async function migrateOnce(dir: string, migrate: () => void) {
  const marker = path.join(dir, '.migrated');
  if (!fs.existsSync(marker)) {
    migrate();
    fs.writeFileSync(marker, '');
  }
}
export async function writeNew(dir: string, text: string) {
  if (!fs.existsSync(path.join(dir, 'a.txt'))) await fs.promises.writeFile(path.join(dir, 'a.txt'), text, 'utf8');
  if (fs.existsSync(\`\${dir}/b.txt\`)) {
    return;
  }
  fs.writeFileSync(\`\${dir}/b.txt\`, text, { mode: 0o600 });
}
export async function createOnce(file: string) {
  const exists = fs.existsSync(file);
  if (!exists) fs.writeFileSync(file, 'created');
  return exists;
}`,
            },
          ],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 12,
          column: 7,
          endLine: 12,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'useAccess',
              output: `import fs from 'node:fs';
import path from 'node:path';
export async function migrateOnce(dir: string, migrate: () => void) {
  const marker = path.join(dir, '.migrated');
  if (!fs.existsSync(marker)) {
    migrate();
    fs.writeFileSync(marker, '');
  }
}
export async function writeNew(dir: string, text: string) {
  if (!fs.existsSync(path.join(dir, 'a.txt'))) fs.writeFileSync(path.join(dir, 'a.txt'), text, 'utf8');
  if (await fs.promises.access(\`\${dir}/b.txt\`).then(() => true, () => false)) {
    return;
  }
  fs.writeFileSync(\`\${dir}/b.txt\`, text, { mode: 0o600 });
}
export async function createOnce(file: string) {
  const exists = fs.existsSync(file);
  if (!exists) fs.writeFileSync(file, 'created');
  return exists;
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', related: 'existsSync' },
          line: 15,
          column: 3,
          endLine: 15,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'writeExclusive',
              output: `import fs from 'node:fs';
import path from 'node:path';
export async function migrateOnce(dir: string, migrate: () => void) {
  const marker = path.join(dir, '.migrated');
  if (!fs.existsSync(marker)) {
    migrate();
    fs.writeFileSync(marker, '');
  }
}
export async function writeNew(dir: string, text: string) {
  if (!fs.existsSync(path.join(dir, 'a.txt'))) fs.writeFileSync(path.join(dir, 'a.txt'), text, 'utf8');
  if (fs.existsSync(\`\${dir}/b.txt\`)) {
    return;
  }
  await fs.promises.writeFile(\`\${dir}/b.txt\`, text, { mode: 0o600, flag: 'wx' });
}
export async function createOnce(file: string) {
  const exists = fs.existsSync(file);
  if (!exists) fs.writeFileSync(file, 'created');
  return exists;
}`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import fs from 'node:fs';
import path from 'node:path';
export async function migrateOnce(dir: string, migrate: () => void) {
  const marker = path.join(dir, '.migrated');
  if (!fs.existsSync(marker)) {
    migrate();
    fs.writeFileSync(marker, '');
  }
}
export async function writeNew(dir: string, text: string) {
  if (!fs.existsSync(path.join(dir, 'a.txt'))) fs.writeFileSync(path.join(dir, 'a.txt'), text, 'utf8');
  if (fs.existsSync(\`\${dir}/b.txt\`)) {
    return;
  }
  await fs.promises.writeFile(\`\${dir}/b.txt\`, text, { mode: 0o600 });
}
export async function createOnce(file: string) {
  const exists = fs.existsSync(file);
  if (!exists) fs.writeFileSync(file, 'created');
  return exists;
}`,
            },
          ],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 18,
          column: 18,
          endLine: 18,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useAccess',
              output: `import fs from 'node:fs';
import path from 'node:path';
export async function migrateOnce(dir: string, migrate: () => void) {
  const marker = path.join(dir, '.migrated');
  if (!fs.existsSync(marker)) {
    migrate();
    fs.writeFileSync(marker, '');
  }
}
export async function writeNew(dir: string, text: string) {
  if (!fs.existsSync(path.join(dir, 'a.txt'))) fs.writeFileSync(path.join(dir, 'a.txt'), text, 'utf8');
  if (fs.existsSync(\`\${dir}/b.txt\`)) {
    return;
  }
  fs.writeFileSync(\`\${dir}/b.txt\`, text, { mode: 0o600 });
}
export async function createOnce(file: string) {
  const exists = await fs.promises.access(file).then(() => true, () => false);
  if (!exists) fs.writeFileSync(file, 'created');
  return exists;
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', related: 'existsSync' },
          line: 19,
          column: 16,
          endLine: 19,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'writeExclusive',
              output: `import fs from 'node:fs';
import path from 'node:path';
export async function migrateOnce(dir: string, migrate: () => void) {
  const marker = path.join(dir, '.migrated');
  if (!fs.existsSync(marker)) {
    migrate();
    fs.writeFileSync(marker, '');
  }
}
export async function writeNew(dir: string, text: string) {
  if (!fs.existsSync(path.join(dir, 'a.txt'))) fs.writeFileSync(path.join(dir, 'a.txt'), text, 'utf8');
  if (fs.existsSync(\`\${dir}/b.txt\`)) {
    return;
  }
  fs.writeFileSync(\`\${dir}/b.txt\`, text, { mode: 0o600 });
}
export async function createOnce(file: string) {
  const exists = fs.existsSync(file);
  if (!exists) await fs.promises.writeFile(file, 'created', { flag: 'wx' });
  return exists;
}`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import fs from 'node:fs';
import path from 'node:path';
export async function migrateOnce(dir: string, migrate: () => void) {
  const marker = path.join(dir, '.migrated');
  if (!fs.existsSync(marker)) {
    migrate();
    fs.writeFileSync(marker, '');
  }
}
export async function writeNew(dir: string, text: string) {
  if (!fs.existsSync(path.join(dir, 'a.txt'))) fs.writeFileSync(path.join(dir, 'a.txt'), text, 'utf8');
  if (fs.existsSync(\`\${dir}/b.txt\`)) {
    return;
  }
  fs.writeFileSync(\`\${dir}/b.txt\`, text, { mode: 0o600 });
}
export async function createOnce(file: string) {
  const exists = fs.existsSync(file);
  if (!exists) await fs.promises.writeFile(file, 'created');
  return exists;
}`,
            },
          ],
        },
      ],
      name: 'writeFile after a not-exists check (also through a variable): flag wx added to no options, an encoding or an options object',
    },
    {
      code: `import fs from 'node:fs';
export async function ensureDir(dir: string) {
  if (fs.existsSync(dir)) return;
  fs.mkdirSync(dir);
}
export async function removeIfThere(file: string) {
  if (fs.existsSync(file)) fs.unlinkSync(file);
  else fs.writeFileSync(file, 'x', { flag: 'a' });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'useAccess',
              output: `import fs from 'node:fs';
export async function ensureDir(dir: string) {
  if (await fs.promises.access(dir).then(() => true, () => false)) return;
  fs.mkdirSync(dir);
}
export async function removeIfThere(file: string) {
  if (fs.existsSync(file)) fs.unlinkSync(file);
  else fs.writeFileSync(file, 'x', { flag: 'a' });
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'mkdirSync', related: 'existsSync' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'mkdirIgnoreExists',
              output: `import fs from 'node:fs';
export async function ensureDir(dir: string) {
  if (fs.existsSync(dir)) return;
  await fs.promises.mkdir(dir).catch((error) => (error?.code === 'EEXIST' ? undefined : Promise.reject(error)));
}
export async function removeIfThere(file: string) {
  if (fs.existsSync(file)) fs.unlinkSync(file);
  else fs.writeFileSync(file, 'x', { flag: 'a' });
}`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'mkdir' },
              output: `import fs from 'node:fs';
export async function ensureDir(dir: string) {
  if (fs.existsSync(dir)) return;
  await fs.promises.mkdir(dir);
}
export async function removeIfThere(file: string) {
  if (fs.existsSync(file)) fs.unlinkSync(file);
  else fs.writeFileSync(file, 'x', { flag: 'a' });
}`,
            },
          ],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'useAccess',
              output: `import fs from 'node:fs';
export async function ensureDir(dir: string) {
  if (fs.existsSync(dir)) return;
  fs.mkdirSync(dir);
}
export async function removeIfThere(file: string) {
  if (await fs.promises.access(file).then(() => true, () => false)) fs.unlinkSync(file);
  else fs.writeFileSync(file, 'x', { flag: 'a' });
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'unlinkSync', related: 'existsSync' },
          line: 7,
          column: 28,
          endLine: 7,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'removeIgnoreMissing',
              data: { twin: 'unlink' },
              output: `import fs from 'node:fs';
export async function ensureDir(dir: string) {
  if (fs.existsSync(dir)) return;
  fs.mkdirSync(dir);
}
export async function removeIfThere(file: string) {
  if (fs.existsSync(file)) await fs.promises.unlink(file).catch((error) => (error?.code === 'ENOENT' ? undefined : Promise.reject(error)));
  else fs.writeFileSync(file, 'x', { flag: 'a' });
}`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'unlink' },
              output: `import fs from 'node:fs';
export async function ensureDir(dir: string) {
  if (fs.existsSync(dir)) return;
  fs.mkdirSync(dir);
}
export async function removeIfThere(file: string) {
  if (fs.existsSync(file)) await fs.promises.unlink(file);
  else fs.writeFileSync(file, 'x', { flag: 'a' });
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', related: 'existsSync' },
          line: 8,
          column: 8,
          endLine: 8,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import fs from 'node:fs';
export async function ensureDir(dir: string) {
  if (fs.existsSync(dir)) return;
  fs.mkdirSync(dir);
}
export async function removeIfThere(file: string) {
  if (fs.existsSync(file)) fs.unlinkSync(file);
  else await fs.promises.writeFile(file, 'x', { flag: 'a' });
}`,
            },
          ],
        },
      ],
      name: 'mkdir after an early return, unlink inside the exists branch; a write that has its own flag gets only the plain twin',
    },
    {
      code: `import fs from 'node:fs';
export async function bump(file: string) {
  const count = Number(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, String(count + 1));
}
export async function replaceIfNewer(from: string, to: string) {
  if (fs.statSync(from).mtimeMs > fs.statSync(to).mtimeMs) fs.renameSync(from, to);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsCheckBeforeAct',
          data: { name: 'readFileSync', related: 'writeFileSync' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'readFile' },
              output: `import fs from 'node:fs';
export async function bump(file: string) {
  const count = Number(await fs.promises.readFile(file, 'utf8'));
  fs.writeFileSync(file, String(count + 1));
}
export async function replaceIfNewer(from: string, to: string) {
  if (fs.statSync(from).mtimeMs > fs.statSync(to).mtimeMs) fs.renameSync(from, to);
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', related: 'readFileSync' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import fs from 'node:fs';
export async function bump(file: string) {
  const count = Number(fs.readFileSync(file, 'utf8'));
  await fs.promises.writeFile(file, String(count + 1));
}
export async function replaceIfNewer(from: string, to: string) {
  if (fs.statSync(from).mtimeMs > fs.statSync(to).mtimeMs) fs.renameSync(from, to);
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckBeforeAct',
          data: { name: 'statSync', related: 'renameSync' },
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'stat' },
              output: `import fs from 'node:fs';
export async function bump(file: string) {
  const count = Number(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, String(count + 1));
}
export async function replaceIfNewer(from: string, to: string) {
  if ((await fs.promises.stat(from)).mtimeMs > fs.statSync(to).mtimeMs) fs.renameSync(from, to);
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckBeforeAct',
          data: { name: 'statSync', related: 'renameSync' },
          line: 7,
          column: 35,
          endLine: 7,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'stat' },
              output: `import fs from 'node:fs';
export async function bump(file: string) {
  const count = Number(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, String(count + 1));
}
export async function replaceIfNewer(from: string, to: string) {
  if (fs.statSync(from).mtimeMs > (await fs.promises.stat(to)).mtimeMs) fs.renameSync(from, to);
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'renameSync', related: 'statSync' },
          line: 7,
          column: 60,
          endLine: 7,
          endColumn: 83,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'rename' },
              output: `import fs from 'node:fs';
export async function bump(file: string) {
  const count = Number(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, String(count + 1));
}
export async function replaceIfNewer(from: string, to: string) {
  if (fs.statSync(from).mtimeMs > fs.statSync(to).mtimeMs) await fs.promises.rename(from, to);
}`,
            },
          ],
        },
      ],
      name: 'read-modify-write and stat-then-rename: the checks lose their fix too',
    },
    {
      code: `import { existsSync, mkdirSync } from 'node:fs';
export async function prepare(dir) {
  if (!existsSync(dir)) mkdirSync(dir);
  return dir;
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'useAccess',
              output: `import { mkdirSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function prepare(dir) {
  if (!await fsPromises.access(dir).then(() => true, () => false)) mkdirSync(dir);
  return dir;
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'mkdirSync', related: 'existsSync' },
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'mkdirIgnoreExists',
              output: `import { existsSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function prepare(dir) {
  if (!existsSync(dir)) await fsPromises.mkdir(dir).catch((error) => (error?.code === 'EEXIST' ? undefined : Promise.reject(error)));
  return dir;
}`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'mkdir' },
              output: `import { existsSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function prepare(dir) {
  if (!existsSync(dir)) await fsPromises.mkdir(dir);
  return dir;
}`,
            },
          ],
        },
      ],
      name: 'JavaScript, named imports: the suggestions declare the fs/promises binding',
      languageOptions: js,
    },
    {
      code: `import fs from 'node:fs';
export async function notTheSame(first: string, second: string) {
  let target = first;
  if (!fs.existsSync(target)) {
    target = second;
    fs.writeFileSync(target, '');
  }
  if (fs.existsSync(first)) {
    await Promise.all([second].map(async (file) => fs.unlinkSync(file)));
    fs.writeFileSync(second, 'other path');
  }
  fs.mkdirSync(\`\${first}.d\`);
  fs.statSync(\`\${first}.d\`);
}
export async function nested(file: string) {
  if (fs.existsSync(file)) return;
  const later = async () => fs.writeFileSync(file, '');
  await later();
}
export async function noReliance(dir: string, file: string) {
  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true });
  fs.existsSync(file);
  fs.writeFileSync(file, 'fresh');
}`,
      output: `import fs from 'node:fs';
export async function notTheSame(first: string, second: string) {
  let target = first;
  if (!fs.existsSync(target)) {
    target = second;
    await fs.promises.writeFile(target, '');
  }
  if (fs.existsSync(first)) {
    await Promise.all([second].map(async (file) => await fs.promises.unlink(file)));
    await fs.promises.writeFile(second, 'other path');
  }
  await fs.promises.mkdir(\`\${first}.d\`);
  await fs.promises.stat(\`\${first}.d\`);
}
export async function nested(file: string) {
  if (fs.existsSync(file)) return;
  const later = async () => await fs.promises.writeFile(file, '');
  await later();
}
export async function noReliance(dir: string, file: string) {
  if (!fs.existsSync(dir)) await fs.promises.mkdir(dir, { recursive: true });
  fs.existsSync(file);
  await fs.promises.writeFile(file, 'fresh');
}`,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 4,
          column: 8,
          endLine: 4,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import fs from 'node:fs';
export async function notTheSame(first: string, second: string) {
  let target = first;
  if (!await fs.promises.access(target).then(() => true, () => false)) {
    target = second;
    fs.writeFileSync(target, '');
  }
  if (fs.existsSync(first)) {
    await Promise.all([second].map(async (file) => fs.unlinkSync(file)));
    fs.writeFileSync(second, 'other path');
  }
  fs.mkdirSync(\`\${first}.d\`);
  fs.statSync(\`\${first}.d\`);
}
export async function nested(file: string) {
  if (fs.existsSync(file)) return;
  const later = async () => fs.writeFileSync(file, '');
  await later();
}
export async function noReliance(dir: string, file: string) {
  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true });
  fs.existsSync(file);
  fs.writeFileSync(file, 'fresh');
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: '' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 33,
          suggestions: [],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import fs from 'node:fs';
export async function notTheSame(first: string, second: string) {
  let target = first;
  if (!fs.existsSync(target)) {
    target = second;
    fs.writeFileSync(target, '');
  }
  if (await fs.promises.access(first).then(() => true, () => false)) {
    await Promise.all([second].map(async (file) => fs.unlinkSync(file)));
    fs.writeFileSync(second, 'other path');
  }
  fs.mkdirSync(\`\${first}.d\`);
  fs.statSync(\`\${first}.d\`);
}
export async function nested(file: string) {
  if (fs.existsSync(file)) return;
  const later = async () => fs.writeFileSync(file, '');
  await later();
}
export async function noReliance(dir: string, file: string) {
  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true });
  fs.existsSync(file);
  fs.writeFileSync(file, 'fresh');
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises', related: '' },
          line: 9,
          column: 52,
          endLine: 9,
          endColumn: 71,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: '' },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 43,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'mkdirSync', twin: 'mkdir', source: 'fs/promises', related: '' },
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 29,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises', related: '' },
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 28,
          suggestions: [],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 16,
          column: 7,
          endLine: 16,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import fs from 'node:fs';
export async function notTheSame(first: string, second: string) {
  let target = first;
  if (!fs.existsSync(target)) {
    target = second;
    fs.writeFileSync(target, '');
  }
  if (fs.existsSync(first)) {
    await Promise.all([second].map(async (file) => fs.unlinkSync(file)));
    fs.writeFileSync(second, 'other path');
  }
  fs.mkdirSync(\`\${first}.d\`);
  fs.statSync(\`\${first}.d\`);
}
export async function nested(file: string) {
  if (await fs.promises.access(file).then(() => true, () => false)) return;
  const later = async () => fs.writeFileSync(file, '');
  await later();
}
export async function noReliance(dir: string, file: string) {
  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true });
  fs.existsSync(file);
  fs.writeFileSync(file, 'fresh');
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: '' },
          line: 17,
          column: 29,
          endLine: 17,
          endColumn: 55,
          suggestions: [],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 21,
          column: 8,
          endLine: 21,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import fs from 'node:fs';
export async function notTheSame(first: string, second: string) {
  let target = first;
  if (!fs.existsSync(target)) {
    target = second;
    fs.writeFileSync(target, '');
  }
  if (fs.existsSync(first)) {
    await Promise.all([second].map(async (file) => fs.unlinkSync(file)));
    fs.writeFileSync(second, 'other path');
  }
  fs.mkdirSync(\`\${first}.d\`);
  fs.statSync(\`\${first}.d\`);
}
export async function nested(file: string) {
  if (fs.existsSync(file)) return;
  const later = async () => fs.writeFileSync(file, '');
  await later();
}
export async function noReliance(dir: string, file: string) {
  if (!await fs.promises.access(dir).then(() => true, () => false)) fs.mkdirSync(dir, { recursive: true });
  fs.existsSync(file);
  fs.writeFileSync(file, 'fresh');
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'mkdirSync', twin: 'mkdir', source: 'fs/promises', related: '' },
          line: 21,
          column: 28,
          endLine: 21,
          endColumn: 66,
          suggestions: [],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 22,
          column: 3,
          endLine: 22,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import fs from 'node:fs';
export async function notTheSame(first: string, second: string) {
  let target = first;
  if (!fs.existsSync(target)) {
    target = second;
    fs.writeFileSync(target, '');
  }
  if (fs.existsSync(first)) {
    await Promise.all([second].map(async (file) => fs.unlinkSync(file)));
    fs.writeFileSync(second, 'other path');
  }
  fs.mkdirSync(\`\${first}.d\`);
  fs.statSync(\`\${first}.d\`);
}
export async function nested(file: string) {
  if (fs.existsSync(file)) return;
  const later = async () => fs.writeFileSync(file, '');
  await later();
}
export async function noReliance(dir: string, file: string) {
  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true });
  await fs.promises.access(file).then(() => true, () => false);
  fs.writeFileSync(file, 'fresh');
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: '' },
          line: 23,
          column: 3,
          endLine: 23,
          endColumn: 34,
          suggestions: [],
        },
      ],
      name: 'no pair: reassigned in between, another function, another path, a check after the act, an idempotent mkdir, an existence check whose result is dropped',
    },
    {
      code: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
      output: null,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!await fsPromises.access(this.marker).then(() => true, () => false)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: 'existsSync' },
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'writeExclusive',
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      await fsPromises.writeFile(this.marker, '', { flag: 'wx' });
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      await fsPromises.writeFile(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 12,
          column: 10,
          endLine: 12,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!await fsPromises.access(this.#lock).then(() => true, () => false)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: 'existsSync' },
          line: 12,
          column: 34,
          endLine: 12,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'writeExclusive',
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) await fsPromises.writeFile(this.#lock, 'held', { flag: 'wx' });
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) await fsPromises.writeFile(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 16,
          column: 8,
          endLine: 16,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!await fsPromises.access(opts.dir).then(() => true, () => false)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'mkdirSync', twin: 'mkdir', source: 'fs/promises', related: 'existsSync' },
          line: 16,
          column: 30,
          endLine: 16,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'mkdirIgnoreExists',
              output: `import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) await fsPromises.mkdir(opts.dir).catch((error) => (error?.code === 'EEXIST' ? undefined : Promise.reject(error)));
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'mkdir' },
              output: `import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) await fsPromises.mkdir(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 17,
          column: 8,
          endLine: 17,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!await fsPromises.access(args[0]).then(() => true, () => false)) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: 'existsSync' },
          line: 17,
          column: 29,
          endLine: 17,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'writeExclusive',
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) await fsPromises.writeFile(args['0'], '', { flag: 'wx' });
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) await fsPromises.writeFile(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 18,
          column: 8,
          endLine: 18,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!await fsPromises.access(path.join(opts.dir, 'a')).then(() => true, () => false)) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: 'existsSync' },
          line: 18,
          column: 46,
          endLine: 18,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'writeExclusive',
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) await fsPromises.writeFile(path.join(opts.dir, 'a'), '', { flag: 'wx' });
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) await fsPromises.writeFile(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 19,
          column: 8,
          endLine: 19,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!await fsPromises.access(\`\${opts['dir']}/b\`).then(() => true, () => false)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: 'existsSync' },
          line: 19,
          column: 40,
          endLine: 19,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'writeExclusive',
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) await fsPromises.writeFile(\`\${opts.dir}/b\`, '', { flag: 'wx' });
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) await fsPromises.writeFile(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 20,
          column: 8,
          endLine: 20,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!await fsPromises.access(opts.tmp?.dir ?? '').then(() => true, () => false)) return;
  if (!existsSync(opts.tmp!.dir)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 21,
          column: 8,
          endLine: 21,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!await fsPromises.access(opts.tmp!.dir).then(() => true, () => false)) writeFileSync(opts.tmp?.dir as string, '');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: 'existsSync' },
          line: 21,
          column: 35,
          endLine: 21,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'writeExclusive',
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) await fsPromises.writeFile(opts.tmp?.dir as string, '', { flag: 'wx' });
}
`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
export class Store {
  marker = '.migrated';
  #lock = '.lock';
  migrate(): void {}
  async init() {
    if (!existsSync(this.marker)) {
      this.migrate();
      writeFileSync(this.marker, '');
    }
    if (!existsSync(this.#lock)) writeFileSync(this.#lock, 'held');
  }
}
export async function run(opts: { dir: string; tmp?: { dir: string } }, args: string[]) {
  if (!existsSync(opts.dir)) mkdirSync(opts.dir);
  if (!existsSync(args[0])) writeFileSync(args['0'], '');
  if (!existsSync(path.join(opts.dir, 'a'))) writeFileSync(path.join(opts.dir, 'a'), '');
  if (!existsSync(\`\${opts['dir']}/b\`)) writeFileSync(\`\${opts.dir}/b\`, '');
  if (!existsSync(opts.tmp?.dir ?? '')) return;
  if (!existsSync(opts.tmp!.dir)) await fsPromises.writeFile(opts.tmp?.dir as string, '');
}
`,
            },
          ],
        },
      ],
      name: 'member paths pair: this.x, this.#x, a property of a parameter, a literal index, in templates and path calls, optional and non-null chains',
    },
    {
      code: `import { existsSync, writeFileSync } from 'node:fs';
declare function load(): { dir: string };
export async function run(opts: { dir: string }, other: { dir: string }, key: 'dir') {
  if (!existsSync(opts[key])) writeFileSync(opts[key], '');
  if (!existsSync(load().dir)) writeFileSync(load().dir, '');
  if (!existsSync(opts.dir)) {
    opts = other;
    writeFileSync(opts.dir, '');
  }
}
`,
      output: `import { existsSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
declare function load(): { dir: string };
export async function run(opts: { dir: string }, other: { dir: string }, key: 'dir') {
  if (!existsSync(opts[key])) await fsPromises.writeFile(opts[key], '');
  if (!existsSync(load().dir)) await fsPromises.writeFile(load().dir, '');
  if (!existsSync(opts.dir)) {
    opts = other;
    await fsPromises.writeFile(opts.dir, '');
  }
}
`,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 4,
          column: 8,
          endLine: 4,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { existsSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
declare function load(): { dir: string };
export async function run(opts: { dir: string }, other: { dir: string }, key: 'dir') {
  if (!await fsPromises.access(opts[key]).then(() => true, () => false)) writeFileSync(opts[key], '');
  if (!existsSync(load().dir)) writeFileSync(load().dir, '');
  if (!existsSync(opts.dir)) {
    opts = other;
    writeFileSync(opts.dir, '');
  }
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: '' },
          line: 4,
          column: 31,
          endLine: 4,
          endColumn: 59,
          suggestions: [],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 5,
          column: 8,
          endLine: 5,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { existsSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
declare function load(): { dir: string };
export async function run(opts: { dir: string }, other: { dir: string }, key: 'dir') {
  if (!existsSync(opts[key])) writeFileSync(opts[key], '');
  if (!await fsPromises.access(load().dir).then(() => true, () => false)) writeFileSync(load().dir, '');
  if (!existsSync(opts.dir)) {
    opts = other;
    writeFileSync(opts.dir, '');
  }
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: '' },
          line: 5,
          column: 32,
          endLine: 5,
          endColumn: 61,
          suggestions: [],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 6,
          column: 8,
          endLine: 6,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { existsSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
declare function load(): { dir: string };
export async function run(opts: { dir: string }, other: { dir: string }, key: 'dir') {
  if (!existsSync(opts[key])) writeFileSync(opts[key], '');
  if (!existsSync(load().dir)) writeFileSync(load().dir, '');
  if (!await fsPromises.access(opts.dir).then(() => true, () => false)) {
    opts = other;
    writeFileSync(opts.dir, '');
  }
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: '' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 32,
          suggestions: [],
        },
      ],
      name: 'member paths that do not pair: a computed non-literal key, a call in the chain, a root reassigned in between',
    },
    {
      code: `import { accessSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
export async function viaException(m: string, migrate: () => void) {
  try {
    accessSync(m);
  } catch {
    migrate();
    writeFileSync(m, '');
  }
}
export async function assignedLater(m: string) {
  let done;
  done = existsSync(m);
  if (!done) writeFileSync(m, '');
}
export async function destructured(p: string) {
  const { size } = statSync(p);
  if (size === 0) writeFileSync(p, 'x');
}
export async function secondBinding(p: string) {
  const cfg = JSON.parse(readFileSync(p, 'utf8'));
  const next = { ...cfg, runs: 1 };
  writeFileSync(p, JSON.stringify(next));
}
export async function readAfter(p: string) {
  readFileSync(p);
  const present = existsSync(p);
  writeFileSync(p, 'fresh');
  return present;
}
`,
      output: `import { accessSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function viaException(m: string, migrate: () => void) {
  try {
    accessSync(m);
  } catch {
    migrate();
    writeFileSync(m, '');
  }
}
export async function assignedLater(m: string) {
  let done;
  done = existsSync(m);
  if (!done) writeFileSync(m, '');
}
export async function destructured(p: string) {
  const { size } = statSync(p);
  if (size === 0) writeFileSync(p, 'x');
}
export async function secondBinding(p: string) {
  const cfg = JSON.parse(readFileSync(p, 'utf8'));
  const next = { ...cfg, runs: 1 };
  writeFileSync(p, JSON.stringify(next));
}
export async function readAfter(p: string) {
  await fsPromises.readFile(p);
  const present = existsSync(p);
  writeFileSync(p, 'fresh');
  return present;
}
`,
      errors: [
        {
          messageId: 'syncFsCheckBeforeAct',
          data: { name: 'accessSync', twin: 'access', source: 'fs/promises', related: 'writeFileSync' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'access' },
              output: `import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function viaException(m: string, migrate: () => void) {
  try {
    await fsPromises.access(m);
  } catch {
    migrate();
    writeFileSync(m, '');
  }
}
export async function assignedLater(m: string) {
  let done;
  done = existsSync(m);
  if (!done) writeFileSync(m, '');
}
export async function destructured(p: string) {
  const { size } = statSync(p);
  if (size === 0) writeFileSync(p, 'x');
}
export async function secondBinding(p: string) {
  const cfg = JSON.parse(readFileSync(p, 'utf8'));
  const next = { ...cfg, runs: 1 };
  writeFileSync(p, JSON.stringify(next));
}
export async function readAfter(p: string) {
  readFileSync(p);
  const present = existsSync(p);
  writeFileSync(p, 'fresh');
  return present;
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: 'accessSync' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import { accessSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function viaException(m: string, migrate: () => void) {
  try {
    accessSync(m);
  } catch {
    migrate();
    await fsPromises.writeFile(m, '');
  }
}
export async function assignedLater(m: string) {
  let done;
  done = existsSync(m);
  if (!done) writeFileSync(m, '');
}
export async function destructured(p: string) {
  const { size } = statSync(p);
  if (size === 0) writeFileSync(p, 'x');
}
export async function secondBinding(p: string) {
  const cfg = JSON.parse(readFileSync(p, 'utf8'));
  const next = { ...cfg, runs: 1 };
  writeFileSync(p, JSON.stringify(next));
}
export async function readAfter(p: string) {
  readFileSync(p);
  const present = existsSync(p);
  writeFileSync(p, 'fresh');
  return present;
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 12,
          column: 10,
          endLine: 12,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { accessSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function viaException(m: string, migrate: () => void) {
  try {
    accessSync(m);
  } catch {
    migrate();
    writeFileSync(m, '');
  }
}
export async function assignedLater(m: string) {
  let done;
  done = await fsPromises.access(m).then(() => true, () => false);
  if (!done) writeFileSync(m, '');
}
export async function destructured(p: string) {
  const { size } = statSync(p);
  if (size === 0) writeFileSync(p, 'x');
}
export async function secondBinding(p: string) {
  const cfg = JSON.parse(readFileSync(p, 'utf8'));
  const next = { ...cfg, runs: 1 };
  writeFileSync(p, JSON.stringify(next));
}
export async function readAfter(p: string) {
  readFileSync(p);
  const present = existsSync(p);
  writeFileSync(p, 'fresh');
  return present;
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: 'existsSync' },
          line: 13,
          column: 14,
          endLine: 13,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'writeExclusive',
              output: `import { accessSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function viaException(m: string, migrate: () => void) {
  try {
    accessSync(m);
  } catch {
    migrate();
    writeFileSync(m, '');
  }
}
export async function assignedLater(m: string) {
  let done;
  done = existsSync(m);
  if (!done) await fsPromises.writeFile(m, '', { flag: 'wx' });
}
export async function destructured(p: string) {
  const { size } = statSync(p);
  if (size === 0) writeFileSync(p, 'x');
}
export async function secondBinding(p: string) {
  const cfg = JSON.parse(readFileSync(p, 'utf8'));
  const next = { ...cfg, runs: 1 };
  writeFileSync(p, JSON.stringify(next));
}
export async function readAfter(p: string) {
  readFileSync(p);
  const present = existsSync(p);
  writeFileSync(p, 'fresh');
  return present;
}
`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import { accessSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function viaException(m: string, migrate: () => void) {
  try {
    accessSync(m);
  } catch {
    migrate();
    writeFileSync(m, '');
  }
}
export async function assignedLater(m: string) {
  let done;
  done = existsSync(m);
  if (!done) await fsPromises.writeFile(m, '');
}
export async function destructured(p: string) {
  const { size } = statSync(p);
  if (size === 0) writeFileSync(p, 'x');
}
export async function secondBinding(p: string) {
  const cfg = JSON.parse(readFileSync(p, 'utf8'));
  const next = { ...cfg, runs: 1 };
  writeFileSync(p, JSON.stringify(next));
}
export async function readAfter(p: string) {
  readFileSync(p);
  const present = existsSync(p);
  writeFileSync(p, 'fresh');
  return present;
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckBeforeAct',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises', related: 'writeFileSync' },
          line: 16,
          column: 20,
          endLine: 16,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'stat' },
              output: `import { accessSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function viaException(m: string, migrate: () => void) {
  try {
    accessSync(m);
  } catch {
    migrate();
    writeFileSync(m, '');
  }
}
export async function assignedLater(m: string) {
  let done;
  done = existsSync(m);
  if (!done) writeFileSync(m, '');
}
export async function destructured(p: string) {
  const { size } = await fsPromises.stat(p);
  if (size === 0) writeFileSync(p, 'x');
}
export async function secondBinding(p: string) {
  const cfg = JSON.parse(readFileSync(p, 'utf8'));
  const next = { ...cfg, runs: 1 };
  writeFileSync(p, JSON.stringify(next));
}
export async function readAfter(p: string) {
  readFileSync(p);
  const present = existsSync(p);
  writeFileSync(p, 'fresh');
  return present;
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: 'statSync' },
          line: 17,
          column: 19,
          endLine: 17,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import { accessSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function viaException(m: string, migrate: () => void) {
  try {
    accessSync(m);
  } catch {
    migrate();
    writeFileSync(m, '');
  }
}
export async function assignedLater(m: string) {
  let done;
  done = existsSync(m);
  if (!done) writeFileSync(m, '');
}
export async function destructured(p: string) {
  const { size } = statSync(p);
  if (size === 0) await fsPromises.writeFile(p, 'x');
}
export async function secondBinding(p: string) {
  const cfg = JSON.parse(readFileSync(p, 'utf8'));
  const next = { ...cfg, runs: 1 };
  writeFileSync(p, JSON.stringify(next));
}
export async function readAfter(p: string) {
  readFileSync(p);
  const present = existsSync(p);
  writeFileSync(p, 'fresh');
  return present;
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckBeforeAct',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises', related: 'writeFileSync' },
          line: 20,
          column: 26,
          endLine: 20,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'readFile' },
              output: `import { accessSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function viaException(m: string, migrate: () => void) {
  try {
    accessSync(m);
  } catch {
    migrate();
    writeFileSync(m, '');
  }
}
export async function assignedLater(m: string) {
  let done;
  done = existsSync(m);
  if (!done) writeFileSync(m, '');
}
export async function destructured(p: string) {
  const { size } = statSync(p);
  if (size === 0) writeFileSync(p, 'x');
}
export async function secondBinding(p: string) {
  const cfg = JSON.parse(await fsPromises.readFile(p, 'utf8'));
  const next = { ...cfg, runs: 1 };
  writeFileSync(p, JSON.stringify(next));
}
export async function readAfter(p: string) {
  readFileSync(p);
  const present = existsSync(p);
  writeFileSync(p, 'fresh');
  return present;
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: 'readFileSync' },
          line: 22,
          column: 3,
          endLine: 22,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import { accessSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function viaException(m: string, migrate: () => void) {
  try {
    accessSync(m);
  } catch {
    migrate();
    writeFileSync(m, '');
  }
}
export async function assignedLater(m: string) {
  let done;
  done = existsSync(m);
  if (!done) writeFileSync(m, '');
}
export async function destructured(p: string) {
  const { size } = statSync(p);
  if (size === 0) writeFileSync(p, 'x');
}
export async function secondBinding(p: string) {
  const cfg = JSON.parse(readFileSync(p, 'utf8'));
  const next = { ...cfg, runs: 1 };
  await fsPromises.writeFile(p, JSON.stringify(next));
}
export async function readAfter(p: string) {
  readFileSync(p);
  const present = existsSync(p);
  writeFileSync(p, 'fresh');
  return present;
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises', related: '' },
          line: 25,
          column: 3,
          endLine: 25,
          endColumn: 18,
          suggestions: [],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 26,
          column: 19,
          endLine: 26,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { accessSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function viaException(m: string, migrate: () => void) {
  try {
    accessSync(m);
  } catch {
    migrate();
    writeFileSync(m, '');
  }
}
export async function assignedLater(m: string) {
  let done;
  done = existsSync(m);
  if (!done) writeFileSync(m, '');
}
export async function destructured(p: string) {
  const { size } = statSync(p);
  if (size === 0) writeFileSync(p, 'x');
}
export async function secondBinding(p: string) {
  const cfg = JSON.parse(readFileSync(p, 'utf8'));
  const next = { ...cfg, runs: 1 };
  writeFileSync(p, JSON.stringify(next));
}
export async function readAfter(p: string) {
  readFileSync(p);
  const present = await fsPromises.access(p).then(() => true, () => false);
  writeFileSync(p, 'fresh');
  return present;
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: 'existsSync' },
          line: 27,
          column: 3,
          endLine: 27,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import { accessSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function viaException(m: string, migrate: () => void) {
  try {
    accessSync(m);
  } catch {
    migrate();
    writeFileSync(m, '');
  }
}
export async function assignedLater(m: string) {
  let done;
  done = existsSync(m);
  if (!done) writeFileSync(m, '');
}
export async function destructured(p: string) {
  const { size } = statSync(p);
  if (size === 0) writeFileSync(p, 'x');
}
export async function secondBinding(p: string) {
  const cfg = JSON.parse(readFileSync(p, 'utf8'));
  const next = { ...cfg, runs: 1 };
  writeFileSync(p, JSON.stringify(next));
}
export async function readAfter(p: string) {
  readFileSync(p);
  const present = existsSync(p);
  await fsPromises.writeFile(p, 'fresh');
  return present;
}
`,
            },
          ],
        },
      ],
      name: 'dependence not ruled out pairs: an exception caught, a result assigned later, destructured, data through a second binding, a bound result read after the act',
    },
    {
      code: `import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
export async function inert(p: string, q: string, r: string, s: string) {
  existsSync(p);
  writeFileSync(p, 'fresh');
  const unused = existsSync(q);
  writeFileSync(q, 'fresh');
  readFileSync(r);
  writeFileSync(r, 'fresh');
  appendFileSync(p, readFileSync(s));
  writeFileSync(s, 'fresh');
}
`,
      output: `import { existsSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function inert(p: string, q: string, r: string, s: string) {
  existsSync(p);
  await fsPromises.writeFile(p, 'fresh');
  const unused = existsSync(q);
  await fsPromises.writeFile(q, 'fresh');
  await fsPromises.readFile(r);
  await fsPromises.writeFile(r, 'fresh');
  await fsPromises.appendFile(p, await fsPromises.readFile(s));
  await fsPromises.writeFile(s, 'fresh');
}
`,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function inert(p: string, q: string, r: string, s: string) {
  await fsPromises.access(p).then(() => true, () => false);
  writeFileSync(p, 'fresh');
  const unused = existsSync(q);
  writeFileSync(q, 'fresh');
  readFileSync(r);
  writeFileSync(r, 'fresh');
  appendFileSync(p, readFileSync(s));
  writeFileSync(s, 'fresh');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: '' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 28,
          suggestions: [],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', related: '' },
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function inert(p: string, q: string, r: string, s: string) {
  existsSync(p);
  writeFileSync(p, 'fresh');
  const unused = await fsPromises.access(q).then(() => true, () => false);
  writeFileSync(q, 'fresh');
  readFileSync(r);
  writeFileSync(r, 'fresh');
  appendFileSync(p, readFileSync(s));
  writeFileSync(s, 'fresh');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: '' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 28,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises', related: '' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 18,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: '' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 28,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'appendFileSync', twin: 'appendFile', source: 'fs/promises', related: '' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 37,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises', related: '' },
          line: 9,
          column: 21,
          endLine: 9,
          endColumn: 36,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: '' },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 28,
          suggestions: [],
        },
      ],
      name: 'no pair: an existence check whose result is dropped or never read; an unbound result used elsewhere, outside a try',
    },
  ],
});

runWithData(typedRuleTester('no-sync-fs-in-async'), 'no-sync-fs-in-async check-then-act with type information', rule, {
  valid: [],
  invalid: [
    {
      code: `import fs from 'node:fs';
export async function bump(file: string) {
  const count = Number(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, String(count + 1));
}
export async function replaceIfNewer(from: string, to: string) {
  if (fs.statSync(from).mtimeMs > fs.statSync(to).mtimeMs) fs.renameSync(from, to);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsCheckBeforeAct',
          data: { name: 'readFileSync', related: 'writeFileSync' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'readFile' },
              output: `import fs from 'node:fs';
export async function bump(file: string) {
  const count = Number(await fs.promises.readFile(file, 'utf8'));
  fs.writeFileSync(file, String(count + 1));
}
export async function replaceIfNewer(from: string, to: string) {
  if (fs.statSync(from).mtimeMs > fs.statSync(to).mtimeMs) fs.renameSync(from, to);
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', related: 'readFileSync' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import fs from 'node:fs';
export async function bump(file: string) {
  const count = Number(fs.readFileSync(file, 'utf8'));
  await fs.promises.writeFile(file, String(count + 1));
}
export async function replaceIfNewer(from: string, to: string) {
  if (fs.statSync(from).mtimeMs > fs.statSync(to).mtimeMs) fs.renameSync(from, to);
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckBeforeAct',
          data: { name: 'statSync', related: 'renameSync' },
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'stat' },
              output: `import fs from 'node:fs';
export async function bump(file: string) {
  const count = Number(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, String(count + 1));
}
export async function replaceIfNewer(from: string, to: string) {
  if ((await fs.promises.stat(from)).mtimeMs > fs.statSync(to).mtimeMs) fs.renameSync(from, to);
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckBeforeAct',
          data: { name: 'statSync', related: 'renameSync' },
          line: 7,
          column: 35,
          endLine: 7,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'stat' },
              output: `import fs from 'node:fs';
export async function bump(file: string) {
  const count = Number(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, String(count + 1));
}
export async function replaceIfNewer(from: string, to: string) {
  if (fs.statSync(from).mtimeMs > (await fs.promises.stat(to)).mtimeMs) fs.renameSync(from, to);
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'renameSync', related: 'statSync' },
          line: 7,
          column: 60,
          endLine: 7,
          endColumn: 83,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'rename' },
              output: `import fs from 'node:fs';
export async function bump(file: string) {
  const count = Number(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, String(count + 1));
}
export async function replaceIfNewer(from: string, to: string) {
  if (fs.statSync(from).mtimeMs > fs.statSync(to).mtimeMs) await fs.promises.rename(from, to);
}`,
            },
          ],
        },
      ],
      name: 'the same pairs with type information',
    },
  ],
});

// Issue 14, round 2: a check's result that escapes into a call still pairs; an await that always runs between the
// check and the act means the two were never one step, so they keep the plain autofix.
runWithData(new RuleTester(), 'no-sync-fs-in-async check-then-act: escapes and awaits between', rule, {
  valid: [],
  invalid: [
    {
      code: `import { existsSync, writeFileSync } from 'node:fs';
export async function probe(p: string) {
  try {
    existsSync(p);
  } catch {
    return;
  }
  writeFileSync(p, 'fresh');
}
`,
      output: `import { existsSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function probe(p: string) {
  try {
    existsSync(p);
  } catch {
    return;
  }
  await fsPromises.writeFile(p, 'fresh');
}
`,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'useAccess',
              output: `import { writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function probe(p: string) {
  try {
    await fsPromises.access(p).then(() => true, () => false);
  } catch {
    return;
  }
  writeFileSync(p, 'fresh');
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 28,
          suggestions: [],
        },
      ],
      name: 'an existence check in a try cannot throw: the write after it does not rely on it',
    },
    {
      code: `import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
export async function f(p: string, q: string, log: Buffer[], use: (s: unknown) => void) {
  log.push(readFileSync(p));
  writeFileSync(p, 'x');
  use(statSync(q));
  renameSync(q, p);
}
`,
      output: null,
      errors: [
        {
          messageId: 'syncFsCheckBeforeAct',
          data: { name: 'readFileSync', related: 'writeFileSync' },
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'readFile' },
              output: `import { renameSync, statSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function f(p: string, q: string, log: Buffer[], use: (s: unknown) => void) {
  log.push(await fsPromises.readFile(p));
  writeFileSync(p, 'x');
  use(statSync(q));
  renameSync(q, p);
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', related: 'readFileSync' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import { readFileSync, renameSync, statSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function f(p: string, q: string, log: Buffer[], use: (s: unknown) => void) {
  log.push(readFileSync(p));
  await fsPromises.writeFile(p, 'x');
  use(statSync(q));
  renameSync(q, p);
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckBeforeAct',
          data: { name: 'statSync', related: 'renameSync' },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'stat' },
              output: `import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function f(p: string, q: string, log: Buffer[], use: (s: unknown) => void) {
  log.push(readFileSync(p));
  writeFileSync(p, 'x');
  use(await fsPromises.stat(q));
  renameSync(q, p);
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'renameSync', related: 'statSync' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'rename' },
              output: `import { readFileSync, statSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function f(p: string, q: string, log: Buffer[], use: (s: unknown) => void) {
  log.push(readFileSync(p));
  writeFileSync(p, 'x');
  use(statSync(q));
  await fsPromises.rename(q, p);
}
`,
            },
          ],
        },
      ],
      name: 'a result handed unbound to another call escapes: the pair stands',
    },
    {
      code: `import { existsSync, writeFileSync } from 'node:fs';
export async function migrateOnce(marker: string, migrate: () => Promise<void>) {
  if (!existsSync(marker)) {
    await migrate();
    writeFileSync(marker, 'done');
  }
}
export async function render(out: string, page: () => Promise<string>) {
  if (!existsSync(out)) writeFileSync(out, await page());
}
`,
      output: `import { existsSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function migrateOnce(marker: string, migrate: () => Promise<void>) {
  if (!existsSync(marker)) {
    await migrate();
    await fsPromises.writeFile(marker, 'done');
  }
}
export async function render(out: string, page: () => Promise<string>) {
  if (!existsSync(out)) await fsPromises.writeFile(out, await page());
}
`,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'useAccess',
              output: `import { existsSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function migrateOnce(marker: string, migrate: () => Promise<void>) {
  if (!await fsPromises.access(marker).then(() => true, () => false)) {
    await migrate();
    writeFileSync(marker, 'done');
  }
}
export async function render(out: string, page: () => Promise<string>) {
  if (!existsSync(out)) writeFileSync(out, await page());
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 34,
          suggestions: [],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 9,
          column: 8,
          endLine: 9,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'useAccess',
              output: `import { existsSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function migrateOnce(marker: string, migrate: () => Promise<void>) {
  if (!existsSync(marker)) {
    await migrate();
    writeFileSync(marker, 'done');
  }
}
export async function render(out: string, page: () => Promise<string>) {
  if (!await fsPromises.access(out).then(() => true, () => false)) writeFileSync(out, await page());
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises' },
          line: 9,
          column: 25,
          endLine: 9,
          endColumn: 57,
          suggestions: [],
        },
      ],
      name: 'an await between the check and the act, or in the act’s arguments: no pair, the plain autofix stays',
    },
    {
      code: `import { existsSync, writeFileSync } from 'node:fs';
export async function maybeSlow(marker: string, slow: boolean, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    if (slow) await wait();
    writeFileSync(marker, 'done');
  }
}
export async function later(marker: string, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    setTimeout(async () => { await wait(); }, 10);
    writeFileSync(marker, 'done');
  }
}
export async function cached(marker: string, state: { text?: string }, load: () => Promise<string>) {
  if (!existsSync(marker)) {
    state.text ||= await load();
    writeFileSync(marker, state.text);
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'useAccess',
              output: `import { existsSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function maybeSlow(marker: string, slow: boolean, wait: () => Promise<void>) {
  if (!await fsPromises.access(marker).then(() => true, () => false)) {
    if (slow) await wait();
    writeFileSync(marker, 'done');
  }
}
export async function later(marker: string, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    setTimeout(async () => { await wait(); }, 10);
    writeFileSync(marker, 'done');
  }
}
export async function cached(marker: string, state: { text?: string }, load: () => Promise<string>) {
  if (!existsSync(marker)) {
    state.text ||= await load();
    writeFileSync(marker, state.text);
  }
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', related: 'existsSync' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'writeExclusive',
              output: `import { existsSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function maybeSlow(marker: string, slow: boolean, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    if (slow) await wait();
    await fsPromises.writeFile(marker, 'done', { flag: 'wx' });
  }
}
export async function later(marker: string, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    setTimeout(async () => { await wait(); }, 10);
    writeFileSync(marker, 'done');
  }
}
export async function cached(marker: string, state: { text?: string }, load: () => Promise<string>) {
  if (!existsSync(marker)) {
    state.text ||= await load();
    writeFileSync(marker, state.text);
  }
}
`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import { existsSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function maybeSlow(marker: string, slow: boolean, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    if (slow) await wait();
    await fsPromises.writeFile(marker, 'done');
  }
}
export async function later(marker: string, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    setTimeout(async () => { await wait(); }, 10);
    writeFileSync(marker, 'done');
  }
}
export async function cached(marker: string, state: { text?: string }, load: () => Promise<string>) {
  if (!existsSync(marker)) {
    state.text ||= await load();
    writeFileSync(marker, state.text);
  }
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 9,
          column: 8,
          endLine: 9,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'useAccess',
              output: `import { existsSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function maybeSlow(marker: string, slow: boolean, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    if (slow) await wait();
    writeFileSync(marker, 'done');
  }
}
export async function later(marker: string, wait: () => Promise<void>) {
  if (!await fsPromises.access(marker).then(() => true, () => false)) {
    setTimeout(async () => { await wait(); }, 10);
    writeFileSync(marker, 'done');
  }
}
export async function cached(marker: string, state: { text?: string }, load: () => Promise<string>) {
  if (!existsSync(marker)) {
    state.text ||= await load();
    writeFileSync(marker, state.text);
  }
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', related: 'existsSync' },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'writeExclusive',
              output: `import { existsSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function maybeSlow(marker: string, slow: boolean, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    if (slow) await wait();
    writeFileSync(marker, 'done');
  }
}
export async function later(marker: string, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    setTimeout(async () => { await wait(); }, 10);
    await fsPromises.writeFile(marker, 'done', { flag: 'wx' });
  }
}
export async function cached(marker: string, state: { text?: string }, load: () => Promise<string>) {
  if (!existsSync(marker)) {
    state.text ||= await load();
    writeFileSync(marker, state.text);
  }
}
`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import { existsSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function maybeSlow(marker: string, slow: boolean, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    if (slow) await wait();
    writeFileSync(marker, 'done');
  }
}
export async function later(marker: string, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    setTimeout(async () => { await wait(); }, 10);
    await fsPromises.writeFile(marker, 'done');
  }
}
export async function cached(marker: string, state: { text?: string }, load: () => Promise<string>) {
  if (!existsSync(marker)) {
    state.text ||= await load();
    writeFileSync(marker, state.text);
  }
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 15,
          column: 8,
          endLine: 15,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'useAccess',
              output: `import { existsSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function maybeSlow(marker: string, slow: boolean, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    if (slow) await wait();
    writeFileSync(marker, 'done');
  }
}
export async function later(marker: string, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    setTimeout(async () => { await wait(); }, 10);
    writeFileSync(marker, 'done');
  }
}
export async function cached(marker: string, state: { text?: string }, load: () => Promise<string>) {
  if (!await fsPromises.access(marker).then(() => true, () => false)) {
    state.text ||= await load();
    writeFileSync(marker, state.text);
  }
}
`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', related: 'existsSync' },
          line: 17,
          column: 5,
          endLine: 17,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'writeExclusive',
              output: `import { existsSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function maybeSlow(marker: string, slow: boolean, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    if (slow) await wait();
    writeFileSync(marker, 'done');
  }
}
export async function later(marker: string, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    setTimeout(async () => { await wait(); }, 10);
    writeFileSync(marker, 'done');
  }
}
export async function cached(marker: string, state: { text?: string }, load: () => Promise<string>) {
  if (!existsSync(marker)) {
    state.text ||= await load();
    await fsPromises.writeFile(marker, state.text, { flag: 'wx' });
  }
}
`,
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: `import { existsSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function maybeSlow(marker: string, slow: boolean, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    if (slow) await wait();
    writeFileSync(marker, 'done');
  }
}
export async function later(marker: string, wait: () => Promise<void>) {
  if (!existsSync(marker)) {
    setTimeout(async () => { await wait(); }, 10);
    writeFileSync(marker, 'done');
  }
}
export async function cached(marker: string, state: { text?: string }, load: () => Promise<string>) {
  if (!existsSync(marker)) {
    state.text ||= await load();
    await fsPromises.writeFile(marker, state.text);
  }
}
`,
            },
          ],
        },
      ],
      name: 'an await that may not run (a branch, a logical assignment), or runs in another function, does not split the pair',
    },
  ],
});
