import { describe, expect, it, vi } from 'vitest';

/** The parts of Electron that guardWebContents touches, recorded. */
const electron = vi.hoisted(() => {
  const handlers: Record<string, (...args: unknown[]) => void> = {};
  return {
    handlers,
    opened: [] as string[],
    app: { on: (event: string, f: (...args: unknown[]) => void) => void (handlers[event] = f) },
  };
});
vi.mock('electron', () => ({
  app: electron.app,
  session: {},
  shell: { openExternal: async (url: string) => void electron.opened.push(url) },
}));

const { guardWebContents } = await import('../../../electron/main/security/setup-security');

describe("a page's own attempts to leave the app", () => {
  it('window.open opens no window and sends nothing to the system browser', () => {
    guardWebContents();
    let windowOpen: ((d: { url: string }) => { action: string }) | null = null;
    const listeners: Record<string, (e: { preventDefault: () => void }, url?: string) => void> = {};
    const contents = {
      setWindowOpenHandler: (f: typeof windowOpen) => void (windowOpen = f),
      on: (event: string, f: (typeof listeners)[string]) => void (listeners[event] = f),
    };
    electron.handlers['web-contents-created']({}, contents);
    for (const url of ['https://evil.example/?data=secret', 'https://www.ramlab.com', 'file:///etc/passwd']) {
      expect(windowOpen!({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.opened).toEqual([]);
    let prevented = 0;
    listeners['will-navigate']({ preventDefault: () => prevented++ }, 'https://evil.example/');
    listeners['will-redirect']({ preventDefault: () => prevented++ });
    listeners['will-attach-webview']({ preventDefault: () => prevented++ });
    expect(prevented).toBe(3);
  });
});
