/**
 * The one-page visit report: the same view model as "copy as text" and the CSV, drawn for A4. Shown in
 * the app as a preview and, on its own route (#report/<visit>/<lang>), in the hidden window that prints
 * the PDF: that route marks the page ready once the report is drawn.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { ApiError } from '../../../electron/shared/api';
import type { BaseLayers } from '../../../electron/shared/geo/base-layers';
import type { Lang } from '../../../electron/shared/i18n/lang';
import { reportHeadings, sectorText, whyText, type VisitReport } from '../../../electron/shared/reports/visit-report';
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

/** A website as it is typed: "www.fieldlabir.nl", "perron038.nl/contact". */
const websiteText = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** The height an A4 page leaves inside the @page margins of report.css (297 mm less 2 × 12 mm), in CSS px. */
const PAGE_HEIGHT_PX = ((297 - 2 * 12) * 96) / 25.4;
/** The type shrinks no further than this; below it the report would be hard to read at a kitchen table. */
const MIN_SCALE = 0.8;
const STEP = 0.02;

/**
 * Shrinks the report's type until it fits one A4 page, measured in the page itself (the same width as
 * on paper), never below MIN_SCALE. Runs before the page is painted, so the print window prints it fitted.
 */
function useFitToPage(
  ref: RefObject<HTMLElement | null>,
  report: VisitReport,
  layers: BaseLayers | null,
  onFitted?: (fits: boolean) => void,
): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const fit = () => {
      // Not laid out yet (a dialog opens after its contents are drawn): measure in the next frame.
      if (el.getClientRects().length === 0) {
        frame = requestAnimationFrame(fit);
        return;
      }
      const style = getComputedStyle(el);
      const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
      const tall = () => el.getBoundingClientRect().height - padding;
      let scale = 1;
      el.style.setProperty('--report-scale', '1');
      while (tall() > PAGE_HEIGHT_PX && scale - STEP >= MIN_SCALE - 1e-9) {
        scale = Math.round((scale - STEP) * 100) / 100;
        el.style.setProperty('--report-scale', String(scale));
      }
      const fits = tall() <= PAGE_HEIGHT_PX;
      el.dataset.reportScale = String(scale);
      el.dataset.reportFits = String(fits);
      onFitted?.(fits);
    };
    fit();
    return () => cancelAnimationFrame(frame);
    // onFitted is the preview's state setter: measuring again when only it changes would change nothing.
  }, [ref, report, layers]);
}

export function ReportView({
  report,
  layers,
  onFitted,
}: {
  report: VisitReport;
  layers: BaseLayers | null;
  /** Told after measuring whether the report fits one page. */
  onFitted?: (fits: boolean) => void;
}) {
  const h = reportHeadings(report.lang);
  const c = report.company;
  const ref = useRef<HTMLElement>(null);
  useFitToPage(ref, report, layers, onFitted);
  return (
    <article className="report" lang={report.lang} data-testid="report" ref={ref}>
      <header className="report-head">
        <div>
          <h1>{h.for(c.name)}</h1>
          <p className="report-meta">
            {[report.kind + ', ' + report.date, c.place, sectorText(c), c.kvk ? `${h.kvk} ${c.kvk}` : '']
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
        {/* Floats right: the first picks run beside the map, the rest use the full width below it. */}
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
                  {[item.kind, item.place, item.status, item.website && websiteText(item.website)]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {item.change && <p className="report-change">{item.change}</p>}
                {item.what && <p>{item.what}</p>}
                {item.why.length > 0 && (
                  <p>
                    <strong>{h.why}:</strong> {whyText(item.why)}
                  </p>
                )}
                {item.canDo.length > 0 && (
                  <p>
                    <strong>{item.canDoIsHelp ? h.help : h.canDo}:</strong> {item.canDo.join('; ')}
                  </p>
                )}
                {item.contact.length > 0 && (
                  <p className="report-contact">
                    <strong>{h.contact}:</strong> {item.contact.join(' · ')}
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
    // The app's grey backdrop stays off the printed page, below the report too.
    document.documentElement.classList.add('report-route');
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
