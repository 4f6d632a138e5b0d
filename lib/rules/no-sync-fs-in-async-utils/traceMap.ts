import type { TSESLint } from '@typescript-eslint/utils';
import { AST_TOKEN_TYPES } from '@typescript-eslint/types';

import { CALL, READ, type TraceMap, type TraceMapElement, withNodeProtocol } from '../../util/trackReferences';
import { FS_MODULES, SYNC_APIS } from './fsSyncApis';
import type { SyncApi, SyncCall } from './types';

/** Rows named `parent.member` (`realpathSync.native`), by parent name: traced below any export of that name. */
const MEMBER_APIS = new Map<string, [member: string, api: SyncApi][]>();
for (const [name, api] of Object.values(SYNC_APIS).flatMap((apis) => Object.entries(apis))) {
  const [parent = '', member] = name.split('.');
  if (member != null) MEMBER_APIS.set(parent, [...(MEMBER_APIS.get(parent) ?? []), [member, api]]);
}

function traceElement(name: string, api: SyncApi | undefined): TraceMapElement<SyncCall> {
  const indirect: TraceMapElement<SyncCall> = { [CALL]: { name, api, indirect: true } };
  const direct: SyncCall = { name, api, indirect: false };
  // Read too: the function may be passed itself as a callback (`files.forEach(fs.unlinkSync)`).
  const element: TraceMapElement<SyncCall> = {
    [CALL]: direct,
    [READ]: direct,
    call: indirect,
    apply: indirect,
  };
  const members = MEMBER_APIS.get(name);
  if (!members) return element;
  // Under an export of the `modules` option (no row) the member is reported too, but its promise version is unknown.
  const traced = members.map(([member, memberApi]): [string, TraceMapElement<SyncCall>] => [
    member,
    { [CALL]: { name: `${name}.${member}`, api: api && memberApi, indirect: false } },
  ]);
  return { ...element, ...Object.fromEntries(traced) };
}

function traceApis(apis: Readonly<Record<string, SyncApi>>): Record<string, TraceMapElement<SyncCall>> {
  const exported = Object.entries(apis).filter(([name]) => !name.includes('.'));
  return Object.fromEntries(exported.map(([name, api]) => [name, traceElement(name, api)]));
}

const ELEMENTS = { fs: traceApis(SYNC_APIS.fs), 'fs-extra': traceApis(SYNC_APIS['fs-extra']) };

/** The traced modules, `node:` forms of the built-in one included. */
export const BUILTIN_TRACE_MAP: TraceMap<SyncCall> = Object.fromEntries(
  Object.entries(FS_MODULES).flatMap(([module, { apis, builtin }]) => {
    const element = Object.assign({}, ...apis.map((source) => ELEMENTS[source])) as TraceMapElement<SyncCall>;
    return Object.entries(builtin ? withNodeProtocol({ [module]: element }) : { [module]: element });
  }),
);

const SYNC_SUFFIX = 'Sync';

/**
 * Trace maps need explicit export names; for the `modules` option those are the `*Sync` names the file
 * mentions at all (identifiers and string keys), read once from its tokens.
 */
export function traceMapForFile(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  modules: readonly string[],
): TraceMap<SyncCall> {
  if (modules.length === 0) return BUILTIN_TRACE_MAP;
  const extra = modules.filter((module) => !Object.hasOwn(BUILTIN_TRACE_MAP, module));
  if (extra.length === 0) return BUILTIN_TRACE_MAP;
  const names = new Set<string>();
  for (const token of context.sourceCode.ast.tokens) {
    const isString = token.type === AST_TOKEN_TYPES.String;
    const text = isString ? token.value.slice(1, -1) : token.value;
    if ((isString || token.type === AST_TOKEN_TYPES.Identifier) && text.endsWith(SYNC_SUFFIX) && text !== SYNC_SUFFIX) {
      names.add(text);
    }
  }
  const element = Object.fromEntries([...names].map((name) => [name, traceElement(name, undefined)]));
  return { ...BUILTIN_TRACE_MAP, ...Object.fromEntries(extra.map((module) => [module, element])) };
}
