// createNameAllocator: fresh identifiers for a fix, unused by any scope of the file and by each other.
import type { TSESLint } from '@typescript-eslint/utils';

const takenNames = new WeakMap<Readonly<TSESLint.SourceCode>, ReadonlySet<string>>();

/** Every name a scope of the file declares or a global reference reads, collected once per file. */
function namesOf(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<string> {
  let names = takenNames.get(sourceCode);
  if (!names) {
    const found = new Set<string>();
    for (const scope of sourceCode.scopeManager?.scopes ?? []) {
      for (const variable of scope.variables) found.add(variable.name);
      for (const reference of scope.through) found.add(reference.identifier.name);
    }
    names = found;
    takenNames.set(sourceCode, names);
  }
  return names;
}

/**
 * Returns a function that hands out identifiers no scope of the file declares and no global reference reads,
 * so a binding the fixer adds shadows nothing and is shadowed nowhere: `fsPromises`, then `fsPromises2`, ….
 * Names handed out are remembered, so two bindings added by one fix never clash either.
 */
export function createNameAllocator(sourceCode: Readonly<TSESLint.SourceCode>): (base: string) => string {
  const taken = namesOf(sourceCode);
  const handedOut = new Set<string>();
  return (base) => {
    let name = base;
    for (let suffix = 2; taken.has(name) || handedOut.has(name); suffix += 1) name = `${base}${suffix}`;
    handedOut.add(name);
    return name;
  };
}
