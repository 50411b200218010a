import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appCatalogueFile, CATALOGUE_OVERRIDE } from '../../../electron/main/catalogue/catalogue-files';

const app = { appPath: '/project', resourcesPath: '/opt/Fieldlab Finder/resources' };

afterEach(() => {
  delete process.env[CATALOGUE_OVERRIDE];
});

describe('the catalogue the app opens', () => {
  it('is the packaged one in production, whatever FIELDLAB_CATALOGUE says', () => {
    process.env[CATALOGUE_OVERRIDE] = '/tmp/someone-elses.sqlite';
    expect(appCatalogueFile({ ...app, isPackaged: true })).toBe(join(app.resourcesPath, 'catalogue.sqlite'));
  });

  it('follows FIELDLAB_CATALOGUE in development only, and is the project catalogue without it', () => {
    expect(appCatalogueFile({ ...app, isPackaged: false })).toBe(
      join('/project', 'data', 'generated', 'catalogue.sqlite'),
    );
    process.env[CATALOGUE_OVERRIDE] = '/tmp/test.sqlite';
    expect(appCatalogueFile({ ...app, isPackaged: false })).toBe('/tmp/test.sqlite');
  });
});
