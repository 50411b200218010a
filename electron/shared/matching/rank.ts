/**
 * Scores candidate records against a question. Pure: the node-side matcher fetches candidates through
 * SQLite indexes and hands them here, so the scoring is the same everywhere.
 *
 * - Relevance: the share of the question's units (themes, needs, kinds of help) a record answers,
 *   by its own concepts or those of one of its centres (that centre is named), plus full-text
 *   relevance on an absolute scale for the words no concept covered.
 * - A record is listed only with enough evidence: relevance of at least MIN_RELEVANCE.
 * - Order: German records first when Germany was asked for; then records that answer a unit directly;
 *   related-only fits after them, never before. Within that: content x distance x trust, where a
 *   nearby good fit clearly beats a distant equal one.
 */
import type { RecordSummary } from '../catalogue/record-summary';
import { hasVisitablePoint, isClosed, type Confidence, type RecordKind } from '../catalogue/record';
import type { ConceptId } from '../catalogue/vocabulary';
import { distanceKm } from '../geo/distance';
import type { Match, Reason } from './types';
import { answerOf, BROADER_WEIGHT, type Unit } from './units';

/** A subject of a specialised site, with the concepts it names. */
export type SiteSubject = { nl: string; en: string; concepts: ConceptId[] };

/**
 * Another site of a record with a point. A general site is where the record is for any question; a
 * specialised one only for a question its subjects meet.
 */
export type SitePoint = {
  lat: number;
  lon: number;
  city: string;
  label: string | null;
  general: boolean;
  subjects: SiteSubject[];
  /** Concepts the record has only from this site's subjects: for those, this site is where it works. */
  carries: ConceptId[];
};

/** A centre of an institution, as ranking needs it. */
export type CandidatePart = {
  id: string;
  name: string;
  kind: string;
  town: string | null;
  lat: number | null;
  lon: number | null;
  concepts: ConceptId[];
};

/** What the ranker needs of a record: its summary, sites, centres, concepts and how well its text matched. */
export type Candidate = Omit<RecordSummary, 'shortName'> & {
  otherSites: SitePoint[];
  parts: CandidatePart[];
  concepts: ConceptId[];
  coverage: string[];
  /** Full-text relevance of the words no concept covered, 0..1 on an absolute scale. */
  textScore: number;
  /** Those words that this record's text really contains. */
  textWords: string[];
  /** An EDIH: the regional front door for the provinces it covers. */
  frontDoor: boolean;
};

export type RankOptions = {
  units: Unit[];
  /**
   * The company's sectors and the ones broader than them (SBI division → manufacturing), and the
   * themes its sector field names ("tuinbouw" → horticulture): a site working on those is near it.
   */
  sector: { direct: ConceptId[]; broader: ConceptId[]; themes?: ConceptId[] };
  origin: { lat: number; lon: number; province: string | null } | null;
  maxKm?: number;
  kinds?: readonly RecordKind[];
  wantsGermany: boolean;
  /** The record subtypes of a kind of partner the owner asked for ("een hogeschool"), if any. */
  partnerTypes?: readonly string[];
  /** Whether anything beyond the units was searched in the text. */
  searchedText: boolean;
  size?: 'micro' | 'small' | 'medium';
  limit: number;
};

/** Below this relevance a record is not listed: too little evidence that it fits. */
export const MIN_RELEVANCE = 0.25;
/**
 * Beside recognised concepts, full-text relevance fills this share of what they leave open: the words
 * no concept covers are often the most specific ones ("piepschuim", "afsluiters", "productielijn"), and
 * BM25 on an absolute scale with common words dropped keeps accidental overlaps small.
 */
const TEXT_BESIDE_CONCEPTS = 0.5;
/** The kind of partner asked for ("een hogeschool") weighs this much beside the question's units. */
const PARTNER_TYPE_WEIGHT = 1;
/** Full-text relevance that counts as a direct fit when no concept was recognised. */
const TEXT_DIRECT = 0.45;
/** Help an SME can use right away; what a fieldlab offers beyond that counts less. */
const SME_OFFERS: ConceptId[] = ['offer:demo', 'offer:training', 'offer:testing', 'offer:joint_project'];
/**
 * How sure the catalogue is of a record's details tells near-equal fits apart; it says nothing about
 * whether the record fits, so it weighs lightly (a low-confidence, unconfirmed record still counts 0.83).
 */
const TRUST: Record<Confidence, number> = { high: 1, medium: 0.965, low: 0.905 };
/** Distance at which the distance factor is halfway between its floor and 1. */
const HALF_KM = 40;
/** Far away still counts for this much: a distant record that is the only fit stays on the list. */
const DISTANCE_FLOOR = 0.3;
/** A record whose distance is unknown counts as moderately near. */
const UNKNOWN_DISTANCE = 0.55;
/** A standard, network or online service has no place to go to: distance does not matter. */
const NO_SITE_DISTANCE = 0.85;
/** German centres count as nearby up to this distance; further only when Germany is asked for. */
const CROSSBORDER_KM = 110;
/** An institution's relevance pieced together from several groups' subjects. */
const SCATTERED = 0.8;
/**
 * A place where a company can see and try the technology is the most concrete next step; a knowledge
 * institution is the partner behind it.
 */
const KIND_PRIOR: Record<RecordKind, number> = { fieldlab: 1, testsite: 1, crossborder: 1, institution: 0.85, hub: 1 };
/** The regional front door comes right after this many direct fits, unless the owner asks where to start. */
const FRONT_DOOR_RANK = 3;

/** How a record scored; `tier` orders before `score` does. */
export type Scored = Match & { tier: number; direct: boolean; frontDoor: boolean };

/** Scores and orders the candidates: open options in `matches`, ended or merged ones in `flagged`. */
export function rankCandidates(
  candidates: readonly Candidate[],
  o: RankOptions,
): { matches: Match[]; flagged: Match[]; beyondMaxKm: number; directFits: number } {
  const scored: Scored[] = [];
  let beyondMaxKm = 0;
  const companyThemes = new Set(o.sector.themes ?? []);
  for (const c of candidates) {
    const m = scoreCandidate(c, o, companyThemes);
    if (m === BEYOND) beyondMaxKm++;
    else if (m) scored.push(m);
  }
  scored.sort(
    (a, b) =>
      a.tier - b.tier || b.score - a.score || (a.distanceKm ?? 1e9) - (b.distanceKm ?? 1e9) || a.id.localeCompare(b.id),
  );
  const open = scored.filter((m) => !isClosed(m.status));
  const closed = scored.filter((m) => isClosed(m.status));
  const frontDoor = open.filter((m) => m.frontDoor);
  const rest = open.filter((m) => !m.frontDoor);
  const directFits = rest.filter((m) => m.direct).length;
  // The front door has one fixed place: after the first few direct fits (first when there are none, or
  // when the owner asks where to start).
  const at = asksWhereToStart(o) ? 0 : Math.min(FRONT_DOOR_RANK, directFits);
  const ordered = [...rest.slice(0, at), ...frontDoor, ...rest.slice(at)];
  return {
    matches: ordered.slice(0, o.limit).map(toMatch),
    flagged: closed.slice(0, 3).map(toMatch),
    beyondMaxKm,
    directFits,
  };
}

/**
 * A question about where to start and nothing more specific ("hoe beginnen we met digitaliseren?", "is
 * smart industry iets voor ons?"): finding the way is what the regional front door is for. Not when a
 * technology or a problem is named ("de verpakkingslijn staat vaak stil, waar begin ik?"): the place
 * that works on it is the concrete next step. Nor for a German partner or a kind of partner asked for.
 */
function asksWhereToStart(o: RankOptions): boolean {
  return (
    !o.wantsGermany &&
    !o.partnerTypes?.length &&
    o.units.some((u) => u.hit.concept === 'need:where_to_start') &&
    !o.units.some((u) => !u.generic && !u.helpOnly && !u.fromSector)
  );
}

function toMatch({ tier: _tier, direct: _direct, frontDoor: _frontDoor, ...m }: Scored): Match {
  return m;
}

/** Marks a fitting record that only its distance keeps out. */
const BEYOND = 'beyond' as const;

type Relevance = { value: number; direct: boolean; reasons: Reason[] };

/** How well a set of concepts answers the question's units. */
function relevanceOf(concepts: ReadonlySet<ConceptId>, units: readonly Unit[]): Relevance {
  const reasons: Reason[] = [];
  let sum = 0;
  let total = 0;
  let direct = false;
  for (const unit of units) {
    total += unit.weight;
    const answer = answerOf(unit, concepts);
    if (!answer.concept) continue;
    sum += unit.weight * answer.value;
    direct ||= answer.direct && !unit.generic;
    reasons.push({
      type: unit.hit.concept.startsWith('need:') ? 'need' : 'concept',
      concept: answer.concept,
      hit: unit.hit,
      via: answer.direct ? (answer.concept === unit.hit.concept ? null : 'near') : 'related',
    });
  }
  // Generic units alone ("iets met automatisering") still make a direct fit.
  if (!direct && sum > 0 && units.every((u) => u.generic))
    direct = reasons.some((r) => r.type !== 'concept' || r.via !== 'related');
  return { value: total ? sum / total : 0, direct, reasons };
}

function scoreCandidate(
  c: Candidate,
  o: RankOptions,
  companyThemes: ReadonlySet<ConceptId>,
): Scored | null | typeof BEYOND {
  if (o.kinds && !o.kinds.includes(c.kind)) return null;
  const reasons: Reason[] = [];

  // Relevance of the record as a whole, and of its best centre, which is named when it carries the fit.
  // An institution's fit pieced together from subjects of different groups counts for less than one
  // group (or one fieldlab) that covers the question.
  const whole = relevanceOf(new Set(c.concepts), o.units);
  // One answered unit cannot be pieced together: only a fit of several units answered directly is (a
  // related theme beside one direct answer adds a little, it does not make the fit scattered).
  const directAnswers = whole.reasons.filter((r) => (r.type === 'concept' || r.type === 'need') && r.via !== 'related');
  if (c.kind === 'institution' && directAnswers.length > 1) whole.value *= SCATTERED;
  let part: CandidatePart | null = null;
  let best = whole;
  for (const p of c.parts) {
    const r = relevanceOf(new Set(p.concepts), o.units);
    if (r.direct && r.value >= best.value && (!part || r.value > best.value)) [part, best] = [p, r];
  }
  let relevance = best.value;
  let direct = best.direct;
  if (c.textScore > 0 && c.textWords.length) {
    // Words no concept covered: on their own they can carry a fit; beside concepts they fill half the gap.
    relevance = o.units.length
      ? Math.min(1, relevance + TEXT_BESIDE_CONCEPTS * c.textScore * (1 - relevance))
      : c.textScore;
    direct ||= !o.units.length && c.textScore >= TEXT_DIRECT;
  }
  // "Een Duitse partner", "een hogeschool" are part of the question: a German record, a record of that
  // kind answers that part, others do not.
  const german = c.kind === 'crossborder' || c.country === 'DE';
  const ofType = !!o.partnerTypes?.includes(c.subtype);
  if (o.wantsGermany || o.partnerTypes?.length) {
    const asked = o.units.reduce((sum, u) => sum + u.weight, 0);
    const germany = o.wantsGermany ? 1 : 0;
    const type = o.partnerTypes?.length ? PARTNER_TYPE_WEIGHT : 0;
    relevance = (relevance * asked + (german ? germany : 0) + (ofType ? type : 0)) / (asked + germany + type);
  }
  reasons.push(...best.reasons);
  // The kind of partner asked for is a direct answer to that part of the question.
  if (ofType) {
    direct = true;
    reasons.push({ type: 'partner_type', subtype: c.subtype });
  }
  if (part) reasons.push({ type: 'part', name: part.name, kind: part.kind, town: part.town });
  if (c.textScore > 0 && c.textWords.length) reasons.push({ type: 'text', words: c.textWords });

  // The regional front door: the EDIH that serves the company's province. The Smart Industry hubs
  // before it count only for what they offer themselves.
  const servesProvince = c.frontDoor && !!o.origin?.province && c.coverage.includes(o.origin.province);
  if (c.frontDoor && !servesProvince) return null;
  if (servesProvince) reasons.push({ type: 'region', province: o.origin!.province! });
  if (!servesProvince && relevance < MIN_RELEVANCE) return null;

  const has = new Set(c.concepts);
  const sectorHit = o.sector.direct.find((s) => has.has(s));
  const sector = sectorHit ? 1 : o.sector.broader.some((s) => has.has(s)) ? 0.5 : 0;
  if (sectorHit) reasons.push({ type: 'sector', concept: sectorHit });

  const offers = SME_OFFERS.filter((x) => has.has(x));
  // Micro and small firms gain most from seeing and learning first: demos and training weigh more.
  const firstSteps =
    o.size === 'micro' || o.size === 'small'
      ? 0.5 * offers.filter((x) => x === 'offer:demo' || x === 'offer:training').length
      : 0;
  const offerScore = Math.min(1, (offers.length + firstSteps) / SME_OFFERS.length);
  if (offers.length) reasons.push({ type: 'offers', offers });

  // Distance to the nearest place of the record: the named centre, a site, or the main location.
  let km: number | null = null;
  let distance = UNKNOWN_DISTANCE;
  let onlyThrough: boolean | undefined;
  const nearest = o.origin
    ? nearestPlace(c, part, o.origin, {
        meets: (site) => subjectMeeting(site, o.units, companyThemes),
        // Asked only when a site the question meets carries something asked: most candidates never need it.
        carries: (site) =>
          site.carries.some((concept) => asks(o.units, concept)) && (onlyThrough ??= onlyThroughSites(c, o.units)),
      })
    : null;
  if (nearest) {
    km = Math.round(nearest.km * 10) / 10;
    if (o.maxKm !== undefined && km > o.maxKm) return isClosed(c.status) || servesProvince ? null : BEYOND;
    distance = DISTANCE_FLOOR + (1 - DISTANCE_FLOOR) / (1 + (km / HALF_KM) ** 2);
    // A regional placeholder point says little about where to go: count it as half known.
    if (nearest.precision === 'region') distance = (distance + UNKNOWN_DISTANCE) / 2;
    reasons.push({
      type: 'distance',
      km,
      city: nearest.city,
      region: nearest.region,
      precision: nearest.precision,
      site: nearest.label,
      subject: nearest.subject,
    });
  } else if (!servesProvince) {
    if (c.precision === 'no_site') distance = NO_SITE_DISTANCE;
    reasons.push({ type: 'distance_unknown', precision: c.precision });
  }

  if (german) {
    const near = km !== null && km <= CROSSBORDER_KM;
    if (!near && !o.wantsGermany) return null;
    reasons.push({ type: 'crossborder', km });
  }

  const unconfirmed = c.fieldlabStatus === 'unverified';
  // The front door is the official regional entry, whatever the confidence in its record's details.
  const trust = servesProvince
    ? 1
    : TRUST[c.confidence] *
      (unconfirmed ? 0.92 : 1) *
      (c.verificationNeeded ? 0.975 : 1) *
      (c.status === 'unknown' ? 0.96 : 1);
  reasons.push({
    type: 'trust',
    confidence: c.confidence,
    verificationNeeded: c.verificationNeeded,
    unconfirmed,
    status: c.status,
  });

  // What the record answers of the question weighs most; the help it offers in general (every kind of
  // record lists some) only tells near-equal fits apart.
  const content = servesProvince && relevance < 0.5 ? 0.5 : 0.85 * relevance + 0.1 * sector + 0.05 * offerScore;
  // A knowledge institution the owner asked for by kind is no second choice behind a place to try things.
  const score = content * distance * trust * (ofType ? 1 : KIND_PRIOR[c.kind]);
  const tier = servesProvince ? 1 : o.wantsGermany && german ? 0 : direct ? 1 : 2;
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    city: c.city,
    region: c.region,
    // On the map the record stands where its distance is measured to: its centre or site for this question.
    lat: nearest ? nearest.lat : c.lat,
    lon: nearest ? nearest.lon : c.lon,
    precision: nearest ? nearest.precision : c.precision,
    status: c.status,
    statusAsOf: c.statusAsOf,
    confidence: c.confidence,
    verificationNeeded: c.verificationNeeded,
    fieldlabStatus: c.fieldlabStatus,
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
    tier,
    direct: direct || (o.wantsGermany && german && relevance >= MIN_RELEVANCE),
    frontDoor: servesProvince,
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

type Nearest = {
  km: number;
  lat: number;
  lon: number;
  city: string | null;
  region: string | null;
  precision: Candidate['precision'];
  label: string | null;
  /** The subject of a specialised site that made it the place to go. */
  subject: { nl: string; en: string } | null;
};

/**
 * Whether a concept is one the question asks for: a unit's theme, need or kind of help itself, a theme
 * it leads to, or a narrower one. A broader one does not count: a shellfish centre is no place for a
 * dairy question because both are agrifood.
 */
const asks = (units: readonly Unit[], concept: ConceptId) =>
  units.some((u) => (u.answers.get(concept) ?? 0) > BROADER_WEIGHT);

/**
 * Whether the record answers the question directly only through concepts its specialised sites alone
 * give it: then one of those sites is where it works on the question.
 */
function onlyThroughSites(c: Candidate, units: readonly Unit[]): boolean {
  const carried = new Set(c.otherSites.flatMap((site) => site.carries));
  if (carried.size === 0) return false;
  return !relevanceOf(new Set(c.concepts.filter((concept) => !carried.has(concept))), units).direct;
}

/**
 * Themes that name a field of application rather than a technology: a site working on robotics *in
 * greenhouses* is no place for a tank-inspection robot, however near.
 */
const APPLICATION_FIELDS = new Set<ConceptId>(
  [
    'agrifood',
    'horticulture',
    'livestock',
    'smart_farming',
    'food_processing',
    'maritime_tech',
    'aerospace_tech',
    'medtech',
    'life_sciences',
    'construction_tech',
    'mobility_vehicles',
    'defence_security',
    'water_infra',
    'water_tech',
  ].map((t) => `theme:${t}` as ConceptId),
);

/**
 * The first subject of a specialised site that the question asks for or that the company itself works
 * in, and whose field of application, if it names one, is the question's or the company's too.
 */
function subjectMeeting(
  site: SitePoint,
  units: readonly Unit[],
  companyThemes: ReadonlySet<ConceptId>,
): SiteSubject | null {
  const wanted = (c: ConceptId) => asks(units, c) || companyThemes.has(c);
  return (
    site.subjects.find(
      (subject) =>
        subject.concepts.some(wanted) && subject.concepts.every((c) => !APPLICATION_FIELDS.has(c) || wanted(c)),
    ) ?? null
  );
}

/** How a specialised site relates to the question. */
type SiteFit = {
  /** The subject the question asks for, if any. */
  meets: (site: SitePoint) => SiteSubject | null;
  /** Whether the record answers the question only through this site's subjects. */
  carries: (site: SitePoint) => boolean;
};

/**
 * The nearest place to visit for this question. A specialised site that alone gives the record what
 * was asked is where it works on that (Inholland's composites lab in Delft, not its Alkmaar campus).
 * Otherwise the named centre when it has a point, unless a specialised site the question meets is
 * nearer; otherwise the nearest of the main location, the general sites (and those whose purpose no
 * source states) and the specialised sites the question meets: a marine research station is no local
 * partner for a composites question.
 */
function nearestPlace(
  c: Candidate,
  part: CandidatePart | null,
  origin: { lat: number; lon: number },
  fit: SiteFit,
): Nearest | null {
  let bestSite: Nearest | null = null;
  let bestSpecialised: Nearest | null = null;
  let bestCarrier: Nearest | null = null;
  for (const s of c.otherSites) {
    const subject = s.general ? null : fit.meets(s);
    if (!s.general && !subject) continue;
    const km = distanceKm(origin.lat, origin.lon, s.lat, s.lon);
    const place: Nearest = {
      km,
      lat: s.lat,
      lon: s.lon,
      city: s.city,
      region: null,
      precision: 'city',
      label: s.label,
      subject: subject && { nl: subject.nl, en: subject.en },
    };
    if (!bestSite || km < bestSite.km) bestSite = place;
    if (subject && (!bestSpecialised || km < bestSpecialised.km)) bestSpecialised = place;
    if (subject && fit.carries(s) && (!bestCarrier || km < bestCarrier.km)) bestCarrier = place;
  }
  if (bestCarrier) return bestCarrier;
  if (part && part.lat !== null && part.lon !== null) {
    const km = distanceKm(origin.lat, origin.lon, part.lat, part.lon);
    if (bestSpecialised && bestSpecialised.km < km) return bestSpecialised;
    return {
      km,
      lat: part.lat,
      lon: part.lon,
      city: part.town,
      region: null,
      precision: 'city',
      label: null,
      subject: null,
    };
  }
  let best: Nearest | null = null;
  if (hasVisitablePoint(c)) {
    const km = distanceKm(origin.lat, origin.lon, c.lat!, c.lon!);
    best = {
      km,
      lat: c.lat!,
      lon: c.lon!,
      city: c.city,
      region: c.region,
      precision: c.precision,
      label: null,
      subject: null,
    };
  }
  return bestSite && (!best || bestSite.km < best.km) ? bestSite : best;
}
