import { BrowserWindow, dialog, type WebContents } from 'electron';
import type { ApiReply } from '../../shared/api';

/**
 * 'dialog:open-file' in the desktop app: the native open dialog, answered here in the main
 * process because the service has no window to show it over (and the web host has none at all).
 */
export async function openFileDialog(sender: WebContents, arg: unknown): Promise<ApiReply> {
  const given = typeof arg === 'object' && arg !== null ? (arg as Record<string, unknown>) : {};
  const title = typeof given.title === 'string' && given.title.length <= 200 ? given.title : 'Choose files to import';
  const window = BrowserWindow.fromWebContents(sender);
  const options: Electron.OpenDialogOptions = {
    title,
    properties: given.multiple === true ? ['openFile', 'multiSelections'] : ['openFile'],
    filters: [
      given.kind === 'backup'
        ? { name: 'MQL Lab workspace backups', extensions: ['sqlite', 'db', 'bak'] }
        : { name: 'CSV and text exports', extensions: ['csv', 'tsv', 'txt'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return { ok: true, value: { sources: result.canceled ? [] : result.filePaths } };
}
