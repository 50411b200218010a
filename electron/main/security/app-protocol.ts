/** Serves the built renderer from app://renderer, with the app's CSP on every response. */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME, CSP, rendererFileFor } from './origins';

/** Before the app is ready: app:// behaves like a secure web origin (so 'self' means the app's files). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** After the app is ready: answers app://renderer/... from `rendererDir`, and nothing outside it. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const found = rendererFileFor(request.url, rendererDir);
    if (!found) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(found.file), {
        headers: { 'content-type': found.type, 'content-security-policy': CSP },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
