import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VocabularyEntry } from '../../../electron/shared/catalogue/vocabulary';
import { suggestSectors } from '../../../electron/shared/matching/suggest-sectors';
import { DATA_DIR } from '../../support/catalogue-fixture';

const sectors: VocabularyEntry[] = JSON.parse(readFileSync(join(DATA_DIR, 'vocabulary/sectors.json'), 'utf8'));
const codes = (text: string) => suggestSectors(text, sectors).map((e) => e.code);

describe('sector suggestions for a sector text that is not recognised', () => {
  it('offers the sector whose words a typed word shares a stem with', () => {
    expect(codes('zeefdruk')[0]).toBe('sbi_18');
    expect(codes('wij maken gietijzer')[0]).toBe('sbi_24');
  });

  it('offers the sector a compound ends in', () => {
    expect(codes('tuinhekwerk')).toContain('sbi_25');
  });

  it('offers nothing for words that resemble no sector, and reads past the filler words', () => {
    expect(codes('xyzzy qwerty')).toEqual([]);
    expect(codes('wij maken')).toEqual([]);
  });

  it('offers at most three, each once', () => {
    const found = codes('trapleuningen');
    expect(found.length).toBeLessThanOrEqual(3);
    expect(new Set(found).size).toBe(found.length);
  });
});
