import { CALL, CONSTRUCT, READ, type TraceMapElement } from '../../util/trackReferences';
import { GLOBALS, MODULES } from './catalog';
import type { OptionsSlot } from './optionsArgument';
import { POLICIES, POLICY_NOTES, type PolicyName } from './policies';
import type { BoundPolicy, Disabler, Family, KeyKind, MisleadingKey, TraceInfo } from './types';

// The catalog table of the rule's page, generated from the catalog and the policies (scripts/docs-tables.mjs).

const KEY_TEXT: Readonly<Record<KeyKind, (key: string) => string>> = {
  cancelToken: (key) => `\`${key}\` (a token something cancels)`,
  delays: (key) => `\`${key}: { request: ms }\` (any phase)`,
  duration: (key) => `\`${key}\` > 0`,
  signal: (key) => `\`${key}\``,
};

const MISLEADING_TEXT: Readonly<Record<MisleadingKey, string>> = {
  ignoredByFetch: 'ignored',
  ignoredByAiObject: 'ignored: ai 6 reads only `abortSignal` here',
  ignoredWhileBlocking: 'ignored: the call blocks',
  onlyEmitsEvent: "only emits an event, unless a `'timeout'` handler destroys the request",
  renamed: 'execa 9 throws',
  versionDependent: 'unknown: node-fetch 2 obeys it, 3 ignores it',
};

const DISABLER_TEXT: Readonly<Record<Disabler, (key: string) => string>> = {
  false: (key) => `\`${key}: false\``,
  zero: (key) => `\`${key}: 0\``,
  zeroOrInfinite: (key) => `\`${key}: 0\` or \`Infinity\` (the timer then fires at once)`,
};

const ORDINALS = ['1st', '2nd', '3rd', '4th'];

function slotText(slot: OptionsSlot | undefined): string {
  switch (slot?.kind) {
    case undefined:
      return 'no options';
    case 'index':
      return `options ${ORDINALS[slot.index] ?? String(slot.index + 1)}`;
    case 'afterArguments':
      return 'options after the argument list';
    case 'objectOrSecond':
      return 'options 1st or 2nd';
    case 'afterOptional':
      return `options ${ORDINALS[slot.index] ?? ''} or after it`;
  }
}

interface Entry {
  readonly where: string;
  readonly name: string;
  readonly slot: string;
}

function policyName(policy: BoundPolicy): PolicyName {
  const found = Object.entries(POLICIES).find(([, candidate]) => candidate === policy);
  if (!found) throw new Error('a catalog API whose policy is not in POLICIES');
  return found[0] as PolicyName;
}

/** Every API of a traced element, by policy: calls, tags, factories' instances and promisified functions. */
function collectEntries(
  where: string,
  root: string,
  path: readonly string[],
  element: TraceMapElement<TraceInfo>,
  add: (policy: BoundPolicy, entry: Entry) => void,
): void {
  const name = path.join('.');
  const familyEntries = (family: Family, prefix: string): void => {
    for (const [member, api] of Object.entries(family.members)) {
      // An instance made by a member (`Browser#newPage`) lists its own members, by its family's name.
      if (api.makes) familyEntries(api.makes, api.makes.name);
      if (api.factoryOnly === true) continue;
      const slot = api.setsDefault == null ? slotText(api.slot) : 'sets the default';
      add(api.policy, { where, name: member === '' ? prefix : `${prefix}#${member}`, slot });
    }
  };
  for (const info of [element[CALL], element[CONSTRUCT], element[READ]]) {
    switch (info?.kind) {
      case 'run':
        // `puppeteer.connect()` only makes the browser whose pages are followed.
        if (info.api.factoryOnly !== true || info.api.makes == null) {
          add(info.api.policy, {
            where,
            name: name === '' ? root : name,
            slot: info.api.factoryOnly === true ? 'makes a configured copy' : slotText(info.api.slot),
          });
        }
        if (info.api.makes) familyEntries(info.api.makes, info.api.makes.name);
        break;
      case 'tag':
        add(info.api.policy, { where, name: name === '' ? root : name, slot: 'tagged template' });
        break;
      case 'factory':
        // A constructor's instances have methods of their own; a factory's copy has the module's.
        if (element[CONSTRUCT] === info) familyEntries(info.makes, name === '' ? info.makes.name : name);
        // A tool definition's result is run through its methods (LangChain's `tool(fn).invoke()`).
        else if (info.implementation != null) familyEntries(info.makes, `${name}()`);
        else add(info.policy, { where, name: `${name}()`, slot: 'makes a configured copy' });
        break;
      case 'promisifiable':
        familyEntries(info.makes, `promisify(${name})`);
        break;
      default:
        break;
    }
  }
  for (const [key, child] of Object.entries(element)) collectEntries(where, root, [...path, key], child, add);
}

function entriesByPolicy(): Map<PolicyName, Entry[]> {
  const byPolicy = new Map<PolicyName, Entry[]>();
  const seen = new Set<string>();
  const add = (policy: BoundPolicy, entry: Entry): void => {
    const id = `${entry.where} ${entry.name} ${entry.slot}`;
    if (seen.has(id)) return;
    seen.add(id);
    const name = policyName(policy);
    byPolicy.set(name, [...(byPolicy.get(name) ?? []), entry]);
  };
  // Specifiers that share one element (`zx`, `zx/core`) make one entry; `node:` ones go with their bare name.
  const specifiers = new Map<TraceMapElement<TraceInfo>, string[]>();
  for (const [specifier, element] of Object.entries(MODULES)) {
    if (!specifier.startsWith('node:')) specifiers.set(element, [...(specifiers.get(element) ?? []), specifier]);
  }
  for (const [element, names] of specifiers) {
    collectEntries(names.map((name) => `\`${name}\``).join(', '), names[0] ?? '', [], element, add);
  }
  for (const [name, element] of Object.entries(GLOBALS)) collectEntries('global', name, [name], element, add);
  return byPolicy;
}

/** `module`: `a`, `b` (options 2nd); … with consecutive names of one slot grouped. */
function apiCell(entries: readonly Entry[]): string {
  const parts: string[] = [];
  let where: string | undefined;
  let group: string[] = [];
  let slot = '';
  const flush = (): void => {
    if (group.length > 0) parts.push(`${group.join(', ')} (${slot})`);
    group = [];
  };
  const modules: string[] = [];
  for (const entry of entries) {
    if (entry.where !== where || entry.slot !== slot) flush();
    if (entry.where !== where) {
      if (parts.length > 0) modules.push(`${where ?? ''}: ${parts.join(', ')}`);
      parts.length = 0;
      where = entry.where;
    }
    slot = entry.slot;
    group.push(`\`${entry.name}\``);
  }
  flush();
  if (parts.length > 0) modules.push(`${where ?? ''}: ${parts.join(', ')}`);
  return modules.join('; ');
}

function keysCell(policy: BoundPolicy, obeys: string | undefined): string {
  // With a library default, any value given counts as the caller's bound; only the disablers below are reported.
  const keys = Object.entries(policy.keys).map(([key, kind]) =>
    policy.libraryDefault && kind === 'duration' ? `\`${key}\`` : KEY_TEXT[kind](key),
  );
  const text = keys.length > 0 ? keys.join(', ') : 'none exists';
  return obeys ? `${text}; ${obeys}` : text;
}

function defaultCell(policy: BoundPolicy, note: string | undefined): string {
  const text = policy.libraryDefault ? policy.libraryDefault.duration : 'none';
  return note ? `${text} (${note})` : text;
}

function reportedCell(policy: BoundPolicy, extra: string): string {
  const parts: string[] = [];
  if (policy.libraryDefault) {
    const disablers = Object.entries(policy.libraryDefault.disablers).map(([key, d]) => DISABLER_TEXT[d](key));
    if (disablers.length > 0) parts.push(`only ${disablers.join(' or ')}`);
    if (policy.progressReset === true) parts.push('`resetTimeoutOnProgress: true` without `maxTotalTimeout`');
  } else {
    const missing =
      policy.runsCallerCode === true ? 'no bound, under `strict` only (the tool may never block)' : 'no bound';
    parts.push(policy.add ? missing : 'always, unless a watchdog kills it');
    const kinds = new Set(Object.values(policy.keys));
    if (kinds.has('duration')) {
      // Where `0` or `Infinity` makes the call fail at once, only a missing value is no bound.
      // Where only an integer >= 0 is taken, `Infinity` and `false` throw: `0` is the one number that is no bound.
      const noBound = policy.integerKeys ? '`0`' : '`0`, `Infinity`, `false`';
      parts.push(
        policy.failsAtOnce
          ? 'a duration that is no bound (`undefined`, `null`)'
          : `a duration that is no bound (${noBound})`,
      );
    }
    if (kinds.has('signal')) parts.push('a signal that never fires (`undefined`, `new AbortController().signal`)');
    if (kinds.has('delays')) parts.push('`timeout: <number>` (got throws)');
    if (kinds.has('cancelToken')) parts.push('a token nothing cancels (`null`, `new CancelToken(() => {})`)');
    for (const [key, misleading] of Object.entries(policy.misleadingKeys ?? {})) {
      parts.push(`\`${key}\` (${MISLEADING_TEXT[misleading]})`);
    }
  }
  for (const key of Object.keys(policy.failsAtOnce ?? {})) {
    parts.push(`\`${key}\` of \`0\`, a negative number or \`Infinity\` (the call fails at once)`);
  }
  for (const key of Object.keys(policy.integerKeys ?? {})) {
    parts.push(
      policy.failsAtOnce?.[key] == null
        ? `\`${key}\` of a fraction, a negative number or \`Infinity\` (the call throws at once)`
        : `a fractional \`${key}\` (the call throws at once)`,
    );
  }
  if (extra) parts.push(extra);
  return parts.join('; ');
}

const escapeCell = (text: string): string => text.replace(/\|/gu, '\\|');

/** The page's generated tables, by name. */
export function docTables(): Record<string, string> {
  const byPolicy = entriesByPolicy();
  const rows = Object.entries(POLICY_NOTES).map(
    ([name, note]: [string, { obeys?: string; defaultNote?: string; reported: string }]) => {
      const policy: BoundPolicy = POLICIES[name as PolicyName];
      const cells = [
        apiCell(byPolicy.get(name as PolicyName) ?? []),
        keysCell(policy, note.obeys),
        defaultCell(policy, note.defaultNote),
        reportedCell(policy, note.reported),
      ];
      return `| ${cells.map(escapeCell).join(' | ')} |`;
    },
  );
  const header = '| API | Keys it obeys | Default without them | What we report |\n| :-- | :-- | :-- | :-- |';
  return { catalog: [header, ...rows].join('\n') };
}
