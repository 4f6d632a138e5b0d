import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';

import { SYNC_APIS } from '../../rules/no-sync-fs-in-async-utils/fsSyncApis';
import { NODE_PROTOCOL, staticMemberName, unwrapExpression } from '../../util/ast';
import { findVariable } from '../../util/scope';

// The audit's list of test mocks of sync fs functions: after a fix converts `readFileSync` to `await readFile()`,
// a test that mocks `readFileSync` no longer intercepts anything. Three forms, decided from bindings:
// - a module mock, `vi.mock('node:fs', factory)` / `jest.mock('fs')`: the sync functions the factory names, or
//   every one for an automock (no factory);
// - a spy, `vi.spyOn(fs, 'readFileSync')`, where `fs` is bound to an fs module;
// - a stubbed value, `.mockReturnValue(…)` and kin on a sync function of an fs module (`vi.mocked(…)` unwrapped).

type CensusMessageId = 'fsMock';

/** The fs modules whose sync functions the no-sync-fs-in-async rule converts. */
const FS_MODULES: ReadonlySet<string> = new Set(['fs', 'fs-extra', 'graceful-fs']);
const SYNC_NAMES: ReadonlySet<string> = new Set([...Object.keys(SYNC_APIS.fs), ...Object.keys(SYNC_APIS['fs-extra'])]);
const MOCKERS: ReadonlySet<string> = new Set(['vi', 'jest']);
const MODULE_MOCKS: ReadonlySet<string> = new Set(['mock', 'doMock']);
const STUBS = /^mock(?:ReturnValue|ResolvedValue|RejectedValue|Implementation)(?:Once)?$/u;
/** Reported for an automock: it replaces every export. */
export const EVERY_FUNCTION = '*';

type SourceCode = Readonly<TSESLint.SourceCode>;

function isFsModule(specifier: unknown): boolean {
  if (typeof specifier !== 'string') return false;
  return FS_MODULES.has(specifier.startsWith(NODE_PROTOCOL) ? specifier.slice(NODE_PROTOCOL.length) : specifier);
}

/** `require('fs')`, `await import('fs')`. */
function isFsLoad(node: TSESTree.Node | null | undefined): boolean {
  if (node == null) return false;
  const value = node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node;
  if (value.type === AST_NODE_TYPES.ImportExpression) {
    return value.source.type === AST_NODE_TYPES.Literal && isFsModule(value.source.value);
  }
  if (value.type !== AST_NODE_TYPES.CallExpression || value.callee.type !== AST_NODE_TYPES.Identifier) return false;
  const [first] = value.arguments;
  return value.callee.name === 'require' && first?.type === AST_NODE_TYPES.Literal && isFsModule(first.value);
}

/** What an identifier holds when it is bound to an fs module: the module itself, or one named export of it. */
function fsBinding(sourceCode: SourceCode, identifier: TSESTree.Identifier): { readonly export: string | null } | null {
  const definition = findVariable(sourceCode, identifier)?.defs[0];
  if (definition == null) return null;
  const { node } = definition;
  if (node.type === AST_NODE_TYPES.ImportDefaultSpecifier || node.type === AST_NODE_TYPES.ImportNamespaceSpecifier) {
    return isFsModule(node.parent.source.value) ? { export: null } : null;
  }
  if (node.type === AST_NODE_TYPES.ImportSpecifier) {
    const imported = node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : node.imported.value;
    return isFsModule(node.parent.source?.value) ? { export: imported } : null;
  }
  if (node.type === AST_NODE_TYPES.VariableDeclarator && isFsLoad(node.init)) {
    if (node.id.type === AST_NODE_TYPES.Identifier) return { export: null };
    const property =
      node.id.type === AST_NODE_TYPES.ObjectPattern
        ? node.id.properties.find((p) => p.type === AST_NODE_TYPES.Property && unwrapExpression(p.value) === identifier)
        : undefined;
    if (property?.type === AST_NODE_TYPES.Property && property.key.type === AST_NODE_TYPES.Identifier) {
      return { export: property.key.name };
    }
  }
  return null;
}

/** The sync fs function a node holds: `fs.readFileSync`, or `readFileSync` imported from fs. */
function syncFunctionOf(sourceCode: SourceCode, node: TSESTree.Node): string | null {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.Identifier) {
    const name = fsBinding(sourceCode, value)?.export;
    return name != null && SYNC_NAMES.has(name) ? name : null;
  }
  if (value.type !== AST_NODE_TYPES.MemberExpression || value.object.type !== AST_NODE_TYPES.Identifier) return null;
  const name = staticMemberName(value);
  if (name == null || !SYNC_NAMES.has(name)) return null;
  return fsBinding(sourceCode, value.object)?.export === null ? name : null;
}

/** `vi.x` / `jest.x` where `vi` or `jest` is the test runner's global or import: the method name. */
function mockerMethod(callee: TSESTree.Node): string | null {
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return null;
  return MOCKERS.has(callee.object.name) ? (staticMemberName(callee) ?? null) : null;
}

/** The sync function names a module mock's factory mentions, in identifiers and string keys. */
function namesInFactory(sourceCode: SourceCode, factory: TSESTree.Node): string[] {
  const names = new Set<string>();
  for (const token of sourceCode.getTokens(factory)) {
    const text = token.type === AST_TOKEN_TYPES.String ? token.value.slice(1, -1) : token.value;
    if (SYNC_NAMES.has(text)) names.add(text);
  }
  return [...names];
}

/** How a call mocks sync functions: `module:readFileSync,existsSync`, `spy:readFileSync`, `stub:readFileSync`. */
function mockedFunctions(sourceCode: SourceCode, call: TSESTree.CallExpression): string | null {
  const method = mockerMethod(call.callee);
  const [first, second] = call.arguments;
  if (method != null && MODULE_MOCKS.has(method) && first?.type === AST_NODE_TYPES.Literal && isFsModule(first.value)) {
    const names = second == null ? [EVERY_FUNCTION] : namesInFactory(sourceCode, second);
    return names.length > 0 ? `module:${names.join(',')}` : null;
  }
  if (method === 'spyOn' && first != null && second?.type === AST_NODE_TYPES.Literal) {
    const isModule = first.type === AST_NODE_TYPES.Identifier && fsBinding(sourceCode, first)?.export === null;
    return isModule && typeof second.value === 'string' && SYNC_NAMES.has(second.value) ? `spy:${second.value}` : null;
  }
  const { callee } = call;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !STUBS.test(staticMemberName(callee) ?? '')) return null;
  let target = unwrapExpression(callee.object);
  // `vi.mocked(fs.readFileSync).mockReturnValue(…)`
  if (
    target.type === AST_NODE_TYPES.CallExpression &&
    mockerMethod(target.callee) === 'mocked' &&
    target.arguments[0]
  ) {
    target = target.arguments[0];
  }
  const name = syncFunctionOf(sourceCode, target);
  return name == null ? null : `stub:${name}`;
}

/** Reports each mock of a sync fs function: its kind and the functions (`*` for an automock), as the message. */
export const fsMockCensus: Pick<TSESLint.RuleModule<CensusMessageId>, 'meta' | 'create'> = {
  meta: {
    type: 'suggestion',
    docs: { description: 'List the test mocks of sync fs functions (async-io-audit only)' },
    schema: [],
    messages: { fsMock: '{{mock}}' },
  },
  create(context) {
    return {
      CallExpression(node) {
        const mock = mockedFunctions(context.sourceCode, node);
        if (mock != null) context.report({ node, messageId: 'fsMock', data: { mock } });
      },
    };
  },
};
