import type Database from 'better-sqlite3';
import type { ExtraAttribute } from '../../../shared/import/extra-attributes';
import type { ActivityRecord, LeadRecord } from '../../../shared/import/records';
import { DatasetWriter, type WriteTarget } from '../../store';
import { checkpoint, openImportConnection } from './import-connection';
import { ThreadWriter } from './thread-writer';

export interface WriterTotals {
  datasetId: number;
  leads: number;
  activities: number;
}

/**
 * The import's side of the store: takes the leads and activities the job has checked, writes
 * them in one transaction on a connection of its own, and commits in finish(); close() before
 * that rolls everything back. Every call is synchronous.
 */
export interface JobWriter {
  addLead(lead: LeadRecord): void;
  addActivity(activity: ActivityRecord): void;
  /** Writes what is still waiting and commits; returns what was written. */
  finish(): WriterTotals;
  /** Rolls back whatever was written and closes the connection; safe to call more than once. */
  close(): void;
}

export interface JobWriterOptions {
  workspaceFile: string;
  target: WriteTarget;
  /** The leads file's columns kept as fit attributes; each lead carries its values in the same order. */
  attributes: readonly ExtraAttribute[];
  cancel: SharedArrayBuffer;
  /** Share (0-1) of the activities written, while they are written at the end. */
  onSaved: (share: number) => void;
  /** The bundled worker script to run a writing thread from (thread-writer.ts), or null to write on this thread. */
  writerScript: string | null;
}

/**
 * Opens the writer. The local writer holds the workspace's write lock when this returns; the
 * thread writer takes it while the first rows are read, and a failure to take it surfaces at the
 * first call that hands it rows (or at finish).
 */
export function openJobWriter(options: JobWriterOptions): JobWriter {
  const { workspaceFile, target, attributes, cancel, onSaved, writerScript } = options;
  return writerScript === null
    ? LocalWriter.open(workspaceFile, target, attributes, cancel, onSaved)
    : ThreadWriter.open(writerScript, workspaceFile, target, attributes, cancel, onSaved);
}

/** Checks and writes on the reading thread itself, for machines without a core to spare. */
class LocalWriter implements JobWriter {
  private constructor(
    private db: Database.Database | null,
    private readonly writer: DatasetWriter,
  ) {}

  static open(workspaceFile: string, target: WriteTarget, attributes: readonly ExtraAttribute[], cancel: SharedArrayBuffer, onSaved: (share: number) => void): LocalWriter {
    const flag = new Int32Array(cancel);
    const db = openImportConnection(workspaceFile);
    try {
      const writer = new DatasetWriter(db, target, {
        attributes,
        isCancelled: () => Atomics.load(flag, 0) === 1,
        onProgress: (p) => p.activitiesSaved > 0 && onSaved(p.activitiesSaved / Math.max(1, p.activities)),
      });
      return new LocalWriter(db, writer);
    } catch (error) {
      db.exec('ROLLBACK');
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

  finish(): WriterTotals {
    const datasetId = this.writer.finish();
    this.db?.exec('COMMIT');
    checkpoint(this.db);
    this.close();
    return { datasetId, leads: this.writer.leadCount, activities: this.writer.activityCount };
  }

  close(): void {
    if (this.db?.inTransaction) this.db.exec('ROLLBACK');
    this.db?.close();
    this.db = null;
  }
}
