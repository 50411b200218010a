/** Small labels that say how far to trust a record. */
import type { RecordSummary } from '../../../electron/shared/catalogue/record-summary';
import { useI18n } from '../i18n/i18n';

export function StatusBadge({ status }: { status: RecordSummary['status'] }) {
  const { t } = useI18n();
  return <span className={`badge status-${status}`}>{t.status[status]}</span>;
}

export function ConfidenceBadge({
  record,
}: {
  record: Pick<RecordSummary, 'confidence' | 'fieldlabStatus' | 'verificationNeeded'>;
}) {
  const { t } = useI18n();
  return (
    <span className="badges">
      <span className={`badge confidence-${record.confidence}`}>{t.confidence[record.confidence]}</span>
      {record.fieldlabStatus === 'unverified' && <span className="badge warn">{t.unverified}</span>}
      {record.verificationNeeded && <span className="badge warn">{t.checkNeeded}</span>}
    </span>
  );
}
