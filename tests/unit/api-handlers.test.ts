import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CatalogueDb, CatalogueUnavailableError } from '../../electron/main/catalogue/catalogue-db';
import { openApiFixture } from '../support/api-fixture';
import { DATA_DIR } from '../support/catalogue-fixture';

const api = openApiFixture();
afterAll(() => api.close());
const recordsIn = (file: string) =>
  (JSON.parse(readFileSync(join(DATA_DIR, 'catalogue', file), 'utf8')) as unknown[]).length;
const TOTAL = ['fieldlabs.json', 'crossborder.json', 'institutions.json', 'hubs.json'].reduce(
  (n, f) => n + recordsIn(f),
  0,
);

describe('API handlers', () => {
  it('answers catalogue metadata with counts, date and credits', async () => {
    const result = await api.call('catalogue:meta', {});
    expect(result).toMatchObject({ ok: true, value: { total: TOTAL } });
    const credits = result.ok ? result.value.credits.map((c) => c.name).join(' ') : '';
    expect(credits).toContain('Natural Earth');
    expect(credits).toContain('GeoNames');
  });

  it('lists records, optionally of some kinds', async () => {
    const all = await api.call('catalogue:list', {});
    expect(all.ok && all.value.length).toBe(TOTAL);
    const hubs = await api.call('catalogue:list', { kinds: ['hub'] });
    expect(hubs.ok && hubs.value.every((r) => r.kind === 'hub')).toBe(true);
    expect(hubs.ok && hubs.value.length).toBe(recordsIn('hubs.json'));
  });

  it('gets a record, and says so with a code when it does not exist', async () => {
    expect(await api.call('catalogue:get', { id: 'ramlab' })).toMatchObject({
      ok: true,
      value: { id: 'ramlab', name: expect.stringContaining('RAMLAB') },
    });
    expect(await api.call('catalogue:get', { id: 'no-such-lab' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'There is no record "no-such-lab" in the catalogue.', params: {} },
    });
  });

  it('serves the base-map layers', async () => {
    const result = await api.call('geo:layers', {});
    expect(result.ok && Object.keys(result.value).sort()).toEqual([
      'bounds',
      'countries',
      'otherLand',
      'provinces',
      'water',
    ]);
  });

  it.each([
    ['Enschede', 52.2215, 6.8937, true, 'Enschede'],
    ['Vaals, just outside the coarse outline', 50.7707, 6.0187, true, 'Vaals'],
    ['Hollum on Ameland', 53.4392, 5.6386, true, 'Hollum'],
    ['Aachen in Germany', 50.776, 6.083, false, null],
    ['Antwerp in Belgium', 51.2194, 4.4025, false, null],
    ['the North Sea off Zandvoort', 52.4, 4.2, false, null],
  ])('locates a point picked on the map: %s', async (_, lat, lon, inNetherlands, place) => {
    const result = await api.call('geo:locate-point', { lat, lon });
    expect(result.ok && result.value.inNetherlands).toBe(inNetherlands);
    if (place) expect(result.ok && result.value.nearest?.name).toBe(place);
  });

  it.each([
    ['catalogue:get', {}, { code: 'invalid_request', params: { field: 'id', problem: 'wrong_type' } }],
    [
      'catalogue:get',
      { id: "'; DROP TABLE records; --" },
      { code: 'invalid_request', params: { field: 'id', problem: 'invalid' } },
    ],
    ['catalogue:get', { id: 'ramlab', extra: 1 }, { code: 'invalid_request', params: { problem: 'unknown_field' } }],
    ['catalogue:list', { kinds: ['castle'] }, { code: 'invalid_request', params: { field: 'kinds.0' } }],
    ['catalogue:list', { kinds: [] }, { code: 'invalid_request', params: { field: 'kinds', problem: 'too_few' } }],
    ['catalogue:list', 'all', { code: 'invalid_request', params: { problem: 'wrong_type' } }],
    ['shell:open-external', { url: '' }, { code: 'invalid_request', params: { field: 'url', problem: 'too_short' } }],
    ['no:such-channel', {}, { code: 'unknown_channel' }],
    [
      'match:run',
      { place: 'Apeldoorn' },
      { code: 'invalid_request', params: { field: 'need', problem: 'wrong_type' } },
    ],
    [
      'match:run',
      { need: 'x'.repeat(1001) },
      { code: 'invalid_request', params: { field: 'need', problem: 'too_long', limit: 1000 } },
    ],
    [
      'match:run',
      { need: 'robot', place: 'x'.repeat(101) },
      { code: 'invalid_request', params: { field: 'place', problem: 'too_long', limit: 100 } },
    ],
    ['match:run', { need: 'robot', lat: 52.2 }, { code: 'invalid_request', params: { field: 'lat' } }],
    ['match:run', { need: 'robot', lat: 48.1, lon: 11.6 }, { code: 'point_outside', params: { field: 'lat' } }],
    [
      'match:run',
      { need: 'robot', maxKm: -5 },
      { code: 'invalid_request', params: { field: 'maxKm', problem: 'out_of_range' } },
    ],
    ['match:run', { need: 'robot', size: 'huge' }, { code: 'invalid_request', params: { field: 'size' } }],
  ])('rejects %s %j with a code the screen can put in words', async (channel, request, expected) => {
    const result = await api.callRaw(channel, request);
    expect(result.ok ? null : result.error).toMatchObject(expected);
  });

  it('refuses an oversized request before parsing it, and never echoes it back', async () => {
    const huge = { kinds: new Array(1_000_000).fill('hub') };
    const started = performance.now();
    const result = await api.callRaw('catalogue:list', huge);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.ok ? null : result.error.code).toBe('invalid_request');
    const long = await api.callRaw('match:run', { need: 'robot '.repeat(200_000) });
    expect(long.ok ? '' : JSON.stringify(long.error).length).toBeLessThan(300);
  });

  it('runs a match and answers an unknown place with a code, the typed words and suggestions', async () => {
    const ok = await api.call('match:run', { place: 'Apeldoorn', need: 'verpakkingsrobot' });
    expect(ok.ok && ok.value.matches.length).toBeGreaterThan(0);
    expect(await api.call('match:run', { place: 'Atlantis', need: 'robot' })).toMatchObject({
      ok: false,
      error: { code: 'place_unknown', params: { typed: 'Atlantis' } },
    });
    expect(await api.call('match:run', { place: '1000 AA', need: 'robot' })).toMatchObject({
      ok: false,
      error: { code: 'postcode_unknown' },
    });
    expect(await api.call('match:run', { need: '   ' })).toMatchObject({ ok: false, error: { code: 'need_empty' } });
  });

  it('opens only checked http(s) links in the system browser', async () => {
    expect(await api.call('shell:open-external', { url: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      error: { code: 'link_refused', params: { reason: 'scheme' } },
    });
    expect(await api.call('shell:open-external', { url: 'https://www.ramlab.com' })).toEqual({
      ok: true,
      value: { opened: 'https://www.ramlab.com/' },
    });
    expect(api.opened).toEqual(['https://www.ramlab.com/']);
  });

  it('opens no address the catalogue does not give, so a script cannot send data out through the browser', async () => {
    expect(await api.call('shell:open-external', { url: 'https://evil.example/collect?profile=secret' })).toMatchObject(
      {
        ok: false,
        error: { code: 'link_refused', params: { reason: 'not_in_catalogue' } },
      },
    );
    expect(api.opened).not.toContain('https://evil.example/collect?profile=secret');
  });

  it('explains a missing catalogue', () => {
    expect(() => CatalogueDb.open('/nonexistent/catalogue.sqlite')).toThrow(CatalogueUnavailableError);
    expect(() => CatalogueDb.open('/nonexistent/catalogue.sqlite')).toThrow(/npm run build:data/);
  });
});
