/**
 * The advisor's current conversation: which company, which visit (saved or not yet), the visit's date,
 * kind and question, and its shortlist. The profile itself stays in the profile state; saving a visit
 * keeps that profile with a snapshot of the results. Which company and visit were open is remembered,
 * so the app picks up where the advisor left off. "Nieuwe vraag" clears all of it at once.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ApiError } from '../../../electron/shared/api';
import type { Company, Visit, VISIT_KINDS } from '../../../electron/shared/companies/company';
import type { CompanyProfile } from '../../../electron/shared/companies/company-profile';
import { api, ApiFailure, unwrap } from '../api/window-api';
import { MAX_STORED_SESSION, type RememberedSession } from '../../../electron/shared/companies/remembered-session';

export type VisitDraft = { date: string; kind: (typeof VISIT_KINDS)[number]; question: string };

type State = {
  company: Company | null;
  visit: Visit | null;
  draft: VisitDraft;
  /** The profile and draft as last saved, to say when the visit changed since. */
  savedKey: string | null;
  savedAt: Date | null;
  saving: boolean;
  error: ApiError | null;
  /** A record the advisor wanted on the shortlist before a company was chosen. */
  pendingAdd: string | null;
  /** Counts clean starts: the advisor screen starts afresh (selection, tabs) when it changes. */
  generation: number;
};

/** Today in the computer's own time zone, as 2026-11-25. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const freshDraft = (): VisitDraft => ({ date: today(), kind: 'visit', question: '' });

/** JSON with sorted keys, so equal content gives an equal key whatever the order it was built in. */
function stableKey(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

const keyOf = (profile: CompanyProfile, draft: VisitDraft) => stableKey({ profile, draft });

const SESSION_KEY = 'fieldlab-finder.session';
const SESSION_SET_ASIDE_KEY = 'fieldlab-finder.session.set-aside';

const asApiError = (e: unknown): ApiError =>
  e instanceof ApiFailure ? e.error : { code: 'internal', message: (e as Error).message, params: {} };

/** Keeps an unreadable session under its own key (set aside, never destroyed), then clears the main key. */
function setAside(text: string): void {
  try {
    localStorage.setItem(SESSION_SET_ASIDE_KEY, text);
    localStorage.removeItem(SESSION_KEY);
  } catch {
    // Storage refuses writes: the value stays where it is, and is still not used.
  }
}

/** What was open at the last close, read back through its schema in the main process (session:restore). */
async function loadRemembered(): Promise<{ session: RememberedSession | null; setAside: boolean }> {
  let text: string | null;
  try {
    text = localStorage.getItem(SESSION_KEY);
  } catch {
    return { session: null, setAside: false };
  }
  const r =
    text !== null && text.length > MAX_STORED_SESSION
      ? { ok: true as const, value: { session: null, setAside: true } }
      : await api()['session:restore']({ stored: text });
  const restored = r.ok ? r.value : { session: null, setAside: text !== null };
  if (restored.setAside && text !== null) setAside(text);
  return restored;
}

export function useVisitSessionState(
  profile: CompanyProfile,
  setProfile: (p: Partial<CompanyProfile>) => void,
  resetProfile: () => void,
) {
  const [state, setState] = useState<State>({
    company: null,
    visit: null,
    draft: freshDraft(),
    savedKey: null,
    savedAt: null,
    saving: false,
    error: null,
    pendingAdd: null,
    generation: 0,
  });
  const stateRef = useRef(state);
  stateRef.current = state;
  const profileRef = useRef(profile);
  profileRef.current = profile;
  const patch = (p: Partial<State>) => setState((s) => ({ ...s, ...p }));

  // What was open at the last close; nothing is written before it is read back (it would overwrite it).
  const [last, setLast] = useState<RememberedSession | null>(null);
  const [setAsideNotice, setSetAsideNotice] = useState(false);
  const restoring = useRef(true);
  useEffect(() => {
    void loadRemembered().then((restored) => {
      if (restored.setAside) setSetAsideNotice(true);
      if (restored.session) setLast(restored.session);
      else restoring.current = false;
    });
  }, []);

  // Remember what is open, to pick up there after a restart.
  useEffect(() => {
    if (restoring.current) return;
    try {
      if (!state.company) localStorage.removeItem(SESSION_KEY);
      else
        localStorage.setItem(
          SESSION_KEY,
          JSON.stringify({ companyId: state.company.id, visitId: state.visit?.id ?? null }),
        );
    } catch {
      // Storage unavailable: the session is simply not remembered.
    }
  }, [state.company, state.visit?.id]);

  const openVisit = useCallback(
    async (visitId: string, quiet = false): Promise<boolean> => {
      try {
        const visit = unwrap(await api()['visits:get']({ id: visitId }));
        const { company } = unwrap(await api()['companies:get']({ id: visit.companyId }));
        const draft: VisitDraft = { date: visit.date, kind: visit.kind, question: visit.question };
        setProfile(visit.profile);
        setState((s) => ({
          ...s,
          company,
          visit,
          draft,
          savedKey: keyOf(visit.profile, draft),
          savedAt: new Date(visit.updatedAt),
          error: null,
          pendingAdd: null,
          generation: s.generation + 1,
        }));
        return true;
      } catch (e) {
        if (!quiet) patch({ error: asApiError(e) });
        return false;
      }
    },
    [setProfile],
  );

  // At start: reopen the company and visit that were open, if they still exist.
  useEffect(() => {
    if (!last) return;
    // Whatever is gone since (a restored backup, say) is simply not reopened.
    const done = (found: boolean) => {
      restoring.current = false;
      if (!found) localStorage.removeItem(SESSION_KEY);
    };
    if (last.visitId) {
      void openVisit(last.visitId, true).then(done);
      return;
    }
    void api()
      ['companies:get']({ id: last.companyId })
      .then((r) => {
        if (r.ok) patch({ company: r.value.company });
        done(r.ok);
      });
  }, [last, openVisit]);

  const save = useCallback(async (): Promise<Visit | null> => {
    const { company, visit, draft } = stateRef.current;
    if (!company) return null;
    const current = profileRef.current;
    patch({ saving: true, error: null });
    const r = await api()['visits:save']({
      visit: {
        ...(visit ? { id: visit.id } : {}),
        companyId: company.id,
        date: draft.date,
        kind: draft.kind,
        question: draft.question.trim() || current.need.trim(),
        profile: current,
      },
    });
    if (!r.ok) {
      patch({ saving: false, error: r.error });
      return null;
    }
    patch({ saving: false, visit: r.value, savedKey: keyOf(current, draft), savedAt: new Date() });
    return r.value;
  }, []);

  const addToShortlist = useCallback(
    async (recordId: string): Promise<void> => {
      const { company, visit, savedKey, draft } = stateRef.current;
      if (!company) {
        patch({ pendingAdd: recordId });
        return;
      }
      // The visit is saved first (with the results as they are now), so the pick keeps why it was advised.
      const changed = !visit || savedKey !== keyOf(profileRef.current, draft);
      const target = changed ? await save() : visit;
      if (!target) return;
      const r = await api()['shortlist:add']({ visitId: target.id, recordId });
      if (r.ok) patch({ visit: r.value, error: null });
      else patch({ error: r.error });
    },
    [save],
  );

  const chooseCompany = useCallback(
    (company: Company) => {
      const p = profileRef.current;
      // The company's own details fill what the form does not have yet.
      setProfile({
        placeText: p.placeText || p.point ? p.placeText : company.place,
        sector: p.sector || company.sector,
        size: p.size !== 'any' ? p.size : company.size,
      });
      const pending = stateRef.current.pendingAdd;
      const next = { ...stateRef.current, company, visit: null, draft: freshDraft(), savedKey: null, savedAt: null };
      stateRef.current = { ...next, pendingAdd: null };
      setState((s) => ({ ...s, ...next, pendingAdd: null, error: null }));
      if (pending) void addToShortlist(pending);
    },
    [setProfile, addToShortlist],
  );

  const change = useCallback(async (call: () => Promise<Visit>) => {
    try {
      patch({ visit: await call(), error: null });
    } catch (e) {
      patch({ error: asApiError(e) });
    }
  }, []);

  const newQuestion = useCallback(() => {
    resetProfile();
    setState((s) => ({
      company: null,
      visit: null,
      draft: freshDraft(),
      savedKey: null,
      savedAt: null,
      saving: false,
      error: null,
      pendingAdd: null,
      generation: s.generation + 1,
    }));
  }, [resetProfile]);

  const dirty = state.visit !== null && state.savedKey !== keyOf(profile, state.draft);

  return useMemo(
    () => ({
      ...state,
      dirty,
      save,
      openVisit,
      chooseCompany,
      addToShortlist,
      newQuestion,
      cancelPending: () => patch({ pendingAdd: null }),
      setDraft: (d: Partial<VisitDraft>) => setState((s) => ({ ...s, draft: { ...s.draft, ...d } })),
      dismissError: () => patch({ error: null }),
      /** True when what was open at the last close could not be read, and was set aside. */
      setAsideNotice,
      dismissSetAsideNotice: () => setSetAsideNotice(false),
      /** The company as edited elsewhere (its form). */
      companyChanged: (company: Company) => patch({ company }),
      removeFromShortlist: (recordId: string) =>
        change(async () => unwrap(await api()['shortlist:remove']({ visitId: state.visit!.id, recordId }))),
      moveOnShortlist: (recordId: string, to: number) =>
        change(async () => unwrap(await api()['shortlist:move']({ visitId: state.visit!.id, recordId, to }))),
    }),
    [state, dirty, setAsideNotice, save, openVisit, chooseCompany, addToShortlist, newQuestion, change],
  );
}

export type VisitSession = ReturnType<typeof useVisitSessionState>;

const SessionContext = createContext<VisitSession | null>(null);

export function VisitSessionProvider({ session, children }: { session: VisitSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useVisitSession(): VisitSession {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useVisitSession outside VisitSessionProvider');
  return s;
}
