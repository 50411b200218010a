/** The catalogue screen: the list beside the offline map, with the about panel. */
import { useEffect, useMemo, useState } from 'react';
import type { CatalogueMeta } from '../../electron/shared/catalogue/catalogue-meta';
import type { RecordSummary } from '../../electron/shared/catalogue/record-summary';
import type { BaseLayers } from '../../electron/shared/geo/base-layers';
import type { Vocabulary } from '../../electron/shared/catalogue/vocabulary';
import { AdvisorScreen } from './advisor/advisor-screen';
import { useProfileState } from './advisor/profile-state';
import { labelFunction, VocabularyContext } from './advisor/vocabulary';
import { RECORD_KINDS, type RecordKind } from '../../electron/shared/catalogue/record';
import { AboutPanel } from './about/about-panel';
import { api } from './api';
import { KindFilter } from './catalogue/kind-filter';
import { RecordTable } from './catalogue/record-table';
import { useI18n } from './i18n/i18n';
import type { Lang } from './i18n/messages';
import { CatalogueMap } from './map/catalogue-map';

type Loaded = { meta: CatalogueMeta; records: RecordSummary[]; layers: BaseLayers; vocabulary: Vocabulary };
type View = 'advisor' | 'catalogue';

async function loadCatalogue(): Promise<Loaded> {
  const [meta, records, layers, vocabulary] = await Promise.all([
    api()['catalogue:meta']({}),
    api()['catalogue:list']({}),
    api()['geo:layers']({}),
    api()['catalogue:vocabulary']({}),
  ]);
  for (const r of [meta, records, layers, vocabulary]) if (!r.ok) throw new Error(r.error);
  if (!meta.ok || !records.ok || !layers.ok || !vocabulary.ok) throw new Error('unreachable');
  return { meta: meta.value, records: records.value, layers: layers.value, vocabulary: vocabulary.value };
}

export function App() {
  const { t, lang, setLang } = useI18n();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [kinds, setKinds] = useState<Set<RecordKind>>(() => new Set(RECORD_KINDS));
  const [text, setText] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [view, setView] = useState<View>('advisor');
  const { profile, update } = useProfileState();
  const vocabulary = useMemo(
    () => (loaded ? { vocabulary: loaded.vocabulary, label: labelFunction(loaded.vocabulary) } : null),
    [loaded],
  );

  useEffect(() => {
    loadCatalogue().then(setLoaded, (e: Error) => setError(e.message));
  }, []);

  const visible = useMemo(() => {
    const q = text.trim().toLowerCase();
    return (loaded?.records ?? []).filter(
      (r) => kinds.has(r.kind) && (!q || [r.name, r.shortName, r.city].some((s) => s?.toLowerCase().includes(q))),
    );
  }, [loaded, kinds, text]);

  return (
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
          <button type="button" onClick={() => setAboutOpen(true)} disabled={!loaded}>
            {t.about}
          </button>
        </div>
      </header>
      {error && (
        <div role="alert" className="error-banner">
          <strong>{t.loadFailed}:</strong> {error}
        </div>
      )}
      {!loaded && !error && (
        <p className="loading" role="status">
          {t.loading}
        </p>
      )}
      {loaded && vocabulary && view === 'advisor' && (
        <VocabularyContext.Provider value={vocabulary}>
          <AdvisorScreen profile={profile} update={update} layers={loaded.layers} records={loaded.records} />
        </VocabularyContext.Provider>
      )}
      {loaded && view === 'catalogue' && (
        <main className="workspace">
          <section className="list-pane" aria-label={t.listTitle}>
            <div className="list-tools">
              <KindFilter counts={loaded.meta.counts} selected={kinds} onChange={setKinds} />
              <label className="text-filter">
                <span>{t.filterText}</span>
                <input
                  type="search"
                  value={text}
                  placeholder={t.filterPlaceholder}
                  onChange={(e) => setText(e.target.value)}
                />
              </label>
              <p className="count" role="status" data-testid="record-count">
                {t.shown(visible.length, loaded.meta.total)}
              </p>
            </div>
            <RecordTable records={visible} selectedId={selectedId} onSelect={setSelectedId} />
          </section>
          <section className="map-pane" aria-label={t.mapTitle}>
            <CatalogueMap layers={loaded.layers} records={visible} selectedId={selectedId} onSelect={setSelectedId} />
          </section>
        </main>
      )}
      {loaded && aboutOpen && <AboutPanel meta={loaded.meta} onClose={() => setAboutOpen(false)} />}
    </div>
  );
}
