import 'leaflet/dist/leaflet.css';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.css';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.Default.css';
import './styles.css';
import './reports/report.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { I18nProvider } from './i18n/i18n';
import { ReportRoute, reportRouteOf } from './reports/report-page';

// The hidden print window opens the app on a visit's report; everything else is the app itself.
const report = reportRouteOf(window.location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {report ? (
      <ReportRoute visitId={report.visitId} lang={report.lang} />
    ) : (
      <I18nProvider>
        <App />
      </I18nProvider>
    )}
  </StrictMode>,
);
