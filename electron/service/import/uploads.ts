import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Files the web host received from the browser, which cannot hand the service a path on disk.
 * Each upload gets a folder of its own, so the file keeps the name the user knows (problems
 * name it) and two uploads of the same name never collide.
 */
export const UPLOADS_FOLDER = 'uploads';

export function uploadsFolder(dataFolder: string): string {
  return path.join(dataFolder, UPLOADS_FOLDER);
}

/** A new, empty place for an upload named `name`; the name is reduced to a safe file name. */
export function newUploadPath(dataFolder: string, name: string): string {
  const folder = path.join(uploadsFolder(dataFolder), crypto.randomUUID());
  fs.mkdirSync(folder, { recursive: true });
  return path.join(folder, safeFileName(name));
}

export function isUpload(dataFolder: string, file: string): boolean {
  return path.resolve(file).startsWith(path.resolve(uploadsFolder(dataFolder)) + path.sep);
}

/** Removes the uploads among `files` (with their folders); other files are the user's and stay. */
export function removeUploads(dataFolder: string, files: readonly string[]): void {
  for (const file of files) {
    if (isUpload(dataFolder, file)) fs.rmSync(path.dirname(path.resolve(file)), { recursive: true, force: true });
  }
}

/** Uploads left by an earlier run (a crash, a closed tab); none can be in use at start. */
export function clearUploads(dataFolder: string): void {
  fs.rmSync(uploadsFolder(dataFolder), { recursive: true, force: true });
}

function safeFileName(name: string): string {
  // Names come from the browser: no folders, no characters Windows forbids in names, no controls.
  const base = path.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f<>:"|?*]/g, '_').trim();
  const cut = Array.from(base).slice(-120).join('');
  return cut === '' || cut === '.' || cut === '..' ? 'upload.csv' : cut;
}
