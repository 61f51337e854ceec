import { BrowserWindow, dialog, type WebContents } from 'electron';
import type { ApiReply } from '../../shared/api';
import { saveFilters, saveRequestOf, saveTextRequestOf, writeFileAtomically, type SaveRequest } from '../service/save-file';

/*
 * The desktop app's save dialogs, answered in the main process like 'dialog:open-file': the
 * service has no window to show them over. The renderer proposes a name; the user picks the place.
 */

async function askWhere(sender: WebContents, request: SaveRequest): Promise<string | null> {
  const window = BrowserWindow.fromWebContents(sender);
  const options: Electron.SaveDialogOptions = { title: request.title, defaultPath: request.fileName, filters: saveFilters(request.fileName) };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || result.filePath === '' ? null : result.filePath;
}

async function reply(work: () => Promise<string | null>): Promise<ApiReply> {
  try {
    return { ok: true, value: { file: await work() } };
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'export/failed';
    return { ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } };
  }
}

export function saveTextDialog(sender: WebContents, arg: unknown): Promise<ApiReply> {
  return reply(async () => {
    const request = saveTextRequestOf(arg);
    const file = await askWhere(sender, request);
    if (file !== null) writeFileAtomically(file, request.text);
    return file;
  });
}

/** The page as printed (its print stylesheet shows only the memo), on A4 unless the CSS says otherwise. */
export function savePdfDialog(sender: WebContents, arg: unknown): Promise<ApiReply> {
  return reply(async () => {
    const request = saveRequestOf(arg);
    const file = await askWhere(sender, request);
    if (file === null) return null;
    const pdf = await sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, generateDocumentOutline: true });
    writeFileAtomically(file, pdf);
    return file;
  });
}

export function savePathDialog(sender: WebContents, arg: unknown): Promise<ApiReply> {
  return reply(() => askWhere(sender, saveRequestOf(arg)));
}
