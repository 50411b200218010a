/** The advice to leave behind: preview and print, PDF, plain text for an e-mail, the shortlist as CSV. */
import { Suspense, useEffect, useState } from 'react';
import type { ApiError } from '../../../electron/shared/api';
import type { Visit } from '../../../electron/shared/companies/company';
import type { BaseLayers } from '../../../electron/shared/geo/base-layers';
import type { Lang } from '../../../electron/shared/i18n/lang';
import { reportText, type VisitReport } from '../../../electron/shared/reports/visit-report';
import { api } from '../api/window-api';
import { Dialog } from '../dialog';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n';
import { ReportView } from '../lazy-parts';

type Separator = ';' | ',';
type Outcome = { kind: 'done'; text: string } | { kind: 'error'; error: ApiError } | null;

export function ReportActions({
  visit,
  layers,
  openReport,
  onReportOpened,
}: {
  visit: Visit;
  layers: BaseLayers;
  /** Ctrl+P asked for the report: open the preview, then tell the screen it is done. */
  openReport?: boolean;
  onReportOpened?: () => void;
}) {
  const { t, lang } = useI18n();
  const [reportLang, setReportLang] = useState<Lang>(lang);
  const [separator, setSeparator] = useState<Separator>(lang === 'nl' ? ';' : ',');
  const [preview, setPreview] = useState<VisitReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  useEffect(() => setOutcome(null), [visit.id]);

  const run = async (work: () => Promise<Outcome>) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await work());
    } finally {
      setBusy(false);
    }
  };
  const report = async (): Promise<VisitReport | ApiError> => {
    const r = await api()['reports:visit']({ visitId: visit.id, lang: reportLang });
    return r.ok ? r.value : r.error;
  };
  const isError = (x: unknown): x is ApiError => typeof x === 'object' && x !== null && 'code' in x;
  const showPreview = () =>
    run(async () => {
      const r = await report();
      if (isError(r)) return { kind: 'error', error: r };
      setPreview(r);
      return null;
    });
  useEffect(() => {
    if (!openReport) return;
    onReportOpened?.();
    void showPreview();
    // Only a new request opens it; the functions are new on every draw.
  }, [openReport]);

  return (
    <section className="report-actions" aria-labelledby="report-actions-title">
      <h3 id="report-actions-title">{t.visitPanel.report}</h3>
      <div className="report-options">
        <label className="inline">
          {t.visitPanel.reportLang}
          <select value={reportLang} onChange={(e) => setReportLang(e.target.value as Lang)}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void showPreview()}>
          {t.visitPanel.preview}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(async () => {
              const r = await api()['reports:save-pdf']({ visitId: visit.id, lang: reportLang });
              if (!r.ok) return { kind: 'error', error: r.error };
              if (!('saved' in r.value)) return null;
              const saved = t.visitPanel.savedTo(r.value.saved);
              return {
                kind: 'done',
                text: r.value.pages > 1 ? `${saved}. ${t.visitPanel.pdfPages(r.value.pages)}` : saved,
              };
            })
          }
        >
          {t.visitPanel.savePdf}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(async () => {
              const r = await report();
              if (isError(r)) return { kind: 'error', error: r };
              const copied = await api()['shell:copy-text']({ text: reportText(r) });
              return copied.ok ? { kind: 'done', text: t.visitPanel.copied } : { kind: 'error', error: copied.error };
            })
          }
        >
          {t.visitPanel.copyText}
        </button>
      </div>
      <div className="button-row">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(async () => {
              const r = await api()['reports:save-csv']({ visitId: visit.id, lang: reportLang, separator });
              if (!r.ok) return { kind: 'error', error: r.error };
              return 'saved' in r.value ? { kind: 'done', text: t.visitPanel.savedTo(r.value.saved) } : null;
            })
          }
        >
          {t.visitPanel.csv}
        </button>
        <SeparatorChoice value={separator} onChange={setSeparator} />
      </div>
      {outcome && (
        <p
          className={outcome.kind === 'error' ? 'field-error' : 'done-note'}
          role={outcome.kind === 'error' ? 'alert' : 'status'}
          data-testid="report-outcome"
        >
          {outcome.kind === 'error' ? errorText(outcome.error, t) : outcome.text}
        </p>
      )}
      {preview && <ReportPreview report={preview} layers={layers} onClose={() => setPreview(null)} />}
    </section>
  );
}

export function SeparatorChoice({ value, onChange }: { value: Separator; onChange: (s: Separator) => void }) {
  const { t } = useI18n();
  return (
    <label className="inline">
      {t.visitPanel.separator}
      <select value={value} onChange={(e) => onChange(e.target.value as Separator)}>
        <option value=";">{t.visitPanel.separators[';']}</option>
        <option value=",">{t.visitPanel.separators[',']}</option>
      </select>
    </label>
  );
}

/** The report as a sheet of paper inside the app; printing from here prints the report alone. */
function ReportPreview({ report, layers, onClose }: { report: VisitReport; layers: BaseLayers; onClose: () => void }) {
  const { t } = useI18n();
  const [fits, setFits] = useState(true);
  useEffect(() => {
    document.body.classList.add('printing-report');
    return () => document.body.classList.remove('printing-report');
  }, []);
  return (
    <Dialog
      title={t.visitPanel.preview}
      className="report-preview"
      onClose={onClose}
      actions={
        <button type="button" onClick={() => window.print()}>
          {t.visitPanel.print}
        </button>
      }
    >
      {!fits && (
        <p className="notice-inline report-too-long" role="status">
          {t.visitPanel.tooLong}
        </p>
      )}
      <Suspense>
        <ReportView report={report} layers={layers} onFitted={setFits} />
      </Suspense>
    </Dialog>
  );
}
