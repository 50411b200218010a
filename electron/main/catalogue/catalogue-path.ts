/** Where the app finds its bundled catalogue. */
import { join } from 'node:path';

/** FIELDLAB_CATALOGUE overrides the path (tests); otherwise data/generated/ under the app folder. */
export function catalogueFile(appPath: string): string {
  return process.env.FIELDLAB_CATALOGUE ?? join(appPath, 'data', 'generated', 'catalogue.sqlite');
}
