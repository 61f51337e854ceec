import type Database from 'better-sqlite3';
import type { MessagePort } from 'node:worker_threads';
import { DatasetWriter, openStore } from '../../store';
import { emptyLead, errorShape, readLead, type FromWriter, type ToWriter, type WriterInit } from './writer-protocol';

/** A larger page cache for the one big write: index pages stay in memory instead of spilling. */
export const CACHE_KIB = 64 * 1024;

/**
 * The writing half of an import (see writer-protocol.ts): opens its own connection to the
 * workspace, takes the write lock with BEGIN IMMEDIATE, writes what the reading thread sends,
 * and commits on 'finish' or rolls back on 'rollback' or any error. Nothing is committed before
 * the reading thread has read and checked every file.
 */
export function runWriterThread(init: WriterInit, port: MessagePort): void {
  const cancel = new Int32Array(init.cancel);
  const post = (message: FromWriter) => port.postMessage(message);
  let db: Database.Database | null = null;
  let writer: DatasetWriter;
  /** Rolls back what is not committed, closes the connection, says so last, and lets the thread end. */
  const end = (message: FromWriter) => {
    try {
      if (db?.inTransaction) db.exec('ROLLBACK');
      db?.close();
    } finally {
      db = null;
      post(message);
      port.close();
    }
  };
  try {
    db = openStore(init.workspaceFile);
    db.pragma(`cache_size = -${CACHE_KIB}`);
    db.exec('BEGIN IMMEDIATE');
    writer = new DatasetWriter(db, init.target, {
      isCancelled: () => Atomics.load(cancel, 0) === 1,
      onProgress: (p) => p.activitiesSaved > 0 && post({ type: 'saved', share: p.activitiesSaved / Math.max(1, p.activities) }),
    });
  } catch (error) {
    end({ type: 'failed', error: errorShape(error) });
    return;
  }
  post({ type: 'ready' });
  const lead = emptyLead();
  const types: string[] = [];
  port.on('message', (message: ToWriter) => {
    try {
      if (message.type === 'leads') {
        for (let i = 0; i < message.count; i++) writer.addLead(readLead(message.values, i, lead));
        post({ type: 'ack' });
      } else if (message.type === 'activities') {
        types.push(...message.newTypes);
        const { lead: leads, time, kind } = message;
        for (let i = 0; i < message.count; i++) writer.addActivityAt(leads[i], types[kind[i]], time[i]);
        post({ type: 'ack' });
      } else if (message.type === 'finish') {
        const datasetId = writer.finish();
        db?.exec('COMMIT');
        checkpoint(db);
        end({ type: 'finished', datasetId, leads: writer.leadCount, activities: writer.activityCount });
      } else {
        end({ type: 'closed' });
      }
    } catch (error) {
      end({ type: 'failed', error: errorShape(error) });
    }
  });
}

/**
 * Folds the import's write-ahead log back into the workspace file now, on this thread, rather
 * than leaving hundreds of megabytes of WAL for the app's own connection. The data is committed
 * already, so a checkpoint that cannot run now (a reader in the way) is left for later.
 */
export function checkpoint(db: Database.Database | null): void {
  try {
    db?.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // SQLite checkpoints on its own later; the import has succeeded either way.
  }
}
