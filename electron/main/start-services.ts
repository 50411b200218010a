/**
 * What the app opens at start, in order: the catalogue (checked page by page, then read once so a
 * damaged file shows here and not at the first click), the user's own database with today's backup,
 * and the API handlers over both. Any failure is an answer that says which part failed, never a throw:
 * the main process turns it into a message box. Plain Node, so the tests start the app's services too.
 */
import { createApiHandlers, type HandlerDeps } from './api/handlers';
import { CatalogueDb } from './catalogue/catalogue-db';
import { UserData } from './user-db/user-data';
import type { ApiHandlers } from '../shared/api';

export type Started = {
  ok: true;
  handlers: ApiHandlers;
  catalogue: CatalogueDb;
  userData: UserData;
  close: () => void;
};
export type StartFailure = { ok: false; part: 'catalogue' | 'user_data'; detail: string };

export function startServices(options: {
  catalogueFile: string;
  userDbFile: string;
  backupDir: string;
  deps: Omit<HandlerDeps, 'catalogue' | 'userData'>;
}): Started | StartFailure {
  let catalogue: CatalogueDb;
  try {
    catalogue = CatalogueDb.open(options.catalogueFile);
  } catch (e) {
    return { ok: false, part: 'catalogue', detail: (e as Error).message };
  }
  let userData: UserData;
  try {
    userData = new UserData(options.userDbFile, options.backupDir);
    // Runs in steps while the app starts; a failed copy leaves yesterday's and stops nothing.
    userData.dailyBackup().catch((e: Error) => console.error(`The daily backup was not made: ${e.message}`));
  } catch (e) {
    catalogue.close();
    return { ok: false, part: 'user_data', detail: (e as Error).message };
  }
  try {
    // Reads the vocabulary, the gazetteer and the word list: a damaged catalogue fails here, at start.
    const handlers = createApiHandlers({ ...options.deps, catalogue, userData });
    return {
      ok: true,
      handlers,
      catalogue,
      userData,
      close: () => {
        catalogue.close();
        userData.close();
      },
    };
  } catch (e) {
    catalogue.close();
    userData.close();
    return { ok: false, part: 'catalogue', detail: (e as Error).message };
  }
}
