/** The catalogue as a table: name, kind, place, status and confidence. */
import { useEffect, useRef } from 'react';
import type { RecordSummary } from '../../../electron/shared/catalogue/record-summary';
import { useI18n } from '../i18n/i18n';
import { ConfidenceBadge, StatusBadge } from './badges';
import { KIND_TERM } from '../help/glossary';
import { Explained } from '../help/glossary-context';

type Props = {
  records: RecordSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
};

export function RecordTable({ records, selectedId, onSelect, onOpen }: Props) {
  const { t } = useI18n();
  const selectedRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    selectedRow.current?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  return (
    <div className="table-scroll">
      <table className="record-table">
        <thead>
          <tr>
            <th scope="col">
              {t.colName} / {t.colKind.toLowerCase()}
            </th>
            <th scope="col">{t.colPlace}</th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.colConfidence}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr
              key={r.id}
              ref={r.id === selectedId ? selectedRow : undefined}
              className={r.id === selectedId ? 'selected' : undefined}
              aria-selected={r.id === selectedId}
              data-record-id={r.id}
              onClick={() => onSelect(r.id)}
            >
              <td>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${r.name}: ${t.details}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    onOpen(r.id);
                  }}
                >
                  {r.name}
                </button>
                <div className="kind">
                  <span className={`kind-dot kind-${r.kind}`} aria-hidden="true" />
                  <Explained term={KIND_TERM[r.kind]} className="kind-label">
                    {t.kind[r.kind]}
                  </Explained>
                </div>
              </td>
              <td>
                {r.city ?? r.region ?? '—'}
                {r.country !== 'NL' && <span className="country"> ({r.country})</span>}
                <div className="precision">{r.lat === null ? t.noLocation : t.precision[r.precision]}</div>
              </td>
              <td>
                <StatusBadge status={r.status} asOf={r.statusAsOf} />
              </td>
              <td>
                <ConfidenceBadge record={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
