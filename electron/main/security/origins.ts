/**
 * Where the app's page comes from and what it may reach, as pure checks (tested without Electron):
 * the renderer is served from the privileged app://renderer origin, so CSP 'self' means the app's own
 * files and nothing else on the disk; only that origin may call the API; nothing leaves the machine.
 */
import { extname, join, normalize, relative, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The page's Content-Security-Policy: the app's own files only, no inline scripts or styles. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** The file under `rendererDir` that an app:// request asks for, or null for anything outside it. */
export function rendererFileFor(requestUrl: string, rendererDir: string): { file: string; type: string } | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const file = normalize(join(rendererDir, path === '/' ? 'index.html' : path));
  const inside = relative(rendererDir, file);
  if (inside === '' || inside.startsWith('..') || inside.startsWith(sep)) return null;
  return { file, type: TYPES[extname(file)] ?? 'application/octet-stream' };
}

/** True for a frame of the app's own page (or, in development, the dev server's). */
export function isTrustedFrame(frameUrl: string | undefined, devServerUrl?: string): boolean {
  if (!frameUrl) return false;
  if (frameUrl.startsWith(`${APP_ORIGIN}/`)) return true;
  return !!devServerUrl && sameOrigin(frameUrl, devServerUrl);
}

/** True for a request that stays on the machine: the app's files, DevTools, inline data (and the dev server). */
export function isLocalRequest(requestUrl: string, devServerUrl?: string): boolean {
  let protocol: string;
  try {
    protocol = new URL(requestUrl).protocol;
  } catch {
    return false;
  }
  if (protocol === `${APP_SCHEME}:` || protocol === 'devtools:' || protocol === 'data:' || protocol === 'blob:')
    return true;
  return !!devServerUrl && sameOrigin(requestUrl, devServerUrl);
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
