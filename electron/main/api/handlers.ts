/**
 * The main process's API handlers, composed per domain; free of Electron so plain Node (tests, the
 * end-to-end test transport) can run them. Electron's parts (the browser, file dialogs, printing)
 * come in as functions.
 */
import type { ApiHandlers } from '../../shared/api';
import type { Lang } from '../../shared/i18n/lang';
import { PlaceResolver } from '../../shared/geo/place-resolver';
import type { CatalogueDb } from '../catalogue/catalogue-db';
import { catalogueHandlers } from '../catalogue/catalogue-handlers';
import { companyHandlers } from '../companies/company-handlers';
import { matchHandlers } from '../matching/match-handlers';
import { Matcher } from '../matching/matcher';
import { reportHandlers, type FileDialogs } from '../reports/report-handlers';
import { shellHandlers } from '../shell/shell-handlers';
import type { UserData } from '../user-db/user-data';

export type HandlerDeps = {
  catalogue: CatalogueDb;
  userData: UserData;
  /** Hands a checked URL to the system browser (shell.openExternal in the app). */
  openExternal: (url: string) => Promise<void>;
  /** Puts plain text on the system clipboard (Electron's clipboard in the app). */
  copyText: (text: string) => void;
  files: FileDialogs;
  printReport: (visitId: string, lang: Lang) => Promise<Buffer>;
  now?: () => Date;
};

/** Builds the handlers over an opened catalogue and the user's database. */
export function createApiHandlers(deps: HandlerDeps): ApiHandlers {
  const { catalogue } = deps;
  const places = PlaceResolver.fromGazetteer(catalogue.gazetteer());
  const matcher = new Matcher(catalogue, places);
  const now = deps.now ?? (() => new Date());
  return {
    ...catalogueHandlers(catalogue, places),
    ...matchHandlers(matcher),
    ...shellHandlers(catalogue.links(), deps.openExternal, deps.copyText),
    ...companyHandlers({ userData: deps.userData, catalogue, matcher, now }),
    ...reportHandlers({
      userData: deps.userData,
      catalogue,
      matcher,
      files: deps.files,
      printReport: deps.printReport,
    }),
  };
}
