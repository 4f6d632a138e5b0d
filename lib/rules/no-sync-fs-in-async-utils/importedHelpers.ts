import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createAsyncContexts } from '../../util/asyncContext';
import { hasRelativeImport, importedCalls } from './importedHelpersCalls';
import { Summaries } from './moduleSummary';
import { exportChainText } from './moduleSummaryBuild';
import { parserSetupOf } from './moduleSummaryParse';
import { resolveRelativeImport } from './resolveImport';
import { typedImportResolver } from './typedImports';
import type { MessageId, Options } from './types';

// Calls, in async code, of helpers imported from the project's own modules that block on the filesystem there:
// reported with their chain across modules, never fixed (the fix would have to edit the other module and every
// caller of the helper, which one file's lint cannot see).

type Context = Readonly<TSESLint.RuleContext<MessageId, Options>>;

/** The linted file's path on disk, when its relative imports name files there (not a code block of a Markdown file). */
function fileOnDisk(context: Context): string | undefined {
  const { filename, physicalFilename } = context as { filename?: string; physicalFilename?: string };
  if (filename == null || !path.isAbsolute(filename)) return undefined;
  return physicalFilename == null || physicalFilename === filename ? filename : undefined;
}

/**
 * Reports each call, in async code, of an imported binding that is a blocking helper of its module. A file without
 * an ES import of a relative module, or without such a call in async code, reads no other file.
 */
export function reportImportedHelperCalls(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  tracked: ReadonlySet<TSESTree.Node>,
): void {
  const { sourceCode } = context;
  // With type information every import may lead to the program's own source (a `paths` alias, a workspace package).
  const typed = typedImportResolver(sourceCode);
  const follows = typed == null ? undefined : () => true;
  if (!hasRelativeImport(sourceCode.ast, follows)) return;
  const ruleContext = context as Context;
  const importer = fileOnDisk(ruleContext);
  if (importer == null) return;
  // A call the tracker reports (a module of the `modules` option) is reported once, by it.
  const asyncContext = createAsyncContexts(sourceCode);
  const sites = importedCalls(sourceCode, follows).filter(
    ({ call }) => !tracked.has(call) && asyncContext(call).kind !== 'none',
  );
  if (sites.length === 0) return;
  const setup = parserSetupOf(context);
  if (setup == null) return;
  const summaries = new Summaries(setup);
  for (const { call, specifier, key, callee } of sites) {
    const file = resolveRelativeImport(importer, specifier) ?? typed?.(importer, specifier) ?? undefined;
    const chain = file == null ? undefined : summaries.chainOf(file, key);
    if (chain == null) continue;
    ruleContext.report({
      node: call,
      messageId: 'syncFsInImportedHelper',
      data: { helper: callee, source: specifier, chain: exportChainText(chain) },
    });
  }
}
