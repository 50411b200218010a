/**
 * The advisor's companies: a list that filters as you type (fuzzy on name, place and KvK number), most
 * recent first, with a form for a new one; and, for the chosen company, its earlier visits.
 */
import { useEffect, useState } from 'react';
import type { Company } from '../../../electron/shared/companies/company';
import { formatDate } from '../../../electron/shared/i18n/format';
import { useApiQuery } from '../api/use-api-query';
import { api } from '../api/window-api';
import { Dialog } from '../dialog';
import { formatSbi, sbiCodeIn, sectorOfSbi } from '../../../electron/shared/companies/sbi';
import { useVocabulary } from '../advisor/vocabulary';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n';
import { CompanyForm } from './company-form';
import { SeparatorChoice } from './report-actions';
import { useVisitSession } from './visit-session';

/** A query that waits until typing pauses. */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

export function CompanyList({ onChosen }: { onChosen?: () => void }) {
  const { t, lang } = useI18n();
  const session = useVisitSession();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const q = useDebounced(query, 120);
  const list = useApiQuery('companies:list', { query: q });
  const companies = list.data ?? [];
  const choose = async (id: string) => {
    const r = await api()['companies:get']({ id });
    if (r.ok) {
      session.chooseCompany(r.value.company);
      onChosen?.();
    }
  };
  if (creating)
    return (
      <CompanyForm
        onSaved={(c) => {
          setCreating(false);
          session.chooseCompany(c);
          onChosen?.();
        }}
        onCancel={() => setCreating(false)}
      />
    );
  return (
    <div className="company-list">
      <div className="company-list-bar">
        <label className="stacked grow">
          {t.companies.filter}
          <input
            type="search"
            value={query}
            maxLength={100}
            placeholder={t.companies.filterPlaceholder}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && companies[0]) void choose(companies[0].id);
            }}
            data-testid="company-filter"
          />
        </label>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          + {t.companies.newCompany}
        </button>
      </div>
      {list.error && (
        <p className="field-error" role="alert">
          {errorText(list.error, t)}
        </p>
      )}
      {list.data && companies.length === 0 && (
        <p className="hint">{q.trim() ? t.companies.noMatch(q.trim()) : t.companies.none}</p>
      )}
      <ul className="companies" aria-label={t.companies.recent}>
        {companies.map((c) => (
          <li key={c.id}>
            <button type="button" className="company-row" onClick={() => void choose(c.id)}>
              <strong>{c.name}</strong>
              <span className="muted">
                {[c.place, c.kvk ? `KvK ${c.kvk}` : '', t.companies.visits(c.visits)]
                  .concat(c.lastVisit ? [t.companies.lastVisit(formatDate(c.lastVisit, lang))] : [])
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The sector as typed with its SBI code ("bakkerij (SBI 10)"); a code alone gets the sector's name. */
function useSectorText(company: Pick<Company, 'sector' | 'sbi'>): string {
  const { t, lang } = useI18n();
  const { vocabulary } = useVocabulary();
  if (!company.sbi) return company.sector;
  if (sbiCodeIn(company.sector) === company.sbi) {
    const named = sectorOfSbi(company.sbi, vocabulary);
    return named
      ? `${t.companies.sbi(formatSbi(company.sbi))} ${named[lang]}`
      : t.companies.sbi(formatSbi(company.sbi));
  }
  return `${company.sector} (${t.companies.sbi(formatSbi(company.sbi))})`;
}

/** The company picker as a dialog, for the visit bar and for a shortlist pick without a company. */
export function CompanyPicker({ onClose, reason }: { onClose: () => void; reason?: string }) {
  const { t } = useI18n();
  return (
    <Dialog title={t.companies.dialogTitle} className="company-picker" onClose={onClose}>
      {reason && (
        <p className="notice-inline" role="status">
          {reason}
        </p>
      )}
      <CompanyList onChosen={onClose} />
    </Dialog>
  );
}

/** The chosen company's card: details (editable) and its visits, each to reopen. */
export function CompanyVisits({ company }: { company: Company }) {
  const { t, lang } = useI18n();
  const session = useVisitSession();
  const [editing, setEditing] = useState(false);
  const sectorText = useSectorText(company);
  const detail = useApiQuery('companies:get', { id: company.id }, `${company.id}-${company.updatedAt}`);
  const visits = detail.data?.visits ?? [];
  if (editing)
    return (
      <CompanyForm
        company={company}
        onSaved={(c) => {
          setEditing(false);
          session.companyChanged(c);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  return (
    <section className="company-card" aria-labelledby="company-card-title" data-testid="company-card">
      <header>
        <h3 id="company-card-title">{company.name}</h3>
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          {t.companies.edit}
        </button>
      </header>
      <p className="muted">
        {[company.place, sectorText, company.kvk ? `KvK ${company.kvk}` : '', company.contactName]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <h4>{t.companies.earlierVisits}</h4>
      {detail.data && visits.length === 0 && <p className="hint">{t.companies.noVisits}</p>}
      <ul className="visit-list">
        {visits.map((v) => (
          <li key={v.id} className={session.visit?.id === v.id ? 'current' : undefined}>
            <div>
              <strong>
                {t.session.kinds[v.kind]}, {formatDate(v.date, lang)}
              </strong>
              <span className="muted">
                {' '}
                · {t.companies.shortlisted(v.shortlisted)}
                {v.followUpDate ? ` · ${t.companies.followUpOn(formatDate(v.followUpDate, lang))}` : ''}
              </span>
              {v.question && <p className="visit-question">“{v.question}”</p>}
            </div>
            <button type="button" onClick={() => void session.openVisit(v.id)} disabled={session.visit?.id === v.id}>
              {t.companies.openVisit}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** All visits as one CSV, for the advisor's own records; offered once there is a visit to put in it. */
export function ExportVisits() {
  const { t, lang } = useI18n();
  const companies = useApiQuery('companies:list', {});
  const none = companies.data != null && companies.data.every((c) => c.visits === 0);
  const [separator, setSeparator] = useState<';' | ','>(lang === 'nl' ? ';' : ',');
  const [outcome, setOutcome] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  return (
    <div className="button-row export-visits">
      <button
        type="button"
        disabled={none}
        aria-describedby={none ? 'export-visits-why' : undefined}
        onClick={async () => {
          const r = await api()['reports:save-csv']({ lang, separator });
          setFailed(!r.ok);
          setOutcome(r.ok ? ('saved' in r.value ? t.visitPanel.savedTo(r.value.saved) : null) : errorText(r.error, t));
        }}
      >
        {t.companies.exportVisits}
      </button>
      {none ? (
        <span id="export-visits-why" className="hint">
          {t.companies.exportVisitsNone}
        </span>
      ) : (
        <SeparatorChoice value={separator} onChange={setSeparator} />
      )}
      {outcome && (
        <span className={failed ? 'field-error' : 'done-note'} role={failed ? 'alert' : 'status'}>
          {outcome}
        </span>
      )}
    </div>
  );
}
