/** Small labels that say how far to trust a record; each opens its glossary entry. */
import type { RecordSummary } from '../../../electron/shared/catalogue/record-summary';
import { formatYearMonth } from '../../../electron/shared/i18n/format';
import { CONFIDENCE_EXPLANATIONS, statusText } from '../../../electron/shared/i18n/labels';
import { Explained } from '../help/glossary-context';
import { useI18n } from '../i18n/i18n';

/** The status, with the month or year of the evidence it rests on. */
export function StatusBadge({
  status,
  asOf,
  inOption,
}: {
  status: RecordSummary['status'];
  asOf: string | null;
  /** Inside a list option: clickable, not a separate button. */
  inOption?: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <Explained
      term="status"
      inOption={inOption}
      className={`badge status-${status}`}
      detail={statusText(status, asOf, lang)}
    >
      {t.status[status]}
      {asOf && ` · ${formatYearMonth(asOf, lang)}`}
    </Explained>
  );
}

export function ConfidenceBadge({
  record,
  inOption,
}: {
  record: Pick<RecordSummary, 'confidence' | 'fieldlabStatus' | 'verificationNeeded'>;
  inOption?: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <span className="badges">
      <Explained
        term="confidence"
        inOption={inOption}
        className={`badge confidence-${record.confidence}`}
        detail={CONFIDENCE_EXPLANATIONS[lang][record.confidence]}
      >
        {t.confidenceBadge(t.confidence[record.confidence])}
      </Explained>
      {record.fieldlabStatus === 'unverified' && (
        <Explained term="unverified" inOption={inOption} className="badge warn">
          {t.unverified}
        </Explained>
      )}
      {record.verificationNeeded && (
        <Explained term="checkNeeded" inOption={inOption} className="badge warn">
          {t.checkNeeded}
        </Explained>
      )}
    </span>
  );
}
