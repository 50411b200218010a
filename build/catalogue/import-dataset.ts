/**
 * Imports the research dataset (../shared/dataset by default) into data/catalogue/ in the
 * app's own record schema. Ids, tags and every piece of evidence are kept; tags stay as the
 * researchers wrote them and are mapped onto the vocabulary by the catalogue build.
 * data/catalogue/about.json (programme figures, credits) is written by hand and not touched here.
 * Usage: npm run import:dataset -- [path/to/dataset]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourceRecord, CoordinatePrecision, RecordStatus } from '../../electron/shared/catalogue/record';

type Raw = Record<string, unknown> & { id: string };

const datasetDir = resolve(process.argv[2] ?? join(import.meta.dirname, '../../../shared/dataset'));
const outDir = resolve(import.meta.dirname, '../../data/catalogue');

const read = (file: string): unknown => JSON.parse(readFileSync(join(datasetDir, file), 'utf8'));
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** Hub names as the fieldlab records write them, to hub ids. */
const HUB_NAMES: Record<string, string> = {
  'SMITZH (Zuid-Holland)': 'nl-hub-zh',
  SMITZH: 'nl-hub-zh',
  'Smart Industry Hub Zuid': 'nl-hub-zuid',
  'Smart Industry Hub Noord': 'nl-hub-noord',
  'BOOST (Smart Industry Hub Oost)': 'nl-hub-oost',
  'Smart Industry regio Noord-West (Noordvleugel)': 'nl-hub-noordwest',
};

/** Link labels that name a record in other words than its name. */
const LINK_ALIASES: Record<string, string> = {
  'SMASH!': 'smash',
  'KicMPi (Smart Tooling)': 'kicmpi',
  'Open Manufacturing Campus Zeeland': 'omc-zeeland',
  'INDUSTR_I4.0 (evidence base)': 'de-industr-i4-0',
  'FutureTec / Fabriek van de Toekomst (BIC)': 'flexible-manufacturing',
  'Brainport Industries Campus programme (HTSC link)': 'flexible-manufacturing',
  'Region of Smart Factories (RoSF)': 'region-of-smart-factories',
  'Fieldlab Industrial Robotics (Harderwijk)': 'fieldlab-industrial-robotics',
  ...HUB_NAMES,
};

function precisionOf(text: string | null, hasPoint: boolean): CoordinatePrecision {
  if (!hasPoint) return 'none';
  const t = (text ?? '').toLowerCase();
  if (t.startsWith('no physical site')) return 'no_site';
  if (t.startsWith('regional')) return 'region';
  if (t.startsWith('site_approx')) return 'site_approx';
  if (t.startsWith('site')) return 'site';
  if (t.startsWith('campus')) return 'campus';
  if (t.startsWith('district') || t.startsWith('area')) return 'district';
  if (t.startsWith('municipality')) return 'municipality';
  if (t.startsWith('city')) return 'city';
  throw new Error(`Unrecognised coordinate_precision "${text}"`);
}

function statusOf(raw: Raw): RecordStatus {
  const value = str(raw.status);
  const note = str(raw.status_note);
  if (value === 'succeeded') {
    const successor = str(raw.successor);
    return {
      value: 'merged',
      note: [note, successor && `Succeeded by ${successor}.`].filter(Boolean).join(' ') || null,
    };
  }
  if (value === null) return { value: 'unknown', note };
  if (value === 'active' || value === 'ended' || value === 'merged') return { value, note };
  throw new Error(`${raw.id}: unknown status "${value}"`);
}

function websiteOf(raw: Raw): SourceRecord['website'] {
  const sourced = str(raw.website);
  if (sourced) return { url: sourced, verified: true };
  const remembered = str(raw.website_unverified);
  return remembered ? { url: remembered, verified: false } : null;
}

function evidenceOf(raw: Raw): SourceRecord['evidence'] {
  return {
    sources: strs(raw.sources),
    confidence: raw.confidence as SourceRecord['evidence']['confidence'],
    confidenceBasis: str(raw.confidence_basis),
    verificationNeeded: raw.verification_needed === true,
    verificationNote: str(raw.verification_note),
    notes: str(raw.notes),
  };
}

function locationOf(raw: Raw, region: unknown, country: unknown): SourceRecord['location'] {
  const lat = num(raw.latitude);
  const lon = num(raw.longitude);
  const precisionNote = str(raw.coordinate_precision);
  return {
    street: str(raw.street_address),
    city: str(raw.city),
    region: str(region),
    country: (str(country) ?? 'NL') as SourceRecord['location']['country'],
    lat,
    lon,
    precision: precisionOf(precisionNote, lat !== null && lon !== null),
    precisionNote,
  };
}

const emptyTags = () => ({ themes: [] as string[], sectors: [] as string[], offers: [] as string[] });

function base(raw: Raw) {
  return {
    id: raw.id,
    name: str(raw.official_name) ?? str(raw.name) ?? raw.id,
    shortName: str(raw.short_name),
    description: { nl: str(raw.description_nl), en: str(raw.description_en), de: str(raw.description_de) },
    website: websiteOf(raw),
    started: { year: num(raw.year_started), note: str(raw.year_note) ?? str(raw.founded_note) ?? str(raw.start) },
    status: statusOf(raw),
    evidence: evidenceOf(raw),
  };
}

function fieldlab(raw: Raw): SourceRecord {
  const fieldlabStatus = {
    confirmed_by_source: 'confirmed',
    not_confirmed: 'not_confirmed',
    from_training_knowledge_unverified: 'unverified',
  } as const;
  const hub = str(raw.regional_hub);
  return {
    ...base(raw),
    kind: raw.record_type === 'smart_industry_fieldlab' ? 'fieldlab' : 'testsite',
    subtype: String(raw.record_type),
    fieldlabStatus: fieldlabStatus[raw.smart_industry_fieldlab_status as keyof typeof fieldlabStatus],
    location: locationOf(raw, raw.province, raw.country),
    coverage: [],
    tags: { themes: strs(raw.themes), sectors: strs(raw.sectors), offers: strs(raw.sme_offer) },
    expertise: [],
    organisations: { hosts: strs(raw.host_organisations), partners: strs(raw.partners), coordinator: null },
    links: hub
      ? [{ id: HUB_NAMES[hub] ?? null, label: hub, relation: 'regional_hub', basis: str(raw.regional_hub_basis) }]
      : [],
    notes: {},
  };
}

function crossborder(raw: Raw): SourceRecord {
  return {
    ...base(raw),
    kind: 'crossborder',
    subtype: String(raw.record_type),
    fieldlabStatus: null,
    location: locationOf(raw, raw.state, raw.country),
    coverage: [],
    tags: { themes: strs(raw.themes), sectors: strs(raw.sectors), offers: strs(raw.sme_offer) },
    expertise: [],
    organisations: { hosts: strs(raw.host_organisations), partners: strs(raw.partners), coordinator: null },
    links: [],
    notes: { distance: str(raw.distance_note) },
  };
}

function institution(raw: Raw, resolve: (label: string) => string | null): SourceRecord {
  return {
    ...base(raw),
    kind: 'institution',
    subtype: String(raw.type),
    fieldlabStatus: null,
    location: locationOf(raw, raw.province_or_state, raw.country),
    coverage: [],
    tags: emptyTags(),
    expertise: strs(raw.expertise),
    organisations: { hosts: [], partners: [], coordinator: null },
    links: strs(raw.linked_fieldlabs_or_hubs).map((label) => ({
      id: resolve(label),
      label,
      relation: 'linked',
      basis: null,
    })),
    notes: {},
  };
}

function coverageOf(provinces: string[]): { coverage: string[]; note: string | null } {
  const notes: string[] = [];
  const coverage = provinces.map((p) => {
    const m = /^(.+?)\s*\((.+)\)$/.exec(p);
    if (!m) return p;
    notes.push(`${m[1]}: ${m[2]}`);
    return m[1];
  });
  return { coverage, note: notes.length ? notes.join('; ') : null };
}

function hub(raw: Raw, resolve: (label: string) => string | null): SourceRecord {
  const { coverage, note } = coverageOf(strs(raw.provinces));
  return {
    ...base(raw),
    kind: 'hub',
    subtype: 'smart_industry_hub',
    fieldlabStatus: null,
    location: { ...locationOf(raw, null, 'NL'), region: coverage.join(', ') },
    coverage,
    tags: emptyTags(),
    expertise: [],
    organisations: { hosts: [], partners: [], coordinator: str(raw.coordinator) },
    links: strs(raw.member_fieldlabs_sourced).map((label) => ({
      id: resolve(label),
      label,
      relation: 'member',
      basis: null,
    })),
    notes: { coverage: note, plannedLocations: strs(raw.planned_locations).join('; ') || null },
  };
}

function edih(raw: Raw): SourceRecord {
  const { coverage, note } = coverageOf(strs(raw.provinces));
  const predecessor = str(raw.predecessor);
  return {
    ...base(raw),
    kind: 'hub',
    subtype: 'edih',
    fieldlabStatus: null,
    location: { ...locationOf(raw, raw.region, 'NL'), region: coverage.join(', ') },
    coverage,
    tags: { themes: strs(raw.themes), sectors: [], offers: strs(raw.services) },
    expertise: [],
    organisations: { hosts: [], partners: [], coordinator: str(raw.coordinator) },
    links: predecessor ? [{ id: predecessor, label: predecessor, relation: 'predecessor', basis: null }] : [],
    notes: { coverage: note, budget: str(raw.budget_note) },
  };
}

function main(): void {
  const fieldlabs = read('fieldlabs.json') as Raw[];
  const cross = read('crossborder.json') as Raw[];
  const institutions = read('institutions.json') as Raw[];
  const hubs = read('hubs.json') as { meta: Record<string, unknown>; hubs: Raw[] };
  const edihs = read('edihs.json') as { meta: Record<string, unknown>; edihs: Raw[] };

  const byName = new Map<string, string>();
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/\s*\(.*\)\s*$/, '')
      .replace(/[^a-z0-9]+/g, '');
  for (const r of [...fieldlabs, ...cross]) {
    for (const n of [r.short_name, r.official_name]) if (typeof n === 'string') byName.set(norm(n), r.id);
  }
  const resolveLink = (label: string): string | null => LINK_ALIASES[label] ?? byName.get(norm(label)) ?? null;

  const write = (file: string, records: SourceRecord[]) =>
    writeFileSync(join(outDir, file), JSON.stringify(records, null, 2) + '\n');
  write('fieldlabs.json', fieldlabs.map(fieldlab));
  write('crossborder.json', cross.map(crossborder));
  write(
    'institutions.json',
    institutions.map((r) => institution(r, resolveLink)),
  );
  write('hubs.json', [...hubs.hubs.map((r) => hub(r, resolveLink)), ...edihs.edihs.map(edih)]);
  console.log(
    `Imported ${fieldlabs.length + cross.length + institutions.length + hubs.hubs.length + edihs.edihs.length} records from ${datasetDir}`,
  );
}

main();
