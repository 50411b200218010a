/** Electron's security checklist, applied to every web contents the app creates. */
import { app, session } from 'electron';
import { isLocalRequest } from './origins';

/** The dev server's address, only when not packaged. */
export function devServerUrl(): string | undefined {
  return app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
}

/** After ready: denies permissions and any request that would leave the machine. */
export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // Offline by design: nothing the window loads may leave the machine, nor read other files (file:).
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalRequest(details.url, devServerUrl()) });
  });
}

/** Before ready: navigation, new windows and webviews are refused for every web contents. */
export function guardWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    // No window opens, and nothing goes to the system browser this way: the only way out is
    // shell:open-external, which opens an address of the catalogue and nothing else.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      const dev = devServerUrl();
      if (!dev || new URL(url).origin !== new URL(dev).origin) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
