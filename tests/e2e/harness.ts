/**
 * End-to-end harness: the built renderer (out/renderer) served on 127.0.0.1, in Debian's
 * Chromium, talking to the real main-process handlers through a test-only transport that
 * puts the same typed Api on window as the preload does. Every request the page makes is
 * recorded so a test can prove that nothing leaves the machine.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { dispatch } from '../../electron/main/api/dispatch';
import { createApiHandlers } from '../../electron/main/api/handlers';
import { CatalogueDb } from '../../electron/main/catalogue/catalogue-db';
import { API_CHANNELS, type ApiHandlers } from '../../electron/shared/api';
import { buildTempCatalogue } from '../support/catalogue-fixture';

const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../screenshots');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function serveRenderer(): Promise<{ server: Server; origin: string }> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error(`${RENDERER_DIR} is missing: run "npm run build" first.`);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(RENDERER_DIR, path === '/' ? 'index.html' : path);
    if (!file.startsWith(RENDERER_DIR) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

/** Installs the test transport: window.fieldlab with one function per channel, backed by `handlers`. */
async function installTestTransport(page: Page, handlers: ApiHandlers): Promise<void> {
  await page.exposeBinding('__fieldlabInvoke', (_source, channel: unknown, request: unknown) =>
    dispatch(handlers, channel, request),
  );
  await page.addInitScript((channels: string[]) => {
    const invoke = (globalThis as unknown as { __fieldlabInvoke: (c: string, r: unknown) => Promise<unknown> })
      .__fieldlabInvoke;
    const api = Object.fromEntries(
      channels.map((channel) => [channel, (request: unknown) => invoke(channel, request)]),
    );
    Object.defineProperty(globalThis, 'fieldlab', { value: Object.freeze(api), writable: false });
  }, API_CHANNELS);
}

type Fixtures = {
  app: {
    page: Page;
    requests: string[];
    opened: string[];
    startedAt: number;
    screenshot: (name: string) => Promise<void>;
  };
};

export const test = base.extend<Fixtures>({
  app: async ({ page }, use) => {
    const built = buildTempCatalogue();
    const catalogue = CatalogueDb.open(built.file);
    const opened: string[] = [];
    const handlers = createApiHandlers({ catalogue, openExternal: async (url) => void opened.push(url) });
    const { server, origin } = await serveRenderer();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await installTestTransport(page, handlers);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const startedAt = Date.now();
    await page.goto(origin);
    await use({
      page,
      requests,
      opened,
      startedAt,
      screenshot: async (name) => void (await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })),
    });
    // Offline is a feature: every request of the whole test stayed on this machine.
    const away = requests.filter((u) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(u));
    expect(away, 'requests that left 127.0.0.1').toEqual([]);
    expect(pageErrors, 'errors thrown in the page').toEqual([]);
    server.close();
    catalogue.close();
    built.cleanup();
  },
});

export { expect };
