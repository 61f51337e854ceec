import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api';
import { objectArg, textOf } from './args';
import { freeName, reasonOf, removeWorkspaceFiles } from '../store/workspace-files';

/*
 * The Node half of the desktop app's save dialogs (electron/main/save-dialog.ts shows them):
 * what the renderer may ask for, and writing the file so a failed save never leaves half a file.
 */

export interface SaveRequest {
  title: string;
  /** The name the dialog proposes; a bare file name, never a path the renderer chose. */
  fileName: string;
}

export function saveRequestOf(arg: unknown): SaveRequest {
  const title = textOf(arg, { key: 'title', subject: 'A dialog title', max: 200, blank: 'The save dialog needs a title.' });
  const fileName = textOf(arg, { key: 'fileName', subject: 'A file name', max: 200, blank: 'The save dialog needs a file name to propose.' });
  if (fileName !== path.basename(fileName) || /[\\/]/.test(fileName) || fileName === '.' || fileName === '..') {
    throw new ApiError('api/bad-argument', `"${fileName}" is not a plain file name; the folder is for the user to choose.`);
  }
  return { title, fileName };
}

export function saveTextRequestOf(arg: unknown): SaveRequest & { text: string } {
  const text = objectArg(arg).text;
  if (typeof text !== 'string') throw new ApiError('api/bad-argument', 'text must be text.');
  return { ...saveRequestOf(arg), text };
}

const KINDS: Record<string, string> = {
  csv: 'CSV (opens in Excel)',
  md: 'Markdown',
  json: 'MQL Lab model file',
  pdf: 'PDF document',
  sqlite: 'MQL Lab workspace backup',
};

/** The dialog's file-type choices for a proposed name: its own kind first, then any file. */
export function saveFilters(fileName: string): { name: string; extensions: string[] }[] {
  const extension = path.extname(fileName).slice(1).toLowerCase();
  const own = KINDS[extension] ? [{ name: KINDS[extension], extensions: [extension] }] : [];
  return [...own, { name: 'All files', extensions: ['*'] }];
}

/**
 * Writes beside the target and renames into place: a full disk or a crash leaves the earlier
 * file of that name as it was, and never a truncated export someone might send on.
 */
export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  const partial = freeName(file, 'partial', '.tmp');
  try {
    fs.writeFileSync(partial, data);
    fs.renameSync(partial, file);
  } catch (error) {
    removeWorkspaceFiles(partial);
    throw new ApiError('export/write-failed', `MQL Lab could not save ${file} (${reasonOf(error)}). Check the folder exists and you may write to it, then try again.`);
  }
}
