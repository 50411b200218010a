/** Sets the application menu for this run: no DevTools or Reload in the packaged app. */
import { app, Menu } from 'electron';
import { menuTemplate } from './menu-template';

export function setupMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(app.isPackaged, process.platform)));
}
