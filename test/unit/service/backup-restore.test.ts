import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { decodeLeadTable } from '../../../shared/engine/lead-table-codec';
import { defaultModel } from '../../../shared/model/default-model';
import { MIGRATIONS, insertDataset, installRestored, openStore, setSetting } from '../../../electron/store/index';
import { LiveWorkspace } from '../../../electron/service/live-workspace';
import { lead } from '../store/helpers';
import { useTempServices, type TestService } from './helpers';

const { start, tempDir } = useTempServices();
const model = defaultModel();

async function opened(): Promise<{ api: TestService; datasetId: number }> {
  const api = start();
  const workspace = await api.ok('workspace:open', null);
  const datasetId = workspace.activeDatasetId ?? -1;
  await api.ok('dataset:open', { datasetId });
  return { api, datasetId };
}

async function scenarioNames(api: TestService, datasetId: number): Promise<string[]> {
  return (await api.ok('scenario:list', { datasetId })).map((s) => s.name);
}

/** What is in the data folder besides the live workspace's own files. */
function extraFiles(api: TestService): string[] {
  const own = path.basename(api.workspaceFile);
  return fs.readdirSync(path.dirname(api.workspaceFile)).filter((f) => f !== own && f !== `${own}-wal` && f !== `${own}-shm`);
}

describe('workspace:backup', () => {
  it('writes one self-contained SQLite file, creating its folder', async () => {
    const { api, datasetId } = await opened();
    await api.ok('scenario:create', { datasetId, name: 'Kept in the backup', note: '', model });
    const file = path.join(tempDir(), 'not', 'yet', 'there', 'backup.sqlite');
    const result = await api.ok('workspace:backup', { file });
    expect(result).toEqual({ file, bytes: fs.statSync(file).size });
    expect(result.bytes).toBeGreaterThan(0);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['backup.sqlite']);

    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(copy.prepare('SELECT name FROM scenarios ORDER BY id').pluck().all()).toContain('Kept in the backup');
    copy.close();

    // A second backup to the same name replaces the first.
    await api.ok('scenario:create', { datasetId, name: 'Later', note: '', model });
    expect((await api.ok('workspace:backup', { file })).bytes).toBeGreaterThan(0);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['backup.sqlite']);
  });

  it('refuses to write over the live workspace or to a relative path', async () => {
    const { api, datasetId } = await opened();
    const live = api.workspaceFile;
    const refused = await api.fails('workspace:backup', { file: live });
    expect(refused).toEqual({
      code: 'store/backup-failed',
      message: `${live} is the workspace MQL Lab has open, so a backup cannot be written over it. Choose another file name or folder for the backup.`,
    });
    expect((await api.fails('workspace:backup', { file: `${live}-wal` })).code).toBe('store/backup-failed');
    expect(await api.fails('workspace:backup', { file: 'backup.sqlite' })).toEqual({
      code: 'api/bad-argument',
      message: 'file must be a full path, like those a file dialog gives; got "backup.sqlite".',
    });
    expect(await scenarioNames(api, datasetId)).toEqual(['Baseline: current definition']);
  });
});

describe('workspace:restore', () => {
  it('brings back the backed-up data and keeps the replaced workspace beside it', async () => {
    const { api, datasetId } = await opened();
    await api.ok('scenario:create', { datasetId, name: 'Before', note: '', model });
    const backup = path.join(tempDir(), 'backup.sqlite');
    await api.ok('workspace:backup', { file: backup });
    const backupBytes = fs.readFileSync(backup);

    await api.ok('scenario:create', { datasetId, name: 'After', note: '', model });
    await api.ok('version:create', { datasetId, label: 'Q3', author: 'Dana', note: '', model, agreedAt: Date.UTC(2026, 6, 1) });
    expect(await scenarioNames(api, datasetId)).toEqual(['Baseline: current definition', 'Before', 'After']);

    const summary = await api.ok('workspace:restore', { file: backup });
    expect(summary).toEqual(await api.ok('workspace:open', null));
    expect(summary.activeDatasetId).toBe(datasetId);
    expect(await scenarioNames(api, datasetId)).toEqual(['Baseline: current definition', 'Before']);
    expect(await api.ok('version:list', { datasetId })).toEqual([]);
    expect(fs.readFileSync(backup).equals(backupBytes)).toBe(true);

    const kept = extraFiles(api);
    expect(kept).toEqual([expect.stringMatching(/^My workspace\.sqlite\.before-restore-[\dT-]+Z\.bak$/)]);
    const replaced = new Database(path.join(path.dirname(api.workspaceFile), kept[0]), { readonly: true });
    expect(replaced.prepare('SELECT name FROM scenarios ORDER BY id').pluck().all()).toEqual(['Baseline: current definition', 'Before', 'After']);
    replaced.close();

    // The restored workspace is live: it takes changes and a second restore.
    await api.ok('scenario:create', { datasetId, name: 'Again', note: '', model });
    await api.ok('workspace:restore', { file: backup });
    expect(await scenarioNames(api, datasetId)).toEqual(['Baseline: current definition', 'Before']);
    // Reading the first .bak above left its -wal and -shm beside it; only the .bak files count.
    expect(extraFiles(api).filter((f) => f.endsWith('.bak'))).toHaveLength(2);
  });

  it('forgets lead tables and identities cached from the replaced workspace', async () => {
    const { api, datasetId } = await opened();
    expect(decodeLeadTable(await api.ok('dataset:table', { datasetId })).n).toBe(3);
    expect(await api.ok('dataset:lead-identities', { datasetId, rows: [0] })).toEqual([expect.objectContaining({ externalId: 'L1' })]);

    // Another workspace whose dataset has the same id but other leads.
    const other = path.join(tempDir(), 'other.sqlite');
    const db = openStore(other);
    const otherId = insertDataset(db, { name: 'Other', source: 'other.csv' }, [lead('X1'), lead('X2')], []);
    setSetting(db, 'active-dataset', String(otherId));
    db.close();
    expect(otherId).toBe(datasetId);

    const summary = await api.ok('workspace:restore', { file: other });
    expect(summary.datasets).toEqual([expect.objectContaining({ id: otherId, name: 'Other', leads: 2 })]);
    expect(decodeLeadTable(await api.ok('dataset:table', { datasetId })).n).toBe(2);
    expect(await api.ok('dataset:lead-identities', { datasetId, rows: [0] })).toEqual([expect.objectContaining({ externalId: 'X1' })]);
  });

  it('upgrades a backup made by an older version', async () => {
    const { api } = await opened();
    const old = path.join(tempDir(), 'v1.sqlite');
    const db = openStore(old, { migrations: MIGRATIONS.slice(0, 1) });
    const id = insertDataset(db, { name: 'From v1', source: 'old.csv' }, [lead('A')], []);
    db.close();

    await api.ok('workspace:restore', { file: old });
    expect(await api.ok('version:list', { datasetId: id })).toEqual([]);
    expect((await api.ok('dataset:open', { datasetId: id })).dataset.name).toBe('From v1');
    // Only the replaced workspace is kept; the upgrade's copy of a temporary file is not.
    expect(extraFiles(api)).toEqual([expect.stringMatching(/before-restore-.*\.bak$/)]);
    const stillV1 = new Database(old, { readonly: true });
    expect(stillV1.pragma('user_version', { simple: true })).toBe(1);
    stillV1.close();
  });

  describe('refuses, leaving the live workspace as it was and usable:', () => {
    async function expectUntouched(api: TestService, datasetId: number): Promise<void> {
      expect(await scenarioNames(api, datasetId)).toEqual(['Baseline: current definition', 'Mine']);
      expect(extraFiles(api)).toEqual([]);
      await api.ok('scenario:create', { datasetId, name: 'Still works', note: '', model });
      expect(decodeLeadTable(await api.ok('dataset:table', { datasetId })).n).toBe(3);
    }

    async function withScenario(): Promise<{ api: TestService; datasetId: number }> {
      const setup = await opened();
      await setup.api.ok('scenario:create', { datasetId: setup.datasetId, name: 'Mine', note: '', model });
      return setup;
    }

    it('a file that is not a SQLite database', async () => {
      const { api, datasetId } = await withScenario();
      const file = path.join(tempDir(), 'leads.csv');
      fs.writeFileSync(file, 'Lead ID,Email\n'.repeat(50));
      expect(await api.fails('workspace:restore', { file })).toEqual({
        code: 'store/not-a-database',
        message: `${file} cannot be restored: it is not a SQLite database (it may be another kind of file, or damaged). Choose a backup made by MQL Lab. Your workspace was not changed.`,
      });
      await expectUntouched(api, datasetId);
    });

    it('a workspace from a newer version, with the store’s message', async () => {
      const { api, datasetId } = await withScenario();
      const file = path.join(tempDir(), 'future.sqlite');
      const future = new Database(file);
      future.exec('CREATE TABLE datasets (id INTEGER PRIMARY KEY)');
      future.pragma('user_version = 99');
      future.close();
      expect(await api.fails('workspace:restore', { file })).toEqual({
        code: 'store/newer-version',
        message: `This workspace (${file}) was saved by a newer version of MQL Lab (schema 99; this version knows up to ${MIGRATIONS.length}). Update MQL Lab to open it.`,
      });
      await expectUntouched(api, datasetId);
    });

    it('a file that claims to be a workspace but lacks its tables', async () => {
      const { api, datasetId } = await withScenario();
      const file = path.join(tempDir(), 'hollow.sqlite');
      const hollow = new Database(file);
      hollow.exec('CREATE TABLE datasets (id INTEGER PRIMARY KEY); CREATE TABLE notes (text TEXT)');
      hollow.pragma('user_version = 1');
      hollow.close();
      expect(await api.fails('workspace:restore', { file })).toEqual({
        code: 'store/not-a-database',
        message:
          `${file} cannot be restored: it is marked as an MQL Lab workspace but lacks its tables ` +
          '(leads, activities, outcomes, scenarios, settings), so it is damaged or was made by another program. ' +
          'Choose a backup made by MQL Lab. Your workspace was not changed.',
      });
      await expectUntouched(api, datasetId);
    });

    it("another program's database, an empty one, a missing file and the live workspace itself", async () => {
      const { api, datasetId } = await withScenario();
      const dir = tempDir();
      const foreign = path.join(dir, 'notes.sqlite');
      const db = new Database(foreign);
      db.exec('CREATE TABLE notes (text TEXT)');
      db.close();
      expect(await api.fails('workspace:restore', { file: foreign })).toEqual({
        code: 'store/not-a-database',
        message: `${foreign} cannot be restored: it is a SQLite database of another program, or a damaged one. Choose a backup made by MQL Lab. Your workspace was not changed.`,
      });
      const empty = path.join(dir, 'empty.sqlite');
      fs.writeFileSync(empty, '');
      expect((await api.fails('workspace:restore', { file: empty })).message).toContain('it is an empty file, with nothing to restore');
      const blank = path.join(dir, 'blank.sqlite');
      const blankDb = new Database(blank);
      blankDb.exec('CREATE TABLE t (x); DROP TABLE t;'); // a valid header, no tables
      blankDb.close();
      expect((await api.fails('workspace:restore', { file: blank })).message).toContain('it is an empty database, with nothing to restore');
      const missing = path.join(dir, 'gone.sqlite');
      expect(await api.fails('workspace:restore', { file: missing })).toEqual({
        code: 'store/cannot-open',
        message: `There is no file at ${missing}. Choose the backup again; it may have been moved or renamed.`,
      });
      const live = api.workspaceFile;
      expect((await api.fails('workspace:restore', { file: live })).message).toBe(
        `${live} is the workspace MQL Lab has open, not a backup of it. Choose a backup file.`,
      );
      await expectUntouched(api, datasetId);
    });

    it('a backup whose upgrade fails', async () => {
      const { api, datasetId } = await withScenario();
      const file = path.join(tempDir(), 'clash.sqlite');
      const db = openStore(file, { migrations: MIGRATIONS.slice(0, 1) });
      db.exec('CREATE TABLE definition_versions (x INTEGER)');
      db.close();
      const error = await api.fails('workspace:restore', { file });
      expect(error.code).toBe('store/restore-failed');
      expect(error.message).toBe(
        `MQL Lab could not bring the backup ${file} up to this version's format (table definition_versions ` +
          'already exists). Your workspace was not changed. Please report this problem.',
      );
      await expectUntouched(api, datasetId);
    });
  });
});

describe('installRestored', () => {
  it('puts the workspace back when the restored copy cannot be put in place', () => {
    const dir = tempDir();
    const live = path.join(dir, 'workspace.sqlite');
    const db = openStore(live);
    insertDataset(db, { name: 'Mine', source: 'mine.csv' }, [lead('A')], []);
    db.close();
    const before = fs.readFileSync(live);

    const missing = path.join(dir, 'workspace.sqlite.restoring.tmp');
    expect(() => installRestored(live, missing, '/backups/b.sqlite')).toThrowError(
      expect.objectContaining({ code: 'store/restore-failed', message: expect.stringMatching(/^MQL Lab could not restore \/backups\/b\.sqlite: .*ENOENT.*\. Your workspace was put back as it was\.$/) }),
    );
    expect(fs.readdirSync(dir)).toEqual(['workspace.sqlite']);
    expect(fs.readFileSync(live).equals(before)).toBe(true);
  });
});

describe('LiveWorkspace.replace', () => {
  it('reopens the original workspace when the replacement cannot be opened', () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    const live = new LiveWorkspace(file);
    try {
      const id = insertDataset(live.db, { name: 'Mine', source: 'mine.csv' }, [lead('A')], []);
      const before = live.db;
      expect(() =>
        live.replace(() => {
          throw new Error('The replacement could not be opened.');
        }),
      ).toThrow('The replacement could not be opened.');
      expect(before.open).toBe(false);
      expect(live.db.open).toBe(true);
      expect(decodeLeadTable(live.encodedTable(id)).n).toBe(1);
    } finally {
      live.close();
    }
  });
});
