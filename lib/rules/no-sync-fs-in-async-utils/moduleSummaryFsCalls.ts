import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { findEntries, stringArgument, type Sightings } from '../../util/trackReferences/entries';
import { referencesIn } from '../../util/trackReferences/references';
import type { AsyncContextOf } from '../../util/asyncContext';
import { isRebound } from './calleeRewrite';
import { createFileCheck } from './classifyCall';
import type { TrackedCall } from './helperChains';
import { BUILTIN_TRACE_MAP } from './traceMap';

// The sync fs calls another module makes outside async code, found by the rule's own tracker: the pre-scan's
// sightings come from one walk of the tree here, since no ESLint traversal runs on that module.

type SourceCode = Readonly<TSESLint.SourceCode>;

const traced = (specifier: unknown): specifier is string =>
  typeof specifier === 'string' && Object.hasOwn(BUILTIN_TRACE_MAP, specifier);

/** The nodes that may name a traced module, as the rule's pre-scan listeners collect them during a traversal. */
function sightingsOf(sourceCode: SourceCode): Sightings {
  const sightings = {
    esm: false,
    importEquals: [] as TSESTree.TSImportEqualsDeclaration[],
    dynamicImports: [] as TSESTree.ImportExpression[],
    moduleCalls: [] as (TSESTree.CallExpression | TSESTree.MemberExpression)[],
    globalIdentifiers: [] as TSESTree.Identifier[],
  };
  const keys = sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;
  const stack: TSESTree.Node[] = [sourceCode.ast];
  const order: TSESTree.Node[] = [];
  for (let node = stack.pop(); node; node = stack.pop()) {
    order.push(node);
    const children = keys[node.type] ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      const child = (node as unknown as Record<string, unknown>)[children[i] as string];
      const items = Array.isArray(child) ? (child as unknown[]) : [child];
      for (let j = items.length - 1; j >= 0; j--) {
        const item = items[j] as TSESTree.Node | null | undefined;
        if (item != null && typeof item.type === 'string') stack.push(item);
      }
    }
  }
  for (const node of order) {
    switch (node.type) {
      case AST_NODE_TYPES.ImportDeclaration:
      case AST_NODE_TYPES.ExportAllDeclaration:
      case AST_NODE_TYPES.ExportNamedDeclaration:
        if (traced(node.source?.value)) sightings.esm = true;
        break;
      case AST_NODE_TYPES.TSImportEqualsDeclaration: {
        const reference = node.moduleReference;
        if (
          node.parent.type === AST_NODE_TYPES.Program &&
          reference.type === AST_NODE_TYPES.TSExternalModuleReference &&
          traced(reference.expression.value)
        ) {
          sightings.importEquals.push(node);
        }
        break;
      }
      case AST_NODE_TYPES.ImportExpression:
        if (traced(stringArgument(node))) sightings.dynamicImports.push(node);
        break;
      case AST_NODE_TYPES.CallExpression:
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require') {
          if (traced(stringArgument(node))) sightings.moduleCalls.push(node);
        }
        break;
      case AST_NODE_TYPES.MemberExpression: {
        const { object, property } = node;
        const isProcess = object.type === AST_NODE_TYPES.Identifier && object.name === 'process';
        const isGetter =
          node.computed || (property.type === AST_NODE_TYPES.Identifier && property.name === 'getBuiltinModule');
        if (isProcess && isGetter) sightings.moduleCalls.push(node);
        break;
      }
      default:
        break;
    }
  }
  return sightings;
}

/** The module's tracked sync fs calls made outside async code (where they make their functions blocking helpers). */
export function syncCallsOutsideAsync(sourceCode: SourceCode, asyncContext: AsyncContextOf): TrackedCall[] {
  const entries = findEntries(sourceCode, sightingsOf(sourceCode), traced);
  if (entries == null) return [];
  const references = referencesIn(sourceCode, sourceCode.ast, entries, {
    modules: BUILTIN_TRACE_MAP,
    globals: {},
    globalNames: [],
  });
  const file = createFileCheck(sourceCode, references);
  return references.flatMap(({ node, path, kind, info }) =>
    kind === 'call' &&
    node.type === AST_NODE_TYPES.CallExpression &&
    asyncContext(node).kind === 'none' &&
    !isRebound(file, node)
      ? [{ call: node, path, sync: info }]
      : [],
  );
}
