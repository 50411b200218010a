/**
 * The catalogue file's layout, owned in one place: the tables, the schema version, one row type per
 * table and the mappers between rows and domain types. The writer and the reader both import it.
 */
import type { CatalogueRecord } from '../../shared/catalogue/validate-catalogue';
import type { RecordSummary } from '../../shared/catalogue/record-summary';
import type { Place } from '../../shared/geo/gazetteer';
import type { CandidatePart, SitePoint } from '../../shared/matching/rank';

/** Bump whenever a table or a column changes: a reader refuses a file of another version. */
export const CATALOGUE_SCHEMA_VERSION = 6;

export const CATALOGUE_DDL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE records (
  rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, subtype TEXT NOT NULL, name TEXT NOT NULL,
  short_name TEXT, city TEXT, region TEXT, country TEXT NOT NULL, lat REAL, lon REAL, precision TEXT NOT NULL,
  status TEXT NOT NULL, status_as_of TEXT, confidence TEXT NOT NULL, verification_needed INTEGER NOT NULL,
  fieldlab_status TEXT, concepts TEXT NOT NULL, sites TEXT NOT NULL, parts TEXT NOT NULL
);
CREATE TABLE record_json (rid INTEGER PRIMARY KEY REFERENCES records(rid), json TEXT NOT NULL);
CREATE INDEX records_kind ON records(kind, status);
CREATE INDEX records_subtype ON records(subtype);
CREATE TABLE record_concepts (
  concept TEXT NOT NULL, rid INTEGER NOT NULL REFERENCES records(rid), PRIMARY KEY (concept, rid)
) WITHOUT ROWID;
CREATE TABLE record_coverage (
  province TEXT NOT NULL, rid INTEGER NOT NULL REFERENCES records(rid), PRIMARY KEY (province, rid)
) WITHOUT ROWID;
CREATE TABLE vocabulary (concept TEXT PRIMARY KEY, list TEXT NOT NULL, json TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE places (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, province TEXT NOT NULL, municipality TEXT,
  gemeentecode TEXT, lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER, located_at TEXT,
  alt_names TEXT, municipality_guessed INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE place_aliases (
  alias TEXT NOT NULL, place_id TEXT NOT NULL REFERENCES places(id), PRIMARY KEY (alias, place_id)
) WITHOUT ROWID;
CREATE TABLE postcodes (
  pc4 TEXT NOT NULL, place_id TEXT NOT NULL REFERENCES places(id), lat REAL NOT NULL, lon REAL NOT NULL,
  PRIMARY KEY (pc4, place_id)
) WITHOUT ROWID;
CREATE TABLE layers (name TEXT PRIMARY KEY, geojson TEXT NOT NULL) WITHOUT ROWID;
-- Contentless: the text lives in record_json; the FTS rowid is records.rid.
CREATE VIRTUAL TABLE records_fts USING fts5(
  names, text_nl, text_en, content = '', tokenize = 'unicode61 remove_diacritics 2', prefix = '3'
);
`;

/** A row of `records`: what ranking and the list need, without the full JSON. */
export type RecordRow = {
  rid: number;
  id: string;
  kind: RecordSummary['kind'];
  subtype: string;
  name: string;
  short_name: string | null;
  city: string | null;
  region: string | null;
  country: string;
  lat: number | null;
  lon: number | null;
  precision: RecordSummary['precision'];
  status: RecordSummary['status'];
  status_as_of: string | null;
  confidence: RecordSummary['confidence'];
  verification_needed: 0 | 1;
  fieldlab_status: RecordSummary['fieldlabStatus'];
  /** The record's concept ids, space-separated. */
  concepts: string;
  /** Its other sites with a point, whether each is general and its subjects with their concepts, as JSON: SitePoint[]. */
  sites: string;
  /** Its centres with their concepts, as JSON: CandidatePart[]. */
  parts: string;
};

/** A row of `places`. */
export type PlaceRow = Omit<Place, 'locatedAt' | 'altNames' | 'municipalityGuessed'> & {
  located_at: string | null;
  /** Other spellings, separated by "|". */
  alt_names: string | null;
  municipality_guessed: 0 | 1;
};

/** The `records` row of a validated record. */
export function toRecordRow(r: CatalogueRecord, rid: number): RecordRow {
  return {
    rid,
    id: r.id,
    kind: r.kind,
    subtype: r.subtype,
    name: r.name,
    short_name: r.shortName,
    city: r.location.city,
    region: r.location.region,
    country: r.location.country,
    lat: r.location.lat,
    lon: r.location.lon,
    precision: r.location.precision,
    status: r.status.value,
    status_as_of: r.status.asOf,
    confidence: r.evidence.confidence,
    verification_needed: r.evidence.verificationNeeded ? 1 : 0,
    fieldlab_status: r.fieldlabStatus,
    concepts: r.concepts.join(' '),
    sites: JSON.stringify(
      r.otherSites
        .filter((site) => site.lat !== null && site.lon !== null)
        .map((site): SitePoint => ({
          lat: site.lat!,
          lon: site.lon!,
          city: site.city,
          label: site.label,
          // A site whose purpose no source states counts as general, as it did before purposes were known.
          general: site.purpose?.general ?? true,
          subjects: (site.purpose?.subjects ?? []).map((s, i) => ({ ...s, concepts: site.subjectConcepts[i] ?? [] })),
          carries: site.carries,
        })),
    ),
    parts: JSON.stringify(
      r.parts.map((p): CandidatePart => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        town: p.town,
        lat: p.lat,
        lon: p.lon,
        concepts: p.concepts,
      })),
    ),
  };
}

/** The summary the list and the map show. */
export function toSummary(r: RecordRow): RecordSummary {
  return {
    id: r.id,
    kind: r.kind,
    subtype: r.subtype,
    name: r.name,
    shortName: r.short_name,
    city: r.city,
    region: r.region,
    country: r.country,
    lat: r.lat,
    lon: r.lon,
    precision: r.precision,
    status: r.status,
    statusAsOf: r.status_as_of,
    confidence: r.confidence,
    verificationNeeded: r.verification_needed === 1,
    fieldlabStatus: r.fieldlab_status,
  };
}

export function toPlaceRow(p: Place): PlaceRow {
  const { locatedAt, altNames, municipalityGuessed, ...rest } = p;
  return {
    ...rest,
    located_at: locatedAt ?? null,
    alt_names: altNames?.join('|') ?? null,
    municipality_guessed: municipalityGuessed ? 1 : 0,
  };
}

export function toPlace({ located_at, alt_names, municipality_guessed, ...rest }: PlaceRow): Place {
  return {
    ...rest,
    ...(located_at ? { locatedAt: located_at } : {}),
    ...(alt_names ? { altNames: alt_names.split('|') } : {}),
    ...(municipality_guessed ? { municipalityGuessed: true as const } : {}),
  };
}
