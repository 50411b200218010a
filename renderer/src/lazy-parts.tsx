/**
 * The parts the first screen does without, each a chunk of its own that loads when first shown: the
 * advisor's map (Leaflet and its styles), the catalogue view, the shortlist, the report and the dialogs.
 * The first screen is the profile form; it paints before any of these has been read.
 */
import { lazy, memo, type ComponentType } from 'react';

/** Leaflet's and the marker clusters' styles, which only the maps need. */
const mapStyles = () => import('./map/map-styles');
const reportStyles = () => import('./reports/report.css');

/** A component of a module as a lazy one, with the styles it needs loaded alongside. */
function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, ...styles: (() => Promise<unknown>)[]) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), ...styles.map((s) => s())]);
    return { default: component };
  });
}

// Memoised: the advisor's screen draws on every keystroke, the map only when what it shows changes.
export const AdvisorMap = memo(lazyPart(() => import('./map/advisor-map').then((m) => m.AdvisorMap), mapStyles));
export const CatalogueScreen = lazyPart(
  () => import('./catalogue/catalogue-screen').then((m) => m.CatalogueScreen),
  mapStyles,
);
export const ShortlistPanel = lazyPart(() => import('./visits/shortlist-panel').then((m) => m.ShortlistPanel));
export const ReportView = lazyPart(() => import('./reports/report-page').then((m) => m.ReportView), reportStyles);
export const ReportRoute = lazyPart(() => import('./reports/report-page').then((m) => m.ReportRoute), reportStyles);
export const AboutPanel = lazyPart(() => import('./about/about-panel').then((m) => m.AboutPanel));
export const UserDataDialog = lazyPart(() => import('./visits/user-data-dialog').then((m) => m.UserDataDialog));
