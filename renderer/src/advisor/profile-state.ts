/**
 * The company profile as the form edits it; kept across language and view switches and restarts.
 * What is remembered is read back through the profile's schema in the main process (profile:restore):
 * a profile that does not parse is set aside under another key (never deleted) and the form starts
 * empty, with a notice. Until the answer is there (a few milliseconds) `ready` is false.
 */
import { useCallback, useEffect, useState } from 'react';
import { EMPTY_PROFILE, type CompanyProfile } from '../../../electron/shared/companies/company-profile';
import { api } from '../api/window-api';

export type { CompanyProfile as ProfileState };
export { DISTANCE_PRESETS, toMatchProfile, withTheme } from '../../../electron/shared/companies/company-profile';
export type CompanySize = CompanyProfile['size'];

const STORAGE_KEY = 'fieldlab-finder.profile';
const SET_ASIDE_KEY = 'fieldlab-finder.profile.set-aside';
/** No remembered profile is anywhere near this long; a longer text is set aside unread. */
const MAX_STORED = 20_000;

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Keeps an unreadable profile under its own key: set aside, never destroyed. */
function setAside(text: string): void {
  try {
    localStorage.setItem(SET_ASIDE_KEY, text);
  } catch {
    // Storage itself is unavailable: nothing to keep.
  }
}

/** What the app found in storage at start: the profile, and whether an unreadable one was set aside. */
async function load(): Promise<{ profile: CompanyProfile; setAside: boolean }> {
  const text = stored();
  if (text !== null && text.length > MAX_STORED) {
    setAside(text);
    return { profile: EMPTY_PROFILE, setAside: true };
  }
  const r = await api()['profile:restore']({ stored: text });
  const restored = r.ok ? r.value : { profile: EMPTY_PROFILE, setAside: text !== null };
  if (restored.setAside && text !== null) setAside(text);
  return restored;
}

/** The profile state, saved on every change; `notice` says when a remembered profile could not be read or saved. */
export function useProfileState() {
  const [profile, setProfile] = useState<CompanyProfile>(EMPTY_PROFILE);
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState<'set_aside' | 'not_saved' | null>(null);
  useEffect(() => {
    void load().then((restored) => {
      setProfile(restored.profile);
      if (restored.setAside) setNotice('set_aside');
      setReady(true);
    });
  }, []);
  useEffect(() => {
    // Nothing is written before the remembered profile is read back: it would overwrite it.
    if (!ready) return;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(profile));
    } catch {
      setNotice('not_saved');
    }
  }, [profile, ready]);
  const update = useCallback((patch: Partial<CompanyProfile>) => setProfile((p) => ({ ...p, ...patch })), []);
  const reset = useCallback(() => setProfile(EMPTY_PROFILE), []);
  const dismissNotice = useCallback(() => setNotice(null), []);
  return { profile, ready, update, reset, notice, dismissNotice };
}
