/** The company profile as the form edits it; kept across language and view switches and restarts. */
import { useEffect, useState } from 'react';
import { RECORD_KINDS, type RecordKind } from '../../../electron/shared/catalogue/record';
import type { ConceptId } from '../../../electron/shared/catalogue/vocabulary';
import type { MatchProfile } from '../../../electron/shared/matching/types';

export type CompanySize = 'any' | 'micro' | 'small' | 'medium';

export type ProfileState = {
  placeText: string;
  point: { lat: number; lon: number } | null;
  sector: string;
  need: string;
  maxKm: number | null;
  kinds: RecordKind[];
  onlyActive: boolean;
  size: CompanySize;
  excluded: ConceptId[];
};

export const DISTANCE_PRESETS = [25, 50, 100, 200] as const;

export const EMPTY_PROFILE: ProfileState = {
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

const STORAGE_KEY = 'fieldlab-finder.profile';

function load(): ProfileState {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return stored && typeof stored === 'object' ? { ...EMPTY_PROFILE, ...stored } : EMPTY_PROFILE;
  } catch {
    return EMPTY_PROFILE;
  }
}

/** The profile state, saved on every change. */
export function useProfileState() {
  const [profile, setProfile] = useState<ProfileState>(load);
  useEffect(() => localStorage.setItem(STORAGE_KEY, JSON.stringify(profile)), [profile]);
  const update = (patch: Partial<ProfileState>) => setProfile((p) => ({ ...p, ...patch }));
  return { profile, update, reset: () => setProfile(EMPTY_PROFILE) };
}

/** The need text with a theme added, comma-separated: "koffie branden, robotica". */
export function withTheme(need: string, theme: string): string {
  const current = need.trim();
  return `${current}${current ? ', ' : ''}${theme.toLowerCase()}`;
}

/** The request the matcher gets for this state. */
export function toMatchProfile(p: ProfileState): MatchProfile {
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
