import { SUGGESTIONS, SYNC_APIS } from './fsSyncApis';
import type { FixClass, SuggestionKind, SyncApi } from './types';

// The doc page's catalog tables, made from the data module (scripts/docs-tables.mjs writes and checks them).

/** One line of the fix-class table: the rows it lists, and what the rule does with their calls. */
interface ClassLine {
  readonly label: string;
  readonly lists: (api: SyncApi) => boolean;
  readonly fix: string;
}

const ofClass =
  (fix: FixClass) =>
  (api: SyncApi): boolean =>
    api.fix === fix;
const suggesting =
  (kind: SuggestionKind) =>
  (api: SyncApi): boolean =>
    api.fix === 'noDropIn' && api.suggestion === kind;

/** The fix-class table in the page's order; every row of the data module must be listed once. */
const CLASS_LINES: readonly ClassLine[] = [
  { label: 'Exact twin', lists: ofClass('exact'), fix: '🔧 autofix to `await` the twin' },
  {
    label: 'Twin unless a file descriptor',
    lists: ofClass('exactUnlessFd'),
    fix:
      '🔧 autofix, unless the first argument may be a file descriptor (a number) by where its value comes from in ' +
      'the file, by its type, or, where nothing decides, by its name (see [File descriptors](#file-descriptors)): ' +
      '`fs/promises` rejects descriptors, so that call is reported only',
  },
  {
    label: 'Twin unless `throwIfNoEntry: false`',
    lists: ofClass('exactUnlessThrowIfNoEntryFalse'),
    fix:
      '🔧 autofix without the option (or with `throwIfNoEntry: true`); 💡 with `throwIfNoEntry: false`, which ' +
      '`fs/promises` ignores before Node.js 25.7, a suggestion that adds ' +
      `\`${SUGGESTIONS.catchNoEntry.wrapping.after ?? ''}\`; options that cannot be read statically: reported only`,
  },
  {
    label: 'Twin unless `recursive`',
    lists: ofClass('exactUnlessRecursive'),
    fix:
      '🔧 autofix without `recursive: true`; with it (or options that cannot be read) reported only: ' +
      '`fs/promises` lists the tree in another order on Node.js 20',
  },
  {
    label: 'Twin unless `throws: false`',
    lists: ofClass('exactUnlessThrowsFalse'),
    fix: '🔧 autofix without the option; with it reported only: only the sync helper turns a missing file into `null`',
  },
  {
    label: 'No drop-in twin',
    lists: suggesting('accessAsBoolean'),
    fix:
      `💡 \`await fsp.access(path)${SUGGESTIONS.accessAsBoolean.wrapping.after ?? ''}\`, which gives \`false\` ` +
      'for the same errors `existsSync` swallows',
  },
  {
    label: '',
    lists: suggesting('nativeRealpath'),
    fix:
      '💡 `await fsp.realpath(path)`: it resolves like `realpathSync.native`, not like the JavaScript ' +
      '`realpathSync` (case, symlink depth, pipes under `/proc`)',
  },
  {
    label: '',
    lists: suggesting('arrayFromAsync'),
    fix: '💡 `await Array.fromAsync(fsp.glob(pattern))`: `glob` returns an async iterator',
  },
  {
    label: '',
    lists: suggesting('awaitUsing'),
    fix: '💡 `await fsp.mkdtempDisposable(prefix)`, and `using` becomes `await using`: disposal is asynchronous',
  },
  {
    label: 'File descriptors',
    lists: ofClass('descriptor'),
    fix:
      'report only: `fs/promises` works on a `FileHandle` from `await open()`, whose methods return other shapes ' +
      '(`{ bytesRead, buffer }` rather than a number), so the code around the descriptor has to change by hand',
  },
  { label: 'No portable twin', lists: ofClass('none'), fix: 'report only' },
];

/** Where a function exists on some Node.js versions or platforms only. */
const nameCell = (name: string, api: SyncApi): string =>
  `\`${name}\`${api.availability == null ? '' : ` (${api.availability})`}`;

function fixClassesTable(): string {
  const rows = (Object.keys(SYNC_APIS) as (keyof typeof SYNC_APIS)[]).flatMap((source) =>
    Object.entries<SyncApi>(SYNC_APIS[source]).map(([name, api]) => ({ source, name, api })),
  );
  const unlisted = rows.filter(({ api }) => CLASS_LINES.filter((line) => line.lists(api)).length !== 1);
  if (unlisted.length > 0) throw new Error(`not in one fix-class line: ${unlisted.map((row) => row.name).join(', ')}`);
  const lines = CLASS_LINES.map(({ label, lists, fix }) => {
    const listed = rows.filter(({ api }) => lists(api));
    const fs = listed.filter((row) => row.source === 'fs').map((row) => nameCell(row.name, row.api));
    const fsExtra = listed.filter((row) => row.source === 'fs-extra').map((row) => nameCell(row.name, row.api));
    const names = [fs.join(', '), fsExtra.length > 0 ? `fs-extra's ${fsExtra.join(', ')}` : ''];
    return `| ${label} | ${names.filter(Boolean).join('; ')} | ${fix} |`;
  });
  return ['| Class | Functions | Fix |', '| :-- | :-- | :-- |', ...lines].join('\n');
}

export function docTables(): Record<string, string> {
  return { 'fix-classes': fixClassesTable() };
}
