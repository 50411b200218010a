/**
 * Runs the matcher for the profile as it changes: debounced, never blocking the typing, and only
 * the answer to the newest question is shown. One call per question: match:run resolves the place
 * too; without a need yet, only the place is resolved.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../electron/shared/api';
import type { ResolvedPlace } from '../../../electron/shared/geo/place-resolver';
import type { MatchResult } from '../../../electron/shared/matching/types';
import { api } from '../api/window-api';
import { toMatchProfile, type ProfileState } from './profile-state';

export type MatchState = {
  loading: boolean;
  /** The place as read, when one was typed and found. */
  place: ResolvedPlace | null;
  /** Why the typed place could not be read. */
  placeError: ApiError | null;
  result: MatchResult | null;
  error: ApiError | null;
  /** The need text this state answers (the end-to-end run waits on it to time the answer). */
  answered: string;
};

const PLACE_ERRORS = new Set<ApiError['code']>(['place_empty', 'place_unknown', 'postcode_unknown']);
const DEBOUNCE_MS = 150;
const IDLE: MatchState = { loading: false, place: null, placeError: null, result: null, error: null, answered: '' };

async function ask(profile: ProfileState): Promise<Omit<MatchState, 'loading' | 'answered'>> {
  const typedPlace = !profile.point && profile.placeText.trim() !== '';
  if (!profile.need.trim()) {
    if (!typedPlace) return IDLE;
    const r = await api()['geo:resolve-place']({ place: profile.placeText });
    if (!r.ok) return { ...IDLE, error: r.error };
    if (r.value.ok) return { ...IDLE, place: r.value.place };
    const { code, message, suggestions } = r.value.error;
    const apiCode =
      code === 'empty' ? 'place_empty' : code === 'postcode_unknown' ? 'postcode_unknown' : 'place_unknown';
    return {
      ...IDLE,
      placeError: { code: apiCode, message, params: { typed: profile.placeText.trim(), suggestions } },
    };
  }
  const r = await api()['match:run'](toMatchProfile(profile));
  if (r.ok) return { ...IDLE, place: r.value.query.place, result: r.value };
  return PLACE_ERRORS.has(r.error.code) ? { ...IDLE, placeError: r.error } : { ...IDLE, error: r.error };
}

export function useMatch(profile: ProfileState): MatchState {
  const [state, setState] = useState<MatchState>(IDLE);
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      ask(profile).then(
        (answer) => ticket === latest.current && setState({ ...answer, loading: false, answered: profile.need }),
        (e: Error) =>
          ticket === latest.current &&
          setState({ ...IDLE, error: { code: 'internal', message: e.message, params: {} }, answered: profile.need }),
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [profile]);
  return state;
}
