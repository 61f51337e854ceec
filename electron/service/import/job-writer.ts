import type Database from 'better-sqlite3';
import type { ExtraAttribute } from '../../../shared/import/extra-attributes';
import type { ActivityRecord, LeadRecord } from '../../../shared/import/records';
import { DatasetWriter, openStore, type WriteTarget } from '../../store';

/** A larger page cache for the one big write: index pages stay in memory instead of spilling. */
const CACHE_KIB = 64 * 1024;

export interface WriterTotals {
  datasetId: number;
  leads: number;
  activities: number;
}

/**
 * The import's side of the store: a connection of its own to the workspace, holding the write
 * lock in one transaction from before the first row is read until commit or rollback.
 *
 * Writing on a second thread while this one parses was tried (rows sent in batches, activities
 * as transferred typed arrays): on the two-core machines we measure on it was no faster (14.1 s
 * against 13.0 s for a million leads on one thread) and took a third more memory, since the two
 * threads and their garbage collectors compete for the same cores. So they share a thread.
 */
export class JobWriter {
  private constructor(
    private db: Database.Database | null,
    private readonly writer: DatasetWriter,
  ) {}

  static open(workspaceFile: string, target: WriteTarget, attributes: readonly ExtraAttribute[], cancel: SharedArrayBuffer, onSaved: (share: number) => void): JobWriter {
    const flag = new Int32Array(cancel);
    const db = openStore(workspaceFile);
    try {
      db.pragma(`cache_size = -${CACHE_KIB}`);
      // IMMEDIATE takes the write lock now, so no other writer can slip in between our reads.
      db.exec('BEGIN IMMEDIATE');
      const writer = new DatasetWriter(db, target, {
        attributes,
        isCancelled: () => Atomics.load(flag, 0) === 1,
        onProgress: (p) => p.activitiesSaved > 0 && onSaved(p.activitiesSaved / Math.max(1, p.activities)),
      });
      return new JobWriter(db, writer);
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      db.close();
      throw error;
    }
  }

  addLead(lead: LeadRecord): void {
    this.writer.addLead(lead);
  }

  addActivity(activity: ActivityRecord): void {
    this.writer.addActivity(activity);
  }

  /** Writes the buffered activities and commits; returns what was written. */
  finish(): WriterTotals {
    const datasetId = this.writer.finish();
    this.db?.exec('COMMIT');
    checkpoint(this.db);
    this.close();
    return { datasetId, leads: this.writer.leadCount, activities: this.writer.activityCount };
  }

  /** Rolls back whatever was written and closes the connection; safe to call more than once. */
  close(): void {
    if (this.db?.inTransaction) this.db.exec('ROLLBACK');
    this.db?.close();
    this.db = null;
  }
}

/**
 * Folds the import's write-ahead log back into the workspace file now, in the worker, rather
 * than leaving hundreds of megabytes of WAL for the app's own connection. The data is committed
 * already, so a checkpoint that cannot run now (a reader in the way) is left for SQLite to do later.
 */
function checkpoint(db: Database.Database | null): void {
  try {
    db?.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // The import has succeeded either way.
  }
}
