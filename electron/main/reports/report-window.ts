/**
 * Prints a visit report to PDF: the report page of the app in a hidden, sandboxed window with the same
 * preload, which says when it has drawn the report; then Electron's printToPDF on A4.
 */
import { BrowserWindow, ipcMain } from 'electron';
import { join } from 'node:path';
import type { Lang } from '../../shared/i18n/lang';
import { APP_ORIGIN } from '../security/origins';
import { devServerUrl } from '../security/setup-security';

const READY = 'report:ready';
const TIMEOUT_MS = 20_000;

export async function printReportPdf(visitId: string, lang: Lang): Promise<Buffer> {
  const window = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  try {
    let onReady: (event: Electron.IpcMainEvent) => void = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        ipcMain.off(READY, onReady);
        reject(new Error('the report page did not finish drawing'));
      }, TIMEOUT_MS);
      // Only this window's page counts: another report printing at the same time has its own listener.
      onReady = (event) => {
        if (event.sender.id !== window.webContents.id) return;
        clearTimeout(timer);
        ipcMain.off(READY, onReady);
        resolve();
      };
      ipcMain.on(READY, onReady);
    });
    const base = devServerUrl() ?? `${APP_ORIGIN}/index.html`;
    await window.loadURL(`${base}#report/${encodeURIComponent(visitId)}/${lang}`);
    await ready;
    return await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
  } finally {
    window.destroy();
  }
}
