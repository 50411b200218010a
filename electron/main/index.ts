/** Boot list of the main process. */
import { app, clipboard, dialog, shell } from 'electron';
import { join } from 'node:path';
import { registerApi } from './api/register-api';
import { startServices, type Started } from './start-services';
import { appCatalogueFile } from './catalogue/catalogue-files';
import { setupMenu } from './menu';
import { printReportPdf } from './reports/report-window';
import { registerAppScheme, serveRenderer } from './security/app-protocol';
import { guardWebContents, lockDownSession } from './security/setup-security';
import { backupDir, electronFileDialogs, userDataDir, userDbFile } from './user-data-files';
import { createMainWindow, reopenWindowOnActivate } from './window';

registerAppScheme();
guardWebContents();

const CATALOGUE_FAILED =
  'De catalogus van de app kan niet worden gelezen. Installeer de app opnieuw.\n\n' +
  "The app's catalogue cannot be read. Please reinstall the app.";
const USER_DATA_FAILED = (dir: string) =>
  `Uw eigen gegevens (bedrijven en bezoeken) kunnen niet worden geopend in ${dir}. Er is niets verwijderd. ` +
  'Controleer of de map bereikbaar is en start de app opnieuw.\n\n' +
  `Your own data (companies and visits) cannot be opened in ${dir}. Nothing was deleted. ` +
  'Check that the folder can be reached and restart the app.';

/** Opens the catalogue, the user's data and the API; any failure is a message, never a silent stop. */
function startApi(): Started | null {
  const started = startServices({
    catalogueFile: appCatalogueFile({
      isPackaged: app.isPackaged,
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
    }),
    userDbFile: userDbFile(),
    backupDir: backupDir(),
    deps: {
      openExternal: (url) => shell.openExternal(url),
      copyText: (text) => clipboard.writeText(text),
      files: electronFileDialogs,
      printReport: printReportPdf,
    },
  });
  if (started.ok) {
    registerApi(started.handlers);
    return started;
  }
  const message = started.part === 'catalogue' ? CATALOGUE_FAILED : USER_DATA_FAILED(userDataDir());
  dialog.showErrorBox('Fieldlab Finder', `${message}\n\n${started.detail}`);
  return null;
}

app.whenReady().then(() => {
  lockDownSession();
  serveRenderer(join(import.meta.dirname, '../renderer'));
  setupMenu();
  const started = startApi();
  if (!started) {
    app.quit();
    return;
  }
  app.on('will-quit', started.close);
  createMainWindow();
  reopenWindowOnActivate();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
