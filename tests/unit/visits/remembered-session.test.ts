import { describe, expect, it } from 'vitest';
import {
  readRememberedSession,
  SESSION_KEY,
  SESSION_SET_ASIDE_KEY,
  type SessionStorage,
} from '../../../electron/shared/companies/remembered-session';

const COMPANY = '6f1c2a4e-8b1d-4c3a-9e2f-1a2b3c4d5e6f';
const VISIT = '0b7e5d3c-2a19-4f8e-b6d5-c4b3a2918070';

/** A stand-in for localStorage that keeps what is written. */
function storage(initial: Record<string, string> = {}): SessionStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('the remembered session (which company and visit were open)', () => {
  it('reopens a company and visit that were remembered in the right shape', () => {
    const s = storage({ [SESSION_KEY]: JSON.stringify({ companyId: COMPANY, visitId: VISIT }) });
    expect(readRememberedSession(s)).toEqual({ session: { companyId: COMPANY, visitId: VISIT }, setAside: false });
    expect(s.items.has(SESSION_SET_ASIDE_KEY)).toBe(false);
  });

  it('starts without a company and without a notice when nothing was remembered', () => {
    expect(readRememberedSession(storage())).toEqual({ session: null, setAside: false });
  });

  it.each([
    ['not JSON', '{"companyId": '],
    ['a number', '42'],
    ['a company id that is not an id', JSON.stringify({ companyId: '../../etc', visitId: null })],
    ['a visit id of the wrong type', JSON.stringify({ companyId: COMPANY, visitId: 7 })],
    ['no visit field', JSON.stringify({ companyId: COMPANY })],
    ['an unknown field', JSON.stringify({ companyId: COMPANY, visitId: null, __proto__x: 1 })],
    ['a very long text', JSON.stringify({ companyId: COMPANY, visitId: null, pad: 'x'.repeat(100_000) })],
  ])('sets aside %s, keeps it under another key, and starts without a company with a notice', (_what, text) => {
    const s = storage({ [SESSION_KEY]: text });
    expect(readRememberedSession(s)).toEqual({ session: null, setAside: true });
    expect(s.items.get(SESSION_SET_ASIDE_KEY)).toBe(text);
  });

  it('starts without a company when storage cannot be read or written, never a throw', () => {
    const broken: SessionStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readRememberedSession(broken)).toEqual({ session: null, setAside: false });
    const readOnly: SessionStorage = { getItem: () => 'garbage', setItem: broken.setItem };
    expect(readRememberedSession(readOnly)).toEqual({ session: null, setAside: true });
  });
});
