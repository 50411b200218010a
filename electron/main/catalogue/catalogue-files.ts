/** Where the catalogue file is: inside the packaged app's resources, or data/generated/ in development. */
import { join } from 'node:path';

/** FIELDLAB_CATALOGUE overrides the path for the command line, scripts and tests; the packaged app ignores it. */
export const CATALOGUE_OVERRIDE = 'FIELDLAB_CATALOGUE';

/** The catalogue under a project folder: data/generated/catalogue.sqlite, or the override. */
export function catalogueFile(projectDir: string): string {
  return process.env[CATALOGUE_OVERRIDE] ?? join(projectDir, 'data', 'generated', 'catalogue.sqlite');
}

/**
 * The app's catalogue: the file packaged beside the app (SQLite cannot open a file inside app.asar),
 * or in development the project's own, where the override still applies.
 */
export function appCatalogueFile(app: { isPackaged: boolean; appPath: string; resourcesPath: string }): string {
  return app.isPackaged ? join(app.resourcesPath, 'catalogue.sqlite') : catalogueFile(app.appPath);
}
