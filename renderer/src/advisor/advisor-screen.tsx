/** The advisor's screen: the profile on one side, ranked results and the map on the other. */
import { useEffect, useMemo, useState } from 'react';
import type { RecordSummary } from '../../../electron/shared/catalogue/record-summary';
import type { BaseLayers } from '../../../electron/shared/geo/base-layers';
import { useI18n } from '../i18n/i18n';
import { AdvisorMap } from '../map/advisor-map';
import { ProfileForm } from './profile-form';
import { withTheme, type ProfileState } from './profile-state';
import { RecordDetails } from './record-details';
import { ResultsList } from './results-list';
import { useMatch, type MatchState } from './use-match';
import { SUGGESTED_THEMES, useVocabulary } from './vocabulary';

type Props = {
  profile: ProfileState;
  update: (patch: Partial<ProfileState>) => void;
  layers: BaseLayers;
  records: RecordSummary[];
};

export function AdvisorScreen({ profile, update, layers, records }: Props) {
  const { t } = useI18n();
  const match = useMatch(profile);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [fitTrigger, setFitTrigger] = useState(0);
  const names = useMemo(() => new Map(records.map((r) => [r.id, r.name])), [records]);
  const result = match.result;
  const matches = result?.matches ?? [];
  const allMatches = result ? [...result.matches, ...result.flagged] : [];
  const topId = matches[0]?.id ?? null;
  const ids = allMatches.map((m) => m.id).join(' ');
  useEffect(() => {
    // Keep the selection while it is still listed; otherwise select the new number one.
    setSelectedId((current) => (current && ids.split(' ').includes(current) ? current : topId));
  }, [topId, ids]);
  const origin =
    result?.query.origin ??
    (match.place?.ok ? { lat: match.place.place.lat, lon: match.place.place.lon } : profile.point);

  return (
    <main className="advisor">
      <aside className="profile-pane">
        <ProfileForm
          profile={profile}
          update={update}
          match={match}
          picking={picking}
          onPick={() => setPicking((p) => !p)}
        />
      </aside>
      <section className="results-pane" aria-label={t.resultsTitle}>
        {openId ? (
          <RecordDetails
            id={openId}
            match={allMatches.find((m) => m.id === openId) ?? null}
            names={names}
            onBack={() => setOpenId(null)}
            onOpen={(id) => {
              setOpenId(id);
              setSelectedId(id);
            }}
          />
        ) : (
          <>
            <header className="results-header">
              <h2>{t.resultsTitle}</h2>
              <span className="muted" role="status" data-testid="results-status">
                {match.loading ? t.updating : result ? t.resultsCount(matches.length) : ''}
              </span>
            </header>
            <p id="results-hint" className="sr-only">
              {t.keyboardHint}
            </p>
            {/* Empty states speak of the current question only, never of the previous answer. */}
            {!match.loading && <Feedback match={match} profile={profile} update={update} onOpen={setOpenId} />}
            <div className={match.loading ? 'stale' : undefined} aria-busy={match.loading}>
              {result && allMatches.length > 0 && (
                <ResultsList result={result} selectedId={selectedId} onSelect={setSelectedId} onOpen={setOpenId} />
              )}
            </div>
          </>
        )}
      </section>
      <section className="map-pane advisor-map-pane" aria-label={t.mapTitle}>
        <div className="map-wrap">
          <AdvisorMap
            layers={layers}
            records={records}
            matches={matches}
            origin={origin}
            selectedId={selectedId}
            picking={picking}
            fitTrigger={fitTrigger}
            onSelect={(id) => {
              setSelectedId(id);
              if (openId) setOpenId(id);
            }}
            onPlacePoint={(point) => {
              update({ point, placeText: '' });
              setPicking(false);
            }}
          />
          <button
            type="button"
            className="fit-button"
            onClick={() => setFitTrigger((n) => n + 1)}
            disabled={matches.length === 0}
          >
            {t.fitResults}
          </button>
        </div>
      </section>
    </main>
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
        {match.error}
      </p>
    );
  if (match.place && !match.place.ok) return null;
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
  // A hub listed only because it serves the province is no answer to the question itself.
  const answers = r.matches.filter((m) => m.reasons.some((x) => x.type === 'concept' || x.type === 'text'));
  if (answers.length === 0 && r.beyondMaxKm > 0 && profile.maxKm !== null) {
    const wider = [50, 100, 200].find((km) => km > profile.maxKm!) ?? null;
    notes.push(
      <div key="far" className="empty" data-testid="empty-distance">
        <p>{t.emptyNothingNear(profile.maxKm, r.beyondMaxKm)}</p>
        <button type="button" onClick={() => update({ maxKm: wider })}>
          {wider ? t.widen(wider) : t.noLimit}
        </button>
      </div>,
    );
  } else if (answers.length === 0) {
    notes.push(
      <div key="none" className="empty" data-testid="empty-nothing">
        <p>{t.emptyNothing}</p>
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
