/** Everything the catalogue knows of one record, with its evidence and why it matched. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ConceptId } from '../../../electron/shared/catalogue/vocabulary';
import type { CatalogueRecord } from '../../../electron/shared/catalogue/validate-catalogue';
import { explainReason } from '../../../electron/shared/i18n/explain';
import type { Match } from '../../../electron/shared/matching/types';
import { api } from '../api';
import { ConfidenceBadge, StatusBadge } from '../catalogue/badges';
import { useI18n } from '../i18n/i18n';
import { useVocabulary } from './vocabulary';

type Props = {
  id: string;
  match: Match | null;
  names: Map<string, string>;
  onBack: () => void;
  onOpen: (id: string) => void;
};

export function RecordDetails({ id, match, names, onBack, onOpen }: Props) {
  const { t, lang } = useI18n();
  const { label } = useVocabulary();
  const [record, setRecord] = useState<CatalogueRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    let live = true;
    setRecord(null);
    void api()
      ['catalogue:get']({ id })
      .then((r) => {
        if (!live) return;
        if (r.ok) setRecord(r.value);
        else setError(r.error);
      });
    return () => {
      live = false;
    };
  }, [id]);
  useEffect(() => heading.current?.focus(), [record]);
  const openWebsite = async (url: string) => {
    const r = await api()['shell:open-external']({ url });
    if (!r.ok) setError(`${t.linkFailed}: ${r.error}`);
  };
  if (!record) return <section className="details">{error && <p role="alert">{error}</p>}</section>;
  const concepts = (list: string) =>
    record.concepts.filter((c) => c.startsWith(list)).map((c) => label(c as ConceptId, lang));
  const description = record.description[lang] ?? record.description.nl ?? record.description.en;
  const loc = record.location;
  return (
    <section className="details" aria-labelledby="details-title" onKeyDown={(e) => e.key === 'Escape' && onBack()}>
      <button type="button" className="back" onClick={onBack}>
        ← {t.back}
      </button>
      <h2 id="details-title" tabIndex={-1} ref={heading}>
        {record.name}
      </h2>
      <p className="muted">
        {t.kind[record.kind]}
        {record.fieldlabStatus && ` · ${t.fieldlabStatus[record.fieldlabStatus]}`}
      </p>
      <div className="result-badges">
        {record.kind === 'institution' && record.status.value === 'unknown' ? (
          <span className="badge">{t.notRecordedStatus}</span>
        ) : (
          <StatusBadge status={record.status.value} />
        )}
        <ConfidenceBadge
          record={{
            confidence: record.evidence.confidence,
            fieldlabStatus: record.fieldlabStatus,
            verificationNeeded: record.evidence.verificationNeeded,
          }}
        />
      </div>
      {match && (
        <Block title={t.whyMatched}>
          <ul className="reasons">
            {match.reasons.map((r, i) => (
              <li key={i}>{explainReason(r, lang, label)}</li>
            ))}
          </ul>
        </Block>
      )}
      {description && <Block title={t.description}>{description}</Block>}
      {record.expertise.length > 0 && <Block title={t.expertise}>{record.expertise.join('; ')}</Block>}
      <List title={t.themes} items={concepts('theme:')} />
      <List title={t.sectors} items={concepts('sector:')} />
      <List title={t.offers} items={concepts('offer:')} />
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
      <Block title={t.address}>
        <p>{[loc.street, loc.city, loc.region, loc.country].filter(Boolean).join(', ')}</p>
        <p>
          {t.precisionLabel}: <strong>{t.precision[loc.precision]}</strong>
          {loc.precisionNote && <span className="muted"> — {loc.precisionNote}</span>}
        </p>
        {record.coverage.length > 0 && (
          <p>
            {t.coverage}: {record.coverage.join(', ')}
          </p>
        )}
      </Block>
      <Block title={t.website}>
        {record.website ? (
          <p>
            <button
              type="button"
              className="link-button"
              onClick={() => void openWebsite(record.website!.url)}
              aria-label={`${t.openWebsite}: ${record.website.url}`}
            >
              {record.website.url}
            </button>
            {!record.website.verified && <span className="badge warn"> {t.websiteUnverified}</span>}
          </p>
        ) : (
          <p className="muted">{t.noWebsite}</p>
        )}
      </Block>
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
      <Block title={t.evidence}>
        {record.evidence.confidenceBasis && (
          <p>
            {t.confidenceBasis}: {record.evidence.confidenceBasis}
          </p>
        )}
        {record.status.note && (
          <p>
            {t.statusNote}: {record.status.note}
          </p>
        )}
        {record.evidence.verificationNote && (
          <p>
            {t.verificationNote}: {record.evidence.verificationNote}
          </p>
        )}
        {(record.started.year || record.started.note) && (
          <p>
            {t.started}: {[record.started.year, record.started.note].filter(Boolean).join(' — ')}
          </p>
        )}
        <p>{t.sources}:</p>
        <ul className="sources">
          {record.evidence.sources.map((s) => (
            <li key={s}>
              {/^https?:\/\//.test(s) ? (
                <button type="button" className="link-button" onClick={() => void openWebsite(s)}>
                  {s}
                </button>
              ) : (
                s
              )}
            </li>
          ))}
        </ul>
      </Block>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="detail-block">
      <h3>{title}</h3>
      {children}
    </div>
  );
}

function List({ title, items }: { title: string; items: string[] }) {
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
