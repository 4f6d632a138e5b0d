import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { createNameAllocator } from '../../util/fix/createNameAllocator';
import { bindingEdits, type BindingChanges } from './bindingEdits';
import { declarationSite, type DeclarationSite, existingProperty, isExported, resolvesTo } from './declarationSite';
import {
  calleeThrough,
  type ExistingBinding,
  findExistingBindings,
  isInitializedFirst,
  type Reach,
} from './existingBindings';
import type { BindingPlan, BindingRequest } from './types';

// Deciding what each call through a named sync binding becomes; bindingEdits.ts makes the declarations match.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** How each request reaches its twin: through a binding the file has, or one the fix declares. */
interface Routes {
  readonly existing: Map<BindingRequest, string>;
  readonly fresh: Map<BindingRequest, DeclarationSite>;
}

/** The most direct callee a visible binding of the file gives `request`, if any: the first of the best reach. */
function reuseCallee(
  sourceCode: SourceCode,
  existing: readonly ExistingBinding[],
  request: BindingRequest,
): string | undefined {
  const scope = sourceCode.getScope(request.reference);
  let best: [callee: string, reach: Reach] | undefined;
  for (const binding of existing) {
    const through = calleeThrough(binding, request);
    if (
      through &&
      (best == null || through[1] < best[1]) &&
      ASTUtils.findVariable(scope, binding.name) === binding.variable &&
      isInitializedFirst(sourceCode, binding.variable, request.variable)
    ) {
      best = through;
    }
  }
  return best?.[0];
}

function routeRequests(sourceCode: SourceCode, requests: readonly BindingRequest[]): Routes {
  const existing = findExistingBindings(sourceCode);
  const routes: Routes = { existing: new Map(), fresh: new Map() };
  for (const request of requests) {
    const reused = reuseCallee(sourceCode, existing, request);
    if (reused != null) {
      routes.existing.set(request, reused);
      continue;
    }
    const site = declarationSite(sourceCode, request.variable);
    // `import { readJsonSync } from 'fs-extra'`: Node's ESM loader does not see fs-extra's named exports.
    if (site?.kind === 'import' && request.twinModule === 'fs/promises') routes.fresh.set(request, site);
    if (site?.kind === 'pattern') {
      // `const { promises: p, readFileSync } = …` with `p` shadowed where the call is: no name to reach it by.
      const present = existingProperty(site.pattern, request.twinModule === 'fs/promises' ? 'promises' : request.twin);
      if (!present || resolvesTo(sourceCode, request.reference, present)) routes.fresh.set(request, site);
    }
  }
  return routes;
}

/** Whether `variable` is still needed once the `converted` identifiers no longer read it. */
function hasOtherUses(variable: Variable, converted: ReadonlySet<TSESTree.Node>): boolean {
  const declared = new Set<TSESTree.Node>(variable.defs.map((def) => def.name));
  return variable.references.some(
    (reference) => !declared.has(reference.identifier) && !converted.has(reference.identifier),
  );
}

/** The requests that go ahead, and the sync bindings they leave unused, which must go. */
function acceptRequests(
  sourceCode: SourceCode,
  requests: readonly BindingRequest[],
  routes: Routes,
): { accepted: BindingRequest[]; removed: Set<Variable> } {
  const routed = requests.filter((request) => routes.existing.has(request) || routes.fresh.has(request));
  const convertedOf = (list: readonly BindingRequest[]): Set<TSESTree.Node> =>
    new Set(list.map((request) => request.reference));
  // Once per variable and set: thousands of calls through one binding would otherwise each scan all its uses.
  const otherUses = new WeakMap<ReadonlySet<TSESTree.Node>, Map<Variable, boolean>>();
  const mustRemove = (variable: Variable, converted: ReadonlySet<TSESTree.Node>): boolean => {
    const known = otherUses.get(converted) ?? new Map<Variable, boolean>();
    otherUses.set(converted, known);
    let used = known.get(variable);
    if (used == null) {
      used = hasOtherUses(variable, converted);
      known.set(variable, used);
    }
    return !used;
  };
  const removable = (variable: Variable, converted: ReadonlySet<TSESTree.Node>): boolean =>
    mustRemove(variable, converted) && declarationSite(sourceCode, variable) != null && !isExported(variable);

  // A sync binding left unused must go; if it cannot, its calls stay as they are.
  const converted = convertedOf(routed);
  const accepted = routed.filter(
    (request) => !mustRemove(request.variable, converted) || removable(request.variable, converted),
  );
  const finalConverted = convertedOf(accepted);
  const removed = new Set(
    accepted.map((request) => request.variable).filter((variable) => mustRemove(variable, finalConverted)),
  );
  return { accepted, removed };
}

/** What each accepted request calls, and the new bindings that takes: one per destructuring, one import. */
function planCallees(
  sourceCode: SourceCode,
  accepted: readonly BindingRequest[],
  routes: Routes,
): Omit<BindingChanges, 'removed'> & { callee: Map<BindingRequest, string> } {
  let allocate: ((base: string) => string) | undefined;
  const nameFor = (base: string): string => (allocate ??= createNameAllocator(sourceCode))(base);
  const patternAdditions = new Map<TSESTree.ObjectPattern, Map<string, string>>();
  let importName: string | undefined;
  const callee = new Map<BindingRequest, string>();
  for (const request of accepted) {
    const known = routes.existing.get(request);
    if (known != null) {
      callee.set(request, known);
      continue;
    }
    const site = routes.fresh.get(request);
    if (!site) continue;
    if (site.kind === 'import') {
      importName ??= nameFor('fsPromises');
      callee.set(request, `${importName}.${request.twin}`);
      continue;
    }
    const additions = patternAdditions.get(site.pattern) ?? new Map<string, string>();
    patternAdditions.set(site.pattern, additions);
    const key = request.twinModule === 'fs/promises' ? 'promises' : request.twin;
    const present = existingProperty(site.pattern, key);
    const local = additions.get(key) ?? present?.name ?? nameFor(key === 'promises' ? 'fsPromises' : key);
    additions.set(key, local);
    callee.set(request, request.twinModule === 'fs/promises' ? `${local}.${request.twin}` : local);
  }
  const importModel = accepted
    .map((request) => routes.fresh.get(request))
    .find((site) => site?.kind === 'import')?.declaration;
  return { callee, patternAdditions, importName, importModel };
}

/**
 * Decides, for calls through named sync bindings, what each call becomes and which declarations change:
 * reuse a visible `fs/promises` or `fs` binding; else add `promises: fsp` to the `require` destructuring
 * that declared the sync binding, or one `import * as fsp from 'fs/promises'`; drop each sync binding
 * whose every use is converted (projects with `noUnusedLocals` fail otherwise) and leave out a call whose
 * binding would be left unused but cannot be removed cleanly.
 */
export function planBindings(sourceCode: SourceCode, requests: readonly BindingRequest[]): BindingPlan {
  if (requests.length === 0) return { callee: new Map(), fix: () => [] };
  const routes = routeRequests(sourceCode, requests);
  const { accepted, removed } = acceptRequests(sourceCode, requests, routes);
  const { callee, ...changes } = planCallees(sourceCode, accepted, routes);
  return { callee, fix: (fixer) => bindingEdits(sourceCode, fixer, { ...changes, removed }) };
}
