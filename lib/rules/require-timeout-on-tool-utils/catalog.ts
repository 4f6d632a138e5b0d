import {
  CALL,
  CONSTRUCT,
  READ,
  type TraceMap,
  type TraceMapElement,
  withNodeProtocol,
} from '../../util/trackReferences';
import type { OptionsSlot } from './optionsArgument';
import { POLICIES } from './policies';
import type { BoundPolicy, Family, ToolApi, TraceInfo } from './types';

// Where each API takes its options, by module and export: the trace maps the tracker follows. Adding an API is a
// member in its family or a `runTrace` in its module's element.

export const atIndex = (at: number): OptionsSlot => ({ kind: 'index', index: at });
const afterArguments: OptionsSlot = { kind: 'afterArguments', index: 1 };
const objectOrSecond: OptionsSlot = { kind: 'objectOrSecond' };

function methods(policy: BoundPolicy, slot: OptionsSlot, names: readonly string[]): Record<string, ToolApi> {
  return Object.fromEntries(names.map((name) => [name, { policy, slot }]));
}

const AXIOS: Family = {
  name: 'axios',
  members: {
    '': { policy: POLICIES.axios, slot: objectOrSecond },
    request: { policy: POLICIES.axios, slot: atIndex(0) },
    ...methods(POLICIES.axios, atIndex(1), ['get', 'delete', 'head', 'options']),
    ...methods(POLICIES.axios, atIndex(2), ['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']),
  },
};

const GOT: Family = {
  name: 'got',
  members: {
    '': { policy: POLICIES.got, slot: objectOrSecond },
    ...methods(POLICIES.got, atIndex(1), ['get', 'post', 'put', 'patch', 'head', 'delete', 'stream']),
  },
};

const KY: Family = {
  name: 'ky',
  members: { ...methods(POLICIES.ky, atIndex(1), ['', 'get', 'post', 'put', 'patch', 'head', 'delete']) },
};

const MCP_METHODS = [
  'listTools',
  'listResources',
  'listResourceTemplates',
  'listPrompts',
  'readResource',
  'getPrompt',
  'complete',
];

const MCP_V1: Family = {
  name: 'Client',
  members: {
    callTool: { policy: POLICIES.mcp, slot: atIndex(2) },
    request: { policy: POLICIES.mcp, slot: atIndex(2) },
    ping: { policy: POLICIES.mcp, slot: atIndex(0) },
    ...methods(POLICIES.mcp, atIndex(1), MCP_METHODS),
  },
};

const MCP_V2: Family = {
  name: 'Client',
  members: {
    callTool: { policy: POLICIES.mcp, slot: atIndex(1) },
    request: { policy: POLICIES.mcp, slot: { kind: 'afterOptional', index: 1 } },
    ping: { policy: POLICIES.mcp, slot: atIndex(0) },
    ...methods(POLICIES.mcp, atIndex(1), MCP_METHODS),
  },
};

const EXECA_RUN: ToolApi = { policy: POLICIES.execa, slot: afterArguments, handle: true, factory: true };
const EXECA_TAG: ToolApi = { policy: POLICIES.execa, handle: true };
const ZX_TAG: ToolApi = { policy: POLICIES.zx, handle: true };

const PROMISIFIED_EXEC: Family = {
  name: 'child_process.exec',
  members: { '': { policy: POLICIES.childProcess, slot: atIndex(1) } },
};
const PROMISIFIED_EXEC_FILE: Family = {
  name: 'child_process.execFile',
  members: { '': { policy: POLICIES.childProcess, slot: afterArguments } },
};

function runTrace(api: ToolApi, family?: Family): TraceMapElement<TraceInfo> {
  return { [CALL]: { kind: 'run', api, family } };
}

/** The trace elements of a family's members, for a module that exports its root (`axios`, `got`). */
function familyElement(
  family: Family,
  extra: Record<string, TraceMapElement<TraceInfo>> = {},
): TraceMapElement<TraceInfo> {
  const { '': root, ...rest } = family.members;
  const element: Record<string, TraceMapElement<TraceInfo>> = {};
  for (const [name, api] of Object.entries(rest)) element[name] = runTrace(api, family);
  return { ...(root ? runTrace(root, family) : {}), ...element, ...extra };
}

function factory(makes: Family, slot: OptionsSlot, policy: BoundPolicy): TraceInfo {
  return { kind: 'factory', makes, slot, policy };
}

const EXECA_FAMILY: Family = { name: 'execa', members: { '': EXECA_RUN }, tag: EXECA_TAG };
const EXECA_SCRIPT_FAMILY: Family = { name: '$', members: { '': EXECA_RUN }, tag: EXECA_TAG };
const ZX_FAMILY: Family = {
  name: '$',
  members: { '': { policy: POLICIES.zx, slot: atIndex(0), factory: true, factoryOnly: true } },
  tag: ZX_TAG,
};
const CROSS_SPAWN: Family = {
  name: 'cross-spawn',
  members: {
    '': { policy: POLICIES.childProcess, slot: afterArguments, handle: true },
    spawn: { policy: POLICIES.childProcess, slot: afterArguments, handle: true },
    sync: { policy: POLICIES.childProcessSync, slot: afterArguments },
  },
};

const HTTP: TraceMapElement<TraceInfo> = {
  request: runTrace({ policy: POLICIES.http, slot: objectOrSecond, handle: true }),
  get: runTrace({ policy: POLICIES.http, slot: objectOrSecond, handle: true }),
};

const CHILD_PROCESS: TraceMapElement<TraceInfo> = {
  exec: {
    ...runTrace({ policy: POLICIES.childProcess, slot: atIndex(1), handle: true }),
    [READ]: { kind: 'promisifiable', makes: PROMISIFIED_EXEC },
  },
  execFile: {
    ...runTrace({ policy: POLICIES.childProcess, slot: afterArguments, handle: true }),
    [READ]: { kind: 'promisifiable', makes: PROMISIFIED_EXEC_FILE },
  },
  spawn: runTrace({ policy: POLICIES.childProcess, slot: afterArguments, handle: true }),
  fork: runTrace({ policy: POLICIES.childProcess, slot: afterArguments, handle: true }),
  execSync: runTrace({ policy: POLICIES.childProcessSync, slot: atIndex(1) }),
  execFileSync: runTrace({ policy: POLICIES.childProcessSync, slot: afterArguments }),
  spawnSync: runTrace({ policy: POLICIES.childProcessSync, slot: afterArguments }),
};

const MCP_V1_ELEMENT: TraceMapElement<TraceInfo> = {
  Client: { [CONSTRUCT]: factory(MCP_V1, atIndex(1), POLICIES.mcp) },
};

const execaExports: TraceMapElement<TraceInfo> = {
  execa: { ...runTrace(EXECA_RUN, EXECA_FAMILY), [READ]: { kind: 'tag', api: EXECA_TAG, family: EXECA_FAMILY } },
  $: {
    ...runTrace(EXECA_RUN, EXECA_SCRIPT_FAMILY),
    [READ]: { kind: 'tag', api: EXECA_TAG, family: EXECA_SCRIPT_FAMILY },
  },
  execaSync: runTrace({ policy: POLICIES.execaSync, slot: afterArguments }),
  execaNode: runTrace({ policy: POLICIES.execa, slot: afterArguments, handle: true }),
  execaCommand: runTrace({ policy: POLICIES.execa, slot: atIndex(1), handle: true }),
  execaCommandSync: runTrace({ policy: POLICIES.execaSync, slot: atIndex(1) }),
};

const zxExports: TraceMapElement<TraceInfo> = {
  $: {
    ...runTrace(ZX_FAMILY.members[''] ?? ZX_TAG, ZX_FAMILY),
    [READ]: { kind: 'tag', api: ZX_TAG, family: ZX_FAMILY },
    timeout: { [READ]: { kind: 'default', family: ZX_FAMILY, key: 'timeout' } },
  },
};

/** Module exports that run tools, keyed by module specifier. */
export const MODULES: TraceMap<TraceInfo> = {
  ...withNodeProtocol<TraceInfo>({
    child_process: CHILD_PROCESS,
    http: HTTP,
    https: HTTP,
    util: { promisify: { [CALL]: { kind: 'promisify' } } },
  }),
  'cross-spawn': familyElement(CROSS_SPAWN),
  undici: {
    fetch: runTrace({ policy: POLICIES.fetch, slot: atIndex(1) }),
    request: runTrace({ policy: POLICIES.undici, slot: atIndex(1) }),
    stream: runTrace({ policy: POLICIES.undici, slot: atIndex(1) }),
    pipeline: runTrace({ policy: POLICIES.undici, slot: atIndex(1) }),
  },
  'node-fetch': runTrace({ policy: POLICIES.nodeFetch, slot: atIndex(1) }),
  axios: familyElement(AXIOS, {
    create: { [CALL]: factory(AXIOS, atIndex(0), POLICIES.axios) },
    defaults: { timeout: { [READ]: { kind: 'default', family: AXIOS, key: 'timeout' } } },
  }),
  got: familyElement(GOT, { extend: { [CALL]: factory(GOT, atIndex(0), POLICIES.got) } }),
  ky: familyElement(KY, {
    create: { [CALL]: factory(KY, atIndex(0), POLICIES.ky) },
    extend: { [CALL]: factory(KY, atIndex(0), POLICIES.ky) },
  }),
  execa: execaExports,
  zx: zxExports,
  'zx/core': zxExports,
  'node-pty': { spawn: runTrace({ policy: POLICIES.noOption, handle: true }) },
  '@modelcontextprotocol/sdk/client/index.js': MCP_V1_ELEMENT,
  '@modelcontextprotocol/sdk/client/index': MCP_V1_ELEMENT,
  '@modelcontextprotocol/sdk/client': MCP_V1_ELEMENT,
  '@modelcontextprotocol/client': { Client: { [CONSTRUCT]: factory(MCP_V2, atIndex(1), POLICIES.mcp) } },
  'p-timeout': { [CALL]: { kind: 'wrapper' } },
};

const FETCH = runTrace({ policy: POLICIES.fetch, slot: atIndex(1) });

/** Globals that run tools, found whether or not the configuration declares them. */
export const GLOBALS: TraceMap<TraceInfo> = {
  fetch: FETCH,
  globalThis: { fetch: FETCH },
  Bun: {
    spawn: runTrace({ policy: POLICIES.bunSpawn, slot: objectOrSecond, handle: true }),
    spawnSync: runTrace({ policy: POLICIES.bunSpawn, slot: objectOrSecond }),
    $: { [READ]: { kind: 'tag', api: { policy: POLICIES.noOption, handle: true }, family: undefined } },
  },
};
