import type Database from 'better-sqlite3';
import { openStore } from '../../store';

/** A larger page cache for the one big write: index pages stay in memory instead of spilling. */
const CACHE_KIB = 64 * 1024;

/**
 * The import's own connection to the workspace, holding the write lock (BEGIN IMMEDIATE, so no
 * other writer can slip in between our reads) in one transaction from before the first row is
 * read until commit or rollback.
 *
 * Foreign keys are off on this connection (SQLite only lets them change outside a transaction).
 * An import writes through DatasetSql alone, which guarantees them by construction: leads get
 * the id of the dataset it created or checked, outcomes and activities the ids of leads it wrote
 * in the same transaction, and replacing a dataset deletes its activities and outcomes itself
 * rather than by cascade. Checking each row's parent would cost a B-tree lookup per lead, outcome
 * and activity (ten million of them for a large activities file) to confirm what cannot be
 * otherwise. The app's own connection keeps them on.
 */
export function openImportConnection(workspaceFile: string): Database.Database {
  const db = openStore(workspaceFile);
  try {
    db.pragma(`cache_size = -${CACHE_KIB}`);
    db.pragma('foreign_keys = OFF');
    db.exec('BEGIN IMMEDIATE');
    return db;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
    throw error;
  }
}

/**
 * Folds the import's write-ahead log back into the workspace file now, in the import's thread,
 * rather than leaving hundreds of megabytes of WAL for the app's own connection. The data is
 * committed already, so a checkpoint that cannot run now (a reader in the way) is left for
 * SQLite to do later.
 */
export function checkpoint(db: Database.Database | null): void {
  try {
    db?.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // The import has succeeded either way.
  }
}
