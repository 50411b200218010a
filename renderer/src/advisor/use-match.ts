/**
 * Runs the matcher for the profile as it changes: debounced, never blocking the typing, and only
 * the answer to the newest question is shown.
 */
import { useEffect, useRef, useState } from 'react';
import type { PlaceResolution } from '../../../electron/shared/geo/place-resolver';
import type { MatchResult } from '../../../electron/shared/matching/types';
import { api } from '../api';
import { toMatchProfile, type ProfileState } from './profile-state';

export type MatchState = {
  loading: boolean;
  place: PlaceResolution | null;
  result: MatchResult | null;
  error: string | null;
};

const DEBOUNCE_MS = 150;

export function useMatch(profile: ProfileState): MatchState {
  const [state, setState] = useState<MatchState>({ loading: false, place: null, result: null, error: null });
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(async () => {
      const place =
        !profile.point && profile.placeText.trim()
          ? await api()['geo:resolve-place']({ place: profile.placeText })
          : null;
      const resolution = place?.ok ? place.value : null;
      if (resolution && !resolution.ok) {
        if (ticket === latest.current) setState({ loading: false, place: resolution, result: null, error: null });
        return;
      }
      const result = profile.need.trim() ? await api()['match:run'](toMatchProfile(profile)) : null;
      if (ticket !== latest.current) return;
      if (result && !result.ok) setState({ loading: false, place: resolution, result: null, error: result.error });
      else setState({ loading: false, place: resolution, result: result?.value ?? null, error: null });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [profile]);
  return state;
}
