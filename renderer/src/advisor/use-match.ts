/**
 * Runs the matcher for the profile as it changes, without a fixed pause: one question is out at a
 * time, and while it is out the newest profile waits; when the answer comes back to a question
 * already typed over, it is dropped and the newest goes out at once. Typing is never blocked, and
 * only the answer to the newest question is shown. One call per question: match:run resolves the place
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
  // The newest profile, and whether a question is out: one at a time, the newest next.
  const wanted = useRef(profile);
  const asking = useRef(false);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => void (live.current = false);
  }, []);
  useEffect(() => {
    wanted.current = profile;
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    if (asking.current) return;
    const next = () => {
      const asked = wanted.current;
      asking.current = true;
      const settle = (answer: Omit<MatchState, 'loading' | 'answered'>) => {
        asking.current = false;
        if (!live.current) return;
        // An answer to a question already typed over is dropped; the newest question goes out now.
        if (asked !== wanted.current) return next();
        setState({ ...answer, loading: false, answered: asked.need });
      };
      ask(asked).then(settle, (e: Error) =>
        settle({ ...IDLE, error: { code: 'internal', message: e.message, params: {} } }),
      );
    };
    next();
  }, [profile]);
  return state;
}
