import {
  CALL,
  CONSTRUCT,
  READ,
  type TraceMap,
  type TraceMapElement,
  withNodeProtocol,
} from '../../util/trackReferences';
import { BROWSER_MODULES } from './browserCatalog';
import type { OptionsSlot } from './optionsArgument';
import { POLICIES } from './policies';
import type { BoundPolicy, Family, ToolApi, ToolImplementation, TraceInfo } from './types';

// Where each API takes its options, by module and export: the trace maps the tracker follows. Adding an API is a
// member in its family or a `runTrace` in its module's element; keys are sorted. The tracker reads GLOBALS in this
// order, and keeps the first READ of a re-exported module's exports.

export const atIndex = (at: number): OptionsSlot => ({ kind: 'index', index: at });
const afterArguments: OptionsSlot = { kind: 'afterArguments', index: 1 };
const objectOrSecond: OptionsSlot = { kind: 'objectOrSecond' };

function methods(policy: BoundPolicy, slot: OptionsSlot, names: readonly string[]): Record<string, ToolApi> {
  return Object.fromEntries(names.map((name) => [name, { policy, slot }]));
}

const AXIOS = {
  name: 'axios',
  members: {
    '': { policy: POLICIES.axios, slot: objectOrSecond },
    request: { policy: POLICIES.axios, slot: atIndex(0) },
    ...methods(POLICIES.axios, atIndex(1), ['get', 'delete', 'head', 'options']),
    ...methods(POLICIES.axios, atIndex(2), ['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']),
  },
} satisfies Family;

const GOT = {
  name: 'got',
  members: {
    '': { policy: POLICIES.got, slot: objectOrSecond },
    ...methods(POLICIES.got, atIndex(1), ['get', 'post', 'put', 'patch', 'head', 'delete', 'stream']),
  },
} satisfies Family;

const KY = {
  name: 'ky',
  members: { ...methods(POLICIES.ky, atIndex(1), ['', 'get', 'post', 'put', 'patch', 'head', 'delete']) },
} satisfies Family;

const MCP_METHODS = [
  'listTools',
  'listResources',
  'listResourceTemplates',
  'listPrompts',
  'readResource',
  'getPrompt',
  'complete',
];

const MCP_V1 = {
  name: 'Client',
  members: {
    callTool: { policy: POLICIES.mcp, slot: atIndex(2) },
    ping: { policy: POLICIES.mcp, slot: atIndex(0) },
    request: { policy: POLICIES.mcp, slot: atIndex(2) },
    ...methods(POLICIES.mcp, atIndex(1), MCP_METHODS),
  },
} satisfies Family;

const MCP_V2 = {
  name: 'Client',
  members: {
    callTool: { policy: POLICIES.mcp, slot: atIndex(1) },
    ping: { policy: POLICIES.mcp, slot: atIndex(0) },
    request: { policy: POLICIES.mcp, slot: { kind: 'afterOptional', index: 1 } },
    ...methods(POLICIES.mcp, atIndex(1), MCP_METHODS),
  },
} satisfies Family;

const EXECA_RUN: ToolApi = { policy: POLICIES.execa, slot: afterArguments, handle: true, factory: true };
const EXECA_TAG: ToolApi = { policy: POLICIES.execa, handle: true };
const ZX_TAG: ToolApi = { policy: POLICIES.zx, handle: true };

const PROMISIFIED_EXEC = {
  name: 'child_process.exec',
  members: { '': { policy: POLICIES.childProcess, slot: atIndex(1) } },
} satisfies Family;
const PROMISIFIED_EXEC_FILE = {
  name: 'child_process.execFile',
  members: { '': { policy: POLICIES.childProcess, slot: afterArguments } },
} satisfies Family;

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

function factory(
  makes: Family,
  slot: OptionsSlot,
  policy: BoundPolicy,
  extra: {
    readonly constructorAt?: number;
    readonly droppedKeys?: readonly string[];
    readonly implementation?: ToolImplementation;
  } = {},
): TraceInfo {
  return { kind: 'factory', makes, slot, policy, ...extra };
}

const EXECA_FAMILY = { name: 'execa', members: { '': EXECA_RUN }, tag: EXECA_TAG } satisfies Family;
const EXECA_SCRIPT_FAMILY = { name: '$', members: { '': EXECA_RUN }, tag: EXECA_TAG } satisfies Family;
const ZX_FAMILY = {
  name: '$',
  members: { '': { policy: POLICIES.zx, slot: atIndex(0), factory: true, factoryOnly: true } },
  tag: ZX_TAG,
} satisfies Family;
const CROSS_SPAWN = {
  name: 'cross-spawn',
  members: {
    '': { policy: POLICIES.childProcess, slot: afterArguments, handle: true },
    spawn: { policy: POLICIES.childProcess, slot: afterArguments, handle: true },
    sync: { policy: POLICIES.childProcessSync, slot: afterArguments },
  },
} satisfies Family;

const HTTP = {
  get: runTrace({ policy: POLICIES.http, slot: objectOrSecond, handle: true }),
  request: runTrace({ policy: POLICIES.http, slot: objectOrSecond, handle: true }),
} satisfies TraceMapElement<TraceInfo>;

const CHILD_PROCESS = {
  exec: {
    ...runTrace({ policy: POLICIES.childProcess, slot: atIndex(1), handle: true }),
    [READ]: { kind: 'promisifiable', makes: PROMISIFIED_EXEC },
  },
  execFile: {
    ...runTrace({ policy: POLICIES.childProcess, slot: afterArguments, handle: true }),
    [READ]: { kind: 'promisifiable', makes: PROMISIFIED_EXEC_FILE },
  },
  execFileSync: runTrace({ policy: POLICIES.childProcessSync, slot: afterArguments }),
  execSync: runTrace({ policy: POLICIES.childProcessSync, slot: atIndex(1) }),
  fork: runTrace({ policy: POLICIES.childProcess, slot: afterArguments, handle: true }),
  spawn: runTrace({ policy: POLICIES.childProcess, slot: afterArguments, handle: true }),
  spawnSync: runTrace({ policy: POLICIES.childProcessSync, slot: afterArguments }),
} satisfies TraceMapElement<TraceInfo>;

const MCP_V1_ELEMENT = {
  Client: { [CONSTRUCT]: factory(MCP_V1, atIndex(1), POLICIES.mcp) },
} satisfies TraceMapElement<TraceInfo>;

const execaExports = {
  $: {
    ...runTrace(EXECA_RUN, EXECA_SCRIPT_FAMILY),
    [READ]: { kind: 'tag', api: EXECA_TAG, family: EXECA_SCRIPT_FAMILY },
  },
  execa: { ...runTrace(EXECA_RUN, EXECA_FAMILY), [READ]: { kind: 'tag', api: EXECA_TAG, family: EXECA_FAMILY } },
  execaCommand: runTrace({ policy: POLICIES.execa, slot: atIndex(1), handle: true }),
  execaCommandSync: runTrace({ policy: POLICIES.execaSync, slot: atIndex(1) }),
  execaNode: runTrace({ policy: POLICIES.execa, slot: afterArguments, handle: true }),
  execaSync: runTrace({ policy: POLICIES.execaSync, slot: afterArguments }),
} satisfies TraceMapElement<TraceInfo>;

const zxExports = {
  $: {
    ...runTrace(ZX_FAMILY.members[''], ZX_FAMILY),
    [READ]: { kind: 'tag', api: ZX_TAG, family: ZX_FAMILY },
    timeout: { [READ]: { kind: 'default', family: ZX_FAMILY, key: 'timeout' } },
  },
} satisfies TraceMapElement<TraceInfo>;

// Agent SDKs: model and agent calls, the clients' requests, and the tool definitions whose implementation receives
// the SDK's abort signal (signalDropped reads them).

// Without `stopWhen`, a call runs one step and the agent (ai 6.0.0+) twenty (stepCount.ts).
const AI_CALL: ToolApi = { policy: POLICIES.aiSdk, slot: atIndex(0), defaultSteps: 1 };
const AI_STREAM_CALL: ToolApi = { policy: POLICIES.aiStream, slot: atIndex(0), defaultSteps: 1 };
const AI_OBJECT_CALL: ToolApi = { policy: POLICIES.aiObject, slot: atIndex(0) };
const AI_AGENT = {
  name: 'ToolLoopAgent',
  members: {
    generate: { policy: POLICIES.aiSdk, slot: atIndex(0), defaultSteps: 20, nullStopWhenIsDefault: true },
    stream: { policy: POLICIES.aiStream, slot: atIndex(0), defaultSteps: 20, nullStopWhenIsDefault: true },
  },
} satisfies Family;
// The agent's settings take `timeout`, which its calls inherit; ai 6 drops an `abortSignal` there at run time.
const AI_AGENT_ELEMENT = {
  [CONSTRUCT]: factory(AI_AGENT, atIndex(0), POLICIES.aiSdk, { constructorAt: 0, droppedKeys: ['abortSignal'] }),
};

function toolDefinition(implementation: ToolImplementation): TraceMapElement<TraceInfo> {
  return { [CALL]: { kind: 'toolDefinition', implementation } };
}

/** `tool({ execute(input, { abortSignal }) })` (AI SDK). */
const AI_TOOL = toolDefinition({ argument: 0, key: 'execute', parameter: 1, signalKey: 'abortSignal' });

const AI_SDK = {
  Experimental_Agent: AI_AGENT_ELEMENT,
  ToolLoopAgent: AI_AGENT_ELEMENT,
  dynamicTool: AI_TOOL,
  generateObject: runTrace(AI_OBJECT_CALL),
  generateText: runTrace(AI_CALL),
  streamObject: runTrace(AI_OBJECT_CALL),
  streamText: runTrace(AI_STREAM_CALL),
  tool: AI_TOOL,
} satisfies TraceMapElement<TraceInfo>;

const AGENTS_RUN: ToolApi = { policy: POLICIES.agentsRun, slot: atIndex(2) };
const AGENTS_RUNNER = { name: 'Runner', members: { run: AGENTS_RUN } } satisfies Family;
const OPENAI_AGENTS = {
  Runner: { [CONSTRUCT]: factory(AGENTS_RUNNER, atIndex(0), POLICIES.agentsRun) },
  run: runTrace(AGENTS_RUN),
  // `tool({ execute(args, context?, details?) })`: a `timeoutMs` aborts `details.signal`.
  tool: toolDefinition({ argument: 0, key: 'execute', parameter: 2, signalKey: 'signal', optionalParameter: true }),
} satisfies TraceMapElement<TraceInfo>;

const LANGCHAIN_TOOL = {
  name: 'tool',
  members: methods(POLICIES.langchain, atIndex(1), ['invoke', 'stream', 'batch']),
} satisfies Family;
// `tool(func, fields)`: `func(input, config)` gets `config.signal`; the fields (3rd slot: none) set no run config.
const LANGCHAIN_TOOLS = {
  tool: {
    [CALL]: factory(LANGCHAIN_TOOL, atIndex(2), POLICIES.langchain, {
      implementation: { argument: 0, parameter: 1, signalKey: 'signal' },
    }),
  },
} satisfies TraceMapElement<TraceInfo>;

// `create({ stream: true })` streams as `messages.stream()` does: only `signal` bounds the stream.
const MODEL_REQUEST: ToolApi = {
  policy: POLICIES.modelClient,
  slot: atIndex(1),
  streamed: { argument: 0, key: 'stream', policy: POLICIES.modelStream },
};
const MODEL_STREAM: ToolApi = { policy: POLICIES.modelStream, slot: atIndex(1) };
const ANTHROPIC = {
  name: 'Anthropic',
  members: { 'messages.create': MODEL_REQUEST, 'messages.stream': MODEL_STREAM },
} satisfies Family;
const OPENAI = {
  name: 'OpenAI',
  members: { 'chat.completions.create': MODEL_REQUEST, 'responses.create': MODEL_REQUEST },
} satisfies Family;

/** A client constructor, as the module's default export and by its name; its requests inherit its options. */
function clientElement(family: Family): TraceMapElement<TraceInfo> {
  const construct = { [CONSTRUCT]: factory(family, atIndex(0), POLICIES.modelClient, { constructorAt: 0 }) };
  return { ...construct, [family.name]: construct };
}

/** An undici dispatcher: its requests take one options object, and inherit the constructor's timers. */
function dispatcher(name: string, constructorAt: number): TraceMapElement<TraceInfo> {
  const family = { name, members: methods(POLICIES.undici, atIndex(0), ['request', 'stream', 'pipeline']) };
  return { [CONSTRUCT]: factory(family, atIndex(0), POLICIES.undici, { constructorAt }) };
}

/** Module exports that run tools, keyed by module specifier. */
export const MODULES = {
  ...withNodeProtocol<TraceInfo>({
    child_process: CHILD_PROCESS,
    http: HTTP,
    https: HTTP,
    util: { promisify: { [CALL]: { kind: 'promisify' } } },
  }),
  '@ai-sdk/provider-utils': { dynamicTool: AI_TOOL, tool: AI_TOOL },
  '@anthropic-ai/sdk': clientElement(ANTHROPIC),
  '@langchain/core/tools': LANGCHAIN_TOOLS,
  '@modelcontextprotocol/client': { Client: { [CONSTRUCT]: factory(MCP_V2, atIndex(1), POLICIES.mcp) } },
  '@modelcontextprotocol/sdk/client': MCP_V1_ELEMENT,
  '@modelcontextprotocol/sdk/client/index': MCP_V1_ELEMENT,
  '@modelcontextprotocol/sdk/client/index.js': MCP_V1_ELEMENT,
  ...BROWSER_MODULES,
  '@openai/agents': OPENAI_AGENTS,
  '@openai/agents-core': OPENAI_AGENTS,
  ai: AI_SDK,
  axios: familyElement(AXIOS, {
    create: { [CALL]: factory(AXIOS, atIndex(0), POLICIES.axios) },
    defaults: { timeout: { [READ]: { kind: 'default', family: AXIOS, key: 'timeout' } } },
  }),
  'cross-spawn': familyElement(CROSS_SPAWN),
  execa: execaExports,
  got: familyElement(GOT, { extend: { [CALL]: factory(GOT, atIndex(0), POLICIES.got) } }),
  ky: familyElement(KY, {
    create: { [CALL]: factory(KY, atIndex(0), POLICIES.ky) },
    extend: { [CALL]: factory(KY, atIndex(0), POLICIES.ky) },
  }),
  'node-fetch': runTrace({ policy: POLICIES.nodeFetch, slot: atIndex(1) }),
  'node-pty': { spawn: runTrace({ policy: POLICIES.noOption, handle: true }) },
  openai: clientElement(OPENAI),
  'p-timeout': { [CALL]: { kind: 'wrapper' } },
  undici: {
    Agent: dispatcher('Agent', 0),
    Client: dispatcher('Client', 1),
    Pool: dispatcher('Pool', 1),
    fetch: runTrace({ policy: POLICIES.fetch, slot: atIndex(1) }),
    pipeline: runTrace({ policy: POLICIES.undici, slot: atIndex(1) }),
    request: runTrace({ policy: POLICIES.undici, slot: atIndex(1) }),
    stream: runTrace({ policy: POLICIES.undici, slot: atIndex(1) }),
  },
  zx: zxExports,
  'zx/core': zxExports,
} satisfies TraceMap<TraceInfo>;

const FETCH = runTrace({ policy: POLICIES.fetch, slot: atIndex(1) });

/** Globals that run tools, found whether or not the configuration declares them. */
export const GLOBALS = {
  Bun: {
    $: { [READ]: { kind: 'tag', api: { policy: POLICIES.noOption, handle: true }, family: undefined } },
    spawn: runTrace({ policy: POLICIES.bunSpawn, slot: objectOrSecond, handle: true }),
    spawnSync: runTrace({ policy: POLICIES.bunSpawn, slot: objectOrSecond }),
  },
  fetch: FETCH,
  globalThis: { fetch: FETCH },
} satisfies TraceMap<TraceInfo>;
