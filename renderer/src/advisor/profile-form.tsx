/** The company profile: place, sector, needs with the recognised themes, distance, kinds, size. */
import { useEffect, useId, useState } from 'react';
import { RECORD_KINDS } from '../../../electron/shared/catalogue/record-basics';
import type { ConceptId } from '../../../electron/shared/catalogue/vocabulary';
import type { ConceptHit } from '../../../electron/shared/matching/concept-matcher';
import type { PlaceSuggestion } from '../../../electron/shared/geo/place-resolver';
import { describeHit } from '../../../electron/shared/i18n/explain';
import { api } from '../api/window-api';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n';
import { PROFILE_LIMITS } from '../../../electron/shared/companies/company-profile';
import { Combobox, type Option } from './combobox';
import { DISTANCE_PRESETS, withTheme, type CompanySize, type ProfileState } from './profile-state';
import type { MatchState } from './use-match';
import { SUGGESTED_THEMES, useVocabulary } from './vocabulary';
import { suggestSectors } from '../../../electron/shared/matching/suggest-sectors';
import { HELP_TEXTS } from '../help/help-texts';
import { SHORTCUT_TEXTS } from '../keyboard/shortcut-texts';
import { keyLabel } from '../keyboard/shortcuts';

/** The need field's element id, for the shortcut that focuses it. */
export const NEED_FIELD_ID = 'need-field';

type Props = {
  profile: ProfileState;
  update: (patch: Partial<ProfileState>) => void;
  match: MatchState;
  picking: boolean;
  onPick: () => void;
};

export function ProfileForm({
  profile,
  update,
  match,
  picking,
  onPick,
  onJumpToResults,
}: Props & { onJumpToResults: () => void }) {
  const { t } = useI18n();
  return (
    <form className="profile-form" aria-label={t.profileTitle} onSubmit={(e) => e.preventDefault()}>
      <h2>{t.profileTitle}</h2>
      <PlaceField profile={profile} update={update} match={match} picking={picking} onPick={onPick} />
      <SectorField value={profile.sector} onChange={(sector) => update({ sector })} match={match} />
      <NeedField profile={profile} update={update} match={match} onJumpToResults={onJumpToResults} />
      <fieldset className="distance">
        <legend>{t.maxDistance}</legend>
        {[...DISTANCE_PRESETS, null].map((km) => (
          <label key={km ?? 'any'} className="radio-chip">
            <input type="radio" name="maxKm" checked={profile.maxKm === km} onChange={() => update({ maxKm: km })} />
            <span>{km === null ? t.anyDistance : `${km} km`}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="kinds">
        <legend>{t.kindsToInclude}</legend>
        {RECORD_KINDS.map((kind) => (
          <label key={kind} className="check-chip">
            <input
              type="checkbox"
              checked={profile.kinds.includes(kind)}
              onChange={(e) =>
                update({ kinds: e.target.checked ? [...profile.kinds, kind] : profile.kinds.filter((k) => k !== kind) })
              }
            />
            <span>{t.kindPlural[kind]}</span>
          </label>
        ))}
      </fieldset>
      <label className="check-line">
        <input
          type="checkbox"
          checked={profile.onlyActive}
          onChange={(e) => update({ onlyActive: e.target.checked })}
        />
        {t.onlyActive}
      </label>
      <label className="select-line">
        {t.companySize}
        <select value={profile.size} onChange={(e) => update({ size: e.target.value as CompanySize })}>
          {(['any', 'micro', 'small', 'medium'] as const).map((s) => (
            <option key={s} value={s}>
              {t.sizes[s]}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}

function PlaceField({ profile, update, match, picking, onPick }: Props) {
  const { t, lang } = useI18n();
  const noteId = useId();
  const [suggestions, setSuggestions] = useState<PlaceSuggestion[]>([]);
  useEffect(() => {
    let live = true;
    if (profile.point || profile.placeText.trim().length < 2) {
      setSuggestions([]);
      return;
    }
    void api()
      ['geo:suggest-places']({ query: profile.placeText, limit: 8 })
      .then((r) => live && r.ok && setSuggestions(r.value));
    return () => {
      live = false;
    };
  }, [profile.placeText, profile.point]);
  const options: Option[] = suggestions.map((s) => ({
    key: `${s.value}-${s.name}-${s.province}`,
    label: s.postcode ? `${s.postcode} ${s.name}` : s.name,
    detail: [
      s.province,
      s.kind === 'municipality' ? t.municipalityShort : s.value !== s.name && !s.postcode ? s.municipality : null,
    ]
      .filter(Boolean)
      .join(' · '),
    value: s.value,
  }));
  let note: React.ReactNode = null;
  if (profile.point) note = t.placeOnMap(match.result?.query.origin?.near ?? null);
  else if (match.place) {
    const p = match.place;
    note = (
      <>
        <span className="resolved">✓ {t.placeResolved(p.name, p.province)}</span>
        {p.how === 'postcode' && p.postcode ? (
          <span className="muted"> ({t.placeFromPostcode(p.postcode)})</span>
        ) : p.how === 'district' && p.district ? (
          <span className="muted"> ({t.placeDistrict(p.district, p.name)})</span>
        ) : (
          p.typed && <span className="muted"> ({t.placeTyped(p.typed)})</span>
        )}
        {p.alternatives.length > 0 && (
          <span className="alternatives">
            {' '}
            {t.placeAlso}{' '}
            {p.alternatives.slice(0, 3).map((a) => (
              <button
                key={a.value + a.name}
                type="button"
                className="link-button"
                onClick={() => update({ placeText: a.value })}
              >
                {a.value}
              </button>
            ))}
          </span>
        )}
      </>
    );
  } else if (match.placeError) {
    const suggested = (match.placeError.params.suggestions ?? []) as string[];
    note = (
      <>
        <span role="alert" className="field-error">
          {errorText(match.placeError, t)}
        </span>
        {suggested.length > 0 && (
          <span className="alternatives" data-testid="place-suggestions">
            {' '}
            {HELP_TEXTS[lang].placeSuggest}{' '}
            {suggested.slice(0, 4).map((s) => (
              <button key={s} type="button" className="link-button" onClick={() => update({ placeText: s })}>
                {s}
              </button>
            ))}
          </span>
        )}
      </>
    );
  }
  return (
    <div className="field">
      <Combobox
        label={t.place}
        value={profile.point ? '' : profile.placeText}
        placeholder={profile.point ? t.placeOnMap(match.result?.query.origin?.near ?? null) : t.placePlaceholder}
        options={options}
        describedBy={noteId}
        invalid={!!match.placeError}
        maxLength={PROFILE_LIMITS.place}
        onChange={(placeText) => update({ placeText, point: null })}
        onSelect={(o) => update({ placeText: o.value, point: null })}
      />
      <div className="field-actions">
        <button type="button" aria-pressed={picking} onClick={onPick}>
          {picking ? t.pickOnMapActive : t.pickOnMap}
        </button>
        {profile.point && (
          <button type="button" onClick={() => update({ point: null })}>
            {t.clearPoint}
          </button>
        )}
      </div>
      <p id={noteId} className="field-note" aria-live="polite">
        {note}
      </p>
    </div>
  );
}

function SectorField({ value, onChange, match }: { value: string; onChange: (v: string) => void; match: MatchState }) {
  const { t, lang } = useI18n();
  const { vocabulary } = useVocabulary();
  const noteId = useId();
  // Said only once the matcher has read the sector: a sector it did not recognise would otherwise be ignored silently.
  const unrecognised = value.trim() !== '' && match.result !== null && match.result.query.sector.length === 0;
  const q = value.trim().toLowerCase();
  const options: Option[] = vocabulary.sector
    .filter(
      (e) => !q || [e[lang], e.nl, e.en, ...e.synonyms.nl, ...e.synonyms.en].some((s) => s.toLowerCase().includes(q)),
    )
    .filter((e) => e[lang].toLowerCase() !== q)
    .slice(0, 8)
    .map((e) => ({ key: e.code, label: e[lang], value: e[lang] }));
  return (
    <div className="field">
      <Combobox
        label={t.sector}
        value={value}
        placeholder={t.sectorPlaceholder}
        options={options}
        maxLength={PROFILE_LIMITS.sector}
        describedBy={unrecognised ? noteId : undefined}
        onChange={onChange}
        onSelect={(o) => onChange(o.value)}
      />
      {unrecognised && <SectorNote id={noteId} typed={value.trim()} onChoose={onChange} />}
    </div>
  );
}

/** The sector text was not recognised: say so, and offer the sectors it may have meant as buttons. */
function SectorNote({ id, typed, onChoose }: { id: string; typed: string; onChoose: (label: string) => void }) {
  const { lang } = useI18n();
  const { vocabulary } = useVocabulary();
  const texts = HELP_TEXTS[lang];
  const suggestions = suggestSectors(typed, vocabulary.sector);
  return (
    <div id={id} className="field-note sector-note" role="status" data-testid="sector-note">
      <p>{texts.sectorNotRecognised(typed)}</p>
      {suggestions.length > 0 ? (
        <p className="chips suggestions">
          <span className="chips-label">{texts.sectorSuggest}</span>
          {suggestions.map((e) => (
            <button key={e.code} type="button" className="suggestion-chip" onClick={() => onChoose(e[lang])}>
              {e[lang]}
            </button>
          ))}
        </p>
      ) : (
        <p>{texts.sectorNoSuggestion}</p>
      )}
    </div>
  );
}

/** What a recognised hit says: a theme, a need with what it was read as, or a guessed correction as a question. */
function ConceptChipText({ hit }: { hit: ConceptHit }) {
  const { t, lang } = useI18n();
  const { label, vocabulary } = useVocabulary();
  const name = label(hit.concept, lang);
  if (hit.concept.startsWith('need:')) {
    const leadsTo = vocabulary.need.find((e) => `need:${e.code}` === hit.concept)?.leadsTo ?? [];
    const themes = leadsTo.filter((c) => c.startsWith('theme:')).slice(0, 3);
    return (
      <span title={name}>
        <q>{hit.words}</q>
        {/* What it was read as: the themes that answer it, or the need itself when it asks for a kind of help or a place. */}
        {` → ${(themes.length > 0 ? themes.map((c) => label(c as ConceptId, lang)) : [name]).map((l) => l.toLowerCase()).join(', ')}`}
      </span>
    );
  }
  if (hit.how === 'typo') {
    return (
      <span>
        {name} <span className="chip-typo">({t.didYouMean(hit.term)})</span>
      </span>
    );
  }
  return (
    <span>
      {name}
      {hit.how === 'compound' || hit.how === 'phrase' ? <span className="chip-typo"> ← {describeHit(hit)}</span> : null}
    </span>
  );
}

function NeedField({
  profile,
  update,
  match,
  onJumpToResults,
}: Omit<Props, 'picking' | 'onPick'> & { onJumpToResults: () => void }) {
  const { t, lang } = useI18n();
  const { label } = useVocabulary();
  const id = useId();
  const hits = match.result?.query.concepts ?? [];
  const unmatched = match.result?.query.unmatchedWords ?? [];
  const addTheme = (c: ConceptId) => update({ need: withTheme(profile.need, label(c, lang)) });
  const vague = profile.need.trim() === '' || (match.result !== null && hits.length === 0);
  return (
    <div className="field">
      <label htmlFor={NEED_FIELD_ID}>{t.need}</label>
      <textarea
        id={NEED_FIELD_ID}
        rows={3}
        value={profile.need}
        maxLength={PROFILE_LIMITS.need}
        aria-describedby={`${id}-count`}
        placeholder={t.needPlaceholder}
        onChange={(e) => update({ need: e.target.value.slice(0, PROFILE_LIMITS.need) })}
      />
      {/* A skip link: from the need, one Tab and Enter reach the results past the chips and filters below. */}
      <button type="button" className="skip-to-results sr-only" onClick={onJumpToResults}>
        {SHORTCUT_TEXTS[lang].skipToResults} ({keyLabel('Mod+J')})
      </button>
      <p
        id={`${id}-count`}
        className={`char-count${profile.need.length > PROFILE_LIMITS.need * 0.9 ? ' near-limit' : ''}`}
        aria-live={profile.need.length > PROFILE_LIMITS.need * 0.9 ? 'polite' : 'off'}
      >
        {t.charCount(profile.need.length, PROFILE_LIMITS.need)}
      </p>
      {hits.length > 0 && (
        <div className="chips" aria-label={t.recognised} role="group">
          <span className="chips-label">{t.recognised}:</span>
          {hits.map((h) => (
            <span key={h.concept} className={`concept-chip how-${h.how}`} data-concept={h.concept}>
              <ConceptChipText hit={h} />
              <button
                type="button"
                aria-label={t.removeConcept(label(h.concept, lang))}
                onClick={() => update({ excluded: [...profile.excluded, h.concept] })}
              >
                ×
              </button>
            </span>
          ))}
        </div>
      )}
      {profile.excluded.length > 0 && (
        <div className="chips removed" role="group" aria-label={t.removed}>
          <span className="chips-label">{t.removed}</span>
          {profile.excluded.map((c) => (
            <button
              key={c}
              type="button"
              className="concept-chip restore"
              aria-label={t.restoreConcept(label(c, lang))}
              onClick={() => update({ excluded: profile.excluded.filter((x) => x !== c) })}
            >
              ↺ {label(c, lang)}
            </button>
          ))}
        </div>
      )}
      {unmatched.length > 0 && (
        <p className="field-note muted">
          {t.notRecognised} {unmatched.join(', ')}
        </p>
      )}
      {vague && (
        <div className="chips suggestions" role="group" aria-label={t.suggestionsTitle}>
          <span className="chips-label">{t.suggestionsTitle}</span>
          {SUGGESTED_THEMES.map((c) => (
            <button key={c} type="button" className="suggestion-chip" onClick={() => addTheme(c)}>
              + {label(c, lang)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
