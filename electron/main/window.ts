/** The one app window, locked down. */
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from './security/origins';
import { devServerUrl } from './security/setup-security';

/** Creates the main window with isolation and the sandbox on, and loads the renderer from app://renderer. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Fieldlab Finder',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  const devUrl = devServerUrl();
  void window.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

/** macOS: a click on the dock icon opens a window only when none is open, never a second one. */
export function reopenWindowOnActivate(): void {
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
}
