/**
 * The only reader of a catalogue file (data/generated/catalogue.sqlite): the list, one record,
 * the vocabulary, the gazetteer, the map layers, and the candidate queries the matcher runs.
 * Plain Node: the main process, the command line, tests and benchmarks all use it.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { CatalogueMeta } from '../../shared/catalogue/catalogue-meta';
import { RECORD_KINDS, type RecordKind } from '../../shared/catalogue/record';
import type { RecordSummary } from '../../shared/catalogue/record-summary';
import type { CatalogueRecord } from '../../shared/catalogue/validate-catalogue';
import {
  emptyVocabulary,
  type ConceptId,
  type Vocabulary,
  type VocabularyEntry,
  type VocabularyList,
} from '../../shared/catalogue/vocabulary';
import type { BaseLayers, TownsAbroad } from '../../shared/geo/base-layers';
import type { Gazetteer, PostcodeEntry } from '../../shared/geo/place-resolver';
import { wordTerms } from '../../shared/text/search-terms';
import { Lexicon } from '../../shared/text/word-forms';
import { CATALOGUE_SCHEMA_VERSION, toPlace, toSummary, type PlaceRow, type RecordRow } from './catalogue-schema';

/** A record row with the provinces it serves, as the matcher fetches candidates. */
export type CandidateRow = RecordRow & { coverage: string | null };
/** A full-text hit with its BM25 rank (lower is better). */
export type TextHitRow = CandidateRow & { rank: number };

/** Why a catalogue file cannot be used. */
export type CatalogueProblem = 'missing' | 'unreadable' | 'incompatible';

/** Thrown when the catalogue file is missing, damaged or of another layout; its message says what to do. */
export class CatalogueUnavailableError extends Error {
  constructor(
    readonly problem: CatalogueProblem,
    message: string,
  ) {
    super(message);
  }
}

/** A word in more than this share of the records tells none of them apart... */
const COMMON_SHARE = 0.2;
/** ...unless the catalogue is so small that a few records are already a fifth of it. */
const COMMON_MIN = 5;

const CANDIDATE_COLUMNS = `records.*, (SELECT group_concat(province, '|') FROM record_coverage c WHERE c.rid = records.rid) AS coverage`;

/**
 * An FTS5 query for one word: its Dutch terms (stems, compound parts) in the Dutch text, its English
 * terms in the English text, and the word in the names. Terms match whole: stemming already finds the
 * inflected forms, and a prefix would find "brandstof" for "branden".
 */
export function ftsWordQuery(word: string, lexicon?: Lexicon): string {
  const quoted = (t: string) => `"${t.replace(/"/g, '')}"`;
  const nl = wordTerms(word, 'nl', lexicon);
  const en = wordTerms(word, 'en', lexicon);
  const parts = [`names : ${quoted(word)}`, `text_nl : ${quoted(nl.stem)}`, `text_en : ${quoted(en.stem)}`];
  // A compound's parts count only together: "kleurstoffen" is kleur AND stof, never any text with "stof".
  if (nl.parts.length > 1) parts.push(`(${nl.parts.map((p) => `text_nl : ${quoted(p)}`).join(' AND ')})`);
  return `(${parts.join(' OR ')})`;
}

/** The layer of base-layers.json with the towns abroad: names for the map, not drawn as a shape. */
const TOWNS_ABROAD = 'townsAbroad';

/** The opened catalogue. Statements are prepared once; every method is a named query. */
export class CatalogueDb {
  private readonly statements;

  private constructor(private readonly db: Database.Database) {
    this.statements = {
      meta: db.prepare('SELECT value FROM meta WHERE key = ?').pluck(),
      counts: db.prepare('SELECT kind, count(*) AS n FROM records GROUP BY kind'),
      list: db.prepare('SELECT * FROM records ORDER BY name COLLATE NOCASE'),
      json: db.prepare('SELECT json FROM record_json JOIN records USING (rid) WHERE id = ?').pluck(),
      layers: db.prepare('SELECT name, geojson FROM layers'),
      vocabulary: db.prepare('SELECT list, json FROM vocabulary ORDER BY concept'),
      places: db.prepare('SELECT * FROM places'),
      aliases: db.prepare('SELECT alias, place_id FROM place_aliases'),
      postcodes: db.prepare('SELECT pc4, place_id, lat, lon FROM postcodes ORDER BY pc4, place_id').raw(),
      text: db.prepare(
        `SELECT ${CANDIDATE_COLUMNS}, hits.rank FROM records JOIN (
           SELECT rowid AS rid, bm25(records_fts, 4, 1, 1) AS rank FROM records_fts WHERE records_fts MATCH @query
           ORDER BY rank LIMIT @limit
         ) hits USING (rid) ORDER BY hits.rank`,
      ),
      hubsServing: db.prepare(
        `SELECT ${CANDIDATE_COLUMNS} FROM records JOIN record_coverage cov USING (rid)
         WHERE records.kind = 'hub' AND cov.province = ? ORDER BY records.id`,
      ),
      edihFor: db.prepare(
        `SELECT id, name FROM records JOIN record_coverage cov USING (rid)
         WHERE records.subtype = 'edih' AND cov.province = ? ORDER BY records.id LIMIT 1`,
      ),
      concepts: db.prepare('SELECT concepts FROM records WHERE id = ?').pluck(),
      conceptRows: db.prepare('SELECT concept, rid FROM record_concepts').raw(),
      points: db.prepare('SELECT rid, lat, lon FROM records WHERE lat IS NOT NULL AND lon IS NOT NULL').raw(),
      byRids: db.prepare(
        `SELECT records.rid AS rid, ${CANDIDATE_COLUMNS} FROM records WHERE rid IN (SELECT value FROM json_each(?))`,
      ),
      allJson: db.prepare('SELECT json FROM record_json').pluck(),
      textCount: db.prepare('SELECT count(*) FROM records_fts WHERE records_fts MATCH ?').pluck(),
      total: db.prepare('SELECT count(*) FROM records').pluck(),
      // Row ids only: a common word is in thousands of records of a large catalogue.
      textRids: db.prepare('SELECT rowid FROM records_fts WHERE records_fts MATCH ?').pluck(),
      ridsOf: db.prepare('SELECT rid, id FROM records WHERE id IN (SELECT value FROM json_each(?))').raw(),
      german: db.prepare(`SELECT ${CANDIDATE_COLUMNS} FROM records WHERE kind = 'crossborder' OR country = 'DE'`),
      nearestOfSubtypes: db.prepare(
        `SELECT ${CANDIDATE_COLUMNS} FROM records WHERE subtype IN (SELECT value FROM json_each(@subtypes))
         ORDER BY lat IS NULL, (lat - @lat) * (lat - @lat) + (lon - @lon) * (lon - @lon) * @cos2, id LIMIT @limit`,
      ),
      nearestInstitutions: db.prepare(
        `SELECT ${CANDIDATE_COLUMNS} FROM records WHERE kind = 'institution' AND country = 'NL' AND lat IS NOT NULL
         ORDER BY (lat - @lat) * (lat - @lat) + (lon - @lon) * (lon - @lon) * @cos2 LIMIT @limit`,
      ),
    };
  }

  /** Opens a catalogue read-only; a missing, damaged or incompatible file raises a CatalogueUnavailableError. */
  static open(file: string): CatalogueDb {
    if (!existsSync(file)) {
      throw new CatalogueUnavailableError(
        'missing',
        `The catalogue ${file} does not exist. Run "npm run build:data" to build it.`,
      );
    }
    let db: Database.Database | null = null;
    let version: unknown;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
      // Every page checked (a few milliseconds): a damaged file is refused here, not at the first query.
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`damaged: ${String(check).split('\n')[0]}`);
      version = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get();
    } catch (e) {
      db?.close();
      throw new CatalogueUnavailableError(
        'unreadable',
        `${file} is not a readable Fieldlab Finder catalogue (${(e as Error).message}). Run "npm run build:data" to rebuild it.`,
      );
    }
    if (version !== String(CATALOGUE_SCHEMA_VERSION)) {
      db.close();
      throw new CatalogueUnavailableError(
        'incompatible',
        `${file} is a catalogue of layout version ${String(version ?? 'unknown')}, but this app reads version ${CATALOGUE_SCHEMA_VERSION}. Run "npm run build:data" to rebuild it.`,
      );
    }
    try {
      return new CatalogueDb(db);
    } catch (e) {
      db.close();
      throw new CatalogueUnavailableError(
        'unreadable',
        `${file} is damaged (${(e as Error).message}). Run "npm run build:data" to rebuild it.`,
      );
    }
  }

  close(): void {
    this.db.close();
  }

  private metaValue(key: string): string {
    const value = this.statements.meta.get(key) as string | undefined;
    if (value === undefined) throw new Error(`catalogue meta "${key}" is missing`);
    return value;
  }

  /** Counts per kind, the data's date and the credits. */
  meta(): CatalogueMeta {
    const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;
    for (const row of this.statements.counts.all() as { kind: RecordKind; n: number }[]) counts[row.kind] = row.n;
    const about = JSON.parse(this.metaValue('about')) as Omit<CatalogueMeta, 'total' | 'counts' | 'sourceHash'>;
    return {
      total: Object.values(counts).reduce((a, b) => a + b, 0),
      counts,
      importedOn: about.importedOn,
      sourceHash: this.metaValue('source_hash'),
      dataset: about.dataset,
      knownGaps: about.knownGaps,
      programme: { figures: about.programme.figures, source: about.programme.source },
      credits: about.credits,
    };
  }

  /** Records for the list and the map, by name; optionally only some kinds. */
  list(kinds?: readonly RecordKind[]): RecordSummary[] {
    const rows = this.statements.list.all() as RecordRow[];
    return rows.filter((r) => !kinds || kinds.includes(r.kind)).map(toSummary);
  }

  /** One full record, or null when there is no record with that id. */
  get(id: string): CatalogueRecord | null {
    const json = this.statements.json.get(id) as string | undefined;
    return json ? (JSON.parse(json) as CatalogueRecord) : null;
  }

  /** The bundled base-map layers that the map draws. */
  layers(): BaseLayers {
    const out: Record<string, unknown> = {};
    for (const row of this.statements.layers.all() as { name: string; geojson: string }[]) {
      if (row.name !== TOWNS_ABROAD) out[row.name] = JSON.parse(row.geojson);
    }
    return out as BaseLayers;
  }

  /** The towns abroad that the map names; none in a catalogue built before they were bundled. */
  townsAbroad(): TownsAbroad {
    const row = (this.statements.layers.all() as { name: string; geojson: string }[]).find(
      (r) => r.name === TOWNS_ABROAD,
    );
    return row ? (JSON.parse(row.geojson) as TownsAbroad) : { type: 'FeatureCollection', features: [] };
  }

  /** The controlled vocabulary, per list. */
  vocabulary(): Vocabulary {
    const vocabulary = emptyVocabulary();
    for (const row of this.statements.vocabulary.all() as { list: VocabularyList; json: string }[]) {
      vocabulary[row.list].push(JSON.parse(row.json) as VocabularyEntry);
    }
    return vocabulary;
  }

  /** The gazetteer: every place, the names people type for them, and the 4-digit postcodes. */
  gazetteer(): Gazetteer {
    const places = (this.statements.places.all() as PlaceRow[]).map(toPlace);
    const aliases: Record<string, string[]> = {};
    for (const row of this.statements.aliases.all() as { alias: string; place_id: string }[]) {
      (aliases[row.alias] ??= []).push(row.place_id);
    }
    return { places, aliases, postcodes: this.statements.postcodes.all() as PostcodeEntry[] };
  }

  /**
   * At most `limit` records carrying any of `concepts`: those carrying most of them, and among
   * equally many the nearest when an origin is given (squared distance on a locally flat map; only
   * its order matters). Counted in typed arrays over an in-memory index of the concept table, read
   * once: a GROUP BY over thousands of rows per question cost more than the rest of the matching.
   */
  candidatesByConcepts(
    concepts: readonly ConceptId[],
    origin: { lat: number; lon: number } | null,
    limit: number,
  ): CandidateRow[] {
    if (concepts.length === 0) return [];
    const index = this.conceptIndex();
    // How many of the concepts each record carries, in a scratch array indexed by row id.
    const { counts, dist, lat, lon } = index;
    const touched: number[] = [];
    for (const concept of new Set(concepts)) {
      for (const rid of index.ridsOf.get(concept) ?? []) if (counts[rid]++ === 0) touched.push(rid);
    }
    const cos2 = origin ? Math.cos((origin.lat * Math.PI) / 180) ** 2 : 1;
    const away = (rid: number) =>
      !origin || Number.isNaN(lat[rid]) ? 1e9 : (lat[rid] - origin.lat) ** 2 + (lon[rid] - origin.lon) ** 2 * cos2;
    // Buckets by count, most first; only the bucket that crosses the limit needs sorting by distance.
    const buckets: number[][] = [];
    for (const rid of touched) (buckets[counts[rid]] ??= []).push(rid);
    for (const rid of touched) counts[rid] = 0;
    const chosen: number[] = [];
    for (let n = buckets.length - 1; n > 0 && chosen.length < limit; n--) {
      const bucket = buckets[n];
      if (!bucket) continue;
      const room = limit - chosen.length;
      if (bucket.length > room) {
        for (const rid of bucket) dist[rid] = away(rid);
        bucket.sort((a, b) => dist[a] - dist[b] || a - b);
      } else bucket.sort((a, b) => a - b);
      chosen.push(...bucket.slice(0, room));
    }
    const rows = new Map(
      (this.statements.byRids.all(JSON.stringify(chosen)) as (CandidateRow & { rid: number })[]).map((row) => [
        row.rid,
        row,
      ]),
    );
    return chosen.map((rid) => rows.get(rid)!);
  }

  private conceptIndexCache: {
    ridsOf: Map<string, Int32Array>;
    counts: Uint16Array;
    dist: Float64Array;
    lat: Float64Array;
    lon: Float64Array;
  } | null = null;

  private conceptIndex() {
    if (!this.conceptIndexCache) {
      const lists = new Map<string, number[]>();
      let maxRid = 0;
      for (const [concept, rid] of this.statements.conceptRows.all() as [string, number][]) {
        let list = lists.get(concept);
        if (!list) lists.set(concept, (list = []));
        list.push(rid);
        maxRid = Math.max(maxRid, rid);
      }
      const points = this.statements.points.all() as [number, number, number][];
      for (const [rid] of points) maxRid = Math.max(maxRid, rid);
      const lat = new Float64Array(maxRid + 1).fill(Number.NaN);
      const lon = new Float64Array(maxRid + 1).fill(Number.NaN);
      for (const [rid, la, lo] of points) [lat[rid], lon[rid]] = [la, lo];
      const ridsOf = new Map([...lists].map(([concept, list]) => [concept, Int32Array.from(list)]));
      this.conceptIndexCache = {
        ridsOf,
        counts: new Uint16Array(maxRid + 1),
        dist: new Float64Array(maxRid + 1),
        lat,
        lon,
      };
    }
    return this.conceptIndexCache;
  }

  /**
   * The words that can tell records apart: a word in more than COMMON_SHARE of all records ("samen",
   * "klant", "productie") is evidence for none of them. Counted once per word and kept.
   */
  discriminatingWords(words: readonly string[]): string[] {
    if (words.length === 0) return [];
    const total = this.total();
    const lexicon = this.lexicon();
    return words.filter((word) => {
      let n = this.wordCounts.get(word);
      if (n === undefined) {
        n = this.statements.textCount.get(ftsWordQuery(word, lexicon)) as number;
        if (this.wordCounts.size > 10_000) this.wordCounts.clear();
        this.wordCounts.set(word, n);
      }
      return n <= Math.max(COMMON_MIN, COMMON_SHARE * total);
    });
  }

  private readonly wordCounts = new Map<string, number>();
  private totalCache: number | null = null;

  private total(): number {
    return (this.totalCache ??= this.statements.total.get() as number);
  }

  /** Records whose text holds any of the words (FTS5 BM25, names weigh most), best first. */
  textCandidates(words: readonly string[], limit: number): TextHitRow[] {
    if (words.length === 0) return [];
    const lexicon = this.lexicon();
    const query = words.map((w) => ftsWordQuery(w, lexicon)).join(' OR ');
    return this.statements.text.all({ query, limit }) as TextHitRow[];
  }

  /** Which of the words each of the records' text really holds: the words a reason may name. */
  wordsIn(words: readonly string[], ids: readonly string[]): Map<string, string[]> {
    const out = new Map<string, string[]>();
    if (words.length === 0 || ids.length === 0) return out;
    const lexicon = this.lexicon();
    const idOf = new Map(
      (this.statements.ridsOf.all(JSON.stringify(ids)) as [number, string][]).map(([rid, id]) => [rid, id]),
    );
    for (const word of words) {
      for (const rid of this.statements.textRids.all(ftsWordQuery(word, lexicon)) as number[]) {
        const id = idOf.get(rid);
        if (id) out.set(id, [...(out.get(id) ?? []), word]);
      }
    }
    return out;
  }

  /** German centres and institutions. */
  germanRecords(): CandidateRow[] {
    return this.statements.german.all() as CandidateRow[];
  }

  /**
   * Records of these subtypes ("university_of_applied_sciences"), nearest to the point first (those without
   * a point last), for a question that names a kind of partner.
   */
  recordsOfSubtypes(
    subtypes: readonly string[],
    origin: { lat: number; lon: number } | null,
    limit: number,
  ): CandidateRow[] {
    const { lat, lon } = origin ?? { lat: 0, lon: 0 };
    const cos2 = Math.cos((lat * Math.PI) / 180) ** 2;
    return this.statements.nearestOfSubtypes.all({
      subtypes: JSON.stringify(subtypes),
      lat,
      lon,
      cos2,
      limit,
    }) as CandidateRow[];
  }

  /** The Dutch knowledge institutions nearest to a point. */
  nearestInstitutions(origin: { lat: number; lon: number }, limit: number): CandidateRow[] {
    const cos2 = Math.cos((origin.lat * Math.PI) / 180) ** 2;
    return this.statements.nearestInstitutions.all({ lat: origin.lat, lon: origin.lon, cos2, limit }) as CandidateRow[];
  }

  /** Every web address the catalogue gives (websites, sources, quotes, centres, offers, contact pages), as URL hrefs. */
  links(): Set<string> {
    const out = new Set<string>();
    for (const json of this.statements.allJson.all() as string[]) {
      for (const [, url] of json.matchAll(/"(https?:\/\/[^"\s]+)"/g)) {
        try {
          out.add(new URL(url).href);
        } catch {
          // Not a URL after all: not a link to open.
        }
      }
    }
    return out;
  }

  private lexiconCache: Lexicon | null = null;

  /** The Dutch and English word list the catalogue was built with (data/lexicon/). */
  lexicon(): Lexicon {
    this.lexiconCache ??= new Lexicon(this.metaValue('lexicon').split('\n'));
    return this.lexiconCache;
  }

  /** The hubs (Smart Industry hubs and EDIHs) that serve a province. */
  hubsServing(province: string): CandidateRow[] {
    return this.statements.hubsServing.all(province) as CandidateRow[];
  }

  /** The EDIH that serves a province, the regional front door. */
  edihFor(province: string): { id: string; name: string } | null {
    return (this.statements.edihFor.get(province) as { id: string; name: string } | undefined) ?? null;
  }

  /** A record's concepts, or null when there is no such record. */
  conceptsOf(id: string): ConceptId[] | null {
    const concepts = this.statements.concepts.get(id) as string | undefined;
    return concepts === undefined ? null : concepts ? (concepts.split(' ') as ConceptId[]) : [];
  }
}
