/**
 * Handing a web address to the system browser (only well-formed http(s) addresses that the catalogue
 * gives) and text to the clipboard (the report as text, for an e-mail).
 */
import type { ApiHandlers } from '../../shared/api';
import { apiError } from '../../shared/api/errors';
import { checkExternalUrl } from '../../shared/security/external-url';

export function shellHandlers(
  links: ReadonlySet<string>,
  openExternal: (url: string) => Promise<void>,
  copyText: (text: string) => void,
): Pick<ApiHandlers, 'shell:open-external' | 'shell:copy-text'> {
  return {
    'shell:copy-text': ({ text }) => {
      copyText(text);
      return { ok: true, value: { copied: text.length } };
    },
    'shell:open-external': async ({ url }) => {
      const checked = checkExternalUrl(url);
      if (!checked.ok) return apiError('link_refused', checked.error, { reason: checked.reason });
      // A script in the page cannot send data out through the system browser: only the catalogue's addresses open.
      if (!links.has(checked.url)) {
        return apiError('link_refused', 'Only web addresses from the catalogue are opened.', {
          reason: 'not_in_catalogue',
        });
      }
      await openExternal(checked.url);
      return { ok: true, value: { opened: checked.url } };
    },
  };
}
