/** Writes the validated catalogue into one SQLite file, atomically: a complete file or none. */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ValidatedCatalogue } from '../../electron/shared/catalogue/validate-catalogue';
import { parseConceptId, type Vocabulary } from '../../electron/shared/catalogue/vocabulary';
import type { Place } from '../../electron/shared/geo/gazetteer';
import { normalisePlaceName } from '../../electron/shared/geo/gazetteer';

export type CatalogueContents = ValidatedCatalogue & {
  places: Place[];
  aliases: Record<string, string[]>;
  layers: unknown;
  about: unknown;
  sourceHash: string;
};

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE records (
  rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, subtype TEXT NOT NULL, name TEXT NOT NULL, short_name TEXT,
  city TEXT, region TEXT, country TEXT NOT NULL, lat REAL, lon REAL, precision TEXT NOT NULL,
  status TEXT NOT NULL, confidence TEXT NOT NULL, verification_needed INTEGER NOT NULL, fieldlab_status TEXT,
  concepts TEXT NOT NULL, coverage TEXT NOT NULL
);
CREATE TABLE record_json (rid INTEGER PRIMARY KEY REFERENCES records(rid), json TEXT NOT NULL);
CREATE INDEX records_kind ON records(kind, status);
CREATE TABLE record_concepts (concept TEXT NOT NULL, rid INTEGER NOT NULL REFERENCES records(rid), PRIMARY KEY (concept, rid)) WITHOUT ROWID;
CREATE TABLE vocabulary (concept TEXT PRIMARY KEY, list TEXT NOT NULL, code TEXT NOT NULL, label_nl TEXT NOT NULL, label_en TEXT NOT NULL, json TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE places (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, province TEXT NOT NULL, municipality TEXT, gemeentecode TEXT, lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER, located_at TEXT) WITHOUT ROWID;
CREATE TABLE place_names (name TEXT NOT NULL, place_id TEXT NOT NULL REFERENCES places(id), is_alias INTEGER NOT NULL, PRIMARY KEY (name, place_id)) WITHOUT ROWID;
CREATE TABLE layers (name TEXT PRIMARY KEY, geojson TEXT NOT NULL) WITHOUT ROWID;
-- Contentless: the text lives in record_json; the FTS rowid is records.rid.
CREATE VIRTUAL TABLE records_fts USING fts5(names, text_nl, text_en, content = '', tokenize = 'unicode61 remove_diacritics 2', prefix = '3');
`;

function labelsOf(concepts: string[], vocabulary: Vocabulary, lang: 'nl' | 'en'): string[] {
  return concepts.map((id) => {
    const c = parseConceptId(id)!;
    return vocabulary[c.list].find((e) => e.code === c.code)![lang];
  });
}

/** Builds the catalogue into `outFile` via a temporary file beside it, so a failure leaves the old file as it was. */
export function writeCatalogue(contents: CatalogueContents, outFile: string): void {
  mkdirSync(dirname(outFile), { recursive: true });
  const tmp = `${outFile}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  try {
    const db = new Database(tmp);
    db.pragma('journal_mode = DELETE');
    db.exec(SCHEMA);
    fill(db, contents);
    db.exec('VACUUM');
    db.close();
    renameSync(tmp, outFile);
  } finally {
    if (existsSync(tmp)) rmSync(tmp, { force: true });
  }
}

function fill(db: Database.Database, c: CatalogueContents): void {
  const insertRecord = db.prepare(
    `INSERT INTO records VALUES (@rid, @id, @kind, @subtype, @name, @shortName, @city, @region, @country, @lat, @lon, @precision, @status, @confidence, @verificationNeeded, @fieldlabStatus, @concepts, @coverage)`,
  );
  const insertJson = db.prepare('INSERT INTO record_json VALUES (?, ?)');
  const insertConcept = db.prepare('INSERT INTO record_concepts VALUES (?, ?)');
  const insertFts = db.prepare('INSERT INTO records_fts (rowid, names, text_nl, text_en) VALUES (?, ?, ?, ?)');
  const insertVocabulary = db.prepare('INSERT INTO vocabulary VALUES (?, ?, ?, ?, ?, ?)');
  const insertPlace = db.prepare(
    'INSERT INTO places VALUES (@id, @name, @kind, @province, @municipality, @gemeentecode, @lat, @lon, @population, @locatedAt)',
  );
  const insertPlaceName = db.prepare('INSERT OR IGNORE INTO place_names VALUES (?, ?, ?)');
  const insertMeta = db.prepare('INSERT INTO meta VALUES (?, ?)');

  db.transaction(() => {
    const records = [...c.records].sort((a, b) => a.id.localeCompare(b.id));
    records.forEach((r, i) => {
      const rid = i + 1;
      insertRecord.run({
        rid,
        id: r.id,
        kind: r.kind,
        subtype: r.subtype,
        name: r.name,
        shortName: r.shortName,
        city: r.location.city,
        region: r.location.region,
        country: r.location.country,
        lat: r.location.lat,
        lon: r.location.lon,
        precision: r.location.precision,
        status: r.status.value,
        confidence: r.evidence.confidence,
        verificationNeeded: r.evidence.verificationNeeded ? 1 : 0,
        fieldlabStatus: r.fieldlabStatus,
        concepts: r.concepts.join(' '),
        coverage: JSON.stringify(r.coverage),
      });
      insertJson.run(rid, JSON.stringify(r));
      for (const concept of r.concepts) insertConcept.run(concept, rid);
      const names = [
        r.name,
        r.shortName,
        r.location.city,
        ...r.organisations.hosts,
        ...r.organisations.partners,
        r.organisations.coordinator,
      ]
        .filter(Boolean)
        .join(' · ');
      const nl = [r.description.nl, ...labelsOf(r.concepts, c.vocabulary, 'nl')].filter(Boolean).join(' · ');
      const en = [r.description.en, r.description.de, ...r.expertise, ...labelsOf(r.concepts, c.vocabulary, 'en')]
        .filter(Boolean)
        .join(' · ');
      insertFts.run(rid, names, nl, en);
    });
    for (const list of ['theme', 'sector', 'offer'] as const) {
      for (const e of c.vocabulary[list])
        insertVocabulary.run(`${list}:${e.code}`, list, e.code, e.nl, e.en, JSON.stringify(e));
    }
    for (const p of c.places) {
      insertPlace.run({ ...p, locatedAt: p.locatedAt ?? null });
      insertPlaceName.run(normalisePlaceName(p.name), p.id, 0);
    }
    for (const [alias, ids] of Object.entries(c.aliases)) {
      for (const id of ids) insertPlaceName.run(normalisePlaceName(alias), id, 1);
    }
    const layers = c.layers as Record<string, unknown>;
    for (const name of Object.keys(layers).sort())
      db.prepare('INSERT INTO layers VALUES (?, ?)').run(name, JSON.stringify(layers[name]));
    insertMeta.run('about', JSON.stringify(c.about));
    insertMeta.run('source_hash', c.sourceHash);
    insertMeta.run('schema_version', '1');
  })();
}
