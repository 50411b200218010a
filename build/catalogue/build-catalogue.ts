/**
 * `npm run build:data`: validates data/ and writes data/generated/catalogue.sqlite.
 * With --if-stale it does nothing when the catalogue was built from exactly the current sources;
 * with --data <dir> it builds another copy of data/ into <dir>/generated.
 * Any error in any record stops the build before a byte is written.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCatalogue } from '../../electron/main/catalogue/catalogue-writer';
import { assembleCatalogue } from '../../electron/shared/catalogue/assemble-catalogue';
import { formatValidationError, type ValidationError } from '../../electron/shared/catalogue/validate-catalogue';
import { hashSources, readSources } from './read-sources';

/** Bump when the derivation changes (the file layout has its own CATALOGUE_SCHEMA_VERSION), so old catalogues count as stale. */
export const BUILD_VERSION = 'catalogue-v10';
const ROOT = resolve(import.meta.dirname, '../..');
/**
 * The code that turns the data into records, concepts and search terms: a change to it makes a built
 * catalogue stale as a change to the data does, with or without a bump of BUILD_VERSION.
 */
const DERIVATION_CODE = [
  'electron/shared/catalogue',
  'electron/shared/text',
  'electron/shared/matching/concept-matcher.ts',
  'electron/main/catalogue/catalogue-writer.ts',
  'electron/main/catalogue/catalogue-schema.ts',
];

/** BUILD_VERSION and a hash of the derivation code below `root`, as the catalogue's build version. */
export function derivationVersion(root = ROOT): string {
  const files = (path: string): string[] =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .sort()
          .flatMap((name) => files(join(path, name)))
      : path.endsWith('.ts')
        ? [path]
        : [];
  const hash = createHash('sha256');
  for (const file of DERIVATION_CODE.flatMap((p) => files(join(root, p))))
    hash.update(relative(root, file)).update(readFileSync(file));
  return `${BUILD_VERSION}:${hash.digest('hex').slice(0, 16)}`;
}
export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '../../data');
export const catalogueFileFor = (dataDir: string) => join(dataDir, 'generated', 'catalogue.sqlite');

/** Validates and builds; returns the errors (and writes nothing) when there are any. */
export function buildCatalogue(
  dataDir: string,
  outFile: string,
): { ok: true; records: number } | { ok: false; errors: ValidationError[] } {
  const { sources, errors } = readSources(dataDir);
  if (!sources) return { ok: false, errors };
  const assembled = assembleCatalogue(sources, hashSources(dataDir, derivationVersion()));
  if (!assembled.ok) return assembled;
  writeCatalogue(assembled.contents, outFile);
  return { ok: true, records: assembled.contents.records.length };
}

/** True when `outFile` exists and was built from the current sources by this build version. */
export function isCatalogueFresh(dataDir: string, outFile: string): boolean {
  if (!existsSync(outFile)) return false;
  try {
    const db = new Database(outFile, { readonly: true });
    const row = db.prepare("SELECT value FROM meta WHERE key = 'source_hash'").get() as { value: string } | undefined;
    db.close();
    return row?.value === hashSources(dataDir, derivationVersion());
  } catch {
    return false;
  }
}

function main(): void {
  const { values } = parseArgs({
    options: { 'if-stale': { type: 'boolean', default: false }, data: { type: 'string' } },
  });
  const ifStale = values['if-stale'];
  // --data <dir> builds another copy of data/ (the fault tests use it) into <dir>/generated.
  const dataDir = values.data ? resolve(values.data) : DEFAULT_DATA_DIR;
  const outFile = catalogueFileFor(dataDir);
  if (ifStale && isCatalogueFresh(dataDir, outFile)) return;
  const result = buildCatalogue(dataDir, outFile);
  if (!result.ok) {
    console.error(`Catalogue not built: ${result.errors.length} problem(s) in the data. Nothing was written.`);
    for (const e of result.errors) console.error(`  ${formatValidationError(e)}`);
    process.exit(1);
  }
  // stderr, so that `npm run match -- --json` keeps stdout to its one JSON object.
  console.error(`Catalogue built: ${result.records} records -> ${outFile}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
