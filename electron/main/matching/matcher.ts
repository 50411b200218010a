/**
 * The matching engine over an opened catalogue: reads the profile, fetches candidates through
 * SQLite indexes (concept index and FTS5) instead of scanning every record, and ranks them with
 * the shared, pure scoring code. Plain Node: the API, the command line and the benchmark use it.
 */
import type { Result } from '../../shared/api';
import type { ConceptId, Vocabulary, VocabularyEntry } from '../../shared/catalogue/vocabulary';
import { VOCABULARY_LISTS } from '../../shared/catalogue/vocabulary';
import { PlaceResolver } from '../../shared/geo/place-resolver';
import type { LabelOf } from '../../shared/i18n/explain';
import { ConceptMatcher, type ConceptHit } from '../../shared/matching/concept-matcher';
import { rankCandidates, type Candidate } from '../../shared/matching/rank';
import type { MatchProfile, MatchResult } from '../../shared/matching/types';
import type { CandidateRow, CatalogueDb } from '../catalogue/catalogue-db';

const GERMANY_WORDS =
  /\b(duitsland|duitse|duits|germany|german|grens|grensoverschrijdend|cross border|crossborder|nrw|niedersachsen)\b/;
const DEFAULT_LIMIT = 10;
const MAX_TEXT_CANDIDATES = 200;
/** At most this many records per concept query: those covering most needs, nearest first. */
const CONCEPT_CANDIDATES = 600;
/** Records that only share a related theme are fetched when fewer direct matches exist. */
const RELATED_WHEN_FEWER = 200;

const toCandidate = (r: CandidateRow, textScore = 0, textWords: string[] = []): Candidate => ({
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
  coverage: r.coverage ? r.coverage.split('|') : [],
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

  /** `places` may be shared with the geo handlers; by default it is built from the catalogue's gazetteer. */
  constructor(
    private readonly catalogue: CatalogueDb,
    places?: PlaceResolver,
  ) {
    this.vocabulary = catalogue.vocabulary();
    for (const list of VOCABULARY_LISTS) {
      for (const entry of this.vocabulary[list]) {
        const concept = `${list}:${entry.code}` as ConceptId;
        this.labels.set(concept, entry);
        this.related.set(
          concept,
          (entry.related ?? []).map((c) => `${list}:${c}` as ConceptId),
        );
      }
    }
    this.concepts = new ConceptMatcher(this.vocabulary);
    this.places = places ?? PlaceResolver.fromGazetteer(catalogue.gazetteer());
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
    const edih = this.catalogue.edihFor(province);
    return edih ? { ...edih, province } : null;
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
    const add = (rows: CandidateRow[]) => {
      for (const r of rows) if (!byId.has(r.id)) byId.set(r.id, toCandidate(r));
      return rows.length;
    };
    if (add(this.catalogue.candidatesByConcepts(needs, origin, CONCEPT_CANDIDATES)) < RELATED_WHEN_FEWER) {
      add(this.catalogue.candidatesByConcepts(related, origin, CONCEPT_CANDIDATES));
    }
    const hits = this.catalogue.textCandidates(words, MAX_TEXT_CANDIDATES);
    const best = hits.length ? -hits[0].rank : 1;
    for (const h of hits) {
      const score = Math.max(0, Math.min(1, -h.rank / best));
      const existing = byId.get(h.id);
      if (existing) Object.assign(existing, { textScore: score, textWords: words });
      else byId.set(h.id, toCandidate(h, score, words));
    }
    if (origin?.province) add(this.catalogue.hubsServing(origin.province));
    return [...byId.values()];
  }
}
