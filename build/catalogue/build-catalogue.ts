/**
 * `npm run build:data`: validates data/ and writes data/generated/catalogue.sqlite.
 * With --if-stale it does nothing when the catalogue was built from exactly the current sources.
 * Any error in any record stops the build before a byte is written.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  formatValidationError,
  validateCatalogue,
  type CatalogueRecord,
  type ValidationError,
} from '../../electron/shared/catalogue/validate-catalogue';
import type { ConceptId, Vocabulary } from '../../electron/shared/catalogue/vocabulary';
import { ConceptMatcher } from '../../electron/shared/matching/concept-matcher';
import { aliasesSchema, placeSchema, type Place } from '../../electron/shared/geo/gazetteer';
import { hashSources, readSources, type AllSources } from './read-sources';
import { writeCatalogue } from './write-catalogue';

/** Bump when the database layout or its derivation changes, so old catalogues count as stale. */
export const BUILD_VERSION = 'catalogue-v4';
export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '../../data');
export const catalogueFileFor = (dataDir: string) => join(dataDir, 'generated', 'catalogue.sqlite');

function validateGeo(
  sources: AllSources,
  errors: ValidationError[],
): { places: Place[]; aliases: Record<string, string[]> } {
  const { places: placesFile, aliases: aliasesFile, layers } = sources.geo;
  const places: Place[] = [];
  if (!Array.isArray(placesFile.data))
    errors.push({ file: placesFile.file, recordId: null, field: '', message: 'must be a JSON array of places' });
  else {
    placesFile.data.forEach((raw: { id?: string }, i: number) => {
      const parsed = placeSchema.safeParse(raw);
      if (parsed.success) places.push(parsed.data);
      else
        for (const issue of parsed.error.issues)
          errors.push({
            file: placesFile.file,
            recordId: raw?.id ?? `#${i + 1}`,
            field: issue.path.join('.'),
            message: issue.message,
          });
    });
  }
  const ids = new Set(places.map((p) => p.id));
  const parsedAliases = aliasesSchema.safeParse(aliasesFile.data);
  const aliases = parsedAliases.success ? parsedAliases.data.aliases : {};
  if (!parsedAliases.success)
    errors.push({
      file: aliasesFile.file,
      recordId: null,
      field: 'aliases',
      message: parsedAliases.error.issues[0].message,
    });
  for (const [alias, targets] of Object.entries(aliases)) {
    for (const id of targets)
      if (!ids.has(id))
        errors.push({
          file: aliasesFile.file,
          recordId: null,
          field: `aliases.${alias}`,
          message: `unknown place id "${id}"`,
        });
  }
  const l = layers.data as Record<string, { type?: string }> | null;
  for (const name of ['countries', 'otherLand', 'water', 'provinces']) {
    if (l?.[name]?.type !== 'FeatureCollection')
      errors.push({ file: layers.file, recordId: null, field: name, message: 'must be a GeoJSON FeatureCollection' });
  }
  return { places, aliases };
}

/**
 * Knowledge institutions carry free-text expertise instead of tags: the themes and sectors it names
 * word for word (no typo guessing) become the record's concepts, so they can be matched like the rest.
 */
export function deriveExpertiseConcepts(records: CatalogueRecord[], vocabulary: Vocabulary): void {
  const matcher = new ConceptMatcher(vocabulary);
  for (const r of records) {
    if (r.expertise.length === 0) continue;
    const found = r.expertise.flatMap((e) =>
      matcher
        .match(e, ['theme', 'sector'])
        .hits.filter((h) => h.how !== 'typo')
        .map((h) => h.concept),
    );
    r.concepts = [...new Set<ConceptId>([...r.concepts, ...found])].sort();
  }
}

/** Validates and builds; returns the errors (and writes nothing) when there are any. */
export function buildCatalogue(
  dataDir: string,
  outFile: string,
): { ok: true; records: number } | { ok: false; errors: ValidationError[] } {
  const { sources, errors } = readSources(dataDir);
  if (!sources) return { ok: false, errors };
  const result = validateCatalogue(sources);
  const geoErrors: ValidationError[] = [];
  const geo = validateGeo(sources, geoErrors);
  const all = [...(result.ok ? [] : result.errors), ...geoErrors];
  if (!result.ok || all.length > 0) return { ok: false, errors: all };
  deriveExpertiseConcepts(result.catalogue.records, result.catalogue.vocabulary);
  writeCatalogue(
    {
      ...result.catalogue,
      ...geo,
      layers: sources.geo.layers.data,
      about: sources.about.data,
      sourceHash: hashSources(dataDir, BUILD_VERSION),
    },
    outFile,
  );
  return { ok: true, records: result.catalogue.records.length };
}

/** True when `outFile` exists and was built from the current sources by this build version. */
export function isCatalogueFresh(dataDir: string, outFile: string): boolean {
  if (!existsSync(outFile)) return false;
  try {
    const db = new Database(outFile, { readonly: true });
    const row = db.prepare("SELECT value FROM meta WHERE key = 'source_hash'").get() as { value: string } | undefined;
    db.close();
    return row?.value === hashSources(dataDir, BUILD_VERSION);
  } catch {
    return false;
  }
}

function main(): void {
  const ifStale = process.argv.includes('--if-stale');
  const dataDir = DEFAULT_DATA_DIR;
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
