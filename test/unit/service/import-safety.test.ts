import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorShape, ProgressEvent } from '../../../shared/api';
import { dispatch } from '../../../electron/service/dispatch';
import type { ImportJob } from '../../../electron/service/import/job-files';
import type { WorkerMessage } from '../../../electron/service/import/protocol';
import { openStore } from '../../../electron/store';
import { useTempServices, type TestService } from './helpers';
import { proposed } from './import-files';
import { writeLargeLeadsFile } from './large-leads-file';
import { buildImportWorker } from './import-worker';

/*
 * An import is all or nothing: cancelled, stopped with the app, or killed outright half-way
 * through its transaction, it must leave the workspace exactly as it was and able to open.
 */

/** About 25 MB: a few seconds to import, so there is time to stop it half-way. */
const LARGE_ROWS = 300_000;

let importWorkerFile = '';
beforeAll(() => {
  importWorkerFile = buildImportWorker();
});
const { start, tempDir } = useTempServices();

function snapshot(file: string): { counts: Record<string, number>; integrity: string } {
  const db = openStore(file);
  try {
    const counts: Record<string, number> = {};
    for (const table of ['datasets', 'leads', 'activities', 'outcomes', 'scenarios', 'settings']) {
      counts[table] = Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
    }
    return { counts, integrity: String(db.pragma('integrity_check', { simple: true })) };
  } finally {
    db.close();
  }
}

/** Whether a new connection can take the write lock at once: no import is left holding it. */
function writable(file: string): boolean {
  const db = new Database(file, { timeout: 100 });
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/** Resolves at the first progress event that shows rows being written inside the transaction. */
function midway(events: { on: (listener: (event: ProgressEvent) => void) => void }, rows: number): Promise<void> {
  return new Promise((resolve) => events.on((event) => event.label.startsWith('Importing') && (event.rows ?? 0) >= rows && resolve()));
}

function progressFeed() {
  const listeners: ((event: ProgressEvent) => void)[] = [];
  return {
    emit: (_name: string, payload: ProgressEvent) => listeners.forEach((l) => l(payload)),
    on: (listener: (event: ProgressEvent) => void) => void listeners.push(listener),
  };
}

async function largeImport(api: TestService) {
  const file = path.join(tempDir(), 'large-leads.csv');
  writeLargeLeadsFile(file, LARGE_ROWS);
  return proposed(api, { leads: file });
}

describe('an import stopped half-way', () => {
  it('is cancelled with import:cancel and leaves the store as it was', async () => {
    const feed = progressFeed();
    const api = start({ importWorkerFile, emit: feed.emit });
    await api.ok('workspace:open', null);
    const workspace = api.workspaceFile;
    const files = await largeImport(api);
    const before = snapshot(workspace);

    const running = dispatch(api.service.handlers, 'import:run', { ...files, badRows: 'fail', target: { mode: 'new', name: 'Cancelled' } });
    await midway(feed, 20_000);
    expect(await api.ok('import:cancel', null)).toEqual({ cancelled: true });
    const reply = await running;
    expect(reply).toEqual({ ok: false, error: { code: 'import/cancelled', message: 'The import was cancelled; nothing was saved.' } });
    expect(snapshot(workspace)).toEqual(before);
    expect(writable(workspace)).toBe(true);
    expect(await api.ok('import:cancel', null)).toEqual({ cancelled: false });

    // The workspace takes the next import as if nothing had happened.
    const report = await api.ok('import:run', { ...files, badRows: 'fail', target: { mode: 'new', name: 'Second try' } });
    expect(report).toMatchObject({ status: 'imported', leads: LARGE_ROWS });
  });

  it('rolls back when the app quits during the import (the worker is terminated)', async () => {
    const feed = progressFeed();
    const api = start({ importWorkerFile, emit: feed.emit });
    await api.ok('workspace:open', null);
    const workspace = api.workspaceFile;
    const files = await largeImport(api);
    const before = snapshot(workspace);

    const running = dispatch(api.service.handlers, 'import:run', { ...files, badRows: 'fail', target: { mode: 'new', name: 'Quit' } });
    await midway(feed, 20_000);
    api.service.close();
    expect(((await running) as { error: ApiErrorShape }).error.code).toBe('import/cancelled');
    expect(snapshot(workspace)).toEqual(before);
    // The worker's connection went with it: nothing still holds the workspace's write lock.
    expect(writable(workspace)).toBe(true);
  });

  it('leaves the workspace unchanged and able to open when the importing process is killed', async () => {
    const api = start({ importWorkerFile });
    await api.ok('workspace:open', null);
    const workspace = api.workspaceFile;
    const files = await largeImport(api);
    api.service.close();
    const before = snapshot(workspace);

    // A separate process runs the worker, so the test can kill it with SIGKILL: no cleanup, no
    // rollback by our code, only what SQLite guarantees for a transaction that never committed.
    const job: ImportJob = {
      mode: 'run',
      files: [{ kind: 'leads', path: files.leads.source, mapping: files.leads.mapping, formats: files.leads.formats, crm: null }],
      workspaceFile: workspace,
      badRows: 'fail',
      target: { mode: 'new', name: 'Killed' },
    };
    const killedAt = await killMidway(job, 60_000);
    expect(killedAt.rows).toBeGreaterThanOrEqual(60_000);
    expect(killedAt.rows).toBeLessThan(LARGE_ROWS);
    expect(snapshot(workspace)).toEqual({ ...before, integrity: 'ok' });

    // And the service opens it as usual afterwards.
    const again = start({ importWorkerFile });
    const reopened = await dispatch(again.service.handlers, 'workspace:open', null);
    expect(reopened.ok).toBe(true);
    again.service.close();
    const db = new Database(workspace, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM datasets WHERE name = 'Killed'").pluck().get()).toBe(0);
    db.close();
  });
});

/** Runs the job in a child process and SIGKILLs it once `rows` rows have gone into the transaction. */
function killMidway(job: ImportJob, rows: number): Promise<ProgressEvent> {
  // The job crosses as JSON; the worker's cancel flag (a SharedArrayBuffer) is made in the child.
  const script = `
    const { Worker } = require('node:worker_threads');
    const input = { job: JSON.parse(process.argv[2]), cancel: new SharedArrayBuffer(4), writerScript: process.argv[1] };
    const worker = new Worker(process.argv[1], { workerData: input });
    worker.on('message', (message) => process.stdout.write(JSON.stringify(message) + '\\n'));
  `;
  const child = spawn(process.execPath, ['-e', script, importWorkerFile, JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let buffered = '';
    let killed: ProgressEvent | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const message = JSON.parse(line) as WorkerMessage;
        if (message.type === 'done' || message.type === 'failed') reject(new Error(`The import ended before it could be killed: ${line}`));
        if (message.type === 'progress' && killed === null && message.progress.label.startsWith('Importing') && (message.progress.rows ?? 0) >= rows) {
          killed = message.progress;
          child.kill('SIGKILL');
        }
      }
    });
    child.on('exit', (_code, signal) => (killed && signal === 'SIGKILL' ? resolve(killed) : reject(new Error(`The child exited (${signal}) before it was killed.`))));
  });
}
