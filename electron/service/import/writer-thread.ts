import type Database from 'better-sqlite3';
import { parentPort } from 'node:worker_threads';
import { StoreError } from '../../store';
import { DatasetSql } from '../../store/dataset-sql';
import { openImportConnection, checkpoint } from './import-connection';
import { errorShape, SIGNAL, type FromWriter, type ToWriter, type WriterInit } from './writer-protocol';

/**
 * The writing half of an import (see writer-protocol.ts): opens its own connection to the
 * workspace, takes the write lock with BEGIN IMMEDIATE, writes the batches the reading thread
 * sends, and commits on 'finish' or rolls back on 'abort', a cancel or any error. Nothing is
 * committed before the reading thread has read and checked every file.
 */
export function runWriterThread(init: WriterInit): void {
  const signal = new Int32Array(init.signal);
  const cancel = new Int32Array(init.cancel);
  const post = (message: FromWriter): void => {
    init.port.postMessage(message);
    Atomics.add(signal, SIGNAL.events, 1);
    Atomics.notify(signal, SIGNAL.events);
  };
  const stopped = () => Atomics.load(signal, SIGNAL.abort) === 1 || Atomics.load(cancel, 0) === 1;
  let db: Database.Database | null = null;
  /** Rolls back what is not committed, closes the connection, says so last, and lets the thread end. */
  const end = (message: FromWriter): void => {
    try {
      if (db?.inTransaction) db.exec('ROLLBACK');
    } catch {
      // Closing the connection rolls back all the same.
    }
    try {
      db?.close();
    } finally {
      db = null;
      post(message);
      parentPort?.close();
      init.port.close();
    }
  };
  let sql: DatasetSql;
  try {
    db = openImportConnection(init.workspaceFile);
    sql = new DatasetSql(db, init.target, init.attributes);
  } catch (error) {
    end({ type: 'failed', error: errorShape(error) });
    return;
  }
  post({ type: 'ready', datasetId: sql.datasetId });
  const checkStop = (): void => {
    if (stopped()) throw new StoreError('store/cancelled', 'The import was cancelled; nothing was saved.');
  };
  parentPort?.on('message', (message: ToWriter) => {
    try {
      if (message.type === 'leads') {
        checkStop();
        sql.writeLeads(message.batch);
        Atomics.add(signal, SIGNAL.written, 1);
        Atomics.add(signal, SIGNAL.events, 1);
        Atomics.notify(signal, SIGNAL.events);
      } else if (message.type === 'finish') {
        checkStop();
        sql.writeActivities(message.activities, (activities) => {
          checkStop();
          post({ type: 'saved', activities });
        });
        db?.exec('COMMIT');
        checkpoint(db);
        end({ type: 'finished' });
      } else {
        end({ type: 'closed' });
      }
    } catch (error) {
      end({ type: 'failed', error: errorShape(error) });
    }
  });
}
