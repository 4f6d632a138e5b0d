import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { unwrapExpression } from '../../util/ast';
import type { TrackedReference } from '../../util/trackReferences';
import { apiUseOf, assignedMember, readUses } from './apiUses';
import { constructorOptions } from './constructorOptions';
import { handleUses } from './handleUses';
import { throughReassigned } from './writes';
import {
  assignedOption,
  EMPTY_OPTIONS,
  locateOptions,
  mergeViews,
  type OptionsLocation,
  type OptionsView,
  readOptions,
} from './optionsArgument';
import { typedReferences } from './typedCallees';
import type { BoundPolicy, Family, FileScan, ToolRun, TraceInfo } from './types';

// The tool runs of a file, from what the tracker found: direct calls, tags, instances and promisified functions.

/** A factory call (`axios.create({ timeout: 0 })`), judged on its own options. */
export interface FactoryCall {
  readonly node: TSESTree.CallExpression;
  readonly name: string;
  readonly policy: BoundPolicy;
  readonly view: OptionsView;
  readonly location: OptionsLocation | undefined;
}

/** What a file's collection gathers, in the order the rule judges it: factory calls first, then runs. */
interface Collected {
  readonly runs: ToolRun[];
  readonly factories: FactoryCall[];
  /** The bounds the module sets for a family (`axios.defaults.timeout = n`). */
  readonly fileDefaults: Map<Family, OptionsView>;
  /** Functions whose promisified form runs a tool (`exec` in `promisify(exec)`). */
  readonly promisifiable: Map<TSESTree.Node, Family>;
  /** Calls of a wrapper module (`p-timeout`). */
  readonly wrapperCalls: Set<TSESTree.Node>;
}

type Reference<Kind extends TraceInfo['kind']> = TrackedReference<TraceInfo> & {
  readonly info: Extract<TraceInfo, { kind: Kind }>;
};

const inheritedOf = (collected: Collected, family: Family | undefined): OptionsView =>
  (family && collected.fileDefaults.get(family)) ?? EMPTY_OPTIONS;

/** The value a call makes, kept: the call, or the `await` around it (`const page = await browser.newPage()`). */
function awaited(node: TSESTree.Node): TSESTree.Node {
  return node.parent?.type === AST_NODE_TYPES.AwaitExpression ? node.parent : node;
}

/** The runs an instance or a factory's result makes: `api.get()`, `client.callTool()`, ``run`cmd` ``. */
function instanceRuns(file: FileScan, made: TSESTree.Node, family: Family, inherited: OptionsView, runs: ToolRun[]) {
  // A reassigned `let` may hold another value when it is called: its calls are not this instance's.
  const uses = [...handleUses(file.sourceCode, made, file.memberCache, true), made];
  let ownDefaults = inherited;
  for (const use of uses) {
    const assigned = assignedMember(use, ['defaults', 'timeout']);
    if (assigned) ownDefaults = mergeViews(ownDefaults, assignedOption('timeout', assigned));
  }
  for (const use of uses) {
    const apiUse = apiUseOf(use);
    if (!apiUse) continue;
    const isTag = apiUse.node.type === AST_NODE_TYPES.TaggedTemplateExpression;
    const api = isTag && apiUse.member === '' ? family.tag : family.members[apiUse.member];
    if (!api) continue;
    const name = apiUse.member === '' ? family.name : `${family.name}.${apiUse.member}`;
    // An instance made by an instance (`browser.newPage()`) inherits nothing: its options bound other calls.
    if (api.makes) instanceRuns(file, awaited(apiUse.node), api.makes, EMPTY_OPTIONS, runs);
    if (api.factoryOnly !== true) runs.push({ node: apiUse.node, name, api, inherited: ownDefaults });
  }
}

/** The first pass: wrapper calls, promisifiable functions and module-wide defaults, which the second pass reads. */
function scanFile(file: FileScan, references: readonly TrackedReference<TraceInfo>[], collected: Collected): void {
  for (const { node, info } of references) {
    if (info.kind === 'wrapper') collected.wrapperCalls.add(node);
    if (info.kind === 'promisifiable') {
      for (const use of readUses(file.sourceCode, node)) collected.promisifiable.set(use, info.makes);
    }
    if (info.kind === 'default') {
      const assigned = assignedMember(node, []);
      if (!assigned) continue;
      const previous = collected.fileDefaults.get(info.family) ?? EMPTY_OPTIONS;
      collected.fileDefaults.set(info.family, mergeViews(previous, assignedOption(info.key, assigned)));
    }
  }
}

/** A call of a run API; called with an options object alone, a factory makes a configured instance instead. */
function collectRun(file: FileScan, { node, info }: Reference<'run'>, name: string, collected: Collected): void {
  if (node.type !== AST_NODE_TYPES.CallExpression) return;
  const { api, family } = info;
  const isFactoryCall =
    api.factory === true &&
    node.arguments.length === 1 &&
    unwrapExpression(node.arguments[0] ?? node).type === AST_NODE_TYPES.ObjectExpression;
  if (isFactoryCall && family) {
    const own = readOptions(file.sourceCode, node.arguments[0] ?? node);
    instanceRuns(file, node, family, mergeViews(inheritedOf(collected, family), own), collected.runs);
    return;
  }
  if (api.makes) instanceRuns(file, awaited(node), api.makes, EMPTY_OPTIONS, collected.runs);
  if (api.factoryOnly === true) return;
  collected.runs.push({ node, name, api, inherited: inheritedOf(collected, family) });
}

/** A tag read: each tagged template it is used in is a run. */
function collectTag(file: FileScan, { node, info }: Reference<'tag'>, name: string, collected: Collected): void {
  for (const use of readUses(file.sourceCode, node)) {
    const apiUse = apiUseOf(use);
    if (apiUse?.member !== '' || apiUse.node.type !== AST_NODE_TYPES.TaggedTemplateExpression) continue;
    collected.runs.push({ node: apiUse.node, name, api: info.api, inherited: inheritedOf(collected, info.family) });
  }
}

/** `axios.create(config)`, `new Client()`: the instance's runs, and the factory call itself to judge. */
function collectFactory(
  file: FileScan,
  { node, info }: Reference<'factory'>,
  name: string,
  collected: Collected,
): void {
  if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return;
  const { sourceCode } = file;
  const location = node.type === AST_NODE_TYPES.CallExpression ? locateOptions(sourceCode, node, info.slot) : undefined;
  const own =
    location?.kind === 'found' ? readOptions(sourceCode, location.node) : constructorOptions(sourceCode, node, info);
  const configured =
    node.type === AST_NODE_TYPES.NewExpression && info.constructorAt == null
      ? EMPTY_OPTIONS
      : mergeViews(inheritedOf(collected, info.makes), own);
  if (node.type === AST_NODE_TYPES.CallExpression) {
    collected.factories.push({ node, name, policy: info.policy, view: configured, location });
  }
  instanceRuns(file, node, info.makes, configured, collected.runs);
}

/** `promisify(exec)`: the promisified function's calls. */
function collectPromisified(file: FileScan, { node }: Reference<'promisify'>, collected: Collected): void {
  if (node.type !== AST_NODE_TYPES.CallExpression) return;
  const [argument] = node.arguments;
  const family = argument && collected.promisifiable.get(unwrapExpression(argument));
  if (family) instanceRuns(file, node, family, EMPTY_OPTIONS, collected.runs);
}

/** One reference of the tracker (or one the types show): the runs or the factory call it makes. */
function collectReference(file: FileScan, reference: TrackedReference<TraceInfo>, collected: Collected): void {
  const { path } = reference;
  // `let get = axios.get; get = other;`: a call through `get` may be the other value's.
  if (throughReassigned(file.sourceCode, reference.node)) return;
  // `execa.execa` → `execa`: a module named after its main export.
  const name = (path[0] === path[1] ? path.slice(1) : path).join('.');
  switch (reference.info.kind) {
    case 'run':
      collectRun(file, reference as Reference<'run'>, name, collected);
      break;
    case 'tag':
      collectTag(file, reference as Reference<'tag'>, name, collected);
      break;
    case 'factory':
      collectFactory(file, reference as Reference<'factory'>, name, collected);
      break;
    case 'promisify':
      collectPromisified(file, reference as Reference<'promisify'>, collected);
      break;
    case 'promisifiable':
    case 'default':
    case 'wrapper':
    case 'toolDefinition':
      break;
  }
}

/**
 * The tool runs and factory calls of a file, in the tracker's order (imports, then required modules, then globals),
 * then those among `typedCalls` that only type information shows; and the wrapper calls that bound a run passed to
 * them.
 */
export function collectRuns(
  file: FileScan,
  references: readonly TrackedReference<TraceInfo>[],
  typedCalls: readonly TSESTree.CallExpression[] = [],
): {
  readonly runs: readonly ToolRun[];
  readonly factories: readonly FactoryCall[];
  readonly wrapperCalls: ReadonlySet<TSESTree.Node>;
} {
  const collected: Collected = {
    runs: [],
    factories: [],
    fileDefaults: new Map(),
    promisifiable: new Map(),
    wrapperCalls: new Set(),
  };
  scanFile(file, references, collected);
  for (const reference of references) collectReference(file, reference, collected);
  // Type information adds the calls the tracker cannot see, never one of its own runs a second time.
  const seen = new Set([...references, ...collected.runs, ...collected.factories].map((found) => found.node));
  for (const reference of typedReferences(file.sourceCode, typedCalls, seen))
    collectReference(file, reference, collected);
  return collected;
}
