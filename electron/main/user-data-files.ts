/** Where the user's own data lives, and the file dialogs the main process owns. */
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import type { FileDialogs } from './reports/report-handlers';
import { USER_DB_FILE } from './user-db/user-db';

/** FIELDLAB_USER_DATA moves the user's data elsewhere (development and tests only). */
export function userDataDir(): string {
  return (!app.isPackaged && process.env.FIELDLAB_USER_DATA) || app.getPath('userData');
}

export function userDbFile(): string {
  return join(userDataDir(), USER_DB_FILE);
}

export function backupDir(): string {
  return join(userDataDir(), 'backups');
}

const FILTERS = {
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  sqlite: [{ name: 'Fieldlab Finder', extensions: ['sqlite'] }],
};

/** Save and open dialogs, owned by the main process: the renderer never names a path. */
export const electronFileDialogs: FileDialogs = {
  saveAs: async (suggestedName, kind) => {
    const parent = BrowserWindow.getFocusedWindow();
    const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: FILTERS[kind] };
    const r = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return r.canceled || !r.filePath ? null : r.filePath;
  },
  openBackup: async () => {
    const parent = BrowserWindow.getFocusedWindow();
    const options = { filters: FILTERS.sqlite, properties: ['openFile' as const] };
    const r = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
  },
};
