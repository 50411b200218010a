/** The app shell: header with the view switch, language and about panel; the advisor and catalogue screens. */
import { Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CatalogueMeta } from '../../electron/shared/catalogue/catalogue-meta';
import type { RecordSummary } from '../../electron/shared/catalogue/record-summary';
import type { BaseLayers } from '../../electron/shared/geo/base-layers';
import type { Vocabulary } from '../../electron/shared/catalogue/vocabulary';
import { AdvisorScreen } from './advisor/advisor-screen';
import { useProfileState } from './advisor/profile-state';
import { VocabularyContext } from './advisor/vocabulary';
import { labelOf } from '../../electron/shared/catalogue/vocabulary';
import type { ApiError } from '../../electron/shared/api';
import { api, ApiFailure, unwrap } from './api/window-api';
import { ScreenBoundary } from './error-boundary';
import { errorText } from './i18n/error-text';
import { useI18n } from './i18n/i18n';
import type { Lang } from './i18n/messages';
import { AboutPanel, CatalogueScreen, UserDataDialog } from './lazy-parts';
import { useVisitSessionState, VisitSessionProvider } from './visits/visit-session';
import type { BackupStatus } from '../../electron/shared/api/reports-api';
import type { GlossaryTerm } from './help/glossary';
import { GlossaryContext } from './help/glossary-context';
import { GlossaryDialog } from './help/glossary-dialog';
import { HELP_TEXTS } from './help/help-texts';
import { ShortcutHelp } from './keyboard/shortcut-help';
import { SHORTCUT_TEXTS } from './keyboard/shortcut-texts';
import { useShortcuts } from './keyboard/use-shortcuts';
import './help/help.css';

type Loaded = { meta: CatalogueMeta; records: RecordSummary[]; layers: BaseLayers; vocabulary: Vocabulary };
type View = 'advisor' | 'catalogue';

async function loadCatalogue(): Promise<Loaded> {
  const [meta, records, layers, vocabulary] = await Promise.all([
    api()['catalogue:meta']({}),
    api()['catalogue:list']({}),
    api()['geo:layers']({}),
    api()['catalogue:vocabulary']({}),
  ]);
  return { meta: unwrap(meta), records: unwrap(records), layers: unwrap(layers), vocabulary: unwrap(vocabulary) };
}

export function App() {
  const { t, lang, setLang } = useI18n();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [userDataOpen, setUserDataOpen] = useState(false);
  const [setAside, setSetAside] = useState<BackupStatus['setAside']>(null);
  const [view, setView] = useState<View>('advisor');
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  /** The glossary, open at a term ('top' for its beginning), or closed. */
  const [glossary, setGlossary] = useState<GlossaryTerm | 'top' | null>(null);
  const openGlossary = useCallback((term: GlossaryTerm | null) => setGlossary(term ?? 'top'), []);
  useShortcuts('app', {
    help: () => setShortcutsOpen(true),
    switchLanguage: () => setLang(lang === 'nl' ? 'en' : 'nl'),
  });
  const { profile, ready, update, reset, notice, dismissNotice } = useProfileState();
  const session = useVisitSessionState(profile, update, reset);
  const vocabulary = useMemo(
    () => (loaded ? { vocabulary: loaded.vocabulary, label: labelOf(loaded.vocabulary) } : null),
    [loaded],
  );

  useEffect(() => {
    loadCatalogue().then(setLoaded, (e: Error) =>
      setError(e instanceof ApiFailure ? e.error : { code: 'internal', message: e.message, params: {} }),
    );
    // The user's database could not be opened at start: it was kept aside, and the user is told once.
    void api()
      ['backup:status']({})
      .then((r) => r.ok && setSetAside(r.value.setAside));
  }, []);

  return (
    <GlossaryContext.Provider value={openGlossary}>
      <div className="app">
        <header className="app-header">
          <div className="brand">
            <h1>{t.appTitle}</h1>
            <p>{t.tagline}</p>
          </div>
          <div className="header-actions">
            <div className="view-switch" role="group" aria-label={t.views}>
              {(['advisor', 'catalogue'] as const).map((v) => (
                <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
                  {v === 'advisor' ? t.modeAdvisor : t.modeCatalogue}
                </button>
              ))}
            </div>
            <label className="lang-switch">
              <span>{t.language}</span>
              <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} aria-label={t.language}>
                <option value="nl">Nederlands</option>
                <option value="en">English</option>
              </select>
            </label>
            <button type="button" onClick={() => setGlossary('top')}>
              {HELP_TEXTS[lang].button}
            </button>
            <button type="button" onClick={() => setShortcutsOpen(true)} aria-keyshortcuts="Shift+? F1">
              {SHORTCUT_TEXTS[lang].button}
            </button>
            <button type="button" onClick={() => setUserDataOpen(true)}>
              {t.userData.button}
            </button>
            <button type="button" onClick={() => setAboutOpen(true)} disabled={!loaded}>
              {t.about}
            </button>
          </div>
        </header>
        {error && (
          <div role="alert" className="error-banner">
            <strong>{t.loadFailed}:</strong> {errorText(error, t)}
          </div>
        )}
        {!loaded && !error && (
          <p className="loading" role="status">
            {t.loading}
          </p>
        )}
        {notice && (
          <NoticeBanner testId="profile-notice" onClose={dismissNotice}>
            {notice === 'set_aside' ? t.profileSetAside : t.profileNotSaved}
          </NoticeBanner>
        )}
        {session.setAsideNotice && (
          <NoticeBanner testId="session-notice" onClose={session.dismissSetAsideNotice}>
            {t.sessionSetAside}
          </NoticeBanner>
        )}
        {setAside && (
          <NoticeBanner
            testId="user-db-set-aside"
            role="alert"
            onClose={() => setSetAside(null)}
            action={{ label: t.userData.button, onClick: () => setUserDataOpen(true) }}
          >
            {t.userData.setAside(setAside.keptAs, t.userData.reasons[setAside.reason] ?? setAside.reason)}
          </NoticeBanner>
        )}
        {loaded && vocabulary && ready && view === 'advisor' && (
          <VocabularyContext.Provider value={vocabulary}>
            <VisitSessionProvider session={session}>
              <ScreenBoundary onReset={session.newQuestion}>
                <AdvisorScreen
                  key={session.generation}
                  profile={profile}
                  update={update}
                  layers={loaded.layers}
                  records={loaded.records}
                />
              </ScreenBoundary>
            </VisitSessionProvider>
          </VocabularyContext.Provider>
        )}
        {loaded && vocabulary && view === 'catalogue' && (
          <VocabularyContext.Provider value={vocabulary}>
            <ScreenBoundary>
              <Suspense
                fallback={
                  <p className="loading" role="status">
                    {t.loading}
                  </p>
                }
              >
                <CatalogueScreen meta={loaded.meta} records={loaded.records} layers={loaded.layers} />
              </Suspense>
            </ScreenBoundary>
          </VocabularyContext.Provider>
        )}
        {userDataOpen && (
          <ScreenBoundary>
            <Suspense>
              <UserDataDialog onClose={() => setUserDataOpen(false)} onRestored={session.newQuestion} />
            </Suspense>
          </ScreenBoundary>
        )}
        {loaded && aboutOpen && (
          <ScreenBoundary>
            <Suspense>
              <AboutPanel meta={loaded.meta} onClose={() => setAboutOpen(false)} />
            </Suspense>
          </ScreenBoundary>
        )}
        {shortcutsOpen && <ShortcutHelp onClose={() => setShortcutsOpen(false)} />}
        {glossary && <GlossaryDialog term={glossary === 'top' ? null : glossary} onClose={() => setGlossary(null)} />}
      </div>
    </GlossaryContext.Provider>
  );
}

/** A one-line notice above the screens, with an optional action and a close button. */
function NoticeBanner({
  testId,
  role = 'status',
  action,
  onClose,
  children,
}: {
  testId: string;
  role?: 'status' | 'alert';
  action?: { label: string; onClick: () => void };
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div role={role} className="notice-banner" data-testid={testId}>
      <span>{children}</span>
      {action && (
        <button type="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
      <button type="button" onClick={onClose}>
        {t.close}
      </button>
    </div>
  );
}
