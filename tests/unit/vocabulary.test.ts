import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../support/catalogue-fixture';

const load = (file: string) => JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));
type Entry = { code: string; nl: string; en: string; synonyms: { nl: string[]; en: string[] } };
const themes: Entry[] = load('vocabulary/themes.json');
const sectors: Entry[] = load('vocabulary/sectors.json');
const offers: Entry[] = load('vocabulary/offers.json');
const needs: Entry[] = load('vocabulary/needs.json');
const tagMap = load('vocabulary/tag-map.json');
const records = ['fieldlabs', 'crossborder', 'institutions', 'hubs'].flatMap((f) => load(`catalogue/${f}.json`));

/** The vocabulary entries whose labels or synonyms contain `word`. */
const find = (list: Entry[], word: string) =>
  list
    .filter((e) => [e.nl, e.en, ...e.synonyms.nl, ...e.synonyms.en].some((s) => s.toLowerCase() === word))
    .map((e) => e.code);

describe('vocabulary', () => {
  it('maps every tag used by a record', () => {
    for (const field of ['themes', 'sectors', 'offers'] as const) {
      const used = new Set(records.flatMap((r) => r.tags[field]));
      const unmapped = [...used].filter((t) => !(t in tagMap[field]));
      expect(unmapped, field).toEqual([]);
    }
  });

  it('gives every entry a Dutch and an English label and synonyms in both languages', () => {
    for (const e of [...themes, ...sectors, ...offers, ...needs]) {
      expect(e.nl, e.code).not.toBe('');
      expect(e.en, e.code).not.toBe('');
      expect(e.synonyms.nl.length, `${e.code} nl`).toBeGreaterThan(0);
      expect(e.synonyms.en.length, `${e.code} en`).toBeGreaterThan(0);
    }
  });

  it('gives every sector but the two groups an SBI 2008 division, each division once', () => {
    const divisions = sectors.map((e) => (e as Entry & { sbi?: string }).sbi).filter(Boolean);
    expect(new Set(divisions).size).toBe(divisions.length);
    expect(sectors.filter((e) => !(e as Entry & { sbi?: string }).sbi).map((e) => e.code)).toEqual([
      'manufacturing',
      'startups',
    ]);
  });

  it('leads every need to themes or kinds of help, except a wish about where (Germany) or a wish to move at all', () => {
    // "We willen innoveren" says nothing about what: it is read, and answered as a question nothing
    // specific fits (the front door and nearby broad institutions), never by whatever offers some help.
    const directionless = ['germany', 'innovate'];
    for (const e of needs as (Entry & { leadsTo: string[] })[]) {
      if (!directionless.includes(e.code)) expect(e.leadsTo.length, e.code).toBeGreaterThan(0);
      else expect(e.leadsTo, e.code).toEqual([]);
    }
  });

  it('knows the words SMEs type, in both languages', () => {
    expect(find(themes, 'lasrobot')).toEqual(expect.arrayContaining(['robotics', 'welding']));
    expect(find(themes, 'lassen')).toEqual(['welding']);
    expect(find(themes, 'welding')).toEqual(['welding']);
    expect(find(themes, '3d printen')).toEqual(['additive_manufacturing']);
    expect(find(themes, 'additive manufacturing')).toEqual(['additive_manufacturing']);
    expect(find(themes, 'onderhoud')).toEqual(['smart_maintenance']);
    expect(find(themes, 'maintenance')).toEqual(['smart_maintenance']);
    expect(find(themes, 'kantbank')).toEqual(['sheet_metal']);
    expect(find(themes, 'kanten en zetten')).toEqual(['sheet_metal']);
    // Ordinary words with another main meaning are no theme on their own: "aan alle kanten", "stappen zetten".
    for (const word of ['kanten', 'zetten', 'draaien', 'varen', 'vision', 'design', 'engineering', 'duurzaam'])
      expect(find(themes, word), word).toEqual([]);
    expect(find(themes, 'sheet metal')).toEqual(['sheet_metal']);
    expect(find(sectors, 'metaal')).toEqual(['sbi_25']);
    expect(find(sectors, 'voedingsmiddelen')).toEqual(['sbi_10']);
    expect(find(sectors, 'kunststof')).toEqual(['sbi_22']);
    expect(find(needs, 'staat stil')).toEqual(['downtime']);
    expect(find(needs, 'downtime')).toEqual(['downtime']);
    expect(find(needs, 'duitsland')).toEqual(['germany']);
    expect(find(offers, 'demo')).toEqual(['demo']);
    expect(find(offers, 'training')).toEqual(['training']);
  });
});
