import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { memberKeyName } from '../../util/ast';
import { isRelativeSpecifier } from './resolveImport';
import { memberKey, nameKey } from './summaryKeys';

// The calls of bindings imported from the project's relative modules, resolved through the import's variable (never
// by name): `f()` and `d()` of named and default imports, `ns.f()` of a namespace, `C.m()` of an imported class or
// object, `ns.C.m()`.

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A call of an imported export: the export's key in its module's summary (summaryKeys.ts). */
export interface ImportedCall {
  readonly call: TSESTree.CallExpression;
  readonly specifier: string;
  readonly key: string;
  /** The callee as written: `loadSettings`, `ns.load`, `Store.load`, `ns["o.b"]`. */
  readonly callee: string;
}

/** Whether a program has a top-level ES import `follows` accepts (a relative one): the test every file pays. */
export function hasRelativeImport(program: TSESTree.Program, follows = isRelativeSpecifier): boolean {
  return program.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration &&
      typeof statement.source.value === 'string' &&
      follows(statement.source.value),
  );
}

function importedName(specifier: TSESTree.ImportClause): string | undefined {
  switch (specifier.type) {
    case AST_NODE_TYPES.ImportDefaultSpecifier:
      return 'default';
    case AST_NODE_TYPES.ImportSpecifier: {
      if (specifier.importKind === 'type') return undefined;
      const { imported } = specifier;
      return imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
    }
    default:
      return undefined;
  }
}

/** `x.key` with a static key, as the object of its parent member or call. */
function staticMember(
  node: TSESTree.Identifier | TSESTree.MemberExpression,
): { member: TSESTree.MemberExpression; key: string } | undefined {
  const { parent } = node;
  if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== node) return undefined;
  const key = memberKeyName(parent.property, parent.computed);
  return key == null ? undefined : { member: parent, key };
}

function calledAs(node: TSESTree.Identifier | TSESTree.MemberExpression): TSESTree.CallExpression | undefined {
  const { parent } = node;
  return parent.type === AST_NODE_TYPES.CallExpression && parent.callee === node ? parent : undefined;
}

const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;

/** `.key`, or `["key"]` when the key is no identifier: the callee as the message shows it. */
function accessText(key: string): string {
  return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** One call and the key it reaches; none when no module can export that key. */
function site(
  call: TSESTree.CallExpression | undefined,
  specifier: string,
  key: string | undefined,
  callee: string,
): ImportedCall[] {
  return call == null || key == null ? [] : [{ call, specifier, key, callee }];
}

/** The calls through one imported binding, with the export key each call reaches. */
function callsThrough(identifier: TSESTree.Identifier, name: string | undefined, specifier: string): ImportedCall[] {
  const local = identifier.name;
  if (name != null) {
    const direct = calledAs(identifier);
    if (direct) return site(direct, specifier, nameKey(name), local);
    const member = staticMember(identifier);
    if (!member) return [];
    return site(calledAs(member.member), specifier, memberKey(name, member.key), local + accessText(member.key));
  }
  // A namespace: `ns.f()`, or `ns.C.m()` for a member of an exported class or object; its members are export names.
  const first = staticMember(identifier);
  if (!first) return [];
  const callee = local + accessText(first.key);
  const call = calledAs(first.member);
  if (call) return site(call, specifier, nameKey(first.key), callee);
  const second = staticMember(first.member);
  if (!second) return [];
  return site(calledAs(second.member), specifier, memberKey(first.key, second.key), callee + accessText(second.key));
}

/** Every call, anywhere in the module, of a binding it imports from a module `follows` accepts, in source order. */
export function importedCalls(sourceCode: SourceCode, follows = isRelativeSpecifier): ImportedCall[] {
  const calls: ImportedCall[] = [];
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.importKind === 'type') continue;
    const specifier = statement.source.value;
    if (typeof specifier !== 'string' || !follows(specifier)) continue;
    for (const clause of statement.specifiers) {
      const name = importedName(clause);
      if (name == null && clause.type !== AST_NODE_TYPES.ImportNamespaceSpecifier) continue;
      for (const variable of sourceCode.getDeclaredVariables(clause)) {
        for (const reference of variable.references) {
          if (reference.isRead())
            calls.push(...callsThrough(reference.identifier as TSESTree.Identifier, name, specifier));
        }
      }
    }
  }
  return calls.sort((a, b) => a.call.range[0] - b.call.range[0]);
}
