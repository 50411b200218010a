/**
 * The line above the advisor's screen: which company and visit this is, whether it is saved, and
 * "Nieuwe vraag" to start clean for the next caller.
 */
import { formatDate } from '../../../electron/shared/i18n/format';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n';
import { useVisitSession } from './visit-session';

/** The key that goes with a shortcut on this computer: ⌘ on a Mac, Ctrl elsewhere. */
export const MOD_KEY = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function VisitBar({ onChooseCompany }: { onChooseCompany: () => void }) {
  const { t, lang } = useI18n();
  const s = useVisitSession();
  const time = s.savedAt?.toLocaleTimeString(lang === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
  const status = s.saving
    ? t.session.saving
    : s.visit
      ? s.dirty
        ? t.session.changedSince
        : t.session.savedAt(time ?? '')
      : t.session.notSaved;
  return (
    <div className="visit-bar" data-testid="visit-bar">
      <div className="visit-who">
        {s.company ? (
          <>
            <strong data-testid="current-company">{s.company.name}</strong>
            {s.company.place && <span className="muted">{s.company.place}</span>}
          </>
        ) : (
          <span className="muted">{t.session.freeSearch}</span>
        )}
        <button type="button" className="link-button" onClick={onChooseCompany}>
          {s.company ? t.session.otherCompany : t.session.chooseCompany}
        </button>
      </div>
      {s.company && (
        <div className="visit-state">
          <span>
            {t.session.visitOf(formatDate(s.draft.date, lang))} ·{' '}
            <span className={s.dirty || !s.visit ? 'unsaved' : 'saved'} data-testid="visit-status">
              {status}
            </span>
          </span>
          <button
            type="button"
            className="primary"
            onClick={() => void s.save()}
            disabled={s.saving || (s.visit !== null && !s.dirty)}
            title={`${MOD_KEY}S`}
          >
            {s.visit ? t.session.saveAgain : t.session.save}
          </button>
        </div>
      )}
      {s.error && (
        <p className="field-error" role="alert">
          {errorText(s.error, t)}{' '}
          <button type="button" className="link-button" onClick={s.dismissError}>
            {t.close}
          </button>
        </p>
      )}
      <button
        type="button"
        className="new-question"
        onClick={s.newQuestion}
        title={t.session.newQuestionHelp(`${MOD_KEY}N`)}
        aria-keyshortcuts="Control+N Meta+N"
      >
        {t.session.newQuestion} <kbd>{MOD_KEY}N</kbd>
      </button>
    </div>
  );
}
