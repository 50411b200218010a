/** One record in full: why it fits, what an SME can do there, its centres and sites, how to get in touch, and how sure we are. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiError } from '../../../electron/shared/api';
import type { ConceptId } from '../../../electron/shared/catalogue/vocabulary';
import type { CatalogueRecord } from '../../../electron/shared/catalogue/validate-catalogue';
import { explainReason } from '../../../electron/shared/i18n/explain';
import type { Match } from '../../../electron/shared/matching/types';
import { useApiQuery } from '../api/use-api-query';
import { api } from '../api/window-api';
import { useVocabulary } from '../advisor/vocabulary';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n';
import { ConfidenceBadge, StatusBadge } from './badges';
import { KIND_TERM } from '../help/glossary';
import { Explained } from '../help/glossary-context';
import { RecordEvidence } from './record-evidence';
import { RecordOffers, RecordParts, RecordPlaces } from './record-sections';

type Props = {
  id: string;
  match: Match | null;
  names: Map<string, string>;
  onBack: () => void;
  onOpen: (id: string) => void;
  /** Told the record once it is loaded, so that the map can show its other sites and centres. */
  onLoaded?: (record: CatalogueRecord) => void;
};

export function RecordDetails({ id, match, names, onBack, onOpen, onLoaded }: Props) {
  const { t, lang } = useI18n();
  const { label } = useVocabulary();
  const { data: record, error: loadError } = useApiQuery('catalogue:get', { id });
  useEffect(() => {
    if (record) onLoaded?.(record);
  }, [record, onLoaded]);
  const [linkError, setLinkError] = useState<{ id: string; error: ApiError } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [record]);
  const openLink = async (url: string) => {
    const r = await api()['shell:open-external']({ url });
    if (!r.ok) setLinkError({ id, error: r.error });
  };
  // An error belongs to the record it happened on.
  const failure = loadError ?? (linkError?.id === id ? linkError.error : null);
  const error = failure && `${failure === loadError ? t.loadRecordFailed : t.linkFailed}: ${errorText(failure, t)}`;
  if (!record) return <section className="details">{error && <p role="alert">{error}</p>}</section>;
  const concepts = (list: string) =>
    record.concepts.filter((c) => c.startsWith(list)).map((c) => label(c as ConceptId, lang));
  return (
    <section
      className="details"
      aria-labelledby="details-title"
      data-record-id={record.id}
      onKeyDown={(e) => e.key === 'Escape' && onBack()}
    >
      <button type="button" className="back" onClick={onBack}>
        ← {t.back}
      </button>
      <h2 id="details-title" tabIndex={-1} ref={heading}>
        {record.name}
      </h2>
      <p className="muted">
        <Explained term={record.subtype === 'edih' ? 'edih' : KIND_TERM[record.kind]} className="kind-label">
          {record.subtype === 'edih' ? `${t.kind[record.kind]} (EDIH)` : t.kind[record.kind]}
        </Explained>
        {record.fieldlabStatus && ` · ${t.fieldlabStatus[record.fieldlabStatus]}`}
        {record.aliases.length > 0 && ` · ${t.alsoKnownAs} ${record.aliases.join(', ')}`}
      </p>
      <div className="result-badges">
        <StatusBadge status={record.status.value} asOf={record.status.asOf} />
        <ConfidenceBadge
          record={{
            confidence: record.evidence.confidence,
            fieldlabStatus: record.fieldlabStatus,
            verificationNeeded: record.evidence.verificationNeeded,
          }}
        />
      </div>
      <p className="description">{record.description[lang]}</p>
      {match && (
        <Block title={t.whyMatched}>
          <ul className="reasons">
            {match.reasons.map((r, i) => (
              <li key={i}>{explainReason(r, lang, label)}</li>
            ))}
          </ul>
        </Block>
      )}
      <RecordOffers record={record} onOpenLink={openLink} />
      <RecordParts record={record} onOpenLink={openLink} />
      {record.subjects.length > 0 && (
        <Block title={t.subjects}>
          <ul className="tag-list">
            {record.subjects.map((s) => (
              <li key={`${s.en}-${s.url}`}>{s[lang] ?? s.en}</li>
            ))}
          </ul>
        </Block>
      )}
      <TagList title={t.themes} items={concepts('theme:')} />
      <TagList title={t.sectors} items={concepts('sector:')} />
      <TagList title={t.offers} items={concepts('offer:')} />
      <RecordPlaces record={record} />
      <Block title={t.contactTitle}>
        {record.website ? (
          <p>
            <button
              type="button"
              className="link-button"
              onClick={() => void openLink(record.website!.url)}
              aria-label={`${t.openWebsite}: ${record.website.url}`}
            >
              {record.website.url}
            </button>
            {!record.website.verified && <span className="badge warn"> {t.websiteUnverified}</span>}
          </p>
        ) : (
          <p className="muted">{t.noWebsite}</p>
        )}
        {record.contact.map((c) => (
          <p key={c.value}>
            {t.contactKinds[c.kind]}:{' '}
            {c.kind === 'web' ? (
              <button type="button" className="link-button" onClick={() => void openLink(c.value)}>
                {c.value}
              </button>
            ) : (
              <span className="selectable">{c.value}</span>
            )}
          </p>
        ))}
      </Block>
      {(record.organisations.hosts.length > 0 ||
        record.organisations.partners.length > 0 ||
        record.organisations.coordinator) && (
        <Block title={t.hostsPartners}>
          {record.organisations.hosts.length > 0 && (
            <p>
              {t.hosts}: {record.organisations.hosts.join('; ')}
            </p>
          )}
          {record.organisations.partners.length > 0 && (
            <p>
              {t.partners}: {record.organisations.partners.join('; ')}
            </p>
          )}
          {record.organisations.coordinator && (
            <p>
              {t.coordinator}: {record.organisations.coordinator}
            </p>
          )}
        </Block>
      )}
      {record.links.length > 0 && (
        <Block title={t.links}>
          <ul>
            {record.links.map((l) => (
              <li key={l.label}>
                {l.id && names.has(l.id) ? (
                  <button type="button" className="link-button" onClick={() => onOpen(l.id!)}>
                    {names.get(l.id)}
                  </button>
                ) : (
                  <span>
                    {l.label} <span className="muted">({t.notInCatalogue})</span>
                  </span>
                )}{' '}
                <span className="muted">· {t.relation[l.relation]}</span>
              </li>
            ))}
          </ul>
        </Block>
      )}
      <RecordEvidence record={record} onOpenLink={openLink} />
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}

/** A titled part of the details. */
export function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="detail-block">
      <h3>{title}</h3>
      {children}
    </div>
  );
}

function TagList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <Block title={title}>
      <ul className="tag-list">
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </Block>
  );
}

/** A source link, shortened to its host, opened in the system browser. */
export function SourceLink({ url, onOpen }: { url: string; onOpen: (url: string) => void }) {
  const { t } = useI18n();
  let host = url;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // Not a URL: show it as it is.
  }
  return (
    <button
      type="button"
      className="link-button source-link"
      onClick={() => onOpen(url)}
      title={url}
      aria-label={`${t.source}: ${url}`}
    >
      {t.source}: {host}
    </button>
  );
}
