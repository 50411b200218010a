/**
 * The one-page visit report: the same view model as "copy as text" and the CSV, drawn for A4. Shown in
 * the app as a preview and, on its own route (#report/<visit>/<lang>), in the hidden window that prints
 * the PDF: that route marks the page ready once the report is drawn.
 */
import { useEffect, useState } from 'react';
import type { ApiError } from '../../../electron/shared/api';
import type { BaseLayers } from '../../../electron/shared/geo/base-layers';
import type { Lang } from '../../../electron/shared/i18n/lang';
import { reportHeadings, type VisitReport } from '../../../electron/shared/reports/visit-report';
import { api, ApiFailure, unwrap } from '../api/window-api';
import { errorText } from '../i18n/error-text';
import { MESSAGES } from '../i18n/messages';
import { ReportMap } from './report-map';

declare global {
  interface Window {
    /** Present in the app's hidden print window: tells the main process the report is drawn. */
    fieldlabReport?: { ready: () => void };
  }
}

export function ReportView({ report, layers }: { report: VisitReport; layers: BaseLayers | null }) {
  const h = reportHeadings(report.lang);
  const c = report.company;
  return (
    <article className="report" lang={report.lang} data-testid="report">
      <header className="report-head">
        <div>
          <h1>{h.for(c.name)}</h1>
          <p className="report-meta">
            {[report.kind + ', ' + report.date, c.place, c.sector, c.kvk ? `${h.kvk} ${c.kvk}` : '']
              .filter(Boolean)
              .join(' · ')}
          </p>
          {c.contact && (
            <p className="report-meta">
              {h.contactPerson}: {c.contact}
            </p>
          )}
        </div>
        <p className="report-brand">Fieldlab Finder</p>
      </header>
      <section className="report-question">
        <h2>{h.question}</h2>
        <blockquote>{report.question || '—'}</blockquote>
      </section>
      <div className="report-body">
        <section className="report-list">
          <h2>{h.list}</h2>
          {report.items.length === 0 && <p>{h.noItems}</p>}
          <ol>
            {report.items.map((item) => (
              <li key={item.recordId} className="report-item">
                <h3>
                  <span className="report-rank">{item.rank}</span> {item.name}
                </h3>
                <p className="report-item-meta">
                  {[item.kind, item.place, item.distance, item.status].filter(Boolean).join(' · ')}
                </p>
                {item.change && <p className="report-change">{item.change}</p>}
                {item.what && <p>{item.what}</p>}
                {item.why.length > 0 && (
                  <p>
                    <strong>{h.why}:</strong> {item.why.join('; ')}
                  </p>
                )}
                {item.canDo.length > 0 && (
                  <p>
                    <strong>{h.canDo}:</strong> {item.canDo.join('; ')}
                  </p>
                )}
                {(item.website || item.contact.length > 0) && (
                  <p className="report-contact">
                    <strong>{h.contact}:</strong> {[item.website, ...item.contact].filter(Boolean).join(' · ')}
                  </p>
                )}
                {item.note && (
                  <p className="report-note">
                    <strong>{h.note}:</strong> {item.note}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
        <aside className="report-side">
          {layers && (
            <figure>
              <ReportMap
                layers={layers}
                origin={report.origin}
                items={report.items.map((i) => ({ rank: i.rank, point: i.point }))}
                label={h.map}
              />
              <figcaption>{h.legend}</figcaption>
            </figure>
          )}
          {report.frontDoor && (
            <p className="report-front-door">{h.frontDoor(report.frontDoor.name, report.frontDoor.province)}</p>
          )}
        </aside>
      </div>
      {(report.advisorNote || report.followUp) && (
        <section className="report-agreed">
          <h2>{h.advisorNote}</h2>
          {report.advisorNote && <p className="report-advisor-note">{report.advisorNote}</p>}
          {report.followUp && (
            <p>
              <strong>{h.followUp}:</strong> {report.followUp}
            </p>
          )}
        </section>
      )}
      <footer className="report-foot">{h.data(report.dataDate, report.dataVersion)}</footer>
    </article>
  );
}

/** The report of one visit on its own page, for printing; says when it is drawn. */
export function ReportRoute({ visitId, lang }: { visitId: string; lang: Lang }) {
  const [loaded, setLoaded] = useState<{ report: VisitReport; layers: BaseLayers } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.body.classList.add('report-route');
    Promise.all([api()['reports:visit']({ visitId, lang }), api()['geo:layers']({})]).then(
      ([report, layers]) => setLoaded({ report: unwrap(report), layers: unwrap(layers) }),
      (e: Error) => setError(e instanceof ApiFailure ? e.error : { code: 'internal', message: e.message, params: {} }),
    );
  }, [visitId, lang]);
  const done = loaded !== null || error !== null;
  useEffect(() => {
    if (!done) return;
    // Two frames: the report is laid out and painted before the print window is told.
    requestAnimationFrame(() => requestAnimationFrame(() => window.fieldlabReport?.ready()));
  }, [done]);
  return (
    <div className="report-page" data-report-ready={done ? 'true' : 'false'}>
      {loaded && <ReportView report={loaded.report} layers={loaded.layers} />}
      {error && <p role="alert">{errorText(error, MESSAGES[lang])}</p>}
    </div>
  );
}
