/** Reads everything the catalogue is built from out of data/, and hashes it. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AssemblySources } from '../../electron/shared/catalogue/assemble-catalogue';
import type { ValidationError } from '../../electron/shared/catalogue/validate-catalogue';
import type { VocabularyList } from '../../electron/shared/catalogue/vocabulary';

export const RECORD_FILES = [
  'catalogue/fieldlabs.json',
  'catalogue/crossborder.json',
  'catalogue/institutions.json',
  'catalogue/hubs.json',
];
export const VOCABULARY_FILES: [string, VocabularyList][] = [
  ['vocabulary/themes.json', 'theme'],
  ['vocabulary/sectors.json', 'sector'],
  ['vocabulary/offers.json', 'offer'],
];
export const TAG_MAP_FILE = 'vocabulary/tag-map.json';
export const GEO_FILES = {
  places: 'geo/places.json',
  aliases: 'geo/aliases.json',
  postcodes: 'geo/postcodes.json',
  layers: 'geo/base-layers.json',
};
export const ABOUT_FILE = 'catalogue/about.json';

/** Every input file of the build, relative to the data folder. */
export const INPUT_FILES = [
  ...RECORD_FILES,
  ...VOCABULARY_FILES.map(([f]) => f),
  TAG_MAP_FILE,
  ...Object.values(GEO_FILES),
  ABOUT_FILE,
];

/** Everything the build reads, parsed but not yet validated. */
export type AllSources = AssemblySources;

/** Reads and parses the inputs; a file that is missing or not valid JSON becomes an error that names it. */
export function readSources(dataDir: string): { sources: AllSources | null; errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const load = (file: string): { file: string; data: unknown } => {
    const shown = relative(process.cwd(), join(dataDir, file)) || file;
    try {
      return { file: shown, data: JSON.parse(readFileSync(join(dataDir, file), 'utf8')) };
    } catch (e) {
      const message =
        (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file is missing' : `not valid JSON: ${(e as Error).message}`;
      errors.push({ file: shown, recordId: null, field: '', message });
      return { file: shown, data: null };
    }
  };
  const sources: AllSources = {
    records: RECORD_FILES.map(load),
    vocabulary: VOCABULARY_FILES.map(([file, list]) => ({ ...load(file), list })),
    tagMap: load(TAG_MAP_FILE),
    geo: {
      places: load(GEO_FILES.places),
      aliases: load(GEO_FILES.aliases),
      postcodes: load(GEO_FILES.postcodes),
      layers: load(GEO_FILES.layers),
    },
    about: load(ABOUT_FILE),
  };
  return { sources: errors.length ? null : sources, errors };
}

/** A hash of the input files' bytes and of the build code's version, to tell a stale catalogue. */
export function hashSources(dataDir: string, buildVersion: string): string {
  const hash = createHash('sha256').update(buildVersion);
  for (const file of INPUT_FILES) {
    hash.update(file);
    try {
      hash.update(readFileSync(join(dataDir, file)));
    } catch {
      hash.update('(missing)');
    }
  }
  return hash.digest('hex');
}
