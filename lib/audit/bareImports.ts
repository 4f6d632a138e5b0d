import { realpathSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';

// With type information (only possible under --config), no-sync-fs-in-async also follows imports the import scan
// cannot resolve by itself: a tsconfig `paths` alias, a workspace package linked into node_modules. A specifier that
// is neither relative, nor a Node built-in, nor an installed package (a folder under a node_modules whose real path
// stays under node_modules) may lead to a project file, so the cache check treats its importer as changed on every
// cached run: it is linted again (an over-approximation that costs a re-lint, never a stale result).

/** The package a bare specifier names: `@scope/name` or `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Whether `name` is installed under a node_modules of `directory` or a parent, as a package of its own. */
function isInstalled(directory: string, name: string): boolean {
  for (let current = directory; ; current = path.dirname(current)) {
    const candidate = path.join(current, 'node_modules', name);
    if (statSync(candidate, { throwIfNoEntry: false })?.isDirectory() === true) {
      try {
        return realpathSync(candidate).split(path.sep).includes('node_modules');
      } catch {
        return false;
      }
    }
    if (path.dirname(current) === current) return false;
  }
}

/** Whether a specifier may lead to a project file only type information finds (memoised per folder and package). */
export function opaqueSpecifiers(): (importer: string, specifier: string) => boolean {
  const memo = new Map<string, boolean>();
  return (importer, specifier) => {
    if (specifier.startsWith('.') || isBuiltin(specifier)) return false;
    const name = packageName(specifier);
    const key = `${path.dirname(importer)}\0${name}`;
    let opaque = memo.get(key);
    if (opaque == null) memo.set(key, (opaque = !isInstalled(path.dirname(importer), name)));
    return opaque;
  };
}
