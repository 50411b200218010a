/**
 * The matching engine over an opened catalogue: reads the profile (place, sector, the need in
 * everyday words), fetches candidates through SQLite indexes (concept index, FTS5, the province's
 * front door) instead of scanning every record, and ranks them with the shared, pure scoring code.
 * When nothing answers the question itself it says so, and offers the region's front door and the
 * nearest institutions with broad expertise instead of accidental hits.
 * Plain Node: the API, the command line and the benchmark use it.
 */
import type { ApiError, Result } from '../../shared/api';
import { apiError, echo } from '../../shared/api/errors';
import { labelOf, type ConceptId, type LabelOf, type Vocabulary } from '../../shared/catalogue/vocabulary';
import { distanceKm } from '../../shared/geo/distance';
import { PlaceResolver, type PlaceError } from '../../shared/geo/place-resolver';
import { isSought } from '../../shared/text/dutch-sentences';
import { tokenise } from '../../shared/text/normalise';
import { ConceptMatcher, type ConceptHit } from '../../shared/matching/concept-matcher';
import { rankCandidates, type Candidate, type CandidatePart, type SitePoint } from '../../shared/matching/rank';
import type { Match, MatchProfile, MatchResult, Reason } from '../../shared/matching/types';
import { ConceptGraph, unitsOf, type Unit } from '../../shared/matching/units';
import type { CandidateRow, CatalogueDb } from '../catalogue/catalogue-db';
import { toSummary } from '../catalogue/catalogue-schema';

const DEFAULT_LIMIT = 10;
/** One word naming the kind of company itself: "staalbedrijf", "voedingsbedrijven", "meubelfabriek". */
const OWN_COMPANY_WORD = /^[a-z\u00e0-\u00ff-]{3,}(bedrijf|bedrijven|fabriek|fabrikant|producent)$/;
const MAX_TEXT_CANDIDATES = 200;
/** A place written as several ("Arnhem / Nijmegen", "Wageningen (Dairy Campus in Leeuwarden)"). */
const SEVERAL_PLACES = /\/|\(/;
/** How near a record's point a town must be to name it. */
const POINT_TOWN_KM = 5;
/** At most this many records per concept query: those covering most needs, nearest first. */
const CONCEPT_CANDIDATES = 250;
/** Records that only share a related theme are fetched when fewer direct matches exist. */
const RELATED_WHEN_FEWER = 200;
/** BM25 at which full-text relevance reaches 63 %: one specific word in a record's own subjects, about. */
const BM25_SCALE = 6;
/** At most this many records of a kind of partner named in the question, nearest first. */
const PARTNER_TYPE_CANDIDATES = 100;
/** Institutions offered when nothing specific fits. */
const BROAD_INSTITUTIONS = 3;
const BROAD_SUBTYPES = /university|hogeschool|applied/i;

const toCandidate = (r: CandidateRow): Candidate => {
  const { shortName: _shortName, ...summary } = toSummary(r);
  return {
    ...summary,
    otherSites: JSON.parse(r.sites) as SitePoint[],
    parts: JSON.parse(r.parts) as CandidatePart[],
    concepts: r.concepts ? (r.concepts.split(' ') as ConceptId[]) : [],
    coverage: r.coverage ? r.coverage.split('|') : [],
    textScore: 0,
    textWords: [],
    frontDoor: r.subtype === 'edih',
  };
};

/** A place the resolver could not read, as an API error the screen can put in words. */
function placeError(error: PlaceError, typed: string): { ok: false; error: ApiError } {
  const code =
    error.code === 'empty' ? 'place_empty' : error.code === 'postcode_unknown' ? 'postcode_unknown' : 'place_unknown';
  return apiError(code, error.message, { typed: echo(typed), suggestions: error.suggestions });
}

/** Full-text relevance on an absolute scale: BM25 0 → 0, about BM25_SCALE → 0.63, saturating at 1. */
export function textRelevance(bm25: number): number {
  return 1 - Math.exp(-Math.max(0, -bm25) / BM25_SCALE);
}

/** Matches SME profiles against one catalogue; create once, reuse for every query. */
export class Matcher {
  readonly vocabulary: Vocabulary;
  readonly concepts: ConceptMatcher;
  readonly places: PlaceResolver;
  readonly graph: ConceptGraph;
  /** A concept's label in a language. */
  readonly label: LabelOf;

  /** `places` may be shared with the geo handlers; by default it is built from the catalogue's gazetteer. */
  constructor(
    private readonly catalogue: CatalogueDb,
    places?: PlaceResolver,
  ) {
    this.vocabulary = catalogue.vocabulary();
    this.label = labelOf(this.vocabulary);
    this.graph = new ConceptGraph(this.vocabulary);
    this.places = places ?? PlaceResolver.fromGazetteer(catalogue.gazetteer());
    this.concepts = new ConceptMatcher(this.vocabulary, {
      lexicon: catalogue.lexicon(),
      names: properNames(catalogue),
    });
  }

  /** Ranks the catalogue for a profile; a bad place or an empty need is an error result. */
  run(profile: MatchProfile): Result<MatchResult> {
    if (!profile.need.trim()) {
      return apiError(
        'need_empty',
        'Describe what the company needs, for example "lasrobot" or "predictive maintenance".',
      );
    }
    let origin: MatchResult['query']['origin'] = null;
    let place: MatchResult['query']['place'] = null;
    if (profile.lat !== undefined && profile.lon !== undefined) {
      // A point set on the map takes the province of the nearest place, if one is close.
      const nearest = this.places.nearest(profile.lat, profile.lon);
      const close = nearest && nearest.km <= 15 ? nearest.place : null;
      origin = { lat: profile.lat, lon: profile.lon, province: close?.province ?? null, near: close?.name ?? null };
    } else if (profile.place !== undefined && profile.place.trim() !== '') {
      const resolved = this.places.resolve(profile.place);
      if (!resolved.ok) return placeError(resolved.error, profile.place);
      place = resolved.place;
      origin = { lat: place.lat, lon: place.lon, province: place.province, near: place.name };
    }

    const excluded = new Set(profile.excludeConcepts ?? []);
    const read = this.concepts.match(profile.need, ['theme', 'offer', 'need', 'sector']);
    const hits = read.hits.filter((h) => !excluded.has(h.concept));
    const needs = hits.filter((h) => !h.concept.startsWith('sector:'));
    const sectorHits: ConceptHit[] = (
      profile.sector?.trim()
        ? this.concepts.match(profile.sector, ['sector']).hits
        : hits.filter((h) => h.concept.startsWith('sector:'))
    ).filter((h) => !excluded.has(h.concept));
    const wantsGermany = needs.some((h) => h.concept === 'need:germany');
    // What the company makes says what it works on: themes in the sector field ("scheepsschroeven",
    // "thermoplastic composite parts") are part of the question too, with less weight than what the owner
    // asks for, unless the same words were read as the sector.
    const sectorFieldThemes = profile.sector?.trim()
      ? this.concepts.match(profile.sector, ['theme']).hits.filter((h) => !excluded.has(h.concept))
      : [];
    const sectorThemes = sectorFieldThemes.filter(
      (h) =>
        !needs.some((n) => n.concept === h.concept) &&
        // "metaal" is the sector itself, no wish for metallurgy; "composiet onderdelen" names a material.
        !sectorHits.some((s) => s.words === h.words),
    );
    // "als klein staalbedrijf", "voor een mechatronicabedrijf": the words say what the company is, not what
    // it asks for, so their themes count as what it makes.
    const ownWords = needs.filter((h) => h.concept.startsWith('theme:') && OWN_COMPANY_WORD.test(h.words));
    const asked = needs.filter((h) => !ownWords.includes(h));
    // "een hogeschool", "a research institute": the kind of partner asked for is part of the question;
    // "onze eigen onderzoekers", "geen hogeschool", "een universiteit als klant" name one in passing.
    const passing = asked.filter(
      (h) => this.graph.entry(h.concept)?.partnerTypes && !isSought(read.tokens, read.clause, h.words),
    );
    const sought = asked.filter((h) => !passing.includes(h));
    const partnerTypes = [...new Set(sought.flatMap((h) => this.graph.entry(h.concept)?.partnerTypes ?? []))];
    const units = unitsOf(sought, this.graph, [
      ...sectorThemes,
      ...ownWords.filter((h) => !sectorThemes.some((s) => s.concept === h.concept)),
    ]);

    const candidates = this.fetchCandidates(
      units,
      this.catalogue.discriminatingWords(read.unmatched),
      origin,
      wantsGermany,
      partnerTypes,
    );
    const ranked = rankCandidates(candidates, {
      units,
      sector: {
        direct: sectorHits.map((h) => h.concept),
        broader: sectorHits.flatMap((h) => this.graph.broaderOf(h.concept)),
        themes: sectorFieldThemes.map((h) => h.concept),
      },
      origin,
      maxKm: profile.maxKm,
      kinds: profile.kinds,
      wantsGermany,
      partnerTypes,
      searchedText: read.unmatched.length > 0,
      size: profile.size,
      limit: profile.limit ?? DEFAULT_LIMIT,
    });
    const nothingSpecific = ranked.directFits === 0 && !(wantsGermany && ranked.matches.some(isGerman));
    const matches = (nothingSpecific ? this.frontDoorAndBroad(ranked.matches, origin, profile) : ranked.matches).map(
      (m) => this.withPointTown(m),
    );
    return {
      ok: true,
      value: {
        query: {
          place,
          origin,
          sector: sectorHits,
          concepts: needs.filter((h) => !passing.includes(h)),
          unmatchedWords: read.unmatched,
          wantsGermany,
        },
        matches,
        nothingSpecific,
        flagged: profile.showEnded === false ? [] : ranked.flagged,
        beyondMaxKm: ranked.beyondMaxKm,
        regionalHub: origin?.province ? this.regionalHub(origin.province) : null,
      },
    };
  }

  private readonly pointTowns = new Map<string, { town: string; region: string | null } | null>();

  /**
   * A distance measured to a record's main point names the town at that point: a record whose place
   * is written as several ("Delft / Den Haag / Eindhoven (multiple sites)", "Breda / 's-Hertogenbosch")
   * stands at one of them, and the distance is to that one.
   */
  private withPointTown(m: Match): Match {
    const i = m.reasons.findIndex((r) => r.type === 'distance' && !r.site && !r.subject);
    const r = m.reasons[i];
    if (!r || r.type !== 'distance' || !r.city || !SEVERAL_PLACES.test(r.city) || m.lat === null || m.lon === null)
      return m;
    let named = this.pointTowns.get(m.id);
    if (named === undefined) {
      named = this.townAt(m.lat, m.lon);
      this.pointTowns.set(m.id, named);
    }
    if (!named) return m;
    const reasons = [...m.reasons];
    reasons[i] = { ...r, city: named.town, region: named.region };
    return { ...m, reasons };
  }

  /** The largest town within a few km of a point, in the Netherlands or across the border. */
  private townAt(lat: number, lon: number): { town: string; region: string | null } | null {
    const near = (a: number, b: number, km: number) => distanceKm(lat, lon, a, b) <= km;
    const dutch = this.catalogue
      .gazetteer()
      .places.filter((p) => p.kind === 'place' && near(p.lat, p.lon, POINT_TOWN_KM))
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
    if (dutch) return { town: dutch.name, region: dutch.province };
    const abroad = this.catalogue
      .townsAbroad()
      .features.filter((f) => near(f.geometry.coordinates[1], f.geometry.coordinates[0], POINT_TOWN_KM))
      .sort((a, b) => b.properties.population - a.properties.population)[0];
    return abroad ? { town: abroad.properties.name, region: null } : null;
  }

  /** The EDIH that serves a province. */
  private regionalHub(province: string): MatchResult['regionalHub'] {
    const edih = this.catalogue.edihFor(province);
    return edih ? { ...edih, province } : null;
  }

  /**
   * When nothing answers the question itself: the front door of the region (already among the ranked
   * results when the province is known) and the nearest institutions with broad expertise.
   */
  private frontDoorAndBroad(ranked: Match[], origin: MatchResult['query']['origin'], profile: MatchProfile): Match[] {
    const frontDoor = ranked.filter((m) => m.reasons.some((r) => r.type === 'region'));
    if (!origin || (profile.kinds && !profile.kinds.includes('institution'))) return frontDoor;
    const broad = this.catalogue
      .nearestInstitutions(origin, 12)
      .filter((r) => BROAD_SUBTYPES.test(r.subtype) && r.status !== 'ended' && r.status !== 'merged')
      .slice(0, BROAD_INSTITUTIONS)
      .map(toCandidate);
    const within = broad
      .map((c) => broadMatch(c, origin))
      .filter((m) => profile.maxKm === undefined || (m.distanceKm ?? 0) <= profile.maxKm);
    return [...frontDoor, ...within];
  }

  /**
   * Candidates through the indexes, never a scan of every record: records carrying a concept that
   * answers a unit (the nearest CONCEPT_CANDIDATES when there are more), records carrying a related
   * concept only when direct ones are scarce, records whose text holds the leftover words (FTS5),
   * German records for a German request, and the hubs that serve the company's province.
   */
  private fetchCandidates(
    units: readonly Unit[],
    words: string[],
    origin: MatchResult['query']['origin'],
    wantsGermany: boolean,
    partnerTypes: readonly string[],
  ): Candidate[] {
    const byId = new Map<string, Candidate>();
    const add = (rows: CandidateRow[]) => {
      for (const r of rows) if (!byId.has(r.id)) byId.set(r.id, toCandidate(r));
      return rows.length;
    };
    const answers = [...new Set(units.flatMap((u) => [...u.answers.keys()]))];
    const related = [...new Set(units.flatMap((u) => [...u.related]))];
    if (add(this.catalogue.candidatesByConcepts(answers, origin, CONCEPT_CANDIDATES)) < RELATED_WHEN_FEWER) {
      add(this.catalogue.candidatesByConcepts(related, origin, CONCEPT_CANDIDATES));
    }
    const hits = this.catalogue.textCandidates(words, MAX_TEXT_CANDIDATES);
    for (const h of hits) if (!byId.has(h.id)) byId.set(h.id, toCandidate(h));
    const contains = this.catalogue.wordsIn(
      words,
      hits.map((h) => h.id),
    );
    for (const h of hits) {
      const found = contains.get(h.id) ?? [];
      if (found.length) Object.assign(byId.get(h.id)!, { textScore: textRelevance(h.rank), textWords: found });
    }
    if (wantsGermany) add(this.catalogue.germanRecords());
    if (partnerTypes.length) add(this.catalogue.recordsOfSubtypes(partnerTypes, origin, PARTNER_TYPE_CANDIDATES));
    if (origin?.province) add(this.catalogue.hubsServing(origin.province));
    return [...byId.values()];
  }
}

const isGerman = (m: Match) => m.reasons.some((r) => r.type === 'crossborder');

/**
 * The words of the catalogue's record names and of the gazetteer's places that are no real word of the
 * word list: "brainport", "stenden", "chemelot", "leerpark", "dordrecht". A company may name them ("we
 * zitten op de Brainport Industries Campus"); they are names, not compounds to split or typos to guess.
 */
function properNames(catalogue: CatalogueDb): Set<string> {
  const lexicon = catalogue.lexicon();
  const records = catalogue.list();
  // The records' own texts write the campuses and partners they name with a capital: "Brainport", "Leerpark".
  const descriptions = records.flatMap((r) => {
    const d = catalogue.get(r.id)?.description;
    return d ? [d.nl, d.en] : [];
  });
  const names = [
    ...records.flatMap((r) => [r.name, r.shortName ?? '']),
    ...catalogue.gazetteer().places.map((p) => p.name),
    ...descriptions.flatMap((d) => d.match(CAPITALISED) ?? []),
  ];
  return new Set(names.flatMap((n) => tokenise(n)).filter((w) => w.length >= 4 && !lexicon.isWord(w)));
}

/** A word written with a capital after another word: a name, in a Dutch or English sentence. */
const CAPITALISED = /(?<=\p{Ll}[,;]? )\p{Lu}\p{Ll}+/gu;

/** A broad institution offered when nothing specific fits: why, where, how sure. */
function broadMatch(c: Candidate, origin: { lat: number; lon: number }): Match {
  const km =
    c.lat !== null && c.lon !== null ? Math.round(distanceKm(origin.lat, origin.lon, c.lat, c.lon) * 10) / 10 : null;
  const reasons: Reason[] = [
    { type: 'broad' },
    km === null
      ? { type: 'distance_unknown', precision: c.precision }
      : { type: 'distance', km, city: c.city, region: c.region, precision: c.precision, site: null, subject: null },
    {
      type: 'trust',
      confidence: c.confidence,
      verificationNeeded: c.verificationNeeded,
      unconfirmed: false,
      status: c.status,
    },
  ];
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    city: c.city,
    region: c.region,
    lat: c.lat,
    lon: c.lon,
    precision: c.precision,
    status: c.status,
    statusAsOf: c.statusAsOf,
    confidence: c.confidence,
    verificationNeeded: c.verificationNeeded,
    fieldlabStatus: c.fieldlabStatus,
    score: 0,
    parts: { relevance: 0, sector: 0, offers: 0, distance: 0, trust: 0 },
    distanceKm: km,
    reasons,
  };
}
