/** What goes into a match and what comes out, shared by the API, the command line and the benchmark. */
import { z } from 'zod';
import { RECORD_KINDS, type Confidence, type CoordinatePrecision, type RecordKind } from '../catalogue/record';
import type { ConceptId } from '../catalogue/vocabulary';
import type { ResolvedPlace } from '../geo/place-resolver';
import type { ConceptHit } from './concept-matcher';

export const COMPANY_SIZES = ['micro', 'small', 'medium'] as const;

/** An SME profile: where the company is, what it makes, what it needs. */
export const matchProfileSchema = z
  .object({
    place: z.string().max(100).optional(),
    lat: z.number().min(50.5).max(53.8).optional(),
    lon: z.number().min(3.0).max(7.5).optional(),
    sector: z.string().max(200).optional(),
    need: z.string().max(1000),
    maxKm: z.number().positive().max(1000).optional(),
    kinds: z.array(z.enum(RECORD_KINDS)).min(1, 'choose at least one kind').optional(),
    size: z.enum(COMPANY_SIZES).optional(),
    limit: z.number().int().min(1).max(100).optional(),
    /** Concepts the user removed from what was recognised in the need. */
    excludeConcepts: z
      .array(z.string().regex(/^(theme|sector|offer):[a-z0-9_]+$/))
      .max(50)
      .optional(),
    /** Ended and merged records are never options; with this they are listed, flagged, below the matches. */
    showEnded: z.boolean().optional(),
  })
  .strict()
  .refine((p) => (p.lat === undefined) === (p.lon === undefined), {
    message: 'give both lat and lon, or neither',
    path: ['lat'],
  });
export type MatchProfile = z.infer<typeof matchProfileSchema>;

/** Why a record is on the list; rendered in either language by explain.ts. */
export type Reason =
  | { type: 'concept'; concept: ConceptId; hit: ConceptHit; via: ConceptId | null }
  | { type: 'text'; words: string[] }
  | { type: 'sector'; concept: ConceptId }
  | { type: 'distance'; km: number; city: string | null; region: string | null; precision: CoordinatePrecision }
  | { type: 'distance_unknown'; precision: CoordinatePrecision }
  | { type: 'region'; province: string }
  | { type: 'crossborder'; km: number | null }
  | { type: 'offers'; offers: ConceptId[] }
  | {
      type: 'trust';
      confidence: Confidence;
      verificationNeeded: boolean;
      unconfirmed: boolean;
      status: 'active' | 'ended' | 'merged' | 'unknown';
    };

/** One ranked record. */
export type Match = {
  id: string;
  name: string;
  kind: RecordKind;
  city: string | null;
  region: string | null;
  lat: number | null;
  lon: number | null;
  precision: CoordinatePrecision;
  status: 'active' | 'ended' | 'merged' | 'unknown';
  confidence: Confidence;
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
    concepts: ConceptHit[];
    unmatchedWords: string[];
  };
  matches: Match[];
  flagged: Match[];
  /** Fitting records left out only because they are farther than maxKm. */
  beyondMaxKm: number;
  /** The EDIH serving the company's province: the front door when nothing else fits. */
  regionalHub: { id: string; name: string; province: string } | null;
};
