import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inspectFile } from '../../../electron/service/import/inspect';
import { runImportJob, type ImportJob } from '../../../electron/service/import/job';
import { insertDataset, openStore } from '../../../electron/store';
import { buildImportWorker } from './import-worker';

/*
 * The writing thread's failures, seen from the job (which runs here, on the test's thread, as
 * it runs on the import worker's): an error on either side reaches the caller as the same
 * { code, message }, and leaves the workspace as it was and free for the next writer.
 */

let writerScript = '';
beforeAll(() => {
  writerScript = buildImportWorker();
});

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function workspaceWith(rows: (i: number) => string, n: number): { workspace: string; leads: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mql-import-writer-'));
  dirs.push(dir);
  const workspace = path.join(dir, 'workspace.sqlite');
  const db = openStore(workspace);
  insertDataset(db, { name: 'Existing', source: 'a.csv' }, [], []);
  db.close();
  const leads = path.join(dir, 'leads.csv');
  const lines = ['Lead ID,Email,Create Date,Channel,Campaign'];
  for (let i = 0; i < n; i++) lines.push(rows(i));
  fs.writeFileSync(leads, `${lines.join('\n')}\n`);
  return { workspace, leads };
}

function job(workspace: string, leads: string, target: ImportJob['target']): ImportJob {
  const inspection = inspectFile(leads, 'leads');
  const file = { kind: 'leads' as const, path: leads, mapping: inspection.mapping, formats: inspection.formats, crm: inspection.crm };
  return { mode: 'run', files: [file], workspaceFile: workspace, badRows: 'fail', target };
}

function state(workspace: string): { datasets: string[]; leads: number; writable: boolean } {
  const db = new Database(workspace, { timeout: 100 });
  try {
    const datasets = db.prepare('SELECT name FROM datasets ORDER BY id').pluck().all() as string[];
    const leads = Number(db.prepare('SELECT count(*) FROM leads').pluck().get());
    let writable = true;
    try {
      db.exec('BEGIN IMMEDIATE');
      db.exec('ROLLBACK');
    } catch {
      writable = false;
    }
    return { datasets, leads, writable };
  } finally {
    db.close();
  }
}

const run = (import_: ImportJob) => runImportJob(import_, { onProgress: () => undefined, cancel: new SharedArrayBuffer(4), writerScript, writerThread: true });

describe('an import writing on a thread of its own', () => {
  it('imports, and hands the write lock back', async () => {
    const { workspace, leads } = workspaceWith((i) => `L${i},p${i}@acme.com,2025-01-01,Web,Spring`, 10_000);
    const report = await run(job(workspace, leads, { mode: 'new', name: 'Threaded' }));
    expect(report).toMatchObject({ status: 'imported', leads: 10_000 });
    expect(state(workspace)).toEqual({ datasets: ['Existing', 'Threaded'], leads: 10_000, writable: true });
  });

  it('reports an error of the writing side (a dataset to replace that is gone), saving nothing', async () => {
    const { workspace, leads } = workspaceWith((i) => `L${i},p${i}@acme.com,2025-01-01,Web,Spring`, 10);
    await expect(run(job(workspace, leads, { mode: 'replace', datasetId: 99 }))).rejects.toMatchObject({
      code: 'store/not-found',
      message: 'There is no dataset with id 99 to replace; it may have been deleted.',
    });
    expect(state(workspace)).toEqual({ datasets: ['Existing'], leads: 0, writable: true });
  });

  it('rolls the writing side back when the reading side stops (more campaigns than a lead table holds)', async () => {
    // Every lead brings a campaign of its own: the 65,537th is refused on the reading side,
    // by which time sixteen batches of leads have been written on the other.
    const { workspace, leads } = workspaceWith((i) => `L${i},p${i}@acme.com,2025-01-01,Web,Campaign ${i}`, 70_000);
    await expect(run(job(workspace, leads, { mode: 'new', name: 'Too many' }))).rejects.toMatchObject({
      code: 'store/too-many-values',
      message: expect.stringMatching(/^Campaign has more than 65,536 different values/),
    });
    expect(state(workspace)).toEqual({ datasets: ['Existing'], leads: 0, writable: true });
  });
});
