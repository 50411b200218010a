/** Builds the real catalogue from data/ into a temporary folder, once per test file. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCatalogue } from '../../build/catalogue/build-catalogue';

export const DATA_DIR = resolve(import.meta.dirname, '../../data');

/** A private copy of data/ (without generated files) that a test may break. */
export function copyDataDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'fieldlab-data-'));
  cpSync(DATA_DIR, dir, { recursive: true, filter: (src) => !src.includes('generated') });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Builds the catalogue from the real data into a temp file and returns its path. */
export function buildTempCatalogue(): { file: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'fieldlab-cat-'));
  const file = join(dir, 'catalogue.sqlite');
  const result = buildCatalogue(DATA_DIR, file);
  if (!result.ok) throw new Error(`catalogue build failed: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
