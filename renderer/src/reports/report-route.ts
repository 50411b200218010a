/** The print window's address: #report/<visit id>/<lang>. */
import type { Lang } from '../../../electron/shared/i18n/lang';

/** The visit and language of a report route, when the page's address is one. */
export function reportRouteOf(hash: string): { visitId: string; lang: Lang } | null {
  const m = /^#report\/([0-9a-f-]{36})\/(nl|en)$/.exec(hash);
  return m ? { visitId: m[1], lang: m[2] as Lang } : null;
}
