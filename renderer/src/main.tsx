import './styles.css';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { I18nProvider } from './i18n/i18n';
import { ReportRoute } from './lazy-parts';
import { reportRouteOf } from './reports/report-route';

// The hidden print window opens the app on a visit's report; everything else is the app itself.
const report = reportRouteOf(window.location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {report ? (
      <Suspense>
        <ReportRoute visitId={report.visitId} lang={report.lang} />
      </Suspense>
    ) : (
      <I18nProvider>
        <App />
      </I18nProvider>
    )}
  </StrictMode>,
);
