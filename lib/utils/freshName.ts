import type { TSESLint } from '@typescript-eslint/utils';

/**
 * Returns a function that hands out identifiers no scope of the file declares and no global reference reads,
 * so a binding the fixer adds shadows nothing and is shadowed nowhere: `fsPromises`, then `fsPromises2`, ….
 * Names handed out are remembered, so two bindings added by one fix never clash either.
 */
export function createNameAllocator(sourceCode: Readonly<TSESLint.SourceCode>): (base: string) => string {
  const taken = new Set<string>();
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    for (const variable of scope.variables) taken.add(variable.name);
    for (const reference of scope.through) taken.add(reference.identifier.name);
  }
  return (base) => {
    let name = base;
    for (let suffix = 2; taken.has(name); suffix += 1) name = `${base}${suffix}`;
    taken.add(name);
    return name;
  };
}
