/** Registers every API channel with ipcMain through the one validating dispatcher, for the app's own page only. */
import { ipcMain } from 'electron';
import { API_CHANNELS, type ApiHandlers } from '../../shared/api';
import { apiError } from '../../shared/api/errors';
import { isTrustedFrame } from '../security/origins';
import { devServerUrl } from '../security/setup-security';
import { dispatch } from './dispatch';

/**
 * One ipcMain.handle per channel; nothing else is reachable from the renderer. A message from any
 * frame but the app's own page (a navigated or injected frame) is refused (Electron security
 * checklist, item 17: validate the sender of all IPC messages).
 */
export function registerApi(handlers: ApiHandlers): void {
  for (const channel of API_CHANNELS) {
    ipcMain.handle(channel, (event, request: unknown) => {
      if (!isTrustedFrame(event.senderFrame?.url, devServerUrl())) {
        return apiError('unknown_channel', `Refused ${channel} from an untrusted frame.`);
      }
      return dispatch(handlers, channel, request);
    });
  }
}
