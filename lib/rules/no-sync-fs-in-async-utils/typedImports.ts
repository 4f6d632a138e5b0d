import fs from 'node:fs';

import type { TSESLint } from '@typescript-eslint/utils';

// With type information, where an import leads as the program resolves it: a `paths` alias, a workspace package
// linked into node_modules, anything the checker finds. Decided by the module symbol the checker gives the import's
// specifier (no import of `typescript` on the rule's load path), and followed only to a source file of the program
// itself: never a declaration file, never a file whose real path lies under node_modules.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Program = NonNullable<NonNullable<SourceCode['parserServices']>['program']>;
type Checker = ReturnType<Program['getTypeChecker']>;
type TsSourceFile = ReturnType<Program['getSourceFiles']>[number];
type TsNode = Parameters<Checker['getSymbolAtLocation']>[0];

/** Where `specifier`, written in `fromFile`, leads: a source file the rule may read, or null. */
export type ImportResolver = (fromFile: string, specifier: string) => string | null;

/** What the rule may parse as a module: TypeScript and JavaScript sources (not JSON, which the checker also loads). */
const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/u;
const NODE_MODULES = /[\\/]node_modules[\\/]/u;

/** The string literals a file imports from: TypeScript's own list, else its top-level imports and re-exports. */
function moduleSpecifiers(file: TsSourceFile): readonly TsNode[] {
  const imports = (file as unknown as { imports?: readonly TsNode[] }).imports;
  if (imports != null) return imports;
  return file.statements.flatMap((statement) => {
    const specifier = (statement as unknown as { moduleSpecifier?: TsNode }).moduleSpecifier;
    return specifier == null ? [] : [specifier];
  });
}

function realPath(file: string): string | null {
  try {
    return fs.realpathSync(file);
  } catch {
    return null;
  }
}

/** The real path of the source file a module declaration is, when it is one the rule may read. */
function ownSource(declaration: unknown): string | null {
  const fileName = (declaration as { fileName?: unknown } | null)?.fileName;
  // Only a source file has a name: a `declare module '…'` block is no file to read.
  if (typeof fileName !== 'string') return null;
  // Not `isSourceFileFromExternalLibrary`: it holds for a workspace package too, found through its node_modules link.
  if ((declaration as TsSourceFile).isDeclarationFile) return null;
  const real = realPath(fileName);
  return real != null && SOURCE_FILE.test(real) && !NODE_MODULES.test(real) ? real : null;
}

function resolveIn(program: Program, fromFile: string, specifier: string): string | null {
  const importer = program.getSourceFile(fromFile);
  if (importer == null) return null;
  const literal = moduleSpecifiers(importer).find((node) => (node as { text?: unknown }).text === specifier);
  if (literal == null) return null;
  const declarations = program.getTypeChecker().getSymbolAtLocation(literal)?.declarations ?? [];
  for (const declaration of declarations) {
    const found = ownSource(declaration);
    if (found != null) return found;
  }
  return null;
}

const RESOLVERS = new WeakMap<Program, ImportResolver>();

/**
 * The program's import resolver, or null without type information. One per program, remembering each answer: a new
 * program (an edit in the editor) asks again.
 */
export function typedImportResolver(sourceCode: SourceCode): ImportResolver | null {
  const program = sourceCode.parserServices?.program;
  if (program == null) return null;
  let resolver = RESOLVERS.get(program);
  if (resolver == null) {
    const answers = new Map<string, string | null>();
    resolver = (fromFile, specifier) => {
      const key = `${fromFile}\0${specifier}`;
      if (!answers.has(key)) answers.set(key, resolveIn(program, fromFile, specifier));
      return answers.get(key) ?? null;
    };
    RESOLVERS.set(program, resolver);
  }
  return resolver;
}
