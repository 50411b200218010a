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
  ['vocabulary/needs.json', 'need'],
];
export const TAG_MAP_FILE = 'vocabulary/tag-map.json';
export const GEO_FILES = {
  places: 'geo/places.json',
  aliases: 'geo/aliases.json',
  postcodes: 'geo/postcodes.json',
  layers: 'geo/base-layers.json',
};
export const ABOUT_FILE = 'catalogue/about.json';
export const LEXICON_FILE = 'lexicon/words.txt';

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

/** Decodes UTF-8 strictly: a bad byte is an error with its line, never a silent U+FFFD in a record's name. */
export function decodeUtf8(bytes: Buffer): { ok: true; text: string } | { ok: false; line: number; offset: number } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    // Find the first byte that does not decode, and count the lines before it.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      try {
        decoder.decode(bytes.subarray(0, mid), { stream: true });
        decoder.decode();
        low = mid + 1;
      } catch {
        high = mid;
      }
    }
    const offset = Math.max(0, low - 1);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, line, offset };
  }
}

/** Reads and parses the inputs; a file that is missing, not UTF-8 or not valid JSON becomes an error that names it. */
export function readSources(dataDir: string): { sources: AllSources | null; errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const read = (file: string, parse: (text: string) => unknown): { file: string; data: unknown } => {
    const shown = relative(process.cwd(), join(dataDir, file)) || file;
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dataDir, file));
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      errors.push({
        file: shown,
        recordId: null,
        field: '',
        message: missing ? 'file is missing' : `cannot be read: ${(e as Error).message}`,
      });
      return { file: shown, data: null };
    }
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      errors.push({
        file: shown,
        recordId: null,
        field: `line ${decoded.line}`,
        message: `not valid UTF-8 (byte ${decoded.offset}): save the file as UTF-8`,
      });
      return { file: shown, data: null };
    }
    try {
      return { file: shown, data: parse(decoded.text) };
    } catch (e) {
      errors.push({ file: shown, recordId: null, field: '', message: `not valid JSON: ${(e as Error).message}` });
      return { file: shown, data: null };
    }
  };
  const load = (file: string) => read(file, (text) => JSON.parse(text));
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
    lexicon: read(LEXICON_FILE, (text) => text.split('\n').filter(Boolean)),
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
