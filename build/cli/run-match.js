/**
 * `npm run match`: the command line as compiled JavaScript, so a query costs a plain Node start
 * instead of a TypeScript one. The bundle (.cache/cli/match.mjs) is made with esbuild when it is
 * missing or older than any file it is built from, which is a stat per source file (a few ms);
 * the catalogue's own staleness check runs inside the bundle.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../..');
// FIELDLAB_CLI_CACHE puts the bundle in another folder of the project (where its dependencies still
// resolve): the tests start from an empty one, as on a clean clone.
const CACHE = process.env.FIELDLAB_CLI_CACHE ?? join(ROOT, '.cache/cli');
const BUNDLE = join(CACHE, 'match.mjs');
const STEMS = join(CACHE, 'stems.json');
const SOURCES = ['electron', 'build/catalogue', 'build/cli', 'package.json'].map((p) => join(ROOT, p));

/** The newest modification time of a file or of any file under a folder. */
function newestChange(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

async function bundle() {
  const { build } = await import('esbuild');
  // Stems kept by the old code could differ from what the new code computes.
  rmSync(STEMS, { force: true });
  await build({
    entryPoints: [join(ROOT, 'build/cli/match-entry.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Dependencies (better-sqlite3's native module among them) load from node_modules as they are.
    packages: 'external',
    // build-catalogue.ts finds data/ from its own folder, which the bundle does not share.
    define: { 'import.meta.dirname': JSON.stringify(join(ROOT, 'build/catalogue')) },
    logLevel: 'error',
  });
}

// V8 keeps the compiled code of the bundle and its dependencies between runs.
enableCompileCache(join(CACHE, 'v8'));
const built = existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : 0;
if (built < Math.max(...SOURCES.map(newestChange))) await bundle();
await import(pathToFileURL(BUNDLE).href);
