/**
 * Read-only access to the bundled catalogue (data/generated/catalogue.sqlite).
 * Plain Node: the main process, the command line, tests and benchmarks all use it.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { CatalogueMeta } from '../../shared/catalogue/catalogue-meta';
import type { RecordSummary } from '../../shared/catalogue/record-summary';
import type { BaseLayers } from '../../shared/geo/base-layers';
import { RECORD_KINDS, type RecordKind } from '../../shared/catalogue/record';
import type { CatalogueRecord } from '../../shared/catalogue/validate-catalogue';

type SummaryRow = {
  id: string;
  kind: RecordKind;
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
  confidence: RecordSummary['confidence'];
  verification_needed: number;
  fieldlab_status: RecordSummary['fieldlabStatus'];
};

const toSummary = (r: SummaryRow): RecordSummary => ({
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
  confidence: r.confidence,
  verificationNeeded: r.verification_needed === 1,
  fieldlabStatus: r.fieldlab_status,
});

/** An FTS5 query that finds any of the words, each also as a prefix ("robot" finds "robotica"). */
export function ftsPrefixQuery(words: readonly string[]): string {
  return words.map((w) => `"${w.replace(/"/g, '')}"*`).join(' OR ');
}

/** Thrown when the catalogue file is missing or not a catalogue; its message says what to do. */
export class CatalogueUnavailableError extends Error {}

/** The opened catalogue. */
export class CatalogueDb {
  readonly db: Database.Database;

  private constructor(db: Database.Database) {
    this.db = db;
  }

  /** Opens the catalogue read-only; a missing or foreign file raises a CatalogueUnavailableError. */
  static open(file: string): CatalogueDb {
    if (!existsSync(file))
      throw new CatalogueUnavailableError(
        `The catalogue ${file} does not exist. Run "npm run build:data" to build it.`,
      );
    let db: Database.Database;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
      db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get();
    } catch (e) {
      throw new CatalogueUnavailableError(
        `${file} is not a Fieldlab Finder catalogue (${(e as Error).message}). Run "npm run build:data" to rebuild it.`,
      );
    }
    return new CatalogueDb(db);
  }

  close(): void {
    this.db.close();
  }

  private metaValue<T>(key: string): T {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    if (!row) throw new Error(`catalogue meta "${key}" is missing`);
    return (key === 'source_hash' ? row.value : JSON.parse(row.value)) as T;
  }

  /** Counts per kind, the data's date and the credits. */
  meta(): CatalogueMeta {
    const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;
    for (const row of this.db.prepare('SELECT kind, count(*) AS n FROM records GROUP BY kind').all() as {
      kind: RecordKind;
      n: number;
    }[]) {
      counts[row.kind] = row.n;
    }
    const about = this.metaValue<
      Omit<CatalogueMeta, 'total' | 'counts' | 'sourceHash'> & { programme: CatalogueMeta['programme'] }
    >('about');
    return {
      total: Object.values(counts).reduce((a, b) => a + b, 0),
      counts,
      importedOn: about.importedOn,
      sourceHash: this.metaValue<string>('source_hash'),
      dataset: about.dataset,
      knownGaps: about.knownGaps,
      programme: { figures: about.programme.figures, source: about.programme.source },
      credits: about.credits,
    };
  }

  /** Records for the list and the map, by name; optionally only some kinds. */
  list(kinds?: readonly RecordKind[]): RecordSummary[] {
    const rows = this.db.prepare('SELECT * FROM records ORDER BY name COLLATE NOCASE').all() as SummaryRow[];
    return rows.filter((r) => !kinds || kinds.includes(r.kind)).map(toSummary);
  }

  /** One full record, or null when there is no record with that id. */
  get(id: string): CatalogueRecord | null {
    const row = this.db.prepare('SELECT json FROM record_json JOIN records USING (rid) WHERE id = ?').get(id) as
      { json: string } | undefined;
    return row ? (JSON.parse(row.json) as CatalogueRecord) : null;
  }

  /** The bundled base-map layers. */
  layers(): BaseLayers {
    const out: Record<string, unknown> = {};
    for (const row of this.db.prepare('SELECT name, geojson FROM layers').all() as {
      name: string;
      geojson: string;
    }[]) {
      out[row.name] = JSON.parse(row.geojson);
    }
    return out as BaseLayers;
  }

  /** Full-text search over names, Dutch and English text; ids best first. */
  search(query: string, limit = 20): string[] {
    const terms = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (terms.length === 0) return [];
    const rows = this.db
      .prepare(
        'SELECT id FROM records JOIN (SELECT rowid AS rid, bm25(records_fts, 4, 1, 1) AS rank FROM records_fts WHERE records_fts MATCH ? ORDER BY rank LIMIT ?) USING (rid) ORDER BY rank',
      )
      .all(ftsPrefixQuery(terms), limit) as { id: string }[];
    return rows.map((r) => r.id);
  }
}
