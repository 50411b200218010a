/**
 * The visit as the advisor works it through: date and kind, the question in the company's words, the
 * shortlist with a note and a follow-up state per record (notes saved as they are typed), the general
 * note and follow-up date, the report to leave behind, and what was advised when the visit was saved.
 */
import { useMemo, useState } from 'react';
import type { RecordSummary } from '../../../electron/shared/catalogue/record-summary';
import {
  FOLLOW_UP_STATES,
  VISIT_KINDS,
  type FollowUpState,
  type ShortlistItem,
  type Visit,
} from '../../../electron/shared/companies/company';
import type { BaseLayers } from '../../../electron/shared/geo/base-layers';
import { formatDate } from '../../../electron/shared/i18n/format';
import { FOLLOW_UP_LABELS } from '../../../electron/shared/reports/visit-report';
import { api } from '../api/window-api';
import { Combobox, type Option } from '../advisor/combobox';
import { useNameSearch } from '../catalogue/name-search';
import { useI18n } from '../i18n/i18n';
import { ReportActions } from './report-actions';
import { useAutosave, type SaveStatus } from './use-autosave';
import { useVisitSession } from './visit-session';

type Props = {
  records: RecordSummary[];
  layers: BaseLayers;
  onOpenRecord: (id: string) => void;
  /** Ctrl+P asked for the report: open its preview once, then say so. */
  openReport?: boolean;
  onReportOpened?: () => void;
};

export function ShortlistPanel({ records, layers, onOpenRecord, openReport, onReportOpened }: Props) {
  const { t } = useI18n();
  const session = useVisitSession();
  const { visit, draft } = session;
  return (
    <div className="visit-panel" data-testid="visit-panel">
      <fieldset className="visit-meta">
        <legend className="sr-only">{t.session.visitOf(draft.date)}</legend>
        <label>
          {t.session.date}
          <input
            type="date"
            value={draft.date}
            required
            onChange={(e) => e.target.value && session.setDraft({ date: e.target.value })}
          />
        </label>
        <label>
          {t.session.kind}
          <select
            value={draft.kind}
            onChange={(e) => session.setDraft({ kind: e.target.value as (typeof VISIT_KINDS)[number] })}
          >
            {VISIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.session.kinds[k]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <div className="stacked-field">
        <label className="stacked">
          {t.visitPanel.question}
          <textarea
            rows={2}
            maxLength={1000}
            value={draft.question}
            placeholder={visit?.question || undefined}
            onChange={(e) => session.setDraft({ question: e.target.value })}
            aria-describedby="visit-question-help"
            data-testid="visit-question"
          />
        </label>
        <p id="visit-question-help" className="hint">
          {t.visitPanel.questionHelp}
        </p>
      </div>

      <Shortlist visit={visit} records={records} onOpenRecord={onOpenRecord} />

      {visit ? (
        <>
          <VisitNotes key={visit.id} visit={visit} />
          <ReportActions visit={visit} layers={layers} openReport={openReport} onReportOpened={onReportOpened} />
          <Snapshot visit={visit} records={records} onOpenRecord={onOpenRecord} />
        </>
      ) : (
        <p className="hint">{t.visitPanel.saveFirst}</p>
      )}
    </div>
  );
}

function Shortlist({
  visit,
  records,
  onOpenRecord,
}: {
  visit: Visit | null;
  records: RecordSummary[];
  onOpenRecord: (id: string) => void;
}) {
  const { t } = useI18n();
  const session = useVisitSession();
  const items = visit?.shortlist ?? [];
  return (
    <section className="shortlist" aria-labelledby="shortlist-title">
      <h3 id="shortlist-title">{t.shortlist.tab(items.length)}</h3>
      {items.length === 0 && <p className="hint">{t.shortlist.empty}</p>}
      <ol className="shortlist-items">
        {items.map((item, i) => (
          <ShortlistEntry
            key={`${visit!.id}-${item.recordId}`}
            visitId={visit!.id}
            item={item}
            index={i}
            count={items.length}
            onOpen={() => onOpenRecord(item.recordId)}
            onMove={(to) => session.moveOnShortlist(item.recordId, to)}
            onRemove={() => session.removeFromShortlist(item.recordId)}
          />
        ))}
      </ol>
      <AddByName records={records} exclude={new Set(items.map((i) => i.recordId))} />
    </section>
  );
}

function ShortlistEntry({
  visitId,
  item,
  index,
  count,
  onOpen,
  onMove,
  onRemove,
}: {
  visitId: string;
  item: ShortlistItem;
  index: number;
  count: number;
  onOpen: () => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { t, lang } = useI18n();
  const note = useAutosave(item.note, (value) =>
    api()['shortlist:update']({ visitId, recordId: item.recordId, note: value }),
  );
  const [state, setState] = useState<FollowUpState>(item.state);
  const [stateStatus, setStateStatus] = useState<SaveStatus>('idle');
  const name = item.recordName;
  return (
    <li className="shortlist-entry" data-record-id={item.recordId}>
      <div className="shortlist-head">
        <span className="rank">{index + 1}</span>
        <button type="button" className="link-button shortlist-name" onClick={onOpen}>
          {name}
        </button>
        <div className="shortlist-order">
          <button
            type="button"
            aria-label={t.shortlist.moveUp(name)}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={t.shortlist.moveDown(name)}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            aria-label={t.shortlist.remove(name)}
            // A note typed about this pick goes with it: ask first.
            onClick={() => (!note.value.trim() || window.confirm(t.shortlist.confirmRemove(name))) && onRemove()}
          >
            {t.shortlist.removeButton}
          </button>
        </div>
      </div>
      {item.change && (
        <p className="change-mark" role="note">
          {item.change.kind === 'gone' ? t.shortlist.gone : t.shortlist.statusNow(t.status[item.change.now])}
        </p>
      )}
      <div className="shortlist-fields">
        <label className="stacked">
          {t.shortlist.note}
          <textarea
            rows={2}
            maxLength={5000}
            value={note.value}
            placeholder={t.shortlist.notePlaceholder}
            onChange={(e) => note.change(e.target.value)}
            onBlur={note.flush}
            aria-label={`${t.shortlist.note}: ${name}`}
          />
        </label>
        <label className="stacked">
          {t.shortlist.state}
          <select
            value={state}
            aria-label={`${t.shortlist.state}: ${name}`}
            onChange={(e) => {
              const next = e.target.value as FollowUpState;
              setState(next);
              setStateStatus('saving');
              void api()
                ['shortlist:update']({ visitId, recordId: item.recordId, state: next })
                .then((r) => setStateStatus(r.ok ? 'saved' : 'failed'));
            }}
          >
            {FOLLOW_UP_STATES.map((s) => (
              <option key={s} value={s}>
                {FOLLOW_UP_LABELS[lang][s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <SavedState status={note.status === 'idle' ? stateStatus : note.status} />
    </li>
  );
}

/**
 * Says quietly whether the last change is written. Its line is there before anything is said: a note
 * saved as the field loses focus must not push the button just clicked away from under the pointer.
 */
export function SavedState({ status }: { status: SaveStatus }) {
  const { t } = useI18n();
  const text = { idle: '', saving: t.shortlist.saving, saved: t.shortlist.saved, failed: t.shortlist.notSaved }[status];
  return (
    <span className={`saved-state ${status}`} role={status === 'failed' ? 'alert' : 'status'}>
      {text}
    </span>
  );
}

function AddByName({ records, exclude }: { records: RecordSummary[]; exclude: Set<string> }) {
  const { t } = useI18n();
  const session = useVisitSession();
  const [text, setText] = useState('');
  const search = useNameSearch(records);
  const options: Option[] = search(text, 12)
    .filter((r) => !exclude.has(r.id))
    .slice(0, 8)
    .map((r) => ({
      key: r.id,
      value: r.id,
      label: r.name,
      detail: [t.kind[r.kind], r.city].filter(Boolean).join(' · '),
    }));
  return (
    <div className="add-by-name">
      <Combobox
        label={t.shortlist.addByName}
        value={text}
        placeholder={t.shortlist.addByNamePlaceholder}
        options={options}
        maxLength={100}
        onChange={setText}
        onSelect={(o) => {
          setText('');
          void session.addToShortlist(o.value);
        }}
      />
    </div>
  );
}

function VisitNotes({ visit }: { visit: Visit }) {
  const { t } = useI18n();
  const note = useAutosave(visit.note, (value) => api()['visits:set-note']({ id: visit.id, note: value }));
  const [followUp, setFollowUp] = useState(visit.followUpDate ?? '');
  const [followStatus, setFollowStatus] = useState<SaveStatus>('idle');
  return (
    <section className="visit-notes">
      <label className="stacked">
        {t.visitPanel.note}
        <textarea
          rows={3}
          maxLength={10_000}
          value={note.value}
          placeholder={t.visitPanel.notePlaceholder}
          onChange={(e) => note.change(e.target.value)}
          onBlur={note.flush}
          data-testid="visit-note"
        />
      </label>
      <label className="inline">
        {t.visitPanel.followUp}
        <input
          type="date"
          value={followUp}
          onChange={(e) => {
            setFollowUp(e.target.value);
            setFollowStatus('saving');
            void api()
              ['visits:set-note']({ id: visit.id, followUpDate: e.target.value || null })
              .then((r) => setFollowStatus(r.ok ? 'saved' : 'failed'));
          }}
        />
      </label>
      <SavedState status={note.status === 'idle' ? followStatus : note.status} />
    </section>
  );
}

/** What was advised when the visit was saved, with what changed in the catalogue since. */
function Snapshot({
  visit,
  records,
  onOpenRecord,
}: {
  visit: Visit;
  records: RecordSummary[];
  onOpenRecord: (id: string) => void;
}) {
  const { t, lang } = useI18n();
  const byId = useMemo(() => new Map(records.map((r) => [r.id, r])), [records]);
  const results = visit.results;
  if (!results || results.matches.length === 0) return null;
  return (
    <details className="snapshot">
      <summary>{t.visitPanel.snapshotTitle(formatDate(visit.date, lang))}</summary>
      <p className="hint">
        {t.visitPanel.snapshotHelp} {visit.catalogueChanged && t.visitPanel.catalogueChanged}
      </p>
      <ol>
        {results.matches.map((m) => {
          const now = byId.get(m.id);
          const change = !now
            ? t.shortlist.gone
            : now.status !== m.status && now.status === 'ended'
              ? t.shortlist.statusNow(t.status[now.status])
              : null;
          return (
            <li key={m.id}>
              <button type="button" className="link-button" onClick={() => onOpenRecord(m.id)} disabled={!now}>
                {m.name}
              </button>{' '}
              <span className="muted">{t.kind[m.kind]}</span>
              {change && <span className="change-mark"> · {change}</span>}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
