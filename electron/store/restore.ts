import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreError, sqliteCode } from './errors';
import { checkWorkspaceFile, hasSqliteHeader, openStore } from './open-store';
import {
  freeName,
  isWorkspaceFile,
  moveWorkspaceFiles,
  reasonOf,
  removeWorkspaceFiles,
} from './workspace-files';

/**
 * The tables a workspace of each schema version has. A file that claims a version but lacks one
 * of them is damaged or not ours, and restoring it would only fail later, on some screen.
 * Extend when a migration adds a table the app cannot do without.
 */
const REQUIRED_TABLES: ReadonlyArray<{ table: string; since: number }> = [
  { table: 'datasets', since: 1 },
  { table: 'leads', since: 1 },
  { table: 'activities', since: 1 },
  { table: 'outcomes', since: 1 },
  { table: 'scenarios', since: 1 },
  { table: 'settings', since: 1 },
  { table: 'definition_versions', since: 2 },
  { table: 'dataset_attributes', since: 4 },
  { table: 'lead_attribute_values', since: 4 },
];

/**
 * First half of a restore, with the live workspace still open: checks `source` and copies it
 * beside the workspace, returning the copy's path. The user's file is only read (its header,
 * before anything else); the deeper checks open the copy, since even a read-only SQLite
 * connection may leave -wal and -shm files beside a database.
 */
export async function stageRestore(source: string, workspaceFile: string): Promise<string> {
  const file = path.resolve(source);
  checkSource(file, workspaceFile);
  const staged = freeName(workspaceFile, 'restoring', '.tmp');
  try {
    await fs.promises.copyFile(file, staged);
    // A workspace copied while MQL Lab was running (or after a crash) keeps recent changes here.
    if (sizeOf(`${file}-wal`) > 0) await fs.promises.copyFile(`${file}-wal`, `${staged}-wal`);
    checkContents(staged, file);
    upgrade(staged, file);
    return staged;
  } catch (error) {
    removeWorkspaceFiles(staged);
    if (error instanceof StoreError) throw error;
    throw new StoreError(
      'store/cannot-open',
      `MQL Lab could not copy the backup ${file} (${reasonOf(error)}). Check that there is enough ` +
        'free space beside the workspace and that you may read the backup. Your workspace was ' +
        'not changed.',
      { cause: error },
    );
  }
}

/**
 * Brings the copy to the current schema now, while the live workspace is still open, so that an
 * upgrade that fails costs nothing to undo. openStore's own pre-upgrade copy of a temporary file
 * is of no use to anyone and is removed.
 */
function upgrade(staged: string, original: string): void {
  try {
    openStore(staged).close();
  } catch (error) {
    const detail = error instanceof StoreError && error.cause !== undefined ? error.cause : error;
    throw new StoreError(
      'store/restore-failed',
      `MQL Lab could not bring the backup ${original} up to this version's format ` +
        `(${reasonOf(detail)}). Your workspace was not changed. Please report this problem.`,
      { cause: error },
    );
  } finally {
    const folder = path.dirname(staged);
    const prefix = `${path.basename(staged)}.before-v`;
    for (const name of fs.readdirSync(folder)) {
      if (name.startsWith(prefix)) removeWorkspaceFiles(path.join(folder, name));
    }
  }
}

/**
 * Second half, with the live workspace closed: moves it aside as
 * `<workspace>.before-restore-<time>.bak`, puts the staged copy in its place and opens it. If any
 * step fails the original is put back, ready to reopen.
 */
export function installRestored(
  workspaceFile: string,
  staged: string,
  source: string,
): { db: Database.Database; replacedFile: string } {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const replacedFile = freeName(workspaceFile, `before-restore-${stamp}`, '.bak');
  try {
    moveWorkspaceFiles(workspaceFile, replacedFile);
  } catch (error) {
    throw restoreFailed(source, `the current workspace could not be moved aside (${reasonOf(error)})`, 'Your workspace was not changed.', error);
  }
  try {
    fs.renameSync(staged, workspaceFile);
    return { db: openStore(workspaceFile), replacedFile };
  } catch (error) {
    try {
      removeWorkspaceFiles(workspaceFile);
      moveWorkspaceFiles(replacedFile, workspaceFile);
    } catch (undoError) {
      throw restoreFailed(
        source,
        `${reasonOf(error)}; then putting your workspace back failed too (${reasonOf(undoError)})`,
        `Your workspace is safe at ${replacedFile}: quit MQL Lab, rename that file to ` +
          `${path.basename(workspaceFile)}, and start MQL Lab again.`,
        error,
      );
    }
    throw restoreFailed(source, reasonOf(error), 'Your workspace was put back as it was.', error);
  }
}

function checkSource(file: string, workspaceFile: string): void {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new StoreError(
      'store/cannot-open',
      `There is no file at ${file}. Choose the backup again; it may have been moved or renamed.`,
    );
  }
  if (isWorkspaceFile(file, workspaceFile)) {
    throw new StoreError(
      'store/restore-failed',
      `${file} is the workspace MQL Lab has open, not a backup of it. Choose a backup file.`,
    );
  }
  if (sizeOf(file) === 0) throw notABackup(file, 'it is an empty file, with nothing to restore');
  if (!hasSqliteHeader(file)) {
    throw notABackup(file, 'it is not a SQLite database (it may be another kind of file, or damaged)');
  }
  let checked: { version: number; empty: boolean };
  try {
    // Refuses a file from a newer MQL Lab with the same message opening it would give.
    checked = checkWorkspaceFile(file);
  } catch (error) {
    if (error instanceof StoreError && error.code === 'store/not-a-database') {
      throw notABackup(file, 'it is a SQLite database of another program, or a damaged one', error);
    }
    throw error;
  }
  if (checked.empty) throw notABackup(file, 'it is an empty database, with nothing to restore');
}

function checkContents(staged: string, original: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(staged, { fileMustExist: true });
    const version = Number(db.pragma('user_version', { simple: true }));
    const tables = new Set(
      db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all(),
    );
    const missing = REQUIRED_TABLES.filter((t) => t.since <= version && !tables.has(t.table));
    if (missing.length > 0) {
      const names = missing.map((t) => t.table).join(', ');
      throw notABackup(original, `it is marked as an MQL Lab workspace but lacks its tables (${names}), so it is damaged or was made by another program`);
    }
    const check = String(db.pragma('quick_check', { simple: true }));
    if (check !== 'ok') throw damaged(original, `SQLite's check found: ${check}`);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const code = sqliteCode(error);
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw damaged(original, reasonOf(error), error);
    throw error;
  } finally {
    db?.close();
  }
}

function sizeOf(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
}

function notABackup(file: string, why: string, cause?: unknown): StoreError {
  return new StoreError(
    'store/not-a-database',
    `${file} cannot be restored: ${why}. Choose a backup made by MQL Lab. Your workspace was not changed.`,
    { cause },
  );
}

function damaged(file: string, why: string, cause?: unknown): StoreError {
  return new StoreError(
    'store/invalid-data',
    `${file} cannot be restored: it is damaged (${why}). Choose another backup. Your workspace was not changed.`,
    { cause },
  );
}

function restoreFailed(source: string, why: string, outcome: string, cause: unknown): StoreError {
  return new StoreError(
    'store/restore-failed',
    `MQL Lab could not restore ${source}: ${why.replace(/\.$/, '')}. ${outcome}`,
    { cause },
  );
}
