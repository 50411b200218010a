/**
 * `npm run catalogue:stats`: the figures of the README's data section, read from the built catalogue
 * file (data/generated/catalogue.sqlite): records per kind, confirmed fieldlabs, descriptions in both
 * languages, dated status, the enrichment's parts and the gazetteer.
 */
import { CatalogueDb } from '../../electron/main/catalogue/catalogue-db';
import { RECORD_KINDS, STATUS_VALUES } from '../../electron/shared/catalogue/record-basics';
import { catalogueFileFor, DEFAULT_DATA_DIR } from './build-catalogue';

const db = CatalogueDb.open(catalogueFileFor(DEFAULT_DATA_DIR));
const records = db.list().map((r) => db.get(r.id)!);
const count = (test: (r: (typeof records)[number]) => boolean) => records.filter(test).length;
const sum = (of: (r: (typeof records)[number]) => number) => records.reduce((n, r) => n + of(r), 0);
const { places, postcodes } = db.gazetteer();

/** How many other sites are general campuses, have their own subjects, or say nothing about their purpose. */
function sitePurposes(): string {
  const sites = records.flatMap((r) => r.otherSites);
  const general = sites.filter((s) => s.purpose?.general).length;
  const specialised = sites.filter((s) => s.purpose && !s.purpose.general).length;
  return `${general} / ${specialised} / ${sites.length - general - specialised}`;
}

const lines: [string, string | number][] = [
  ['records', records.length],
  ...RECORD_KINDS.map((k): [string, number] => [`  ${k}`, count((r) => r.kind === k)]),
  ['  of which EDIHs', count((r) => r.subtype === 'edih')],
  ['fieldlabs confirmed by a source', count((r) => r.fieldlabStatus === 'confirmed')],
  ['description in Dutch and English', count((r) => !!r.description.nl.trim() && !!r.description.en.trim())],
  ...STATUS_VALUES.map((s): [string, number] => [`status ${s}`, count((r) => r.status.value === s)]),
  ['status with a dated source', count((r) => r.status.asOf !== null)],
  ['records with more than one site', count((r) => r.otherSites.length > 0)],
  ['  other sites: general / specialised / purpose not stated', sitePurposes()],
  ['centres, research groups and labs', sum((r) => r.parts.length)],
  ['records with concrete SME offers', count((r) => r.offers.length > 0)],
  ['records with a sourced contact route', count((r) => r.contact.length > 0)],
  ['expertise subjects (institutions)', sum((r) => (r.kind === 'institution' ? r.subjects.length : 0))],
  ['evidence quotes', sum((r) => r.evidence.quotes.length)],
  ['gazetteer places', places.filter((p) => p.kind !== 'municipality').length],
  ['gazetteer municipalities', new Set(places.map((p) => p.gemeentecode).filter(Boolean)).size],
  ['4-digit postcodes', new Set(postcodes.map((p) => p[0])).size],
];
db.close();
const width = Math.max(...lines.map(([label]) => label.length));
for (const [label, value] of lines) console.log(`${label.padEnd(width)}  ${value}`);
