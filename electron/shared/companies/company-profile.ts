/**
 * The company profile as the advisor's form edits it, as the app remembers it, and as a saved visit
 * keeps it. Whatever comes back from storage goes through `restoreProfile` (./company-profile-schema.ts,
 * in the main process), so a profile of an older shape or a damaged one never reaches the screen unchecked.
 */
import type { z } from 'zod';
import { RECORD_KINDS } from '../catalogue/record-basics';
import { COMPANY_SIZES, type MatchProfile } from '../matching/types';
import type { companyProfileSchema } from './company-profile-schema';

export const PROFILE_LIMITS = { place: 100, sector: 200, need: 1000 } as const;
export const DISTANCE_PRESETS = [25, 50, 100, 200] as const;
export const PROFILE_SIZES = ['any', ...COMPANY_SIZES] as const;

/** The rectangle a company location can be picked in: the Netherlands and a little border. */
export const NL_BOUNDS = { south: 50.6, north: 53.7, west: 3.2, east: 7.3 } as const;

/** The profile (schema and restore from storage: ./company-profile-schema.ts). */
export type CompanyProfile = z.infer<typeof companyProfileSchema>;
export type ProfileSize = CompanyProfile['size'];

export const EMPTY_PROFILE: CompanyProfile = {
  placeText: '',
  point: null,
  sector: '',
  need: '',
  maxKm: null,
  kinds: [...RECORD_KINDS],
  onlyActive: true,
  size: 'any',
  excluded: [],
};

/** The need text with a theme added, comma-separated: "koffie branden, robotica". */
export function withTheme(need: string, theme: string): string {
  const current = need.trim();
  return `${current}${current ? ', ' : ''}${theme.toLowerCase()}`;
}

/** Whether a profile narrows the results beyond the question itself: a distance, fewer kinds, ended ones shown, removed themes. */
export function isNarrowed(p: CompanyProfile): boolean {
  return (
    p.maxKm !== null ||
    p.kinds.length !== RECORD_KINDS.length ||
    !p.onlyActive ||
    p.excluded.length > 0 ||
    p.size !== 'any'
  );
}

/** The request the matcher gets for this profile. */
export function toMatchProfile(p: CompanyProfile): MatchProfile {
  return {
    ...(p.point ? { lat: p.point.lat, lon: p.point.lon } : p.placeText.trim() ? { place: p.placeText } : {}),
    sector: p.sector.trim() || undefined,
    need: p.need,
    maxKm: p.maxKm ?? undefined,
    kinds: p.kinds.length ? p.kinds : undefined,
    size: p.size === 'any' ? undefined : p.size,
    excludeConcepts: p.excluded.length ? p.excluded : undefined,
    showEnded: !p.onlyActive,
    limit: 15,
  };
}
