// The pre-scan: the shared listeners that note, during ESLint's traversal, the nodes that may name a traced source.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { type Sightings, stringArgument } from './entries';
import { GET_BUILTIN_MODULE_SELECTOR, identifierSelector, isKeyName, specifierSelectors } from './selectors';
import type { Context, IsTraced } from './types';

/** The file in progress on one tracker: its context and payload, and what the pre-scan saw in it. */
export class FileState<Payload> implements Sightings {
  context: Context | undefined = undefined;
  payload: Payload | undefined = undefined;
  esm = false;
  importEquals: TSESTree.TSImportEqualsDeclaration[] = [];
  dynamicImports: TSESTree.ImportExpression[] = [];
  moduleCalls: (TSESTree.CallExpression | TSESTree.MemberExpression)[] = [];
  globalIdentifiers: TSESTree.Identifier[] = [];
  /** Set when the file may name a traced module or global; most files never set it. */
  fileMayMatch = false;

  /** Takes a new file, dropping the last one's sightings (a new array only where the old one holds any). */
  start(context: Context, payload: Payload): void {
    this.context = context;
    this.payload = payload;
    this.fileMayMatch = false;
    this.esm = false;
    if (this.importEquals.length > 0) this.importEquals = [];
    if (this.dynamicImports.length > 0) this.dynamicImports = [];
    if (this.moduleCalls.length > 0) this.moduleCalls = [];
    if (this.globalIdentifiers.length > 0) this.globalIdentifiers = [];
  }
}

/** The traced sources as the pre-scan asks about them. */
export interface PrescanSources {
  readonly specifiers: ReadonlySet<string>;
  readonly globalNames: readonly string[];
  readonly traced: IsTraced;
}

/** The listeners that fill `state` for the file in progress; `programExit` ends it. Frozen: every file shares them. */
export function prescanListeners(
  { specifiers, globalNames, traced }: PrescanSources,
  state: FileState<unknown>,
  programExit: (program: TSESTree.Program) => void,
): TSESLint.RuleListener {
  const selectors = specifierSelectors(specifiers);
  const listeners: TSESLint.RuleListener = {
    [selectors.source](node: { readonly source?: TSESTree.Literal | null }) {
      if (node.source && traced(node.source.value)) state.esm = state.fileMayMatch = true;
    },
    TSImportEqualsDeclaration(node) {
      const reference = node.moduleReference;
      // Top level only, as ReferenceTracker reads ES imports: one inside a namespace is not followed.
      if (node.parent.type !== AST_NODE_TYPES.Program || reference.type !== AST_NODE_TYPES.TSExternalModuleReference)
        return;
      if (!traced(reference.expression.value)) return;
      state.importEquals.push(node);
      state.fileMayMatch = true;
    },
    ImportExpression(node) {
      if (!traced(stringArgument(node))) return;
      state.dynamicImports.push(node);
      state.fileMayMatch = true;
    },
    [selectors.require](node: TSESTree.CallExpression) {
      if (!traced(stringArgument(node))) return;
      state.moduleCalls.push(node);
      state.fileMayMatch = true;
    },
    [GET_BUILTIN_MODULE_SELECTOR](node: TSESTree.MemberExpression) {
      state.moduleCalls.push(node);
      state.fileMayMatch = true;
    },
    'Program:exit': programExit,
  };
  if (globalNames.length > 0) {
    listeners[identifierSelector(globalNames)] = (node: TSESTree.Identifier) => {
      if (!isKeyName(node)) {
        state.globalIdentifiers.push(node);
        state.fileMayMatch = true;
      }
    };
  }
  return Object.freeze(listeners);
}
