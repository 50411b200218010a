/**
 * The matching engine over an opened catalogue: reads the profile, fetches candidates through
 * SQLite indexes (concept index and FTS5) instead of scanning every record, and ranks them with
 * the shared, pure scoring code. Plain Node: the API, the command line and the benchmark use it.
 */
import type Database from 'better-sqlite3';
import type { Result } from '../../shared/api';
import type { Confidence, CoordinatePrecision, RecordKind } from '../../shared/catalogue/record';
import type { ConceptId, Vocabulary, VocabularyEntry, VocabularyList } from '../../shared/catalogue/vocabulary';
import type { Place } from '../../shared/geo/gazetteer';
import { PlaceResolver } from '../../shared/geo/place-resolver';
import { ConceptMatcher, type ConceptHit } from '../../shared/matching/concept-matcher';
import type { LabelOf } from '../../shared/i18n/explain';
import { rankCandidates, type Candidate } from '../../shared/matching/rank';
import type { MatchProfile, MatchResult } from '../../shared/matching/types';
import { ftsPrefixQuery, type CatalogueDb } from '../catalogue/catalogue-db';

type RecordRow = {
  id: string;
  kind: RecordKind;
  name: string;
  city: string | null;
  region: string | null;
  country: string;
  lat: number | null;
  lon: number | null;
  precision: CoordinatePrecision;
  status: Candidate['status'];
  confidence: Confidence;
  verification_needed: number;
  fieldlab_status: Candidate['fieldlabStatus'];
  concepts: string;
  coverage: string;
};

const GERMANY_WORDS =
  /\b(duitsland|duitse|duits|germany|german|grens|grensoverschrijdend|cross border|crossborder|nrw|niedersachsen)\b/;
const DEFAULT_LIMIT = 10;
/** What ranking needs of a record: everything but the full JSON. */
const COLUMNS =
  'id, kind, name, city, region, country, lat, lon, precision, status, confidence, verification_needed, fieldlab_status, concepts, coverage';
const MAX_TEXT_CANDIDATES = 200;
/** At most this many records per concept query: those covering most needs, nearest first. */
const CONCEPT_CANDIDATES = 600;
/** Records that only share a related theme are fetched when fewer direct matches exist. */
const RELATED_WHEN_FEWER = 200;

const toCandidate = (r: RecordRow, textScore = 0, textWords: string[] = []): Candidate => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
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
  concepts: r.concepts ? (r.concepts.split(' ') as ConceptId[]) : [],
  coverage: r.kind === 'hub' ? (JSON.parse(r.coverage) as string[]) : [],
  textScore,
  textWords,
});

/** Matches SME profiles against one catalogue; create once, reuse for every query. */
export class Matcher {
  readonly vocabulary: Vocabulary;
  readonly concepts: ConceptMatcher;
  readonly places: PlaceResolver;
  private readonly related = new Map<ConceptId, ConceptId[]>();
  private readonly labels = new Map<ConceptId, VocabularyEntry>();
  private readonly db: Database.Database;
  private readonly textHits: Database.Statement;
  private readonly provinceHubs: Database.Statement;
  private readonly provinceEdih: Database.Statement;

  constructor(catalogue: CatalogueDb) {
    this.db = catalogue.db;
    this.vocabulary = { theme: [], sector: [], offer: [] };
    for (const row of this.db.prepare('SELECT concept, list, json FROM vocabulary ORDER BY concept').all() as {
      concept: ConceptId;
      list: VocabularyList;
      json: string;
    }[]) {
      const entry = JSON.parse(row.json) as VocabularyEntry;
      this.vocabulary[row.list].push(entry);
      this.labels.set(row.concept, entry);
      this.related.set(
        row.concept,
        (entry.related ?? []).map((c) => `${row.list}:${c}` as ConceptId),
      );
    }
    this.concepts = new ConceptMatcher(this.vocabulary);
    const places = (this.db.prepare('SELECT * FROM places').all() as (Place & { located_at: string | null })[]).map(
      ({ located_at, ...p }) => ({ ...p, locatedAt: located_at ?? undefined }),
    );
    const aliases: Record<string, string[]> = {};
    for (const row of this.db.prepare('SELECT name, place_id FROM place_names WHERE is_alias = 1').all() as {
      name: string;
      place_id: string;
    }[]) {
      (aliases[row.name] ??= []).push(row.place_id);
    }
    this.places = new PlaceResolver(places, aliases);
    this.textHits = this.db.prepare(
      `SELECT ${COLUMNS}, rank FROM records JOIN (SELECT rowid AS rid, bm25(records_fts, 4, 1, 1) AS rank FROM records_fts WHERE records_fts MATCH ? ORDER BY rank LIMIT ${MAX_TEXT_CANDIDATES}) USING (rid) ORDER BY rank`,
    );
    this.provinceHubs = this.db.prepare(`SELECT ${COLUMNS} FROM records WHERE kind = 'hub' AND coverage LIKE ?`);
    this.provinceEdih = this.db.prepare(
      "SELECT id, name FROM records WHERE subtype = 'edih' AND coverage LIKE ? ORDER BY id LIMIT 1",
    );
  }

  /** A concept's label in a language. */
  readonly label: LabelOf = (concept, lang) => this.labels.get(concept)?.[lang] ?? concept;

  /** Ranks the catalogue for a profile; a bad place or an empty need is an error result. */
  run(profile: MatchProfile): Result<MatchResult> {
    if (!profile.need.trim())
      return {
        ok: false,
        error: 'Describe what the company needs, for example "lasrobot" or "predictive maintenance".',
      };
    let origin: MatchResult['query']['origin'] = null;
    let place: MatchResult['query']['place'] = null;
    if (profile.lat !== undefined && profile.lon !== undefined) {
      // A point set on the map takes the province of the nearest place, if one is close.
      const nearest = this.places.nearest(profile.lat, profile.lon);
      const close = nearest && nearest.km <= 15 ? nearest.place : null;
      origin = { lat: profile.lat, lon: profile.lon, province: close?.province ?? null, near: close?.name ?? null };
    } else if (profile.place !== undefined && profile.place.trim() !== '') {
      const resolved = this.places.resolve(profile.place);
      if (!resolved.ok) return { ok: false, error: resolved.error.message };
      place = resolved.place;
      origin = { lat: place.lat, lon: place.lon, province: place.province, near: place.name };
    }

    const excluded = new Set(profile.excludeConcepts ?? []);
    const need = this.concepts.match(profile.need, ['theme', 'offer', 'sector']);
    const needs = need.hits.filter((h) => !h.concept.startsWith('sector:') && !excluded.has(h.concept));
    const sectorHits: ConceptHit[] = (
      profile.sector?.trim()
        ? this.concepts.match(profile.sector, ['sector']).hits
        : need.hits.filter((h) => h.concept.startsWith('sector:'))
    ).filter((h) => !excluded.has(h.concept));
    const related = new Map<ConceptId, ConceptId>();
    for (const h of needs)
      for (const r of this.related.get(h.concept) ?? [])
        if (!needs.some((n) => n.concept === r) && !related.has(r)) related.set(r, h.concept);

    const candidates = this.fetchCandidates(
      needs.map((h) => h.concept),
      [...related.keys()],
      need.unmatched,
      origin,
    );
    const { matches, flagged, beyondMaxKm } = rankCandidates(candidates, {
      needs,
      related,
      sector: sectorHits.map((h) => h.concept),
      origin,
      maxKm: profile.maxKm,
      kinds: profile.kinds,
      wantsGermany: GERMANY_WORDS.test(profile.need.toLowerCase()),
      size: profile.size,
      limit: profile.limit ?? DEFAULT_LIMIT,
    });
    return {
      ok: true,
      value: {
        query: { place, origin, sector: sectorHits, concepts: needs, unmatchedWords: need.unmatched },
        matches,
        flagged: profile.showEnded === false ? [] : flagged,
        beyondMaxKm,
        regionalHub: origin?.province ? this.regionalHub(origin.province) : null,
      },
    };
  }

  /** The EDIH that serves a province. */
  private regionalHub(province: string): MatchResult['regionalHub'] {
    const row = this.provinceEdih.get(`%"${province}"%`) as { id: string; name: string } | undefined;
    return row ? { ...row, province } : null;
  }

  /**
   * Candidates through the indexes, never a scan of every record: records carrying a need's concept
   * (the nearest CONCEPT_CANDIDATES when there are more), records carrying a related concept only
   * when direct ones are scarce, records whose text holds the leftover words (FTS5), and the hubs
   * that serve the company's province.
   */
  private fetchCandidates(
    needs: ConceptId[],
    related: ConceptId[],
    words: string[],
    origin: MatchResult['query']['origin'],
  ): Candidate[] {
    const byId = new Map<string, Candidate>();
    // Squared distance on a locally flat map; only its order matters.
    const near = origin
      ? `, (lat - ${origin.lat}) * (lat - ${origin.lat}) + (lon - ${origin.lon}) * (lon - ${origin.lon}) * ${Math.cos((origin.lat * Math.PI) / 180) ** 2}`
      : '';
    const byConcepts = (concepts: ConceptId[]) => {
      if (!concepts.length) return 0;
      const marks = concepts.map(() => '?').join(',');
      // Records that cover the most of the needs first, the nearest of those first.
      const rows = this.db
        .prepare(
          `SELECT ${COLUMNS} FROM (SELECT rid, count(*) AS covered FROM record_concepts WHERE concept IN (${marks}) GROUP BY rid) JOIN records USING (rid) ORDER BY covered DESC${near} LIMIT ${CONCEPT_CANDIDATES}`,
        )
        .all(...concepts) as RecordRow[];
      for (const r of rows) if (!byId.has(r.id)) byId.set(r.id, toCandidate(r));
      return rows.length;
    };
    if (byConcepts(needs) < RELATED_WHEN_FEWER) byConcepts(related);
    if (words.length) {
      const hits = this.textHits.all(ftsPrefixQuery(words)) as (RecordRow & { rank: number })[];
      const best = hits.length ? -hits[0].rank : 1;
      for (const h of hits) {
        const score = Math.max(0, Math.min(1, -h.rank / best));
        const existing = byId.get(h.id);
        if (existing) Object.assign(existing, { textScore: score, textWords: words });
        else byId.set(h.id, toCandidate(h, score, words));
      }
    }
    if (origin?.province) {
      for (const r of this.provinceHubs.all(`%"${origin.province}"%`) as RecordRow[]) {
        if (!byId.has(r.id)) byId.set(r.id, toCandidate(r));
      }
    }
    return [...byId.values()];
  }
}
