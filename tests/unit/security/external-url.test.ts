import { describe, expect, it } from 'vitest';
import { checkExternalUrl } from '../../../electron/shared/security/external-url';

describe('external URL check', () => {
  it.each(['https://www.ramlab.com', 'http://www.freshteq.nl/en/', 'https://robohouse.nl/activities?x=1#top'])(
    'opens %s',
    (url) => {
      expect(checkExternalUrl(url)).toEqual({ ok: true, url: new URL(url).href });
    },
  );

  it.each([
    ['javascript:alert(document.cookie)', 'Only http and https'],
    ['JaVaScRiPt:alert(1)', 'Only http and https'],
    ['file:///etc/passwd', 'Only http and https'],
    ['data:text/html,<script>alert(1)</script>', 'Only http and https'],
    ['vbscript:msgbox', 'Only http and https'],
    ['smb://evil.example/share', 'Only http and https'],
    ['https://user:pass@evil.example', 'user name or password'],
    ['https://trusted.nl@evil.example/', 'user name or password'],
    ['www.ramlab.com', 'not a valid web address'],
    ['//evil.example', 'not a valid web address'],
    ['', 'No web address'],
    ['   ', 'No web address'],
  ])('refuses %s', (url, message) => {
    const result = checkExternalUrl(url);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });

  it('refuses what is not a string', () => {
    expect(checkExternalUrl(42).ok).toBe(false);
    expect(checkExternalUrl(undefined).ok).toBe(false);
  });
});
