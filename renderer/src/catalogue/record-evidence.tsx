/** How sure we are about a record, in plain words: confidence, dated status, sources and quotes. */
import type { CatalogueRecord } from '../../../electron/shared/catalogue/validate-catalogue';
import { CONFIDENCE_EXPLANATIONS, statusText } from '../../../electron/shared/i18n/labels';
import { useI18n } from '../i18n/i18n';
import { Block, SourceLink } from './record-details';

export function RecordEvidence({ record, onOpenLink }: { record: CatalogueRecord; onOpenLink: (url: string) => void }) {
  const { t, lang } = useI18n();
  const { evidence, status } = record;
  return (
    <Block title={t.evidence}>
      <p>
        {t.confidenceLabel}: <strong>{t.confidence[evidence.confidence]}</strong>:{' '}
        {CONFIDENCE_EXPLANATIONS[lang][evidence.confidence]}.
      </p>
      <p>
        {t.statusLabel}: <strong>{statusText(status.value, status.asOf, lang)}</strong>
        {status.source && (
          <>
            {' '}
            <SourceLink url={status.source} onOpen={onOpenLink} />
          </>
        )}
      </p>
      {evidence.verificationNeeded && <p className="warn-text">{t.verificationNeededText}</p>}
      {record.started.year && (
        <p>
          {t.started}: {record.started.year}
        </p>
      )}
      <p>{t.sources}:</p>
      <ul className="sources">
        {evidence.sources.map((s) => (
          <li key={s}>
            {/^https?:\/\//.test(s) ? (
              <button type="button" className="link-button" onClick={() => onOpenLink(s)}>
                {s}
              </button>
            ) : (
              s
            )}
          </li>
        ))}
      </ul>
      {evidence.quotes.length > 0 && (
        <details className="quotes">
          <summary>{t.quotesTitle(evidence.quotes.length)}</summary>
          <ul>
            {evidence.quotes.map((q) => (
              <li key={q.quote}>
                <q>{q.quote}</q> <SourceLink url={q.url} onOpen={onOpenLink} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </Block>
  );
}
