import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { cjs, js, runWithData } from '../../rule-tester';

// Documented behaviour with no case elsewhere: each callback the rule knows runs at once (lib/util/asyncContext.ts;
// `map`, `forEach` and `filter` are in contexts.test.ts), the descriptor names `outFd` and `fileDescriptor`, and the
// rows of the fs table (fsSyncApis.ts) that no other suite calls (tests/rules/catalog-coverage.test.ts checks them).
runWithData(new RuleTester(), 'no-sync-fs-in-async', rule, {
  valid: [],
  invalid: [
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.every((p) => fs.existsSync(p));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 42,
          suggestions: [],
        },
      ],
      name: 'every runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.find((p) => fs.existsSync(p));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 41,
          suggestions: [],
        },
      ],
      name: 'find runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.findIndex((p) => fs.existsSync(p));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 46,
          suggestions: [],
        },
      ],
      name: 'findIndex runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.findLast((p) => fs.existsSync(p));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 45,
          suggestions: [],
        },
      ],
      name: 'findLast runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.findLastIndex((p) => fs.existsSync(p));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 50,
          suggestions: [],
        },
      ],
      name: 'findLastIndex runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.flatMap((p) => fs.readdirSync(p));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'readdirSync', twin: 'readdir', source: 'fs/promises' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 45,
          suggestions: [],
        },
      ],
      name: 'flatMap runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.reduce((n, p) => n + fs.statSync(p).size, 0);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 48,
          suggestions: [],
        },
      ],
      name: 'reduce runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.reduceRight((n, p) => n + fs.statSync(p).size, 0);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 39,
          endLine: 3,
          endColumn: 53,
          suggestions: [],
        },
      ],
      name: 'reduceRight runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.some((p) => fs.existsSync(p));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 41,
          suggestions: [],
        },
      ],
      name: 'some runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 42,
          suggestions: [],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 67,
          suggestions: [],
        },
      ],
      name: 'sort runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.toSorted((a, b) => fs.statSync(a).size - fs.statSync(b).size);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 46,
          suggestions: [],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 54,
          endLine: 3,
          endColumn: 68,
          suggestions: [],
        },
      ],
      name: 'toSorted runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(outFd, fileDescriptor, p) {
  fs.writeFileSync(outFd, p);
  fs.readFileSync(fileDescriptor, 'utf8');
  fs.readFileSync(p);
}`,
      output: `import fs from 'node:fs';
async function f(outFd, fileDescriptor, p) {
  fs.writeFileSync(outFd, p);
  fs.readFileSync(fileDescriptor, 'utf8');
  await fs.promises.readFile(p);
}`,
      languageOptions: js,
      errors: [
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'writeFileSync' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 29,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 42,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 21,
          suggestions: [],
        },
      ],
      name: 'descriptor names outFd and fileDescriptor, without annotations: reported without a fix',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string, q: string, fd: number, buffers: Uint8Array[]) {
  fs.accessSync(p);
  fs.chmodSync(p, 0o644);
  fs.chownSync(p, 0, 0);
  fs.copyFileSync(p, q);
  fs.cpSync(p, q);
  fs.lchownSync(p, 0, 0);
  fs.linkSync(p, q);
  fs.lutimesSync(p, 1, 1);
  fs.opendirSync(p);
  fs.readlinkSync(p);
  fs.renameSync(p, q);
  fs.rmdirSync(p);
  fs.statfsSync(p);
  fs.symlinkSync(p, q);
  fs.unlinkSync(p);
  fs.utimesSync(p, 1, 1);
}`,
      output: `import fs from 'node:fs';
async function f(p: string, q: string, fd: number, buffers: Uint8Array[]) {
  await fs.promises.access(p);
  await fs.promises.chmod(p, 0o644);
  await fs.promises.chown(p, 0, 0);
  await fs.promises.copyFile(p, q);
  await fs.promises.cp(p, q);
  await fs.promises.lchown(p, 0, 0);
  await fs.promises.link(p, q);
  await fs.promises.lutimes(p, 1, 1);
  await fs.promises.opendir(p);
  await fs.promises.readlink(p);
  await fs.promises.rename(p, q);
  await fs.promises.rmdir(p);
  await fs.promises.statfs(p);
  await fs.promises.symlink(p, q);
  await fs.promises.unlink(p);
  await fs.promises.utimes(p, 1, 1);
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'accessSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 19,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'chmodSync', twin: 'chmod', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 25,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'chownSync', twin: 'chown', source: 'fs/promises' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 24,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'copyFileSync', twin: 'copyFile', source: 'fs/promises' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 24,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'cpSync', twin: 'cp', source: 'fs/promises' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 18,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'lchownSync', twin: 'lchown', source: 'fs/promises' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 25,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'linkSync', twin: 'link', source: 'fs/promises' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 20,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'lutimesSync', twin: 'lutimes', source: 'fs/promises' },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 26,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'opendirSync', twin: 'opendir', source: 'fs/promises' },
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 20,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readlinkSync', twin: 'readlink', source: 'fs/promises' },
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'renameSync', twin: 'rename', source: 'fs/promises' },
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 22,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'rmdirSync', twin: 'rmdir', source: 'fs/promises' },
          line: 14,
          column: 3,
          endLine: 14,
          endColumn: 18,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statfsSync', twin: 'statfs', source: 'fs/promises' },
          line: 15,
          column: 3,
          endLine: 15,
          endColumn: 19,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'symlinkSync', twin: 'symlink', source: 'fs/promises' },
          line: 16,
          column: 3,
          endLine: 16,
          endColumn: 23,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 17,
          column: 3,
          endLine: 17,
          endColumn: 19,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'utimesSync', twin: 'utimes', source: 'fs/promises' },
          line: 18,
          column: 3,
          endLine: 18,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: 'fs rows with a twin that had no case',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string, q: string, fd: number, buffers: Uint8Array[]) {
  fs.fchmodSync(fd, 0o644);
  fs.fchownSync(fd, 0, 0);
  fs.fdatasyncSync(fd);
  fs.fsyncSync(fd);
  fs.ftruncateSync(fd);
  fs.futimesSync(fd, 1, 1);
  fs.readvSync(fd, buffers);
  fs.writeSync(fd, p);
  fs.writevSync(fd, buffers);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'fchmodSync' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 27,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'fchownSync' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 26,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'fdatasyncSync' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 23,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'fsyncSync' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 19,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'ftruncateSync' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 23,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'futimesSync' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 27,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readvSync' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 28,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'writeSync' },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 22,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'writevSync' },
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 29,
          suggestions: [],
        },
      ],
      name: 'fs descriptor rows that had no case: reported only',
    },
    {
      code: `import fs from 'fs-extra';
async function f(p: string, q: string, fd: number, buffers: Uint8Array[]) {
  fs.createFileSync(p);
  fs.createLinkSync(p, q);
  fs.createSymlinkSync(p, q);
  fs.emptyDirSync(p);
  fs.emptydirSync(p);
  fs.ensureFileSync(p);
  fs.ensureLinkSync(p, q);
  fs.ensureSymlinkSync(p, q);
  fs.mkdirpSync(p);
  fs.mkdirsSync(p);
  fs.moveSync(p, q);
  fs.outputJSONSync(p, q);
  fs.outputJsonSync(p, q);
  fs.pathExistsSync(p);
  fs.removeSync(p);
  fs.writeJSONSync(p, q);
  fs.writeJsonSync(p, q);
}`,
      output: `import fs from 'fs-extra';
async function f(p: string, q: string, fd: number, buffers: Uint8Array[]) {
  await fs.createFile(p);
  await fs.createLink(p, q);
  await fs.createSymlink(p, q);
  await fs.emptyDir(p);
  await fs.emptydir(p);
  await fs.ensureFile(p);
  await fs.ensureLink(p, q);
  await fs.ensureSymlink(p, q);
  await fs.mkdirp(p);
  await fs.mkdirs(p);
  await fs.move(p, q);
  await fs.outputJSON(p, q);
  await fs.outputJson(p, q);
  await fs.pathExists(p);
  await fs.remove(p);
  await fs.writeJSON(p, q);
  await fs.writeJson(p, q);
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'createFileSync', twin: 'createFile', source: 'fs-extra' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 23,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'createLinkSync', twin: 'createLink', source: 'fs-extra' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 26,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'createSymlinkSync', twin: 'createSymlink', source: 'fs-extra' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 29,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'emptyDirSync', twin: 'emptyDir', source: 'fs-extra' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'emptydirSync', twin: 'emptydir', source: 'fs-extra' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'ensureFileSync', twin: 'ensureFile', source: 'fs-extra' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 23,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'ensureLinkSync', twin: 'ensureLink', source: 'fs-extra' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 26,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'ensureSymlinkSync', twin: 'ensureSymlink', source: 'fs-extra' },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 29,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'mkdirpSync', twin: 'mkdirp', source: 'fs-extra' },
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 19,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'mkdirsSync', twin: 'mkdirs', source: 'fs-extra' },
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 19,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'moveSync', twin: 'move', source: 'fs-extra' },
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 20,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'outputJSONSync', twin: 'outputJSON', source: 'fs-extra' },
          line: 14,
          column: 3,
          endLine: 14,
          endColumn: 26,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'outputJsonSync', twin: 'outputJson', source: 'fs-extra' },
          line: 15,
          column: 3,
          endLine: 15,
          endColumn: 26,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'pathExistsSync', twin: 'pathExists', source: 'fs-extra' },
          line: 16,
          column: 3,
          endLine: 16,
          endColumn: 23,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'removeSync', twin: 'remove', source: 'fs-extra' },
          line: 17,
          column: 3,
          endLine: 17,
          endColumn: 19,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeJSONSync', twin: 'writeJSON', source: 'fs-extra' },
          line: 18,
          column: 3,
          endLine: 18,
          endColumn: 25,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeJsonSync', twin: 'writeJson', source: 'fs-extra' },
          line: 19,
          column: 3,
          endLine: 19,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: 'fs-extra helpers that had no case',
    },
    // Guards the mutation check found unpinned: where the binding or the options cannot be read, no fix.
    {
      code: "const { readFileSync, ...rest } = require('fs');\nasync function f(p) {\n  return readFileSync(p);\n}",
      output: null,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: 'a destructuring with a rest element is not edited: the fix would change what rest holds',
    },
    {
      code: "const { readFileSync /* keep */ } = require('fs');\nasync function f(p) {\n  return readFileSync(p);\n}",
      output: null,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: 'a destructuring with a comment inside is not edited: the fix would drop the comment',
    },
    {
      code: "import { readFileSync /* keep */ } from 'node:fs';\nasync function f(p: string) {\n  return readFileSync(p);\n}",
      output: null,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: 'an import with a comment inside is not edited: the fix would drop the comment',
    },
    {
      code: "import fs from 'node:fs';\nasync function f(p: string, opts: object) {\n  return fs.statSync(p, { ...opts, throwIfNoEntry: true });\n}",
      output: null,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 59,
          suggestions: [],
        },
      ],
      name: 'a spread in the options makes throwIfNoEntry unknown: no fix',
    },
  ],
});
