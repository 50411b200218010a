/**
 * Synthetic catalogues for the benchmark: N records made from the real vocabulary and gazetteer,
 * with Dutch and English text, built through the same validation and writer as the real one.
 * Deterministic: a seeded generator, so every run measures the same data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCatalogue } from '../../electron/main/catalogue/catalogue-writer';
import { assembleCatalogue } from '../../electron/shared/catalogue/assemble-catalogue';
import type { SourceRecord } from '../../electron/shared/catalogue/record';
import { formatValidationError } from '../../electron/shared/catalogue/validate-catalogue';
import type { VocabularyEntry } from '../../electron/shared/catalogue/vocabulary';
import type { Place } from '../../electron/shared/geo/gazetteer';
import { readSources } from '../catalogue/read-sources';

/** A small, fast, seeded PRNG (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['fieldlab', 'testsite', 'testsite', 'institution', 'fieldlab'] as const;
const OPENERS_NL = [
  'Praktijklab waar maakbedrijven werken aan',
  'Testlocatie voor',
  "Kenniscentrum met demo's over",
  'Proeftuin voor het mkb rond',
];
const OPENERS_EN = [
  'Shop-floor lab where manufacturers work on',
  'Test site for',
  'Knowledge centre with demos of',
  'Living lab for SMEs around',
];

/** The kinds of institution the real catalogue has, which the needs for a kind of partner name. */
const INSTITUTION_SUBTYPES = [
  'university',
  'university_of_applied_sciences',
  'applied_research_institute',
  'mbo_vocational_college',
] as const;

/** Generates `n` valid source records. */
export function syntheticRecords(n: number, dataDir: string, seed = 42): SourceRecord[] {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const tagMap = JSON.parse(readFileSync(join(dataDir, 'vocabulary/tag-map.json'), 'utf8'));
  const themes: VocabularyEntry[] = JSON.parse(readFileSync(join(dataDir, 'vocabulary/themes.json'), 'utf8'));
  const places: Place[] = JSON.parse(readFileSync(join(dataDir, 'geo/places.json'), 'utf8')).filter(
    (p: Place) => p.kind === 'place',
  );
  const themeTags = Object.keys(tagMap.themes).filter((t) =>
    tagMap.themes[t].some((c: string) => c.startsWith('theme:')),
  );
  const sectorTags = Object.keys(tagMap.sectors);
  const offerTags = Object.keys(tagMap.offers);
  const labelOf = (tag: string, lang: 'nl' | 'en') => {
    const code = (tagMap.themes[tag].find((c: string) => c.startsWith('theme:')) as string).slice(6);
    const e = themes.find((t) => t.code === code)!;
    return `${e[lang].toLowerCase()} (${pick(e.synonyms[lang])})`;
  };
  const records: SourceRecord[] = [];
  for (let i = 0; i < n; i++) {
    const place = pick(places);
    const kind = pick(KINDS);
    const recordThemes = [...new Set([pick(themeTags), pick(themeTags), pick(themeTags)])];
    const words = (lang: 'nl' | 'en') => recordThemes.map((t) => labelOf(t, lang)).join(', ');
    const status = rnd() < 0.08 ? 'ended' : rnd() < 0.5 ? 'active' : 'unknown';
    records.push({
      id: `synthetic-${String(i).padStart(6, '0')}`,
      kind,
      subtype:
        kind === 'institution'
          ? pick(INSTITUTION_SUBTYPES)
          : kind === 'fieldlab'
            ? 'smart_industry_fieldlab'
            : 'related_fieldlab_or_testbed',
      name: `${pick(['Fieldlab', 'Proeftuin', 'Innovatiecentrum', 'Smart Lab', 'Kenniscentrum'])} ${place.name} ${i}`,
      shortName: null,
      aliases: [],
      description: { nl: `${pick(OPENERS_NL)} ${words('nl')}.`, en: `${pick(OPENERS_EN)} ${words('en')}.` },
      background: { nl: null, en: null, de: null },
      fieldlabStatus: kind === 'institution' ? null : pick(['confirmed', 'not_confirmed', 'unverified'] as const),
      location: {
        street: null,
        city: place.name,
        region: place.province,
        country: 'NL',
        lat: Math.round((place.lat + (rnd() - 0.5) * 0.02) * 1e4) / 1e4,
        lon: Math.round((place.lon + (rnd() - 0.5) * 0.02) * 1e4) / 1e4,
        precision: 'city',
        precisionNote: 'synthetic',
      },
      coverage: [],
      tags:
        kind === 'institution'
          ? { themes: [], sectors: [], offers: [] }
          : {
              themes: recordThemes,
              sectors: [pick(sectorTags), pick(sectorTags)].filter((x, j, a) => a.indexOf(x) === j),
              offers: [pick(offerTags), pick(offerTags)].filter((x, j, a) => a.indexOf(x) === j),
            },
      subjects: kind === 'institution' ? [{ nl: words('nl'), en: words('en'), url: null }] : [],
      parts: [],
      offers: [],
      contact: [],
      otherSites: [],
      organisations: { hosts: [], partners: [], coordinator: null },
      links: [],
      website: null,
      started: { year: null, note: null },
      status: { value: status, note: null, asOf: null, source: null },
      evidence: {
        sources: ['synthetic benchmark record'],
        quotes: [],
        confidence: pick(['high', 'medium', 'low'] as const),
        confidenceBasis: null,
        verificationNeeded: rnd() < 0.3,
        verificationNote: null,
        notes: null,
      },
      notes: {},
    });
  }
  return records;
}

/** Validates and writes a synthetic catalogue of `n` records to `outFile` through the real build pipeline. */
export function buildSyntheticCatalogue(n: number, dataDir: string, outFile: string): SourceRecord[] {
  const { sources, errors } = readSources(dataDir);
  if (!sources) throw new Error(errors.map(formatValidationError).join('\n'));
  const records = syntheticRecords(n, dataDir);
  const assembled = assembleCatalogue(
    { ...sources, records: [{ file: 'synthetic.json', data: records }] },
    `synthetic-${n}`,
  );
  if (!assembled.ok) throw new Error(assembled.errors.slice(0, 5).map(formatValidationError).join('\n'));
  writeCatalogue(assembled.contents, outFile);
  return records;
}
