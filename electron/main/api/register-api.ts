/** Registers every API channel with ipcMain through the one validating dispatcher. */
import { ipcMain } from 'electron';
import { API_CHANNELS, type ApiHandlers } from '../../shared/api';
import { dispatch } from './dispatch';

/** One ipcMain.handle per channel; nothing else is reachable from the renderer. */
export function registerApi(handlers: ApiHandlers): void {
  for (const channel of API_CHANNELS) {
    ipcMain.handle(channel, (_event, request: unknown) => dispatch(handlers, channel, request));
  }
}
