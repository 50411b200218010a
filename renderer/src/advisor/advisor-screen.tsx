/**
 * The advisor's screen: the visit bar on top; the profile on one side, the ranked results (or the
 * visit's shortlist and notes) and the map on the other. Without a question yet, the results pane is
 * the start screen: the saved companies, or the chosen company's visits.
 */
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { Match } from '../../../electron/shared/matching/types';
import type { RecordSummary } from '../../../electron/shared/catalogue/record-summary';
import type { BaseLayers } from '../../../electron/shared/geo/base-layers';
import { NL_BOUNDS } from '../../../electron/shared/companies/company-profile';
import { api } from '../api/window-api';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n';
import { AdvisorMap, ShortlistPanel } from '../lazy-parts';
import { AdvisorMapLegend } from '../map/map-legend';
import { ProfileForm } from './profile-form';
import { withTheme, type ProfileState } from './profile-state';
import { RecordDetails } from '../catalogue/record-details';
import { ResultsList } from './results-list';
import { useMatch, type MatchState } from './use-match';
import { SUGGESTED_THEMES, useVocabulary } from './vocabulary';
import { NarrowedFilters } from './narrowed-filters';
import { CompanyList, CompanyPicker, CompanyVisits, ExportVisits } from '../visits/company-list';
import { VisitBar } from '../visits/visit-bar';
import { useVisitSession } from '../visits/visit-session';
import { keyLabel, resultNumber } from '../keyboard/shortcuts';
import { FIND_TEXTS } from './find-texts';
import { useShortcuts } from '../keyboard/use-shortcuts';
import { FindByName } from './find-by-name';
import { NEED_FIELD_ID } from './profile-form';
import { RESULTS_LIST_ID } from './results-list';
import { useSteadyCallback } from '../steady-callback';
import { useAfterPause } from '../after-pause';

const NO_MATCHES: Match[] = [];
/** How long the typing pauses before the map takes the new answer (the list takes it at once). */
const MAP_PAUSE_MS = 200;

/** Where focus goes after the screen has drawn: the results list, or the need field. */
type FocusTarget = { to: 'results' | 'need'; n: number } | null;

type Props = {
  profile: ProfileState;
  update: (patch: Partial<ProfileState>) => void;
  layers: BaseLayers;
  records: RecordSummary[];
};

type Tab = 'results' | 'shortlist';

export function AdvisorScreen({ profile, update, layers, records }: Props) {
  const { t, lang } = useI18n();
  const session = useVisitSession();
  const match = useMatch(profile);
  const [tab, setTab] = useState<Tab>(session.visit?.shortlist.length ? 'shortlist' : 'results');
  const [picker, setPicker] = useState(false);
  const shortlisted = useMemo(
    () => new Set(session.visit?.shortlist.map((i) => i.recordId) ?? []),
    [session.visit?.shortlist],
  );
  const toggleShortlist = useSteadyCallback(
    (id: string) => void (shortlisted.has(id) ? session.removeFromShortlist(id) : session.addToShortlist(id)),
  );
  const [selection, setSelection] = useState<{ id: string | null; question: string }>({ id: null, question: '' });
  const [openId, setOpenIdState] = useState<string | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [reportRequested, setReportRequested] = useState(false);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  /** What had focus when the details opened, to give it back on the way out. */
  const openedFrom = useRef<HTMLElement | null>(null);
  const focusAfterDraw = (to: 'results' | 'need') => setFocusTarget((f) => ({ to, n: (f?.n ?? 0) + 1 }));
  const setOpenId = (id: string | null) => {
    if (id && !openId) openedFrom.current = document.activeElement as HTMLElement | null;
    setOpenIdState(id);
  };
  const closeDetails = () => {
    const from = openedFrom.current;
    setOpenIdState(null);
    // Back where the details were opened from: the list row (the list keeps it selected), or that control.
    if (!from || from.closest('.results') || !from.isConnected) focusAfterDraw('results');
    else requestAnimationFrame(() => from.focus());
  };
  const [picking, setPicking] = useState(false);
  const [pointOutside, setPointOutside] = useState(false);
  const [fitTrigger, setFitTrigger] = useState(0);
  // In a narrow window the map sits under the list and can be folded away (see styles.css).
  const [mapFolded, setMapFolded] = useState(false);
  const names = useMemo(() => new Map(records.map((r) => [r.id, r.name])), [records]);
  const result = match.result;
  const matches = result?.matches ?? NO_MATCHES;
  const allMatches = useMemo(() => (result ? [...result.matches, ...result.flagged] : NO_MATCHES), [result]);
  const topId = matches[0]?.id ?? null;
  // The question the selection belongs to: a new question never inherits the previous one's choice.
  const question = [profile.need.trim(), profile.sector.trim(), profile.placeText.trim()].join('|');
  // The user's choice while it is still listed for the same question; otherwise the number one. Read
  // off at drawing time, so a new answer draws once, not once more to move the selection.
  const kept = selection.question === question && allMatches.some((m) => m.id === selection.id);
  const selectedId = kept ? selection.id : topId;
  const setSelectedId = useSteadyCallback((id: string) => setSelection({ id, question }));
  useEffect(() => {
    if (!focusTarget) return;
    const target = focusTarget.to === 'results' ? RESULTS_LIST_ID : NEED_FIELD_ID;
    (document.getElementById(target) ?? document.getElementById(NEED_FIELD_ID))?.focus();
  }, [focusTarget]);
  const openResult = useSteadyCallback((id: string) => {
    setOpenId(id);
    setSelectedId(id);
  });
  useShortcuts('advisor', {
    newQuestion: () => {
      session.newQuestion();
      // The clean form starts where a question starts: the place.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.profile-form input')?.focus());
    },
    save: () => {
      if (!session.company) return false;
      void session.save();
    },
    focusNeed: () => focusAfterDraw('need'),
    jumpToResults: () => {
      setOpenIdState(null);
      setTab('results');
      focusAfterDraw('results');
    },
    openResult: (e) => {
      const m = matches[(resultNumber(e) ?? 0) - 1];
      if (!m) return false;
      // Opened by its number, as from its row: Escape leads back to the list with that row chosen, a second Escape to the need.
      setOpenIdState(m.id);
      setSelectedId(m.id);
      openedFrom.current = null;
    },
    findByName: () => setFindOpen(true),
    back: (e) => {
      if (openId) closeDetails();
      else if ((e.target as HTMLElement | null)?.closest?.('.results-pane')) focusAfterDraw('need');
      else return false;
    },
    report: () => {
      // The report belongs to a saved visit; without one the shortlist tab says how to get there.
      setOpenIdState(null);
      setTab('shortlist');
      if (session.visit) setReportRequested(true);
    },
  });
  const originNow = result?.query.origin ?? match.place ?? profile.point;
  // The same point is the same object, so the memoised map does not draw again while the user types.
  const origin = useMemo(
    () => (originNow ? { lat: originNow.lat, lon: originNow.lon } : null),
    [originNow?.lat, originNow?.lon],
  );
  const mapMatches = useAfterPause(matches, MAP_PAUSE_MS);
  const companyTown = useMemo(
    () => (match.place ? { name: match.place.name, lat: match.place.lat, lon: match.place.lon } : null),
    [match.place?.name, match.place?.lat, match.place?.lon],
  );
  const selectOnMap = useSteadyCallback((id: string) => {
    setSelectedId(id);
    if (openId) setOpenId(id);
  });
  const placePoint = useSteadyCallback((point: { lat: number; lon: number }) => {
    // A company is in the Netherlands: the main process knows the outline and the places.
    const inBox =
      point.lat >= NL_BOUNDS.south &&
      point.lat <= NL_BOUNDS.north &&
      point.lon >= NL_BOUNDS.west &&
      point.lon <= NL_BOUNDS.east;
    const check = inBox
      ? api()['geo:locate-point'](point)
      : Promise.resolve({ ok: true as const, value: { inNetherlands: false, nearest: null } });
    void check.then((r) => {
      const inside = r.ok && r.value.inNetherlands;
      setPointOutside(!inside);
      if (!inside) return;
      update({ point, placeText: '' });
      setPicking(false);
    });
  });

  return (
    <div className="advisor-wrap">
      <VisitBar onChooseCompany={() => setPicker(true)} />
      {(picker || session.pendingAdd) && (
        <CompanyPicker
          reason={session.pendingAdd ? t.companies.needCompany : undefined}
          onClose={() => {
            setPicker(false);
            session.cancelPending();
          }}
        />
      )}
      {findOpen && (
        <FindByName
          records={records}
          onClose={() => setFindOpen(false)}
          onOpen={(id) => {
            setFindOpen(false);
            setOpenIdState(id);
            openedFrom.current = null;
            if (allMatches.some((m) => m.id === id)) setSelectedId(id);
          }}
        />
      )}
      <main className={`advisor${mapFolded ? ' map-folded' : ''}`}>
        <aside className="profile-pane">
          <ProfileForm
            profile={profile}
            update={update}
            match={match}
            picking={picking}
            onPick={() => setPicking((p) => !p)}
            onJumpToResults={() => focusAfterDraw('results')}
          />
        </aside>
        <section className="results-pane" aria-label={t.resultsTitle}>
          {openId ? (
            <RecordDetails
              id={openId}
              match={allMatches.find((m) => m.id === openId) ?? null}
              names={names}
              onBack={closeDetails}
              onOpen={openResult}
            />
          ) : (
            <>
              <div className="tabs" role="tablist" aria-label={t.resultsTitle}>
                <button
                  type="button"
                  role="tab"
                  id="tab-results"
                  aria-selected={tab === 'results'}
                  aria-controls="panel-results"
                  onClick={() => setTab('results')}
                >
                  {t.shortlist.resultsTab(matches.length)}
                </button>
                <button
                  type="button"
                  role="tab"
                  id="tab-shortlist"
                  aria-selected={tab === 'shortlist'}
                  aria-controls="panel-shortlist"
                  onClick={() => setTab('shortlist')}
                >
                  {t.shortlist.tab(shortlisted.size)}
                </button>
              </div>
              {tab === 'results' ? (
                <div role="tabpanel" id="panel-results" aria-labelledby="tab-results" className="tab-panel">
                  <header className="results-header">
                    <h2>{t.resultsTitle}</h2>
                    <span className="muted" role="status" data-testid="results-status">
                      {!profile.need.trim()
                        ? ''
                        : match.loading
                          ? t.updating
                          : result
                            ? t.resultsCount(matches.length)
                            : ''}
                    </span>
                    <button
                      type="button"
                      className="find-button"
                      onClick={() => setFindOpen(true)}
                      aria-keyshortcuts="Control+F Meta+F"
                    >
                      {FIND_TEXTS[lang].button} <kbd>{keyLabel('Mod+F')}</kbd>
                    </button>
                  </header>
                  <NarrowedFilters profile={profile} update={update} />
                  <p id="results-hint" className="sr-only">
                    {t.keyboardHint}
                  </p>
                  {/* Empty states speak of the current question only, never of the previous answer. */}
                  {!match.loading && <Feedback match={match} profile={profile} update={update} onOpen={setOpenId} />}
                  <div
                    className={match.loading ? 'stale' : undefined}
                    aria-busy={match.loading}
                    data-answered={match.answered}
                  >
                    {result && allMatches.length > 0 && (
                      <ResultsList
                        result={result}
                        selectedId={selectedId}
                        onSelect={setSelectedId}
                        onOpen={openResult}
                        shortlisted={shortlisted}
                        onToggleShortlist={toggleShortlist}
                      />
                    )}
                  </div>
                  {!profile.need.trim() && <StartPanel />}
                </div>
              ) : (
                <div role="tabpanel" id="panel-shortlist" aria-labelledby="tab-shortlist" className="tab-panel">
                  {session.company ? (
                    <Suspense>
                      <ShortlistPanel
                        records={records}
                        layers={layers}
                        onOpenRecord={setOpenId}
                        openReport={reportRequested}
                        onReportOpened={() => setReportRequested(false)}
                      />
                    </Suspense>
                  ) : (
                    <div className="empty">
                      <p>{t.companies.needCompany}</p>
                      <button type="button" className="primary" onClick={() => setPicker(true)}>
                        {t.session.chooseCompany}
                      </button>
                    </div>
                  )}
                </div>
              )}
            </>
          )}
        </section>
        <section className="map-pane advisor-map-pane" aria-label={t.mapTitle}>
          <div className="map-toolbar">
            <button
              type="button"
              className="fold-map"
              aria-expanded={!mapFolded}
              aria-controls="advisor-map"
              onClick={() => setMapFolded((f) => !f)}
            >
              {mapFolded ? `▸ ${t.mapKey.showMap}` : `▾ ${t.mapKey.hideMap}`}
            </button>
            <button
              type="button"
              className="fit-button"
              onClick={() => {
                setMapFolded(false);
                setFitTrigger((n) => n + 1);
              }}
              disabled={matches.length === 0 && !origin}
            >
              {t.fitResults}
            </button>
          </div>
          {/* data-behind: the map has not yet taken the newest answer (it waits for a pause in typing). */}
          <div className="map-wrap" id="advisor-map" data-behind={mapMatches !== matches}>
            {/* Leaflet loads after the profile form has painted; the pane keeps its place meanwhile. */}
            <Suspense>
              <AdvisorMap
                layers={layers}
                records={records}
                matches={mapMatches}
                origin={origin}
                selectedId={selectedId}
                picking={picking}
                fitTrigger={fitTrigger}
                companyTown={companyTown}
                onSelect={selectOnMap}
                onPlacePoint={placePoint}
              />
            </Suspense>
            {pointOutside && (
              <p role="alert" className="map-note field-error" data-testid="point-outside">
                {t.pointOutside}
              </p>
            )}
            <AdvisorMapLegend />
          </div>
        </section>
      </main>
    </div>
  );
}

/** The start screen: the saved companies to pick up with, or the chosen company's visits. */
function StartPanel() {
  const { t } = useI18n();
  const session = useVisitSession();
  if (session.company) return <CompanyVisits company={session.company} />;
  return (
    <section className="start-panel" aria-labelledby="start-title" data-testid="start-panel">
      <h3 id="start-title">{t.companies.recent}</h3>
      <CompanyList />
      <ExportVisits />
      <p className="hint">{t.companies.startFree}</p>
    </section>
  );
}

/** Empty states that help: what is missing, and what to do about it. */
function Feedback({
  match,
  profile,
  update,
  onOpen,
}: {
  match: MatchState;
  profile: ProfileState;
  update: Props['update'];
  onOpen: (id: string) => void;
}) {
  const { t, lang } = useI18n();
  const { label } = useVocabulary();
  const r = match.result;
  const themes = (
    <div className="chips suggestions">
      {SUGGESTED_THEMES.slice(0, 6).map((c) => (
        <button
          key={c}
          type="button"
          className="suggestion-chip"
          onClick={() => update({ need: withTheme(profile.need, label(c, lang)) })}
        >
          + {label(c, lang)}
        </button>
      ))}
    </div>
  );
  if (match.error)
    return (
      <p role="alert" className="empty field-error">
        {errorText(match.error, t)}
      </p>
    );
  if (match.placeError) return null;
  if (!profile.need.trim())
    return (
      <div className="empty" data-testid="empty-need">
        <p>{t.emptyNoNeed}</p>
      </div>
    );
  if (!r) return null;
  const notes = [];
  if (!r.query.origin)
    notes.push(
      <p key="place" className="hint">
        {t.emptyNoPlace}
      </p>,
    );
  if (r.nothingSpecific && r.beyondMaxKm > 0 && profile.maxKm !== null) {
    const wider = [50, 100, 200].find((km) => km > profile.maxKm!) ?? null;
    notes.push(
      <div key="far" className="empty" data-testid="empty-distance">
        <p>{t.emptyNothingNear(profile.maxKm, r.beyondMaxKm)}</p>
        <button type="button" onClick={() => update({ maxKm: wider })}>
          {wider ? t.widen(wider) : t.noLimit}
        </button>
      </div>,
    );
  } else if (r.nothingSpecific) {
    notes.push(
      <div key="none" className="empty" data-testid="empty-nothing">
        <p>{t.emptyNothing}</p>
        {r.matches.length > 0 && <p>{t.emptyBroad}</p>}
        {r.regionalHub && (
          <p>
            {t.emptyHub(r.regionalHub.name, r.regionalHub.province)}{' '}
            <button type="button" className="link-button" onClick={() => onOpen(r.regionalHub!.id)}>
              {t.details}
            </button>
          </p>
        )}
        <p>{t.emptyTryThemes}</p>
        {themes}
      </div>,
    );
  }
  return <>{notes}</>;
}
