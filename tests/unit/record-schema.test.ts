import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatValidationError,
  validateCatalogue,
  type CatalogueSources,
} from '../../electron/shared/catalogue/validate-catalogue';
import { DATA_DIR } from '../support/catalogue-fixture';

const load = (file: string) => JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));

/** The real sources, with the fieldlab file replaced by `records`. */
function sourcesWith(records: unknown[]): CatalogueSources {
  return {
    records: [{ file: 'fieldlabs.json', data: records }],
    vocabulary: [
      { file: 'themes.json', list: 'theme', data: load('vocabulary/themes.json') },
      { file: 'sectors.json', list: 'sector', data: load('vocabulary/sectors.json') },
      { file: 'offers.json', list: 'offer', data: load('vocabulary/offers.json') },
    ],
    tagMap: { file: 'tag-map.json', data: load('vocabulary/tag-map.json') },
  };
}

/** Another site in Schiedam, Hal 2, with the purpose given. */
const hal2 = (purpose: unknown = null) => ({
  label: 'Hal 2',
  city: 'Schiedam',
  region: null,
  country: 'NL',
  lat: 51.92,
  lon: 4.39,
  precision: 'city',
  source: null,
  purpose,
});

const good = () => ({
  ...structuredClone(load('catalogue/fieldlabs.json').find((r: { id: string }) => r.id === 'ramlab')),
  links: [],
  otherSites: [],
  parts: [],
  offers: [],
  contact: [],
  evidence: { ...load('catalogue/fieldlabs.json').find((r: { id: string }) => r.id === 'ramlab').evidence, quotes: [] },
});

/** Each broken record and the one message it must be rejected with. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the point is to break records freely
const BROKEN: [string, (r: Record<string, any>) => void, string][] = [
  ['an id that is not a slug', (r) => (r.id = 'RAM Lab'), '[RAM Lab] id: must be a lower-case slug'],
  ['an unknown kind', (r) => (r.kind = 'factory'), 'kind: Invalid option'],
  ['a latitude outside the region', (r) => (r.location.lat = 12.5), 'location.lat: Too small'],
  [
    'a latitude without a longitude',
    (r) => (r.location.lon = null),
    'location.lat: lat and lon must both be given or both be null',
  ],
  [
    'coordinates that say "no location"',
    (r) => (r.location.precision = 'none'),
    'location.precision: a record with coordinates must say how precise they are',
  ],
  ['no sources', (r) => (r.evidence.sources = []), 'evidence.sources: every record needs at least one source'],
  ['an unknown confidence', (r) => (r.evidence.confidence = 'very high'), 'evidence.confidence: Invalid option'],
  ['an unknown status', (r) => (r.status.value = 'paused'), 'status.value: Invalid option'],
  [
    'a website that is not http(s)',
    (r) => (r.website = { url: 'javascript:alert(1)', verified: true }),
    'website.url: must be an http(s) URL',
  ],
  [
    'a tag that is not in the vocabulary map',
    (r) => r.tags.themes.push('underwater_basket_weaving'),
    'tags.themes: tag "underwater_basket_weaving" is not mapped',
  ],
  ['a field the schema does not know', (r) => (r.rating = 5), 'Unrecognized key: "rating"'],
  [
    'a link to a record that does not exist',
    (r) => r.links.push({ id: 'no-such-lab', label: 'No such lab', relation: 'linked', basis: null }),
    'links.0.id: links to unknown record "no-such-lab"',
  ],
  [
    'a fieldlab without fieldlab status',
    (r) => (r.fieldlabStatus = null),
    'fieldlabStatus: fieldlabs and test sites must say',
  ],
  [
    'a description in one language only',
    (r) => (r.description = { nl: 'Een fieldlab voor lasrobots.', en: '' }),
    'description.en: Too small',
  ],
  [
    'another site without a town',
    (r) =>
      r.otherSites.push({
        label: 'Hal 2',
        city: ' ',
        region: null,
        country: 'NL',
        lat: null,
        lon: null,
        precision: 'none',
        source: null,
        purpose: null,
      }),
    'otherSites.0.city: a site must name its town',
  ],
  ['the same site twice', (r) => r.otherSites.push(hal2(), hal2()), 'otherSites.1: duplicate site "Hal 2"'],
  [
    'a general site that also lists subjects',
    (r) =>
      r.otherSites.push(
        hal2({ general: true, subjects: [{ nl: 'lassen', en: 'welding' }], url: 'https://example.org', quote: null }),
      ),
    'otherSites.0.purpose.subjects: a general site lists no subjects, a specialised one at least one',
  ],
  [
    'a centre without a subject',
    (r) =>
      r.parts.push({
        id: 'lab',
        name: 'Lab',
        kind: 'lab',
        subjects: [],
        town: null,
        lat: null,
        lon: null,
        url: 'https://example.org',
        quote: null,
      }),
    'parts.0.subjects: a centre needs at least one subject',
  ],
  [
    'a quote without a URL',
    (r) => r.evidence.quotes.push({ url: '', quote: 'We print ship propellers.' }),
    'evidence.quotes.0.url: must be an http(s) URL',
  ],
  [
    'an e-mail contact that is no e-mail address',
    (r) => r.contact.push({ kind: 'email', value: 'info at ramlab', url: 'https://www.ramlab.com' }),
    'contact.0.value: not a valid email contact',
  ],
  [
    'an ended fieldlab that still offers something',
    (r) => {
      r.status.value = 'ended';
      r.offers.push({ nl: 'Een demo bekijken', en: 'See a demo', start: 'visit', url: 'https://www.ramlab.com' });
    },
    'offers: an ended or merged initiative offers nothing any more',
  ],
  ['a status date that is no month', (r) => (r.status.asOf = '2022-13'), 'status.asOf: must be a year'],
];

describe('record schema', () => {
  it('accepts the real catalogue without a single error', () => {
    const sources = sourcesWith(load('catalogue/fieldlabs.json'));
    sources.records.push(
      { file: 'crossborder.json', data: load('catalogue/crossborder.json') },
      { file: 'institutions.json', data: load('catalogue/institutions.json') },
      { file: 'hubs.json', data: load('catalogue/hubs.json') },
    );
    const result = validateCatalogue(sources);
    expect(result.ok ? [] : result.errors.map(formatValidationError)).toEqual([]);
  });

  it.each(BROKEN)('rejects %s, naming file, record and field', (_what, breakIt, expected) => {
    const record = good();
    breakIt(record);
    const result = validateCatalogue(sourcesWith([record]));
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.errors.map(formatValidationError);
    expect(lines.join('\n')).toContain(expected);
    expect(lines.every((l) => l.startsWith('fieldlabs.json [') || l.startsWith('fieldlabs.json'))).toBe(true);
  });

  it('rejects a duplicate id and says where the first one is', () => {
    const result = validateCatalogue(sourcesWith([good(), good()]));
    expect(result.ok ? [] : result.errors.map(formatValidationError)).toEqual([
      'fieldlabs.json [ramlab] id: duplicate id, also in fieldlabs.json',
    ]);
  });

  it('rejects a need for a kind of partner that no record is', () => {
    const sources = sourcesWith([good()]);
    const need = {
      code: 'castle_partner',
      nl: 'Een kasteel als partner',
      en: 'A castle as a partner',
      synonyms: { nl: ['kasteel'], en: ['castle'] },
      leadsTo: ['offer:advice'],
      partnerTypes: ['castle', 'smart_industry_fieldlab'],
    };
    sources.vocabulary.push({ file: 'needs.json', list: 'need', data: [need] });
    expect(validateCatalogue(sources)).toMatchObject({
      ok: false,
      errors: [{ file: 'needs.json', recordId: 'castle_partner', message: 'no record has subtype "castle"' }],
    });
  });

  it('rejects a file that is not a list of records', () => {
    const result = validateCatalogue(sourcesWith({ id: 'ramlab' } as unknown as unknown[]));
    expect(result.ok ? [] : result.errors.map(formatValidationError)).toEqual([
      'fieldlabs.json (record): must be a JSON array of records',
    ]);
  });
});
