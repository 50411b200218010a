/** Boot list of the main process. */
import { app, dialog, shell } from 'electron';
import { createApiHandlers } from './api/handlers';
import { registerApi } from './api/register-api';
import { CatalogueDb } from './catalogue/catalogue-db';
import { catalogueFile } from './catalogue/catalogue-path';
import { setupSecurity } from './security';
import { createMainWindow } from './window';

setupSecurity();

app.whenReady().then(() => {
  let catalogue: CatalogueDb;
  try {
    catalogue = CatalogueDb.open(catalogueFile(app.getAppPath()));
  } catch (e) {
    dialog.showErrorBox('Fieldlab Finder', (e as Error).message);
    app.quit();
    return;
  }
  registerApi(createApiHandlers({ catalogue, openExternal: (url) => shell.openExternal(url) }));
  createMainWindow();
  app.on('activate', () => {
    if (process.platform === 'darwin') createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
