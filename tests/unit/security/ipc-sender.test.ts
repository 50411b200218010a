import { describe, expect, it, vi } from 'vitest';
import { API_CHANNELS, type ApiHandlers } from '../../../electron/shared/api';

/** ipcMain as registerApi sees it: the handlers it registers are kept, to be called as a message would. */
const electron = vi.hoisted(() => ({
  registered: new Map<string, (event: unknown, request: unknown) => Promise<unknown> | unknown>(),
  app: { isPackaged: true },
}));
vi.mock('electron', () => ({
  app: electron.app,
  session: {},
  ipcMain: {
    handle: (channel: string, f: (event: unknown, request: unknown) => unknown) => electron.registered.set(channel, f),
  },
}));

const { registerApi } = await import('../../../electron/main/api/register-api');

/** Handlers that record which channels were reached and answer nothing in particular. */
const reached: string[] = [];
const handlers = new Proxy({} as ApiHandlers, {
  get: (_t, channel: string) => () => {
    reached.push(channel);
    return { ok: true, value: null };
  },
});

registerApi(handlers);
const call = (channel: string, frameUrl: string | undefined | null, request: unknown = {}) =>
  electron.registered.get(channel)!(
    frameUrl === null ? { senderFrame: null } : { senderFrame: { url: frameUrl } },
    request,
  );

describe('every IPC message is checked for the frame that sent it', () => {
  it('registers every API channel and nothing else', () => {
    expect([...electron.registered.keys()].sort()).toEqual([...API_CHANNELS].sort());
  });

  it('refuses every channel from a foreign, local-file, destroyed or dev-server frame in the packaged app', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    for (const channel of API_CHANNELS) {
      for (const frame of [
        'https://example.org/',
        'file:///tmp/page.html',
        'http://localhost:5173/',
        undefined,
        null,
      ]) {
        const r = (await call(channel, frame)) as { ok: boolean; error?: { code: string } };
        expect(r.ok, `${channel} from ${String(frame)}`).toBe(false);
        expect(r.error?.code).toBe('unknown_channel');
      }
    }
    expect(reached).toEqual([]);
    delete process.env.ELECTRON_RENDERER_URL;
  });

  it("answers the app's own page", async () => {
    expect(await call('catalogue:meta', 'app://renderer/index.html')).toEqual({ ok: true, value: null });
    expect(reached).toEqual(['catalogue:meta']);
  });
});
