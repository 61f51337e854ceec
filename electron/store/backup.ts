import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from './errors';
import { freeName, isWorkspaceFile, reasonOf, removeWorkspaceFiles } from './workspace-files';

export interface BackupResult {
  file: string;
  bytes: number;
}

/**
 * Writes a consistent copy of the open workspace to `target` with SQLite's online backup, so the
 * app keeps working meanwhile. The copy goes to a temporary file first and is renamed into place
 * only when complete: a failed backup never leaves a half-written file, nor spoils an earlier
 * backup of the same name.
 */
export async function backUpWorkspace(
  db: Database.Database,
  workspaceFile: string,
  target: string,
): Promise<BackupResult> {
  const file = path.resolve(target);
  if (isWorkspaceFile(file, workspaceFile)) {
    throw new StoreError(
      'store/backup-failed',
      `${file} is the workspace MQL Lab has open, so a backup cannot be written over it. ` +
        'Choose another file name or folder for the backup.',
    );
  }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    throw new StoreError(
      'store/backup-failed',
      `${file} is a folder. Choose a file name for the backup, e.g. ` +
        `${path.join(file, 'mql-lab-backup.sqlite')}.`,
    );
  }

  let partial: string | null = null;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    partial = freeName(file, 'partial', '.tmp');
    await db.backup(partial);
    toSingleFile(partial);
    fs.renameSync(partial, file);
  } catch (error) {
    if (partial !== null) removeWorkspaceFiles(partial);
    throw new StoreError(
      'store/backup-failed',
      `MQL Lab could not write the backup to ${file} (${reasonOf(error)}). Check that there is ` +
        'enough free space and that you may write to that folder, then try again. Your ' +
        'workspace was not changed.',
      { cause: error },
    );
  }
  return { file, bytes: fs.statSync(file).size };
}

/**
 * The backup of a WAL database is itself marked WAL. Switched to a rollback journal it is one
 * self-contained file, which can be carried around and read from read-only media without SQLite
 * creating -wal and -shm files beside it; openStore turns a restored copy back to WAL.
 */
function toSingleFile(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}
