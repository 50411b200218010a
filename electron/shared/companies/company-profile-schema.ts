/**
 * The schema of the company profile and its restore from storage: one schema for the remembered form,
 * a saved visit and the API. The constants and helpers the screen uses are in ./company-profile.ts.
 */
import { z } from 'zod';
import { RECORD_KINDS } from '../catalogue/record-basics';
import type { ConceptId } from '../catalogue/vocabulary';
import { EMPTY_PROFILE, NL_BOUNDS, PROFILE_LIMITS, PROFILE_SIZES, type CompanyProfile } from './company-profile';

const conceptId = z.string().regex(/^(theme|sector|offer|need):[a-z0-9_]+$/) as unknown as z.ZodType<ConceptId>;

export const companyProfileSchema = z
  .object({
    placeText: z.string().max(PROFILE_LIMITS.place),
    point: z
      .object({
        lat: z.number().min(NL_BOUNDS.south).max(NL_BOUNDS.north),
        lon: z.number().min(NL_BOUNDS.west).max(NL_BOUNDS.east),
      })
      .strict()
      .nullable(),
    sector: z.string().max(PROFILE_LIMITS.sector),
    need: z.string().max(PROFILE_LIMITS.need),
    maxKm: z.number().positive().max(1000).nullable(),
    kinds: z.array(z.enum(RECORD_KINDS)).max(RECORD_KINDS.length),
    onlyActive: z.boolean(),
    size: z.enum(PROFILE_SIZES),
    excluded: z.array(conceptId).max(50),
  })
  .strict();

/**
 * A profile from storage: valid as it is, or the empty profile and `setAside: true` when it does not
 * parse (an older shape, a damaged file), so that the caller keeps the original and tells the user.
 */
export function restoreProfile(raw: unknown): { profile: CompanyProfile; setAside: boolean } {
  if (raw === null || raw === undefined) return { profile: EMPTY_PROFILE, setAside: false };
  const parsed = companyProfileSchema.safeParse(raw);
  return parsed.success ? { profile: parsed.data, setAside: false } : { profile: EMPTY_PROFILE, setAside: true };
}
