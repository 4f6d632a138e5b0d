import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * Where a promise version lives: in `fs/promises` (reached as `fsp.x` or `fs.promises.x`), or on the module
 * itself (fs-extra's own helpers: `fse.readJson`, which return a promise when given no callback).
 */
export type TwinModule = 'fs/promises' | 'same-module';

/** A call through a named binding (`readFileSync(p)` after `import { readFileSync }`) that should call `twin`. */
export interface BindingRequest {
  /** The identifier that reads the sync binding in the callee. */
  readonly reference: TSESTree.Identifier;
  readonly variable: TSESLint.Scope.Variable;
  readonly twinModule: TwinModule;
  /** The module the sync binding comes from, without `node:`: `fs`, `graceful-fs`, `fs-extra`. */
  readonly module: string;
  readonly twin: string;
}

export interface BindingPlan {
  /** What to call instead, per request that can be converted: `fsPromises.readFile`, `fs.promises.readFile`. */
  readonly callee: ReadonlyMap<BindingRequest, string>;
  /** Declarations of new bindings, and removal of sync bindings whose every use is converted. */
  readonly fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
}
