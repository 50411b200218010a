/** Electron's security checklist, applied to every web contents the app creates. */
import { app, session, shell } from 'electron';
import { checkExternalUrl } from '../shared/security/external-url';

/** Denies permissions, navigation, new windows and webviews; http(s) links go to the system browser. */
export function setupSecurity(): void {
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    // Offline by design: nothing the window loads may leave the machine.
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      const { protocol } = new URL(details.url);
      const local =
        protocol === 'file:' ||
        protocol === 'devtools:' ||
        protocol === 'data:' ||
        protocol === 'blob:' ||
        isDevServer(details.url);
      callback({ cancel: !local });
    });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      const checked = checkExternalUrl(url);
      if (checked.ok) void shell.openExternal(checked.url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (!isDevServer(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

function isDevServer(url: string): boolean {
  const dev = process.env.ELECTRON_RENDERER_URL;
  return !app.isPackaged && !!dev && url.startsWith(new URL(dev).origin);
}
