/** Matching: a company profile in, ranked records with their reasons out. */
import { matchProfileSchema } from '../matching/match-profile-schema';
import type { MatchResult } from '../matching/types';

export const matchRequests = {
  'match:run': matchProfileSchema,
};

export type MatchResponses = {
  'match:run': MatchResult;
};
