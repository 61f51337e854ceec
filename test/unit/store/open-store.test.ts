import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  StoreError,
  getSetting,
  openStore,
  setSetting,
} from '../../../electron/store/index';
import type { Migration } from '../../../electron/store/index';
import { useTempStores } from './helpers';

const { tempDir, openTemp } = useTempStores();

const TABLES = ['activities', 'dataset_attributes', 'datasets', 'definition_versions', 'lead_attribute_values', 'leads', 'outcomes', 'scenarios', 'settings'];

function tableNames(db: Database.Database): string[] {
  return db
    .prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all();
}

function userVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

function snapshot(file: string): { bytes: Buffer; mtimeMs: number; siblings: string[] } {
  return {
    bytes: fs.readFileSync(file),
    mtimeMs: fs.statSync(file).mtimeMs,
    siblings: fs.readdirSync(path.dirname(file)).sort(),
  };
}

function catchStoreError(run: () => unknown): StoreError {
  try {
    run();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a StoreError');
}

describe('openStore', () => {
  it('creates the folder, the tables and records the schema version on an empty file', () => {
    const file = path.join(tempDir(), 'nested', 'deeper', 'workspace.mqllab');
    const db = openTemp(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(userVersion(db)).toBe(MIGRATIONS.length);
    expect(tableNames(db)).toEqual(TABLES);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    // A brand-new workspace has nothing worth backing up.
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('keeps data across reopening and does not run migrations again', () => {
    const file = path.join(tempDir(), 'workspace.mqllab');
    const counter: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'count-runs',
      sql: "INSERT INTO settings (key, value) VALUES ('runs', 'once')",
    };
    const migrations = [...MIGRATIONS, counter];
    const first = openStore(file, { migrations });
    setSetting(first, 'theme', 'dark');
    first.close();
    for (let i = 0; i < 2; i++) {
      const again = openStore(file, { migrations });
      expect(getSetting(again, 'theme')).toBe('dark');
      const runs = again.prepare("SELECT count(*) FROM settings WHERE key = 'runs'").pluck();
      expect(runs.get()).toBe(1);
      expect(userVersion(again)).toBe(counter.version);
      again.close();
    }
  });

  it('refuses a workspace from a newer version and leaves the file untouched', () => {
    const file = path.join(tempDir(), 'future.mqllab');
    const future = new Database(file);
    future.exec("CREATE TABLE gadgets (id INTEGER PRIMARY KEY); INSERT INTO gadgets VALUES (1);");
    future.pragma('user_version = 7');
    future.close();
    const before = snapshot(file);

    const error = catchStoreError(() => openStore(file));
    expect(error.code).toBe('store/newer-version');
    expect(error.message).toContain(
      `newer version of MQL Lab (schema 7; this version knows up to ${MIGRATIONS.length})`,
    );
    expect(error.message).toContain('Update MQL Lab');

    const after = snapshot(file);
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.siblings).toEqual(before.siblings);
  });

  it('refuses a newer workspace in WAL mode without creating -wal or -shm files', () => {
    const file = path.join(tempDir(), 'future.mqllab');
    const future = new Database(file);
    future.pragma('journal_mode = WAL');
    future.exec('CREATE TABLE gadgets (id INTEGER PRIMARY KEY)');
    future.pragma('user_version = 7');
    future.close();
    const before = snapshot(file);

    expect(catchStoreError(() => openStore(file)).code).toBe('store/newer-version');
    const after = snapshot(file);
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(after.siblings).toEqual(before.siblings);
  });

  it('refuses a newer workspace with a WAL left by a crash, leaving both files intact', () => {
    const dir = tempDir();
    const file = path.join(dir, 'future.mqllab');
    const future = new Database(file);
    future.pragma('journal_mode = WAL');
    future.exec('CREATE TABLE gadgets (id INTEGER PRIMARY KEY)');
    future.pragma('user_version = 7');
    future.pragma('wal_checkpoint(TRUNCATE)');
    future.exec('INSERT INTO gadgets VALUES (1)');
    // Copying the files while the connection is open is what a crash leaves behind.
    const crashed = path.join(dir, 'crashed.mqllab');
    fs.copyFileSync(file, crashed);
    fs.copyFileSync(`${file}-wal`, `${crashed}-wal`);
    future.close();
    const wal = fs.readFileSync(`${crashed}-wal`);
    expect(wal.length).toBeGreaterThan(0);
    const before = snapshot(crashed);

    expect(catchStoreError(() => openStore(crashed)).code).toBe('store/newer-version');
    expect(snapshot(crashed).bytes.equals(before.bytes)).toBe(true);
    expect(fs.readFileSync(`${crashed}-wal`).equals(wal)).toBe(true);
  });

  it('reports a file that is not a SQLite database, naming it, and leaves it untouched', () => {
    const file = path.join(tempDir(), 'leads.csv');
    fs.writeFileSync(file, 'lead_id,email\n'.repeat(100));
    const before = snapshot(file);

    const error = catchStoreError(() => openStore(file));
    expect(error.code).toBe('store/not-a-database');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/not a SQLite database/);
    expect(snapshot(file).bytes.equals(before.bytes)).toBe(true);
  });

  it("refuses another program's SQLite database instead of adding tables to it", () => {
    const file = path.join(tempDir(), 'other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    const before = snapshot(file);

    const error = catchStoreError(() => openStore(file));
    expect(error.code).toBe('store/not-a-database');
    expect(error.message).toContain('not an MQL Lab workspace');
    expect(snapshot(file).bytes.equals(before.bytes)).toBe(true);
  });

  it('backs up a workspace before upgrading it', () => {
    const file = path.join(tempDir(), 'workspace.mqllab');
    const v1 = openStore(file);
    setSetting(v1, 'owner', 'marketing ops');
    v1.close();

    const next = MIGRATIONS.length + 1;
    const upgrade: Migration = {
      version: next,
      name: 'add-tags',
      sql: 'CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL);',
    };
    const db = openTemp(file, { migrations: [...MIGRATIONS, upgrade] });
    expect(userVersion(db)).toBe(next);
    expect(tableNames(db)).toContain('tags');

    const backupFile = `${file}.before-v${next}.bak`;
    const backup = new Database(backupFile, { readonly: true });
    expect(userVersion(backup)).toBe(MIGRATIONS.length);
    expect(getSetting(backup, 'owner')).toBe('marketing ops');
    expect(tableNames(backup)).not.toContain('tags');
    backup.close();
  });

  it('rolls a failed upgrade back completely and says where the backup is', () => {
    const file = path.join(tempDir(), 'workspace.mqllab');
    openStore(file).close();

    const next = MIGRATIONS.length + 1;
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: next, name: 'good', sql: 'CREATE TABLE extra (x INTEGER);' },
      { version: next + 1, name: 'broken', sql: 'ALTER TABLE no_such_table ADD COLUMN y TEXT;' },
    ];
    const error = catchStoreError(() => openStore(file, { migrations: broken }));
    expect(error.code).toBe('store/migration-failed');
    expect(error.message).toContain(`migration ${next + 1} (broken)`);
    expect(error.message).toContain(`${file}.before-v${next + 1}.bak`);

    const db = openTemp(file);
    expect(userVersion(db)).toBe(MIGRATIONS.length);
    expect(tableNames(db)).not.toContain('extra');
  });

  it('runs all pending migrations of a new file in one transaction', () => {
    const file = path.join(tempDir(), 'workspace.mqllab');
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: 'broken', sql: 'THIS IS NOT SQL;' },
    ];
    expect(() => openStore(file, { migrations: broken })).toThrow(StoreError);
    const raw = new Database(file);
    expect(userVersion(raw)).toBe(0);
    expect(tableNames(raw)).toEqual([]);
    raw.close();
  });

  it('rejects a migration list that is not numbered 1, 2, 3, …', () => {
    const file = path.join(tempDir(), 'workspace.mqllab');
    const gap: Migration[] = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 2, name: 'gap', sql: '' },
    ];
    expect(() => openStore(file, { migrations: gap })).toThrow(/numbered 1, 2, 3/);
  });
});
