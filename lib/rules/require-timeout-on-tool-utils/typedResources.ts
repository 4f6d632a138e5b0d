import { CONSTRUCT, type TraceMapElement } from '../../util/trackReferences';
import { MODULES } from './catalog';
import type { Family, TraceInfo } from './types';

// With type information: the SDK classes whose methods a client reaches through its nested resources
// (`openai.chat.completions.create`), and undici's `Dispatcher`, which declares the requests of `Client`, `Pool` and
// `Agent`. A call the checker resolves to one of these methods, in the package's own file, is that family's member,
// judged as the catalog's rows for a constructed client are.

type Element = TraceMapElement<TraceInfo>;
type RunInfo = Extract<TraceInfo, { kind: 'run' }>;

const MODULES_BY_NAME: Readonly<Record<string, Element>> = MODULES;

/** The family a module's constructor (or its `name` export's) makes: `new OpenAI()`, `new Client()`. */
function madeBy(module: string, name?: string): Family | undefined {
  const element = MODULES_BY_NAME[module];
  const constructed = (name == null ? element : element?.[name])?.[CONSTRUCT];
  return constructed?.kind === 'factory' ? constructed.makes : undefined;
}

interface Resource {
  /** The declaring file inside the package, without its extension. */
  readonly file: string;
  readonly className: string;
  readonly family: Family | undefined;
  /** Method name → the family's member. */
  readonly methods: Readonly<Record<string, string>>;
}

const undiciAgent = madeBy('undici', 'Agent');
// Every dispatcher's requests are declared once, on `Dispatcher`: named after it, with the members the catalog gives
// each of `Client`, `Pool` and `Agent`.
const DISPATCHER: Family | undefined = undiciAgent && { ...undiciAgent, name: 'Dispatcher' };

const same = (names: readonly string[]): Record<string, string> => Object.fromEntries(names.map((n) => [n, n]));

/** By package; the class and file names of the published packages (openai 4.8x–6, @anthropic-ai/sdk 0.3x+, undici). */
const RESOURCES: Readonly<Record<string, readonly Resource[]>> = {
  openai: [
    {
      file: 'resources/chat/completions/completions',
      className: 'Completions',
      family: madeBy('openai'),
      methods: { create: 'chat.completions.create' },
    },
    {
      file: 'resources/responses/responses',
      className: 'Responses',
      family: madeBy('openai'),
      methods: { create: 'responses.create' },
    },
  ],
  '@anthropic-ai/sdk': [
    {
      file: 'resources/messages/messages',
      className: 'Messages',
      family: madeBy('@anthropic-ai/sdk'),
      methods: { create: 'messages.create', stream: 'messages.stream' },
    },
  ],
  undici: [
    {
      file: 'types/dispatcher',
      className: 'Dispatcher',
      family: DISPATCHER,
      methods: same(['request', 'stream', 'pipeline']),
    },
  ],
};

/**
 * The run a method declared in a package's file stands for (`module` is the file's path without its extension,
 * `names` the class and method), or undefined when it is not one of the resources above.
 */
export function resourceRun(module: string, names: readonly string[]): { info: RunInfo; path: string[] } | undefined {
  const at = module.lastIndexOf('/node_modules/');
  if (at < 0 || names.length !== 2) return undefined;
  const segments = module.slice(at + '/node_modules/'.length).split('/');
  const scoped = segments[0]?.startsWith('@') === true;
  const name = segments.slice(0, scoped ? 2 : 1).join('/');
  const file = segments.slice(scoped ? 2 : 1).join('/');
  const [className, method] = names;
  const resource = (RESOURCES[name] ?? []).find((entry) => entry.file === file && entry.className === className);
  const member = method == null ? undefined : resource?.methods[method];
  const api = member == null ? undefined : resource?.family?.members[member];
  if (resource?.family == null || member == null || api == null) return undefined;
  return { info: { kind: 'run', api, family: resource.family }, path: [resource.family.name, member] };
}
