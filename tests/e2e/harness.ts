/**
 * End-to-end harness: the built renderer (out/renderer) served on 127.0.0.1 with the app's CSP, in
 * Debian's Chromium, talking to the real main-process handlers through a test-only transport that
 * puts the same typed Api on window as the preload does: each call a same-origin POST to this test
 * server, JSON both ways (a Playwright binding, tried first, added tens of milliseconds per call, which
 * Electron's IPC does not). Each test gets a fresh catalogue and a fresh
 * user database in a temp folder; `restart` makes new handlers over the same database file, as a new
 * start of the app would. Every request the page makes is recorded so a test can prove that nothing
 * leaves the machine; CSP violations and page errors fail the test.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dispatch } from '../../electron/main/api/dispatch';
import { createApiHandlers } from '../../electron/main/api/handlers';
import { CatalogueDb } from '../../electron/main/catalogue/catalogue-db';
import { CSP, rendererFileFor } from '../../electron/main/security/origins';
import { API_CHANNELS, type ApiHandlers, type Channel } from '../../electron/shared/api';
import type { Lang } from '../../electron/shared/i18n/lang';
import { buildTempCatalogue } from '../support/catalogue-fixture';
import { openUserDataFixture, type UserDataFixture } from '../support/user-data-fixture';

const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../screenshots');

const API_PATH = '/__test-api/';

/** Serves out/renderer as the app's protocol does (its own files only, with the app's CSP), and the test transport's calls. */
function serveRenderer(current: () => ApiHandlers): Promise<{ server: Server; origin: string }> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`${RENDERER_DIR} is missing: run "npm run build" first.`);
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'POST' && path.startsWith(API_PATH)) {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        let request: unknown;
        try {
          request = body ? JSON.parse(body) : undefined;
        } catch {
          res.writeHead(400).end();
          return;
        }
        const answer = await dispatch(current(), decodeURIComponent(path.slice(API_PATH.length)), request);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      });
      return;
    }
    const found = rendererFileFor(`app://renderer${path}`, RENDERER_DIR);
    if (!found || !existsSync(found.file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': found.type, 'content-security-policy': CSP }).end(readFileSync(found.file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

/** Installs the test transport: window.fieldlab with one function per channel, backed by the current handlers. */
async function installTestTransport(context: BrowserContext): Promise<void> {
  await context.addInitScript(
    ({ channels, apiPath }: { channels: string[]; apiPath: string }) => {
      const post = globalThis.fetch.bind(globalThis);
      const invoke = async (channel: string, request: unknown) =>
        (
          await post(apiPath + encodeURIComponent(channel), {
            method: 'POST',
            body: request === undefined ? '' : JSON.stringify(request),
          })
        ).json();
      const api = Object.fromEntries(
        channels.map((channel) => [channel, (request: unknown) => invoke(channel, request)]),
      );
      Object.defineProperty(globalThis, 'fieldlab', { value: Object.freeze(api), writable: false });
      // CSP violations are kept for the test to assert on.
      const violations: string[] = [];
      Object.defineProperty(globalThis, '__cspViolations', { value: violations });
      type Violation = { violatedDirective: string; blockedURI: string; sourceFile: string; lineNumber: number };
      const doc = (
        globalThis as unknown as { document: { addEventListener: (t: string, f: (e: Violation) => void) => void } }
      ).document;
      doc.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
      );
    },
    { channels: API_CHANNELS, apiPath: API_PATH },
  );
}

type App = {
  page: Page;
  origin: string;
  requests: string[];
  opened: string[];
  /** Texts the app put on the clipboard. */
  copied: string[];
  user: UserDataFixture;
  startedAt: number;
  screenshot: (name: string) => Promise<void>;
  /** A new start of the app: new handlers over the same user database, the page reloaded; `meanwhile` runs while it is closed. */
  restart: (meanwhile?: () => void) => Promise<void>;
  /** From now on the system browser fails to open (as when none is installed), or works again. */
  failLinks: (fail: boolean) => void;
  /**
   * From now on one channel answers `answer` instead of asking the real handler (null: the real one
   * again): a broken answer, as a damaged record or a future file version would give.
   */
  breakChannel: (channel: Channel, answer: unknown | null) => void;
};

export const test = base.extend<{ app: App }>({
  app: async ({ page, context }, use) => {
    const built = buildTempCatalogue();
    const catalogue = CatalogueDb.open(built.file);
    const opened: string[] = [];
    let linksFail = false;
    const copied: string[] = [];
    const user = openUserDataFixture(mkdtempSync(join(tmpdir(), 'fieldlab-e2e-user-')));
    const broken = new Map<Channel, unknown>();
    let handlers: ApiHandlers;
    const current = () =>
      broken.size ? { ...handlers, ...Object.fromEntries([...broken].map(([c, a]) => [c, () => a])) } : handlers;
    const { server, origin } = await serveRenderer(current);
    // The report page printed to PDF by Chromium, as the app's hidden window prints it with Electron.
    const printReport = async (visitId: string, lang: Lang): Promise<Buffer> => {
      const print = await context.newPage();
      try {
        await print.goto(`${origin}/#report/${visitId}/${lang}`);
        await print.locator('[data-report-ready="true"]').waitFor();
        return await print.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      } finally {
        await print.close();
      }
    };
    const makeHandlers = () =>
      createApiHandlers({
        catalogue,
        userData: user.userData,
        openExternal: async (url) => {
          if (linksFail) throw new Error('No application is registered for https links.');
          opened.push(url);
        },
        copyText: (text) => void copied.push(text),
        files: user.files,
        printReport,
      });
    handlers = makeHandlers();
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await installTestTransport(context);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const startedAt = Date.now();
    await page.goto(origin);
    // The map's picture: where its markers and names are drawn, and whether it still waits for an answer.
    const mapPicture = () =>
      page.evaluate(() => {
        type El = { getBoundingClientRect: () => { x: number; y: number } };
        const doc = (globalThis as unknown as { document: { querySelectorAll: (s: string) => El[] } }).document;
        const busy = doc.querySelectorAll(
          '[data-behind="true"], [data-settled="false"], .leaflet-zoom-anim, .leaflet-pan-anim',
        ).length;
        const drawn = [...doc.querySelectorAll('.leaflet-marker-icon, .place-label')].map((e) => {
          const r = e.getBoundingClientRect();
          return `${Math.round(r.x)},${Math.round(r.y)}`;
        });
        return busy ? null : drawn.join(' ');
      });
    /** Until the map has taken the newest answer and its picture stayed the same for a moment (at most 3 s). */
    const settledMap = async () => {
      let last: string | null = null;
      for (let tries = 0; tries < 15; tries++) {
        const now = await mapPicture();
        if (now !== null && now === last) return;
        last = now;
        await page.waitForTimeout(200);
      }
    };
    await use({
      page,
      origin,
      requests,
      opened,
      copied,
      user,
      startedAt,
      screenshot: async (name) => {
        // A map that shows is given the moment to take the newest answer and place its names again.
        await settledMap();
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
      },
      restart: async (meanwhile) => {
        user.reopen(meanwhile);
        handlers = makeHandlers();
        await page.reload();
      },
      breakChannel: (channel, answer) => void (answer === null ? broken.delete(channel) : broken.set(channel, answer)),
      failLinks: (fail) => {
        linksFail = fail;
      },
    });
    const violations = await page.evaluate(
      () => (globalThis as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    );
    // The page first: a request still on its way must not reach handlers over a closed database.
    await page.close();
    server.close();
    catalogue.close();
    user.cleanup();
    built.cleanup();
    rmSync(user.dir, { recursive: true, force: true });
    // Offline is a feature: every request of the whole test stayed on this machine.
    const away = requests.filter((u) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(u));
    expect(away, 'requests that left 127.0.0.1').toEqual([]);
    expect(pageErrors, 'errors thrown in the page').toEqual([]);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };
