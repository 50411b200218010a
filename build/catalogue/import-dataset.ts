/**
 * Imports the research dataset (../shared/dataset by default, with its enrichment/) into
 * data/catalogue/ in the app's own record schema, merged with our own writing in data/editorial/.
 * Ids, tags and every piece of evidence are kept; tags stay as the researchers wrote them and are
 * mapped onto the vocabulary by the catalogue build. Towns of sites and centres are placed through
 * data/geo. data/catalogue/about.json (programme figures, credits) is written by hand and not touched.
 * A record without a description in data/editorial/ stops the import, naming it.
 * Usage: npm run import:dataset -- [path/to/dataset]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  START_KINDS,
  type CoordinatePrecision,
  type RecordPart,
  type RecordSite,
  type RecordStatus,
  type SourceRecord,
  type StartKind,
} from '../../electron/shared/catalogue/record';
import { slug } from '../../electron/shared/text/normalise';
import { readEditorial, type Editorial } from './editorial';
import { townPoints, type TownPoint } from './town-points';

type Raw = Record<string, unknown> & { id: string };

const datasetDir = resolve(process.argv[2] ?? join(import.meta.dirname, '../../../shared/dataset'));
const dataDir = resolve(import.meta.dirname, '../../data');
const outDir = join(dataDir, 'catalogue');

const read = (file: string): unknown => JSON.parse(readFileSync(join(datasetDir, file), 'utf8'));
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
/** A web address written without its scheme ("www.ai4dt.com", "techport.nl/nieuws/...") gets https://. */
const withScheme = (url: string): string =>
  /^https?:\/\//i.test(url) || !/^[\w-]+(\.[\w-]+)+(\/|$)/.test(url) ? url : `https://${url}`;

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
  if (t.startsWith('city') || t.startsWith('place')) return 'city';
  throw new Error(`Unrecognised coordinate_precision "${text}"`);
}

function statusOf(raw: Raw): RecordStatus {
  const dated = { asOf: null, source: null };
  const value = str(raw.status);
  const note = str(raw.status_note);
  if (value === 'succeeded') {
    const successor = str(raw.successor);
    return {
      value: 'merged',
      note: [note, successor && `Succeeded by ${successor}.`].filter(Boolean).join(' ') || null,
      ...dated,
    };
  }
  if (value === null) return { value: 'unknown', note, ...dated };
  if (value === 'active' || value === 'ended' || value === 'merged') return { value, note, ...dated };
  throw new Error(`${raw.id}: unknown status "${value}"`);
}

function websiteOf(raw: Raw): SourceRecord['website'] {
  const sourced = str(raw.website);
  if (sourced) return { url: withScheme(sourced), verified: true };
  const remembered = str(raw.website_unverified);
  return remembered ? { url: withScheme(remembered), verified: false } : null;
}

function evidenceOf(raw: Raw): SourceRecord['evidence'] {
  const quotes = Array.isArray(raw.quotes) ? (raw.quotes as { url: string; quote: string }[]) : [];
  return {
    sources: strs(raw.sources),
    quotes: quotes.map(({ url, quote }) => ({ url: withScheme(url), quote })),
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

/** The fields every kind of record has, from the dataset alone; `complete` adds the rest. */
function base(raw: Raw) {
  return {
    id: raw.id,
    name: str(raw.official_name) ?? str(raw.name) ?? raw.id,
    shortName: str(raw.short_name),
    aliases: strs(raw.aliases),
    background: { nl: str(raw.description_nl), en: str(raw.description_en), de: str(raw.description_de) },
    website: websiteOf(raw),
    started: { year: num(raw.year_started), note: str(raw.year_note) ?? str(raw.founded_note) ?? str(raw.start) },
    status: statusOf(raw),
    evidence: evidenceOf(raw),
    // Filled in by `complete` from the enrichment and data/editorial/.
    description: { nl: '', en: '' },
    otherSites: [] as RecordSite[],
    subjects: [] as SourceRecord['subjects'],
    parts: [] as RecordPart[],
    offers: [] as SourceRecord['offers'],
    contact: [] as SourceRecord['contact'],
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
    subjects: strs(raw.expertise).map((en) => ({ nl: null, en, url: null })),
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
    organisations: { hosts: [], partners: [], coordinator: str(raw.coordinator) },
    links: predecessor ? [{ id: predecessor, label: predecessor, relation: 'predecessor', basis: null }] : [],
    notes: { coverage: note, budget: str(raw.budget_note) },
  };
}

type Enrichment = {
  id: string;
  expertise: { subject_nl: string; subject_en: string; url: string }[];
  centres: {
    name: string;
    kind: RecordPart['kind'];
    subject_en: string;
    town: string | null;
    url: string;
    quote?: string;
  }[];
  campuses: { town: string; url: string }[];
  notes?: string;
};

/** Institutions' route categories that are no START_KINDS of their own. */
const startOf = (start: string | undefined): StartKind | null =>
  start === undefined ? null : (START_KINDS as readonly string[]).includes(start) ? (start as StartKind) : 'other';

type PurposeEntry = NonNullable<Editorial['sitePurposes']>[number];

/** Whether an editorial purpose names this site: its town, and its label when it gives one. */
function sameSite(site: RecordSite, p: PurposeEntry, place: (town: string) => TownPoint): boolean {
  return site.city === place(p.town).town && (p.label === undefined || p.label === site.label);
}

/** The site with what our editorial file says it is for; a site named twice stops the import. */
function withPurpose(
  id: string,
  site: RecordSite,
  editorial: Editorial,
  place: (town: string) => TownPoint,
): RecordSite {
  const named = (editorial.sitePurposes ?? []).filter((p) => sameSite(site, p, place));
  if (named.length > 1) throw new Error(`${id}: data/editorial/ gives site ${site.city} more than one purpose`);
  const p = named[0];
  if (!p) return site;
  return {
    ...site,
    purpose: { general: p.general === true, subjects: p.subjects ?? [], url: p.url, quote: p.quote ?? null },
  };
}

/** Adds what the enrichment and our editorial files say to a record mapped from the dataset. */
function complete(
  record: SourceRecord,
  editorial: Editorial,
  enrichment: Enrichment | undefined,
  place: (town: string) => TownPoint,
): SourceRecord {
  const main = record.location;
  const sameTown = (town: string) => !!main.city && main.city.toLowerCase().startsWith(town.toLowerCase());
  const pointOf = (town: string) => {
    const p = place(town);
    // A centre in the record's own town sits at the record's point, which is often more precise.
    if (sameTown(p.town) && main.lat !== null) return { ...p, lat: main.lat, lon: main.lon };
    return p;
  };
  const site = (town: string, label: string | null | undefined, source: string | null | undefined): RecordSite => {
    const p = pointOf(town);
    return {
      label: label ?? p.label,
      city: p.town,
      region: p.province,
      country: p.province ? 'NL' : main.country,
      lat: p.lat,
      lon: p.lon,
      precision: p.lat === null ? 'none' : 'city',
      source: source ?? null,
      purpose: null,
    };
  };
  const campuses = [...(enrichment?.campuses ?? []), ...(editorial.campuses ?? [])].filter(
    (c) => !sameTown(place(c.town).town) || /\(/.test(c.town),
  );
  const otherSites = [
    ...campuses.map((c) => site(c.town, null, c.url)),
    ...editorial.extraSites.map((s) => site(s.town, s.label, s.url)),
  ].filter((s, i, all) => all.findIndex((t) => t.city === s.city && t.label === s.label) === i);
  const unknownSite = (editorial.sitePurposes ?? []).find((p) => !otherSites.some((s) => sameSite(s, p, place)));
  if (unknownSite)
    throw new Error(`${record.id}: data/editorial/ names a purpose for a site it does not have: ${unknownSite.town}`);
  const closed = (s: RecordSite) => (editorial.sitePurposes ?? []).some((p) => p.closed && sameSite(s, p, place));
  const openSites = otherSites.filter((s) => !closed(s)).map((s) => withPurpose(record.id, s, editorial, place));

  const translated = new Map((editorial.centres ?? []).map((c) => [c.name, c]));
  const centres = enrichment
    ? enrichment.centres.map((c) => {
        const nl = translated.get(c.name)?.subject_nl;
        if (!nl) throw new Error(`${record.id}: centre "${c.name}" has no Dutch subject in data/editorial/`);
        return { ...c, subject_nl: nl };
      })
    : (editorial.centres ?? []);
  const partIds = new Set<string>();
  const parts: RecordPart[] = centres.map((c) => {
    let id = slug(c.name).slice(0, 60).replace(/-$/, '');
    for (let n = 2; partIds.has(id); n++) id = `${slug(c.name).slice(0, 56)}-${n}`;
    partIds.add(id);
    const p = c.town?.trim() ? pointOf(c.town) : null;
    return {
      id,
      name: c.name,
      kind: c.kind,
      subjects: [{ nl: c.subject_nl, en: c.subject_en }],
      town: p?.town ?? null,
      lat: p?.lat ?? null,
      lon: p?.lon ?? null,
      url: c.url,
      quote: c.quote?.trim() || null,
    };
  });

  const subjects: SourceRecord['subjects'] = [
    ...[...(enrichment?.expertise ?? []), ...(editorial.expertise ?? [])].map((e) => ({
      nl: e.subject_nl,
      en: e.subject_en,
      url: e.url,
    })),
    ...record.subjects,
  ];
  const offers = [
    ...(editorial.routes ?? []).map((r) => ({ nl: r.nl, en: r.en, start: startOf(r.start), url: r.url })),
    ...editorial.smeOffers.map((o) => ({ nl: o.nl, en: o.en, start: o.start ?? null, url: o.url })),
  ].filter((o, i, all) => all.findIndex((x) => x.nl === o.nl) === i);
  const notes = { ...record.notes };
  if (editorial.curatorNote) notes.editorial = editorial.curatorNote;
  if (enrichment?.notes) notes.enrichment = enrichment.notes;
  return {
    ...record,
    description: editorial.description,
    otherSites: openSites,
    subjects,
    parts,
    offers,
    contact: editorial.contact,
    status: datedStatus(record, editorial.statusAsOf),
    evidence: {
      ...record.evidence,
      quotes: [...record.evidence.quotes, ...statusQuote(editorial.statusAsOf)],
    },
    notes,
  };
}

/**
 * The research's status with the date of its evidence. Our evidence may turn an open status into
 * "active" (a dated page shows the record at work), never contradict a status the research found.
 */
function datedStatus(record: SourceRecord, dated: Editorial['statusAsOf']): RecordStatus {
  const status = { ...record.status, asOf: dated?.date ?? null, source: dated?.url ?? null };
  const said = dated?.value;
  if (!said || said === status.value) return status;
  if (status.value === 'unknown' && said === 'active') {
    if (!dated.url) throw new Error(`${record.id}: statusAsOf.value "active" needs the url of the page that shows it`);
    const later = `Active according to ${dated.url} (${dated.date}).`;
    return { ...status, value: 'active', note: [status.note, later].filter(Boolean).join(' ') };
  }
  throw new Error(`${record.id}: statusAsOf.value "${said}" contradicts the research's status "${status.value}"`);
}

const statusQuote = (dated: Editorial['statusAsOf']) =>
  dated?.quote && dated.url ? [{ url: dated.url, quote: dated.quote }] : [];

function main(): void {
  const editorial = readEditorial(dataDir);
  const enrichment = new Map((read('enrichment/institutions-a.json') as Enrichment[]).map((e) => [e.id, e] as const));
  const place = townPoints(dataDir);
  const missing: string[] = [];
  const finish = (record: SourceRecord): SourceRecord => {
    const written = editorial.get(record.id);
    if (!written) {
      missing.push(record.id);
      return record;
    }
    return complete(record, written, enrichment.get(record.id), place);
  };
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

  const files: [string, SourceRecord[]][] = [
    ['fieldlabs.json', fieldlabs.map(fieldlab).map(finish)],
    ['crossborder.json', cross.map(crossborder).map(finish)],
    ['institutions.json', institutions.map((r) => finish(institution(r, resolveLink)))],
    ['hubs.json', [...hubs.hubs.map((r) => hub(r, resolveLink)), ...edihs.edihs.map(edih)].map(finish)],
  ];
  if (missing.length > 0) {
    console.error(
      `Not imported: ${missing.length} record(s) have no description in data/editorial/: ${missing.join(', ')}`,
    );
    process.exit(1);
  }
  for (const [file, records] of files) writeFileSync(join(outDir, file), JSON.stringify(records, null, 2) + '\n');
  const total = files.reduce((n, [, records]) => n + records.length, 0);
  console.log(`Imported ${total} records from ${datasetDir} with data/editorial/`);
}

try {
  main();
} catch (e) {
  // A problem in the inputs is one line that names the file and the record, not a stack trace.
  console.error(`Not imported: ${(e as Error).message}`);
  process.exit(1);
}
