/** What goes into a match and what comes out, shared by the API, the command line and the benchmark. */
import type { z } from 'zod';
import type { Confidence, CoordinatePrecision, StatusValue } from '../catalogue/record-basics';
import type { matchProfileSchema } from './match-profile-schema';
import type { RecordSummary } from '../catalogue/record-summary';
import type { ConceptId } from '../catalogue/vocabulary';
import type { ResolvedPlace } from '../geo/place-resolver';
import type { ConceptHit } from './concept-matcher';

export const COMPANY_SIZES = ['micro', 'small', 'medium'] as const;

/** An SME profile: where the company is, what it makes, what it needs (schema: ./match-profile-schema.ts). */
export type MatchProfile = z.infer<typeof matchProfileSchema>;

/** Why a record is on the list; rendered in either language by explain.ts. */
export type Reason =
  /**
   * A theme or kind of help the user named (`concept` answers it: the hit itself, a narrower or broader
   * theme, or only a related one), or a need read from everyday words and the theme that answers it.
   */
  | { type: 'concept' | 'need'; concept: ConceptId; hit: ConceptHit; via: null | 'near' | 'related' }
  /** The centre, research group or lab of an institution that carries the fit. */
  | { type: 'part'; name: string; kind: string; town: string | null }
  /** Offered when nothing specific fits: a nearby institution with broad expertise. */
  | { type: 'broad' }
  | { type: 'text'; words: string[] }
  | { type: 'sector'; concept: ConceptId }
  | {
      type: 'distance';
      km: number;
      city: string | null;
      region: string | null;
      precision: CoordinatePrecision;
      /** The other site it is measured to, when that is not the main location. */
      site: string | null;
      /** What that site works on, when it is a specialised site chosen because the question meets it. */
      subject: { nl: string; en: string } | null;
    }
  | { type: 'distance_unknown'; precision: CoordinatePrecision }
  | { type: 'region'; province: string }
  | { type: 'crossborder'; km: number | null }
  /** The record is the kind of partner the owner asked for ("een hogeschool"): its subtype. */
  | { type: 'partner_type'; subtype: string }
  | { type: 'offers'; offers: ConceptId[] }
  | {
      type: 'trust';
      confidence: Confidence;
      verificationNeeded: boolean;
      unconfirmed: boolean;
      status: StatusValue;
    };

/**
 * One ranked record: what the list and the map show of it, its score and why. Its point is the place
 * its distance is measured to: for an institution the centre or site that answers the question.
 */
export type Match = Pick<
  RecordSummary,
  | 'id'
  | 'name'
  | 'kind'
  | 'city'
  | 'region'
  | 'lat'
  | 'lon'
  | 'precision'
  | 'status'
  | 'statusAsOf'
  | 'confidence'
  | 'verificationNeeded'
  | 'fieldlabStatus'
> & {
  /** 0..1, comparable within one result. */
  score: number;
  parts: { relevance: number; sector: number; offers: number; distance: number; trust: number };
  distanceKm: number | null;
  reasons: Reason[];
};

/** The read-back of the profile plus the ranked list; ended or merged records only in `flagged`. */
export type MatchResult = {
  query: {
    place: ResolvedPlace | null;
    origin: { lat: number; lon: number; province: string | null; near: string | null } | null;
    sector: ConceptHit[];
    /** Themes, needs and kinds of help read from the need text. */
    concepts: ConceptHit[];
    unmatchedWords: string[];
    /** Whether the question asks for German partners. */
    wantsGermany: boolean;
  };
  matches: Match[];
  /**
   * True when nothing in the catalogue answers the question itself: the matches are then only the
   * region's front door and the nearest institutions with broad expertise.
   */
  nothingSpecific: boolean;
  flagged: Match[];
  /** Fitting records left out only because they are farther than maxKm. */
  beyondMaxKm: number;
  /** The EDIH serving the company's province: the front door when nothing else fits. */
  regionalHub: { id: string; name: string; province: string } | null;
};
