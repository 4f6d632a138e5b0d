// The keys of a module summary's exports, as importers reach them: an export by name (`f`, `default`, and `o.b` of
// `export { f as "o.b" }`, a string export name), or a member of an export (`m` of an exported class `C` or object
// `o`). The two are separate namespaces: member `b` of `o` is never the export named "o.b", either way round.

/**
 * Between an export's name and a member's key: a lone surrogate, which no export name holds (ES requires a string
 * export name to be well-formed Unicode; a name the TypeScript parser lets through anyway gets no key), so the first
 * one in a key always ends the name.
 */
const MEMBER = '\uD800';

/** The key of the export named `name`; undefined for a name no ES module can export (one holding the separator). */
export function nameKey(name: string): string | undefined {
  return name.includes(MEMBER) ? undefined : name;
}

/** The key of member `member` of the export named `name`: `m` of an exported class `C`, `b` of an object `o`. */
export function memberKey(name: string, member: string): string | undefined {
  return nameKey(name) == null ? undefined : `${name}${MEMBER}${member}`;
}

/** The export name a key starts with: the whole key, or the part before its member. */
export function keyHead(key: string): string {
  const at = key.indexOf(MEMBER);
  return at < 0 ? key : key.slice(0, at);
}

/**
 * The key to look up in a re-exported module for `key`, where `name` is the export re-exported (undefined for a
 * namespace, `export * as ns from`): `g` or member `m` of `g` (`export { f as g } from`) become `f` or member `m`
 * of `f`; member `f` of a namespace becomes the export `f`, and the namespace itself reaches no export.
 */
export function keyThrough(key: string, name: string | undefined): string | undefined {
  const at = key.indexOf(MEMBER);
  const member = at < 0 ? undefined : key.slice(at + MEMBER.length);
  if (name == null) return member == null ? undefined : nameKey(member);
  return member == null ? nameKey(name) : memberKey(name, member);
}
