import type { ConditionalFlag, Suggestion, SuggestionKind, SyncApi } from './types';

// What the rule knows about each sync API, one row each: adding an API is adding a row.

/** Where the sync APIs come from: Node.js's `fs`, and fs-extra's own helpers. */
export type ApiSource = 'fs' | 'fs-extra';

/**
 * How a file binds a module: `const x = require(m)` or `import x = require(m)`; `import x from m`;
 * `import * as x from m` or `await import(m)`; `import { name } from m`.
 */
export type BindingForm = 'require' | 'default' | 'namespace' | 'named';

const EVERY_FORM: readonly BindingForm[] = ['require', 'default', 'namespace', 'named'];

/** What a traced module is, and what each binding form of it holds at run time (checked with Node.js 20). */
interface FsModule {
  /** Whose sync APIs it exports. */
  readonly apis: readonly ApiSource[];
  readonly builtin: boolean;
  /** The forms whose `promises` is `fs/promises`. */
  readonly promisesIn: readonly BindingForm[];
  /** The forms that hold every traced export, so `x.readJson` exists wherever `x.readJsonSync` does. */
  readonly exportsIn: readonly BindingForm[];
}

/**
 * The traced modules. fs-extra and graceful-fs are CommonJS: their `module.exports` (a `require`, or the default
 * import) carries `promises`, copied from `fs`, and every export; an ES-module namespace or named import sees only
 * the names Node's CommonJS lexer detects, which for them include neither `promises` nor most `*Sync` functions.
 * `fs-extra/esm` is a real ES module that exports fs-extra's own helpers only: no `fs` function, no `promises`.
 */
export const FS_MODULES = {
  fs: { apis: ['fs'], builtin: true, promisesIn: EVERY_FORM, exportsIn: EVERY_FORM },
  'graceful-fs': {
    apis: ['fs'],
    builtin: false,
    promisesIn: ['require', 'default'],
    exportsIn: ['require', 'default'],
  },
  'fs-extra': {
    apis: ['fs', 'fs-extra'],
    builtin: false,
    promisesIn: ['require', 'default'],
    exportsIn: ['require', 'default'],
  },
  'fs-extra/esm': { apis: ['fs-extra'], builtin: false, promisesIn: [], exportsIn: ['default', 'namespace', 'named'] },
} as const satisfies Readonly<Record<string, FsModule>>;

/** The traced module `module` (without `node:`), if it is one. */
export function fsModule(module: string): FsModule | undefined {
  return Object.hasOwn(FS_MODULES, module) ? FS_MODULES[module as keyof typeof FS_MODULES] : undefined;
}

const NO_ENTRY_FLAG: ConditionalFlag = { name: 'throwIfNoEntry', exactWhen: 'true' };

/**
 * Every `*Sync` export of `fs` in Node.js 20 to 24 and how it maps onto `fs/promises`, and fs-extra's own
 * helpers, each of which returns a promise when called without a callback. Sorted by name.
 */
export const SYNC_APIS = {
  fs: {
    accessSync: { twin: 'access', twinModule: 'fs/promises', fix: 'exact' },
    appendFileSync: { twin: 'appendFile', twinModule: 'fs/promises', fix: 'exactUnlessFd' },
    chmodSync: { twin: 'chmod', twinModule: 'fs/promises', fix: 'exact' },
    chownSync: { twin: 'chown', twinModule: 'fs/promises', fix: 'exact' },
    closeSync: { twin: 'close', twinModule: 'fs/promises', fix: 'descriptor' },
    copyFileSync: { twin: 'copyFile', twinModule: 'fs/promises', fix: 'exact' },
    cpSync: { twin: 'cp', twinModule: 'fs/promises', fix: 'exact' },
    existsSync: { twin: 'access', twinModule: 'fs/promises', fix: 'noDropIn', suggestion: 'accessAsBoolean' },
    fchmodSync: { twin: 'chmod', twinModule: 'fs/promises', fix: 'descriptor' },
    fchownSync: { twin: 'chown', twinModule: 'fs/promises', fix: 'descriptor' },
    fdatasyncSync: { twin: 'datasync', twinModule: 'fs/promises', fix: 'descriptor' },
    fstatSync: { twin: 'stat', twinModule: 'fs/promises', fix: 'descriptor' },
    fsyncSync: { twin: 'sync', twinModule: 'fs/promises', fix: 'descriptor' },
    ftruncateSync: { twin: 'truncate', twinModule: 'fs/promises', fix: 'descriptor' },
    futimesSync: { twin: 'utimes', twinModule: 'fs/promises', fix: 'descriptor' },
    globSync: {
      twin: 'glob',
      twinModule: 'fs/promises',
      fix: 'noDropIn',
      suggestion: 'arrayFromAsync',
      availability: 'Node.js 22+',
    },
    // Deprecated in fs/promises.
    lchmodSync: { twin: 'lchmod', twinModule: 'fs/promises', fix: 'none', availability: 'macOS only' },
    lchownSync: { twin: 'lchown', twinModule: 'fs/promises', fix: 'exact' },
    linkSync: { twin: 'link', twinModule: 'fs/promises', fix: 'exact' },
    lstatSync: {
      twin: 'lstat',
      twinModule: 'fs/promises',
      fix: 'exactUnlessThrowIfNoEntryFalse',
      flag: NO_ENTRY_FLAG,
      suggestion: 'catchNoEntry',
    },
    lutimesSync: { twin: 'lutimes', twinModule: 'fs/promises', fix: 'exact' },
    mkdirSync: { twin: 'mkdir', twinModule: 'fs/promises', fix: 'exact' },
    mkdtempDisposableSync: {
      twin: 'mkdtempDisposable',
      twinModule: 'fs/promises',
      fix: 'noDropIn',
      suggestion: 'awaitUsing',
      availability: 'Node.js 24.4+',
    },
    mkdtempSync: { twin: 'mkdtemp', twinModule: 'fs/promises', fix: 'exact' },
    openSync: { twin: 'open', twinModule: 'fs/promises', fix: 'descriptor' }, // a number there, a FileHandle here
    opendirSync: { twin: 'opendir', twinModule: 'fs/promises', fix: 'exact' },
    readFileSync: { twin: 'readFile', twinModule: 'fs/promises', fix: 'exactUnlessFd' },
    readSync: { twin: 'read', twinModule: 'fs/promises', fix: 'descriptor' },
    readdirSync: {
      twin: 'readdir',
      twinModule: 'fs/promises',
      fix: 'exactUnlessRecursive',
      flag: { name: 'recursive', exactWhen: 'false' },
    },
    readlinkSync: { twin: 'readlink', twinModule: 'fs/promises', fix: 'exact' },
    readvSync: { twin: 'readv', twinModule: 'fs/promises', fix: 'descriptor' },
    realpathSync: { twin: 'realpath', twinModule: 'fs/promises', fix: 'noDropIn', suggestion: 'nativeRealpath' },
    'realpathSync.native': { twin: 'realpath', twinModule: 'fs/promises', fix: 'exact' }, // how fs/promises resolves
    renameSync: { twin: 'rename', twinModule: 'fs/promises', fix: 'exact' },
    rmSync: { twin: 'rm', twinModule: 'fs/promises', fix: 'exact' },
    rmdirSync: { twin: 'rmdir', twinModule: 'fs/promises', fix: 'exact' },
    statSync: {
      twin: 'stat',
      twinModule: 'fs/promises',
      fix: 'exactUnlessThrowIfNoEntryFalse',
      flag: NO_ENTRY_FLAG,
      suggestion: 'catchNoEntry',
    },
    statfsSync: { twin: 'statfs', twinModule: 'fs/promises', fix: 'exact' },
    symlinkSync: { twin: 'symlink', twinModule: 'fs/promises', fix: 'exact' },
    truncateSync: { twin: 'truncate', twinModule: 'fs/promises', fix: 'exactUnlessFd' },
    unlinkSync: { twin: 'unlink', twinModule: 'fs/promises', fix: 'exact' },
    utimesSync: { twin: 'utimes', twinModule: 'fs/promises', fix: 'exact' },
    writeFileSync: { twin: 'writeFile', twinModule: 'fs/promises', fix: 'exactUnlessFd' },
    writeSync: { twin: 'write', twinModule: 'fs/promises', fix: 'descriptor' },
    writevSync: { twin: 'writev', twinModule: 'fs/promises', fix: 'descriptor' },
  },
  'fs-extra': {
    copySync: { twin: 'copy', twinModule: 'same-module', fix: 'exact' },
    createFileSync: { twin: 'createFile', twinModule: 'same-module', fix: 'exact' },
    createLinkSync: { twin: 'createLink', twinModule: 'same-module', fix: 'exact' },
    createSymlinkSync: { twin: 'createSymlink', twinModule: 'same-module', fix: 'exact' },
    emptyDirSync: { twin: 'emptyDir', twinModule: 'same-module', fix: 'exact' },
    emptydirSync: { twin: 'emptydir', twinModule: 'same-module', fix: 'exact' },
    ensureDirSync: { twin: 'ensureDir', twinModule: 'same-module', fix: 'exact' },
    ensureFileSync: { twin: 'ensureFile', twinModule: 'same-module', fix: 'exact' },
    ensureLinkSync: { twin: 'ensureLink', twinModule: 'same-module', fix: 'exact' },
    ensureSymlinkSync: { twin: 'ensureSymlink', twinModule: 'same-module', fix: 'exact' },
    mkdirpSync: { twin: 'mkdirp', twinModule: 'same-module', fix: 'exact' },
    mkdirsSync: { twin: 'mkdirs', twinModule: 'same-module', fix: 'exact' },
    moveSync: { twin: 'move', twinModule: 'same-module', fix: 'exact' },
    outputFileSync: { twin: 'outputFile', twinModule: 'same-module', fix: 'exact' },
    outputJSONSync: { twin: 'outputJSON', twinModule: 'same-module', fix: 'exact' },
    outputJsonSync: { twin: 'outputJson', twinModule: 'same-module', fix: 'exact' },
    pathExistsSync: { twin: 'pathExists', twinModule: 'same-module', fix: 'exact' },
    readJSONSync: {
      twin: 'readJSON',
      twinModule: 'same-module',
      fix: 'exactUnlessThrowsFalse',
      flag: { name: 'throws', exactWhen: 'true' },
    },
    readJsonSync: {
      twin: 'readJson',
      twinModule: 'same-module',
      fix: 'exactUnlessThrowsFalse',
      flag: { name: 'throws', exactWhen: 'true' },
    },
    removeSync: { twin: 'remove', twinModule: 'same-module', fix: 'exact' },
    writeJSONSync: { twin: 'writeJSON', twinModule: 'same-module', fix: 'exact' },
    writeJsonSync: { twin: 'writeJson', twinModule: 'same-module', fix: 'exact' },
  },
} as const satisfies Readonly<Record<ApiSource, Readonly<Record<string, SyncApi>>>>;

/** Resolves `false` for the same errors `existsSync` swallows. */
const ACCESS_AS_BOOLEAN = '.then(() => true, () => false)';

/** The suffix that makes the promise version resolve to `undefined` where the sync call returned it. */
const CATCH_NO_ENTRY = ".catch((error) => (error?.code === 'ENOENT' ? undefined : Promise.reject(error)))";

export const SUGGESTIONS: Readonly<Record<SuggestionKind, Suggestion>> = {
  accessAsBoolean: { messageId: 'useAccess', wrapping: { after: ACCESS_AS_BOOLEAN } },
  arrayFromAsync: { messageId: 'useGlob', wrapping: { before: 'Array.fromAsync(', after: ')' } },
  awaitUsing: { messageId: 'useMkdtempDisposable', wrapping: {}, awaitsUsing: true },
  catchNoEntry: { messageId: 'catchNoEntry', wrapping: { after: CATCH_NO_ENTRY } },
  nativeRealpath: { messageId: 'useRealpath', wrapping: {} },
};
