/** Small labels that say how far to trust a record. */
import type { RecordSummary } from '../../../electron/shared/catalogue/record-summary';
import { formatYearMonth } from '../../../electron/shared/i18n/format';
import { CONFIDENCE_EXPLANATIONS, statusText } from '../../../electron/shared/i18n/labels';
import { useI18n } from '../i18n/i18n';

/** The status, with the month or year of the evidence it rests on. */
export function StatusBadge({ status, asOf }: { status: RecordSummary['status']; asOf: string | null }) {
  const { t, lang } = useI18n();
  return (
    <span className={`badge status-${status}`} title={statusText(status, asOf, lang)}>
      {t.status[status]}
      {asOf && ` · ${formatYearMonth(asOf, lang)}`}
    </span>
  );
}

export function ConfidenceBadge({
  record,
}: {
  record: Pick<RecordSummary, 'confidence' | 'fieldlabStatus' | 'verificationNeeded'>;
}) {
  const { t, lang } = useI18n();
  return (
    <span className="badges">
      <span
        className={`badge confidence-${record.confidence}`}
        title={CONFIDENCE_EXPLANATIONS[lang][record.confidence]}
      >
        {t.confidenceBadge(t.confidence[record.confidence])}
      </span>
      {record.fieldlabStatus === 'unverified' && <span className="badge warn">{t.unverified}</span>}
      {record.verificationNeeded && <span className="badge warn">{t.checkNeeded}</span>}
    </span>
  );
}
