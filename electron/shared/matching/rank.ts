/**
 * Scores candidate records against a profile. Pure: the node-side matcher fetches candidates
 * through SQLite indexes and hands them here, so the scoring is the same everywhere.
 */
import type { RecordSummary } from '../catalogue/record-summary';
import { hasVisitablePoint, type Confidence, type RecordKind } from '../catalogue/record';
import type { ConceptId } from '../catalogue/vocabulary';
import type { ConceptHit } from './concept-matcher';
import { distanceKm } from '../geo/distance';
import type { Match, Reason } from './types';

/** What the ranker needs of a record: its summary, its concepts and how well its text matched. */
export type Candidate = Omit<RecordSummary, 'subtype' | 'shortName'> & {
  concepts: ConceptId[];
  coverage: string[];
  /** Full-text relevance of the words that matched no concept, 0..1. */
  textScore: number;
  textWords: string[];
};

export type RankOptions = {
  needs: ConceptHit[];
  /** Concepts near a need (the vocabulary's "related"), with the need they came from. */
  related: Map<ConceptId, ConceptId>;
  sector: ConceptId[];
  origin: { lat: number; lon: number; province: string | null } | null;
  maxKm?: number;
  kinds?: readonly RecordKind[];
  wantsGermany: boolean;
  size?: 'micro' | 'small' | 'medium';
  limit: number;
};

/** Help an SME can use right away; what a fieldlab offers beyond that counts less. */
const SME_OFFERS: ConceptId[] = ['offer:demo', 'offer:training', 'offer:testing', 'offer:joint_project'];
const TRUST: Record<Confidence, number> = { high: 1, medium: 0.92, low: 0.8 };
/** Distance at which a match keeps half its distance bonus. */
const HALF_KM = 45;
/** German centres count as nearby up to this distance; further only when Germany is asked for. */
const CROSSBORDER_KM = 110;
const RELATED_WEIGHT = 0.3;

/** Scores and orders the candidates: open options in `matches`, ended or merged ones in `flagged`. */
export function rankCandidates(
  candidates: readonly Candidate[],
  o: RankOptions,
): { matches: Match[]; flagged: Match[]; beyondMaxKm: number } {
  const relatedOf = new Map<ConceptId, ConceptId[]>();
  for (const [rel, from] of o.related) relatedOf.set(from, [...(relatedOf.get(from) ?? []), rel]);
  const scored: Match[] = [];
  let beyondMaxKm = 0;
  for (const c of candidates) {
    const m = scoreCandidate(c, o, relatedOf);
    if (m === BEYOND) beyondMaxKm++;
    else if (m) scored.push(m);
  }
  scored.sort((a, b) => b.score - a.score || (a.distanceKm ?? 1e9) - (b.distanceKm ?? 1e9) || a.id.localeCompare(b.id));
  const open = scored.filter((m) => m.status !== 'ended' && m.status !== 'merged');
  const closed = scored.filter((m) => m.status === 'ended' || m.status === 'merged');
  return { matches: open.slice(0, o.limit), flagged: closed.slice(0, 3), beyondMaxKm };
}

/** Marks a fitting record that only its distance keeps out. */
const BEYOND = 'beyond' as const;

function scoreCandidate(
  c: Candidate,
  o: RankOptions,
  relatedOf: Map<ConceptId, ConceptId[]>,
): Match | null | typeof BEYOND {
  if (o.kinds && !o.kinds.includes(c.kind)) return null;
  const reasons: Reason[] = [];
  const has = new Set(c.concepts);

  // Relevance: each need the record covers counts fully; a related theme counts a little.
  let covered = 0;
  for (const hit of o.needs) {
    if (has.has(hit.concept)) {
      covered += 1;
      reasons.push({ type: 'concept', concept: hit.concept, hit, via: null });
      continue;
    }
    const near = relatedOf.get(hit.concept)?.find((rel) => has.has(rel));
    if (near) {
      covered += RELATED_WEIGHT;
      reasons.push({ type: 'concept', concept: near, hit, via: hit.concept });
    }
  }
  const conceptRelevance = o.needs.length ? covered / o.needs.length : 0;
  const relevance = Math.min(1, conceptRelevance + 0.35 * c.textScore);
  if (c.textScore > 0 && c.textWords.length) reasons.push({ type: 'text', words: c.textWords });

  // The regional front door: a hub that serves the company's province.
  const servesProvince = c.kind === 'hub' && !!o.origin?.province && c.coverage.includes(o.origin.province);
  if (servesProvince) reasons.push({ type: 'region', province: o.origin!.province! });
  // A hub is a regional front door: one for another province is no option for this company.
  if (c.kind === 'hub' && o.origin?.province && !servesProvince) return null;
  if (relevance === 0 && !servesProvince) return null;

  const sectorHit = o.sector.find((s) => has.has(s));
  const sector = sectorHit ? 1 : o.sector.length && has.has('sector:manufacturing_general') ? 0.5 : 0;
  if (sectorHit) reasons.push({ type: 'sector', concept: sectorHit });

  const offers = SME_OFFERS.filter((x) => has.has(x));
  // Micro and small firms gain most from seeing and learning first: demos and training weigh more.
  const firstSteps =
    o.size === 'micro' || o.size === 'small'
      ? 0.5 * offers.filter((x) => x === 'offer:demo' || x === 'offer:training').length
      : 0;
  const offerScore = Math.min(1, (offers.length + firstSteps) / SME_OFFERS.length);
  if (offers.length) reasons.push({ type: 'offers', offers });

  // Distance: a nearby good match beats a distant one; a far one stays when it is the only fit.
  let km: number | null = null;
  let distance = 0.35;
  if (o.origin && hasVisitablePoint(c)) {
    km = Math.round(distanceKm(o.origin.lat, o.origin.lon, c.lat!, c.lon!) * 10) / 10;
    if (o.maxKm !== undefined && km > o.maxKm) return c.status === 'ended' || c.status === 'merged' ? null : BEYOND;
    distance = 1 / (1 + (km / HALF_KM) ** 2);
    // A regional placeholder point says little about where to go: count it as half known.
    if (c.precision === 'region') distance = (distance + 0.35) / 2;
    reasons.push({ type: 'distance', km, city: c.city, region: c.region, precision: c.precision });
  } else if (servesProvince) {
    distance = 0.8;
  } else {
    reasons.push({ type: 'distance_unknown', precision: c.precision });
  }

  if (c.kind === 'crossborder') {
    const near = km !== null && km <= CROSSBORDER_KM;
    if (!near && !o.wantsGermany) return null;
    reasons.push({ type: 'crossborder', km });
  }

  const unconfirmed = c.fieldlabStatus === 'unverified';
  const trust =
    TRUST[c.confidence] *
    (unconfirmed ? 0.85 : 1) *
    (c.verificationNeeded ? 0.95 : 1) *
    (c.status === 'unknown' ? 0.95 : 1);
  reasons.push({
    type: 'trust',
    confidence: c.confidence,
    verificationNeeded: c.verificationNeeded,
    unconfirmed,
    status: c.status,
  });

  const content = Math.max(0.8 * relevance + 0.1 * sector + 0.1 * offerScore, servesProvince ? 0.3 : 0);
  const score = content * (0.4 + 0.6 * distance) * trust;
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
    confidence: c.confidence,
    score: Math.round(score * 1000) / 1000,
    parts: {
      relevance: round2(relevance),
      sector,
      offers: round2(offerScore),
      distance: round2(distance),
      trust: round2(trust),
    },
    distanceKm: km,
    reasons,
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
