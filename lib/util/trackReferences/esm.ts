// Uses through the top-level ES imports and re-exports of a traced module, as ReferenceTracker's ESM walk finds them.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { findVariable } from '../scope';
import { READ, type Sink, type TraceMap, type TraceMapElement } from './types';
import { childOf, UsesWalker } from './walk';

/** A CommonJS module's map as an ES import sees it in legacy mode: its exports, and the same under `default`. */
const legacyImportMaps = new WeakMap<object, object>();
export function legacyImportMap<Info>(element: TraceMapElement<Info>): TraceMapElement<Info> {
  let map = legacyImportMaps.get(element) as TraceMapElement<Info> | undefined;
  if (!map) {
    map = { default: element, ...element };
    legacyImportMaps.set(element, map);
  }
  return map;
}

type ModuleDeclaration = TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration | TSESTree.ExportAllDeclaration;

/** What the per-specifier functions share for one file. */
interface EsmWalk<Info> {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** The sink for uses through an import (see {@link importSinkOf}). */
  readonly importSink: Sink<Info>;
  readonly walk: UsesWalker<Info>;
}

/**
 * Through an import, a READ at the module itself (`import x from 'fs'`, `x.default`) is no use; `default` after the
 * module name is dropped from the path.
 */
function importSinkOf<Info>(sink: Sink<Info>): Sink<Info> {
  return (node, path, type, info) => {
    const length = path[1] === 'default' ? path.length - 1 : path.length;
    if (length >= 2 || type !== READ) sink(node, path, type, info);
  };
}

function isModuleDeclaration(
  node: TSESTree.ProgramStatement,
): node is ModuleDeclaration & { readonly source: TSESTree.StringLiteral } {
  return (
    (node.type === AST_NODE_TYPES.ImportDeclaration ||
      node.type === AST_NODE_TYPES.ExportNamedDeclaration ||
      node.type === AST_NODE_TYPES.ExportAllDeclaration) &&
    node.source != null
  );
}

/** Uses through the imports and re-exports of the program's top level. */
export function esmUses<Info>(
  sourceCode: Readonly<TSESLint.SourceCode>,
  program: TSESTree.Program,
  modules: TraceMap<Info>,
  sink: Sink<Info>,
): void {
  const importSink = importSinkOf(sink);
  const esm: EsmWalk<Info> = { sourceCode, importSink, walk: new UsesWalker(sourceCode, importSink) };
  for (const node of program.body) {
    if (!isModuleDeclaration(node)) continue;
    const moduleId = node.source.value;
    const element = childOf(modules, moduleId);
    if (!element) continue;
    if (element[READ]) sink(node, [moduleId], READ, element[READ]);
    if (node.type === AST_NODE_TYPES.ExportAllDeclaration) exportAllUses(node, moduleId, element, sink);
    else specifierUses(esm, node, moduleId, legacyImportMap(element));
  }
}

/** `export * from 'fs'`: a read of every traced export. */
function exportAllUses<Info>(
  node: TSESTree.ExportAllDeclaration,
  moduleId: string,
  element: TraceMapElement<Info>,
  sink: Sink<Info>,
): void {
  for (const key of Object.keys(element)) {
    const read = element[key]?.[READ];
    if (read) sink(node, [moduleId, key], READ, read);
  }
}

function specifierUses<Info>(
  esm: EsmWalk<Info>,
  node: TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration,
  moduleId: string,
  map: TraceMapElement<Info>,
): void {
  for (const specifier of node.specifiers) {
    switch (specifier.type) {
      case AST_NODE_TYPES.ImportSpecifier:
      case AST_NODE_TYPES.ImportDefaultSpecifier:
        namedImportUses(esm, specifier, moduleId, map);
        break;
      case AST_NODE_TYPES.ImportNamespaceSpecifier:
        namespaceImportUses(esm, specifier, moduleId, map);
        break;
      case AST_NODE_TYPES.ExportSpecifier:
        reExportUses(esm, specifier, moduleId, map);
        break;
      default:
    }
  }
}

/** `import x from 'fs'`, `import { readFileSync as rf } from 'fs'`: the export, then the local's uses. */
function namedImportUses<Info>(
  esm: EsmWalk<Info>,
  specifier: TSESTree.ImportSpecifier | TSESTree.ImportDefaultSpecifier,
  moduleId: string,
  map: TraceMapElement<Info>,
): void {
  const key =
    specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
      ? 'default'
      : specifier.imported.type === AST_NODE_TYPES.Identifier
        ? specifier.imported.name
        : specifier.imported.value;
  const next = childOf(map, key);
  if (!next) return;
  const nextPath = [moduleId, key];
  if (next[READ]) esm.importSink(specifier, nextPath, READ, next[READ]);
  const variable = findVariable(esm.sourceCode, specifier.local);
  if (variable) esm.walk.fromVariable(variable, nextPath, next);
}

/** `import * as ns from 'fs'`: the namespace's uses. */
function namespaceImportUses<Info>(
  esm: EsmWalk<Info>,
  specifier: TSESTree.ImportNamespaceSpecifier,
  moduleId: string,
  map: TraceMapElement<Info>,
): void {
  const variable = findVariable(esm.sourceCode, specifier.local);
  if (variable) esm.walk.fromVariable(variable, [moduleId], map);
}

/** `export { readFileSync } from 'fs'`: a read of the export. */
function reExportUses<Info>(
  esm: EsmWalk<Info>,
  specifier: TSESTree.ExportSpecifier,
  moduleId: string,
  map: TraceMapElement<Info>,
): void {
  const { local } = specifier;
  const key = local.type === AST_NODE_TYPES.Identifier ? local.name : local.value;
  const read = childOf(map, key)?.[READ];
  if (read) esm.importSink(specifier, [moduleId, key], READ, read);
}
