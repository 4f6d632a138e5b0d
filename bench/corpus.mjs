// The corpus: the pinned package list, its install in a cache directory outside git, and the files it holds.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS_LIST = path.join(BENCH_DIR, 'corpus.json');

/** Extensions we lint; declaration files hold no calls, so they are left out. */
const LINTED_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx']);
const DECLARATION_FILE = /\.d\.[cm]?ts$/;

/** The recommended config's test globs, applied to the path inside the package. */
const TEST_FILE = /(^|\/)(__tests__|__mocks__|tests?)\/|\.(test|spec)\.[^/]+$/;

export function isTestFile(pathInPackage) {
  return TEST_FILE.test(pathInPackage);
}

export function readCorpusList() {
  return JSON.parse(fs.readFileSync(CORPUS_LIST, 'utf8'));
}

/** The packages of a run: all of them, or the quick subset. */
export function selectPackages(list, { quick }) {
  if (!quick) return list.packages;
  return list.quick.map((name) => {
    const pinned = list.packages.find((p) => p.name === name);
    if (!pinned) throw new Error(`quick package ${name} is not in the pinned list`);
    return pinned;
  });
}

/** Cache key: a hash of exactly the pinned name@version pairs installed together. */
export function corpusKey(packages) {
  const pins = packages.map((p) => `${p.name}@${p.version}`).sort();
  return createHash('sha256').update(pins.join('\n')).digest('hex').slice(0, 12);
}

/** `$ASYNC_IO_CORPUS_DIR` wins; else `$XDG_CACHE_HOME` or `~/.cache`, under `eslint-plugin-async-io-corpus/<key>`. */
export function corpusDir(packages) {
  const root =
    process.env.ASYNC_IO_CORPUS_DIR ||
    path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'eslint-plugin-async-io-corpus');
  return path.join(root, corpusKey(packages));
}

/** Installs the pinned set once (no lifecycle scripts); a marker file says the install finished. */
/**
 * The speed set's manifest for a bench script's arguments: `--manifest FILE` (a manifest of your own,
 * `{ cwd, files: [{ abs, category }] }`, e.g. one slow file), or the one `bench/run.mjs` (`--quick`: its quick run)
 * last wrote in the corpus cache. Throws when there is none.
 */
export function speedManifest(argv) {
  const quick = argv.includes('--quick');
  const manifestArg = argv.indexOf('--manifest');
  const corpus = corpusDir(selectPackages(readCorpusList(), { quick }));
  const manifest = manifestArg >= 0 ? path.resolve(argv[manifestArg + 1]) : path.join(corpus, 'work', 'manifest.json');
  if (!fs.existsSync(manifest))
    throw new Error(`no manifest at ${manifest}: run bench/run.mjs${quick ? ' --quick' : ''} first`);
  return { corpus, manifest };
}

export function ensureInstalled(packages, log) {
  const dir = corpusDir(packages);
  const marker = path.join(dir, '.installed');
  if (fs.existsSync(marker)) return dir;
  // Two test files may ask for the same corpus at once: one installs, the other waits for its marker.
  const lock = `${dir}.lock`;
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A lock older than any install is left by a process that died: take it over.
      if (Date.now() - fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 15 * 60 * 1000)
        fs.rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  }
  try {
    if (!fs.existsSync(marker)) install(dir, packages, log);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
  return dir;
}

function install(dir, packages, log) {
  const marker = path.join(dir, '.installed');
  fs.mkdirSync(dir, { recursive: true });
  const dependencies = Object.fromEntries(packages.map((p) => [p.name, p.version]));
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'async-io-corpus', private: true, dependencies }, null, 2)}\n`,
  );
  log(`installing ${packages.length} pinned packages into ${dir}`);
  // Peer ranges of the agent SDKs disagree (zod, @langchain/core); we only read the files, so peers are not resolved.
  execFileSync(
    'npm',
    ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--legacy-peer-deps', '--loglevel=error'],
    { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, npm_config_update_notifier: 'false' } },
  );
  for (const p of packages) {
    const installed = readPackageJson(path.join(dir, 'node_modules', p.name));
    if (installed.version !== p.version) throw new Error(`${p.name}: wanted ${p.version}, got ${installed.version}`);
  }
  fs.writeFileSync(marker, `${new Date().toISOString()}\n`);
}

function readPackageJson(packageDir) {
  return JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
}

/**
 * The package's own files: everything it publishes, its bundled dependencies included, but not the dependencies
 * npm nested under its `node_modules/` because of version conflicts (they are other packages).
 */
export function listPackageFiles(dir, pkg) {
  const packageDir = path.join(dir, 'node_modules', pkg.name);
  const bundled = bundledDependencies(dir, pkg.name);
  const files = [];
  const walk = (abs, rel, insideBundled) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const childAbs = path.join(abs, entry.name);
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        // Only the package's top-level node_modules is where npm nests other packages; deeper ones are published.
        if (entry.name === 'node_modules' && rel === '' && !insideBundled) {
          walkNodeModules(childAbs, childRel);
          continue;
        }
        walk(childAbs, childRel, insideBundled);
      } else if (entry.isFile() && isLintable(entry.name)) {
        files.push({ rel: childRel, abs: childAbs, bytes: fs.statSync(childAbs).size });
      }
    }
  };
  // Top-level node_modules of the package: keep only bundled dependencies (and everything nested inside them).
  const walkNodeModules = (abs, rel) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const names = entry.name.startsWith('@')
        ? fs.readdirSync(path.join(abs, entry.name)).map((n) => `${entry.name}/${n}`)
        : [entry.name];
      for (const name of names) {
        if (bundled.has(name)) walk(path.join(abs, name), `${rel}/${name}`, true);
      }
    }
  };
  walk(packageDir, '', false);
  return files.map((f) => ({ ...f, pkg: pkg.name, test: isTestFile(f.rel) }));
}

/**
 * Names under the package's own node_modules that came in its tarball: the lockfile marks them `inBundle` (a
 * bundled dependency's own dependencies too, which `bundleDependencies` does not list).
 */
function bundledDependencies(dir, name) {
  const lock = JSON.parse(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8'));
  const prefix = `node_modules/${name}/node_modules/`;
  const names = new Set();
  for (const [key, entry] of Object.entries(lock.packages ?? {})) {
    if (!key.startsWith(prefix) || !entry.inBundle) continue;
    const rest = key.slice(prefix.length);
    if (!rest.includes('/node_modules/')) names.add(rest);
  }
  return names;
}

function isLintable(name) {
  return LINTED_EXTENSIONS.has(path.extname(name)) && !DECLARATION_FILE.test(name);
}

/** Language category from the extension; `.js` files get module or commonjs later, from a trial parse. */
export function extensionCategory(file) {
  const ext = path.extname(file);
  if (ext === '.ts' || ext === '.mts' || ext === '.cts') return 'ts';
  if (ext === '.tsx') return 'tsx';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.jsx') return 'jsx';
  return 'module';
}
