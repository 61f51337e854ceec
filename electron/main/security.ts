import { session, type BrowserWindow } from 'electron';

/**
 * The window hardening of the security baseline: the renderer may not navigate away, open
 * windows, or be granted any permission (camera, notifications, ...). MQL Lab needs none of them.
 */
export function hardenWindow(window: BrowserWindow, appOrigin: string): void {
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(appOrigin)) event.preventDefault();
  });
}

export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
