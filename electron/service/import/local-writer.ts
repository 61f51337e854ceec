import type Database from 'better-sqlite3';
import type { ActivityRecord, LeadRecord } from '../../../shared/import/records';
import { DatasetWriter, openStore, type WriteTarget } from '../../store';
import type { WriterTotals } from './remote-writer';
import { CACHE_KIB, checkpoint } from './writer-thread';

/**
 * The writer on the reading thread itself, for machines without a core to spare: there a second
 * thread only competes with the first (measured on two cores: no faster, a third more memory).
 * Same calls as RemoteWriter, so the job does not care which one it has.
 */
export class LocalWriter {
  private constructor(
    private db: Database.Database | null,
    private readonly writer: DatasetWriter,
  ) {}

  static open(workspaceFile: string, target: WriteTarget, cancel: SharedArrayBuffer, onSaved: (share: number) => void): LocalWriter {
    const flag = new Int32Array(cancel);
    const db = openStore(workspaceFile);
    try {
      db.pragma(`cache_size = -${CACHE_KIB}`);
      // IMMEDIATE takes the write lock now, so no other writer can slip in between our reads.
      db.exec('BEGIN IMMEDIATE');
      const writer = new DatasetWriter(db, target, {
        isCancelled: () => Atomics.load(flag, 0) === 1,
        onProgress: (p) => p.activitiesSaved > 0 && onSaved(p.activitiesSaved / Math.max(1, p.activities)),
      });
      return new LocalWriter(db, writer);
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

  backpressure(): null {
    return null;
  }

  async finish(): Promise<WriterTotals> {
    const datasetId = this.writer.finish();
    this.db?.exec('COMMIT');
    checkpoint(this.db);
    this.close();
    return { datasetId, leads: this.writer.leadCount, activities: this.writer.activityCount };
  }

  async rollback(): Promise<void> {
    this.close();
  }

  async terminate(): Promise<number> {
    this.close();
    return 0;
  }

  private close(): void {
    if (this.db?.inTransaction) this.db.exec('ROLLBACK');
    this.db?.close();
    this.db = null;
  }
}
