import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/api/dispatch';
import { createApiHandlers } from '../../electron/main/api/handlers';
import { CatalogueDb, CatalogueUnavailableError } from '../../electron/main/catalogue/catalogue-db';
import { buildTempCatalogue } from '../support/catalogue-fixture';

const built = buildTempCatalogue();
const catalogue = CatalogueDb.open(built.file);
const opened: string[] = [];
const handlers = createApiHandlers({ catalogue, openExternal: async (url) => void opened.push(url) });
afterAll(() => {
  catalogue.close();
  built.cleanup();
});

describe('API handlers', () => {
  it('answers catalogue metadata with counts, date and credits', async () => {
    const result = await dispatch(handlers, 'catalogue:meta', {});
    expect(result).toMatchObject({ ok: true, value: { total: 104, importedOn: '2026-11-24' } });
    const credits = result.ok
      ? (result.value as { credits: { name: string }[] }).credits.map((c) => c.name).join(' ')
      : '';
    expect(credits).toContain('Natural Earth');
    expect(credits).toContain('GeoNames');
  });

  it('lists records, optionally of some kinds', async () => {
    const all = await dispatch(handlers, 'catalogue:list', {});
    expect(all.ok && (all.value as unknown[]).length).toBe(104);
    const hubs = await dispatch(handlers, 'catalogue:list', { kinds: ['hub'] });
    expect(hubs.ok && (hubs.value as { kind: string }[]).every((r) => r.kind === 'hub')).toBe(true);
    expect(hubs.ok && (hubs.value as unknown[]).length).toBe(10);
  });

  it('gets a record, and says so when it does not exist', async () => {
    expect(await dispatch(handlers, 'catalogue:get', { id: 'ramlab' })).toMatchObject({
      ok: true,
      value: { id: 'ramlab', name: expect.stringContaining('RAMLAB') },
    });
    expect(await dispatch(handlers, 'catalogue:get', { id: 'no-such-lab' })).toEqual({
      ok: false,
      error: 'There is no record "no-such-lab" in the catalogue.',
    });
  });

  it('serves the base-map layers', async () => {
    const result = await dispatch(handlers, 'geo:layers', {});
    expect(result.ok && Object.keys(result.value as object).sort()).toEqual([
      'bounds',
      'countries',
      'otherLand',
      'provinces',
      'water',
    ]);
  });

  it.each([
    ['catalogue:get', {}, 'Invalid request for catalogue:get: id: Invalid input: expected string, received undefined'],
    ['catalogue:get', { id: "'; DROP TABLE records; --" }, 'id: a record id is a lower-case slug'],
    ['catalogue:get', { id: 'ramlab', extra: 1 }, 'Unrecognized key: "extra"'],
    ['catalogue:list', { kinds: ['castle'] }, 'kinds.0: Invalid option'],
    ['catalogue:list', { kinds: [] }, 'kinds: choose at least one kind'],
    ['catalogue:list', 'all', 'Invalid input: expected object'],
    ['shell:open-external', { url: '' }, 'url: no web address given'],
    ['no:such-channel', {}, 'Unknown request "no:such-channel".'],
    ['match:run', { place: 'Apeldoorn' }, 'need: Invalid input: expected string'],
    ['match:run', { need: 'robot', lat: 52.2 }, 'lat: give both lat and lon, or neither'],
    ['match:run', { need: 'robot', maxKm: -5 }, 'maxKm: Too small'],
    ['match:run', { need: 'robot', size: 'huge' }, 'size: Invalid option'],
  ])('rejects %s %j with a clear message', async (channel, request, message) => {
    const result = await dispatch(handlers, channel, request);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });

  it('runs a match and answers an unknown place with the message, not a crash', async () => {
    const ok = await dispatch(handlers, 'match:run', { place: 'Apeldoorn', need: 'verpakkingsrobot' });
    expect(ok.ok && (ok.value as { matches: { id: string }[] }).matches[0].id).toBe('fieldlab-industrial-robotics');
    expect(await dispatch(handlers, 'match:run', { place: 'Atlantis', need: 'robot' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('"Atlantis" is not a Dutch town'),
    });
  });

  it('opens only checked http(s) links in the system browser', async () => {
    expect(await dispatch(handlers, 'shell:open-external', { url: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
    });
    expect(await dispatch(handlers, 'shell:open-external', { url: 'https://www.ramlab.com' })).toEqual({
      ok: true,
      value: { opened: 'https://www.ramlab.com/' },
    });
    expect(opened).toEqual(['https://www.ramlab.com/']);
  });

  it('explains a missing catalogue', () => {
    expect(() => CatalogueDb.open('/nonexistent/catalogue.sqlite')).toThrow(CatalogueUnavailableError);
    expect(() => CatalogueDb.open('/nonexistent/catalogue.sqlite')).toThrow(/npm run build:data/);
  });
});
