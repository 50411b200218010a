import { afterAll, describe, expect, it } from 'vitest';
import { restoreSession } from '../../../electron/shared/companies/remembered-session-schema';
import { openApiFixture } from '../../support/api-fixture';

const COMPANY = '6f1c2a4e-8b1d-4c3a-9e2f-1a2b3c4d5e6f';
const VISIT = '0b7e5d3c-2a19-4f8e-b6d5-c4b3a2918070';

const api = openApiFixture();
afterAll(() => api.close());

describe('the remembered session (which company and visit were open), read back through its schema', () => {
  it('reopens a company and visit remembered in the right shape', async () => {
    const stored = JSON.stringify({ companyId: COMPANY, visitId: VISIT });
    expect(await api.call('session:restore', { stored })).toEqual({
      ok: true,
      value: { session: { companyId: COMPANY, visitId: VISIT }, setAside: false },
    });
    expect(restoreSession(JSON.stringify({ companyId: COMPANY, visitId: null })).session).toEqual({
      companyId: COMPANY,
      visitId: null,
    });
  });

  it('starts without a company and without a notice when nothing was remembered', async () => {
    expect(await api.call('session:restore', { stored: null })).toEqual({
      ok: true,
      value: { session: null, setAside: false },
    });
  });

  it.each([
    ['not JSON', '{"companyId": '],
    ['a number', '42'],
    ['null', 'null'],
    ['a company id that is not an id', JSON.stringify({ companyId: '../../etc', visitId: null })],
    ['a visit id of the wrong type', JSON.stringify({ companyId: COMPANY, visitId: 7 })],
    ['no visit field', JSON.stringify({ companyId: COMPANY })],
    ['an unknown field', JSON.stringify({ companyId: COMPANY, visitId: null, extra: 1 })],
  ])('says to set aside %s and to start without a company (the screen then shows a notice)', async (_what, stored) => {
    expect(await api.call('session:restore', { stored })).toEqual({
      ok: true,
      value: { session: null, setAside: true },
    });
  });

  it('refuses a text far longer than any session with a clear error, never a throw', async () => {
    const r = await api.call('session:restore', { stored: 'x'.repeat(100_000) });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});
