import { afterAll, describe, expect, it } from 'vitest';
import { openMatcher } from '../../support/matcher-fixture';

const engine = openMatcher();
afterAll(() => engine.close());

const sbiSectors = engine.matcher.vocabulary.sector.filter((e) => e.sbi);
/** The sector a sector field is read as, through the whole engine. */
const sectorOf = (field: string) =>
  engine.run({ place: 'Zwolle', sector: field, need: 'robot' }).query.sector.map((h) => h.concept);

describe('SBI sector labels', () => {
  it('gives every SBI division its official title in Dutch and English', () => {
    expect(sbiSectors.length).toBeGreaterThan(30);
    for (const e of sbiSectors) {
      expect(e.sbiTitle?.nl, e.code).toBeTruthy();
      expect(e.sbiTitle?.en, e.code).toBeTruthy();
    }
    const printing = sbiSectors.find((e) => e.sbi === '18')!;
    expect(printing.sbiTitle).toEqual({
      nl: 'Drukkerijen, reproductie van opgenomen media',
      en: 'Printing and reproduction of recorded media',
    });
    expect(sbiSectors.find((e) => e.sbi === '71')!.sbiTitle?.en).toBe(
      'Architectural and engineering activities; technical testing and analysis',
    );
  });

  it.each(['nl', 'en'] as const)('reads every label and official title in %s back as its sector', (lang) => {
    for (const e of sbiSectors) {
      expect(sectorOf(e[lang])[0], `${e.code}: ${e[lang]}`).toBe(`sector:${e.code}`);
      expect(sectorOf(e.sbiTitle![lang])[0], `${e.code}: ${e.sbiTitle![lang]}`).toBe(`sector:${e.code}`);
    }
  });

  it('still reads a label inside other words by its phrases, not as a whole', () => {
    expect(sectorOf('drukkerij in Zwolle')).toEqual(['sector:sbi_18']);
  });
});
