import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The parts of Electron the window code touches: windows are recorded, `activate` can be fired. */
const electron = vi.hoisted(() => {
  const handlers: Record<string, () => void> = {};
  class FakeWindow {
    static open: FakeWindow[] = [];
    static getAllWindows = () => FakeWindow.open;
    loaded: string | null = null;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      FakeWindow.open.push(this);
    }
    once() {}
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
  }
  return { handlers, FakeWindow, app: { isPackaged: false, on: (e: string, f: () => void) => void (handlers[e] = f) } };
});
vi.mock('electron', () => ({ app: electron.app, BrowserWindow: electron.FakeWindow, session: {} }));

const { createMainWindow, reopenWindowOnActivate } = await import('../../../electron/main/window');

beforeEach(() => {
  electron.FakeWindow.open = [];
  electron.app.isPackaged = false;
  delete process.env.ELECTRON_RENDERER_URL;
});

describe('the app window', () => {
  it('opens no second window when the dock icon is clicked while one is open (macOS activate)', () => {
    reopenWindowOnActivate();
    createMainWindow();
    electron.handlers.activate();
    electron.handlers.activate();
    expect(electron.FakeWindow.open).toHaveLength(1);
  });

  it('opens a window on activate when all windows were closed', () => {
    reopenWindowOnActivate();
    electron.handlers.activate();
    expect(electron.FakeWindow.open).toHaveLength(1);
  });

  it('has isolation and the sandbox on, and in the packaged app loads its own page whatever the environment says', () => {
    electron.app.isPackaged = true;
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    const window = createMainWindow() as unknown as InstanceType<typeof electron.FakeWindow>;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect(window.loaded).toBe('app://renderer/index.html');
  });
});
