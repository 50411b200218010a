/** Decides whether a link may be handed to the system browser: only well-formed http(s) URLs. */
import { echo } from '../api/errors';

export type UrlRefusal = 'empty' | 'malformed' | 'scheme' | 'credentials' | 'no_host' | 'not_in_catalogue';
export type UrlCheck = { ok: true; url: string } | { ok: false; reason: UrlRefusal; error: string };

/** Checks a URL before it leaves the app; rejects other schemes, credentials and malformed input. */
export function checkExternalUrl(input: unknown): UrlCheck {
  if (typeof input !== 'string' || input.trim() === '')
    return { ok: false, reason: 'empty', error: 'No web address given.' };
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: 'malformed', error: `"${echo(input)}" is not a valid web address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      ok: false,
      reason: 'scheme',
      error: `Only http and https links can be opened, not "${echo(url.protocol)}".`,
    };
  }
  if (url.username || url.password) {
    return { ok: false, reason: 'credentials', error: 'Links with a user name or password are not opened.' };
  }
  if (!url.hostname) return { ok: false, reason: 'no_host', error: 'The web address has no host.' };
  return { ok: true, url: url.href };
}
