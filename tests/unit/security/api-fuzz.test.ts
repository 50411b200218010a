/**
 * Every channel of the API, called as a hostile or broken page could call it: anything but an object,
 * each field of a valid request replaced by wrong types, huge strings and arrays, NaN and Infinity,
 * prototype keys, full-text and SQL special characters, odd Unicode; unknown channels. Every call must
 * answer, quickly, with a result: a value, or an error with a known code and a short message. None
 * may throw, hang, answer "internal", or echo more than a few words of its input.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { API_CHANNELS, type Channel } from '../../../electron/shared/api';
import { API_ERROR_CODES } from '../../../electron/shared/api/errors';
import { EMPTY_PROFILE } from '../../../electron/shared/companies/company-profile';
import { openApiFixture } from '../../support/api-fixture';

const api = openApiFixture();
afterAll(() => api.close());

const HUGE = 'x'.repeat(1_000_000);
const TEXTS = [
  '',
  ' ',
  HUGE,
  'a'.repeat(101),
  'a'.repeat(1001),
  '"',
  '""',
  '*',
  'NEAR(robot lassen, 2)',
  'robot OR 1=1',
  'las* AND -robot',
  'col:robot',
  '^robot',
  "'; DROP TABLE records; --",
  "Robert'); DELETE FROM companies;--",
  '%_\\',
  '\u0000',
  'robot\u0000lassen',
  '\ud800',
  '\u202eRTL',
  '🤖🦾',
  '𝕣𝕠𝕓𝕠𝕥',
  'constructor',
  '__proto__',
  'toString',
  'Apeldoorn constructor',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'http://evil.example/?data=secret',
  '00000000-0000-4000-8000-000000000000',
  '1234 5678',
];
const NUMBERS = [NaN, Infinity, -Infinity, -0, 0, -1, 1e308, 2 ** 53 + 1, 0.5];
const ODD_VALUES: unknown[] = [
  null,
  undefined,
  true,
  [],
  {},
  ['fieldlab'],
  new Array(1_000_000).fill('fieldlab'),
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  ...NUMBERS,
  ...TEXTS,
];

/** A valid request per channel; every field of it is then replaced in turn. */
function validRequests(ids: { company: string; visit: string }): Record<Channel, Record<string, unknown>> {
  return {
    'catalogue:meta': {},
    'catalogue:list': { kinds: ['fieldlab'] },
    'catalogue:get': { id: 'ramlab' },
    'catalogue:vocabulary': {},
    'geo:layers': {},
    'geo:labels': {},
    'geo:suggest-places': { query: 'Apel', limit: 5 },
    'geo:resolve-place': { place: 'Apeldoorn' },
    'geo:locate-point': { lat: 52.21, lon: 5.96 },
    'match:run': { place: 'Apeldoorn', need: 'lasrobot', sector: 'metaal', maxKm: 50, kinds: ['fieldlab'], limit: 5 },
    'shell:open-external': { url: 'https://www.ramlab.com' },
    'shell:copy-text': { text: 'Advies' },
    'profile:restore': { stored: '{"need":"lasrobot"}' },
    'session:restore': { stored: '{"companyId":"x","visitId":null}' },
    'companies:list': { query: 'bakkerij' },
    'companies:get': { id: ids.company },
    'companies:save': { company: { name: 'Fuzz BV', kvk: '12345678', place: 'Apeldoorn' } },
    'visits:get': { id: ids.visit },
    'visits:save': {
      visit: { companyId: ids.company, date: '2026-11-25', kind: 'visit', question: 'robot', profile: EMPTY_PROFILE },
    },
    'visits:set-note': { id: ids.visit, note: 'notitie', followUpDate: '2026-12-01' },
    'shortlist:add': { visitId: ids.visit, recordId: 'ramlab' },
    'shortlist:update': { visitId: ids.visit, recordId: 'ramlab', note: 'x', state: 'visited' },
    'shortlist:move': { visitId: ids.visit, recordId: 'ramlab', to: 0 },
    'shortlist:remove': { visitId: ids.visit, recordId: 'ramlab' },
    'reports:visit': { visitId: ids.visit, lang: 'nl' },
    'reports:save-pdf': { visitId: ids.visit, lang: 'en' },
    'reports:save-csv': { visitId: ids.visit, lang: 'nl', separator: ';' },
    'backup:status': {},
    'backup:export': {},
    'backup:import': {},
  };
}

let requests: Record<Channel, Record<string, unknown>>;
beforeAll(async () => {
  const company = await api.call('companies:save', { company: { name: 'Fuzz Target BV' } });
  if (!company.ok) throw new Error('setup');
  const visit = await api.call('visits:save', {
    visit: { companyId: company.value.id, date: '2026-11-25', kind: 'visit', question: 'x', profile: EMPTY_PROFILE },
  });
  if (!visit.ok) throw new Error('setup');
  requests = validRequests({ company: company.value.id, visit: visit.value.id });
});

/** Every request to try: the odd whole requests, then each field (one level deep) replaced by each odd value. */
function* attempts(): Generator<[unknown, unknown]> {
  for (const channel of API_CHANNELS) {
    for (const whole of [undefined, null, 42, 'text', [], [{}], NaN, HUGE, { unknownField: 1 }]) yield [channel, whole];
    const valid = requests[channel];
    yield [channel, valid];
    for (const [field, value] of Object.entries(valid)) {
      yield [channel, Object.fromEntries(Object.entries(valid).filter(([k]) => k !== field))];
      for (const odd of ODD_VALUES) yield [channel, { ...valid, [field]: odd }];
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const inner of Object.keys(value))
          for (const odd of ODD_VALUES) yield [channel, { ...valid, [field]: { ...value, [inner]: odd } }];
      }
    }
  }
  for (const channel of ['', '__proto__', 'constructor', 'toString', 'catalogue:meta ', 'CATALOGUE:META', 42, null, {}])
    yield [channel, {}];
}

const HANG_MS = 3_000;

it('answers every hostile call with a result and a known code, never a throw, a hang or an internal error', async () => {
  const known = new Set<string>(API_ERROR_CODES);
  const figures = { tried: 0, answered: 0, clearErrors: 0, escapes: 0, hangs: 0, slowestMs: 0 };
  const problems: string[] = [];
  for (const [channel, request] of attempts()) {
    figures.tried++;
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hang = new Promise<'hang'>((done) => (timer = setTimeout(() => done('hang'), HANG_MS)));
    let outcome: unknown;
    try {
      outcome = await Promise.race([api.callRaw(channel, request), hang]);
    } catch (e) {
      outcome = { thrown: (e as Error).message };
    } finally {
      clearTimeout(timer);
    }
    figures.slowestMs = Math.max(figures.slowestMs, performance.now() - started);
    const label = `${String(channel)} ${JSON.stringify(request)?.slice(0, 80)}`;
    if (outcome === 'hang') {
      figures.hangs++;
      problems.push(`hang: ${label}`);
      continue;
    }
    const r = outcome as { ok?: boolean; error?: { code: string; message: string }; thrown?: string };
    if (r.ok === true) {
      figures.answered++;
    } else if (r.ok === false && r.error && known.has(r.error.code) && r.error.code !== 'internal') {
      figures.clearErrors++;
      if (r.error.message.length > 300) problems.push(`long message (${r.error.message.length}): ${label}`);
    } else {
      figures.escapes++;
      problems.push(`escape: ${label} → ${JSON.stringify(r).slice(0, 200)}`);
    }
  }
  console.log(
    `[measure] API fuzz: ${figures.tried} calls over ${API_CHANNELS.length} channels; ${figures.answered} answered, ` +
      `${figures.clearErrors} clear errors, ${figures.escapes} escapes, ${figures.hangs} hangs; ` +
      `slowest ${figures.slowestMs.toFixed(0)} ms`,
  );
  expect(problems).toEqual([]);
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').toBeUndefined();
  // Only the catalogue's own addresses reached the system browser.
  expect(api.opened).toEqual(requests['shell:open-external'].url ? ['https://www.ramlab.com/'] : []);
}, 120_000);
