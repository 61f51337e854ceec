import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreError, sqliteCode } from './errors';
import { MIGRATIONS, type Migration } from './migrations/index';

export interface OpenStoreOptions {
  /** Replaces the app's migrations; tests use it to exercise upgrades that do not exist yet. */
  migrations?: readonly Migration[];
}

/**
 * Opens (creating if needed) an MQL Lab workspace and brings its schema up to date. Nothing is
 * written to the file until it is known to be a workspace this version can handle, so a file
 * from a newer version, or a file that is not ours, is left exactly as it was.
 */
export function openStore(file: string, options: OpenStoreOptions = {}): Database.Database {
  const migrations = options.migrations ?? MIGRATIONS;
  checkMigrationList(migrations);
  const latest = latestVersion(migrations);
  const inMemory = file === ':memory:' || file === '';

  if (!inMemory) createFolder(file);
  const current = inMemory ? 0 : checkWorkspaceFile(file, migrations).version;

  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (error) {
    throw cannotOpen(file, error);
  }

  try {
    const backup = current < latest && current > 0 && !inMemory ? backUp(db, file, latest) : null;

    if (current < latest) migrate(db, file, migrations, latest, backup);
    // After migrating, so a failed upgrade leaves even the file header as it was.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * The checks openStore makes before it writes anything, for callers that only want to know
 * whether a file could be opened (e.g. a backup about to be restored). Reads the file without
 * changing it; `empty` means a new or blank file that openStore would turn into a workspace.
 */
export function checkWorkspaceFile(
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
): { version: number; empty: boolean } {
  const latest = latestVersion(migrations);
  const { version, empty } = inspect(file);
  if (version > latest) {
    throw new StoreError(
      'store/newer-version',
      `This workspace (${file}) was saved by a newer version of MQL Lab (schema ${version}; ` +
        `this version knows up to ${latest}). Update MQL Lab to open it.`,
    );
  }
  if (version === 0 && !empty) {
    // Our migrations set user_version in the same transaction that creates the tables, so a
    // version-0 file with tables belongs to some other program; adding ours would damage it.
    throw new StoreError(
      'store/not-a-database',
      `${file} is a SQLite database, but not an MQL Lab workspace. Choose a workspace saved ` +
        'by MQL Lab, or a new file name to start a fresh workspace.',
    );
  }
  return { version, empty };
}

function latestVersion(migrations: readonly Migration[]): number {
  return migrations.length === 0 ? 0 : migrations[migrations.length - 1].version;
}

function checkMigrationList(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(
        `Migration "${m.name}" has version ${m.version}, expected ${i + 1}: ` +
          'migrations must be numbered 1, 2, 3, … in order with no gaps.',
      );
    }
  });
}

function createFolder(file: string): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  } catch (error) {
    throw cannotOpen(file, error);
  }
}

function cannotOpen(file: string, error: unknown): StoreError {
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreError(
    'store/cannot-open',
    `MQL Lab could not open ${file} (${reason}). Check that the folder exists and that you ` +
      'may write to it, or choose another location.',
    { cause: error },
  );
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;
const USER_VERSION_OFFSET = 60;

/**
 * Reads the schema version without writing anything, not even the -wal and -shm files a SQLite
 * connection creates: a read-write connection would, on closing, fold a WAL left by a crash into
 * the file, so merely refusing a workspace could change it. When the file is all there is, its
 * header is authoritative; only with a non-empty WAL beside it (or to tell an empty database
 * from someone else's) is a read-only connection needed.
 */
function inspect(file: string): { version: number; empty: boolean } {
  if (!fs.existsSync(file)) return { version: 0, empty: true };
  const walSize = fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0;
  const header = readHeader(file);
  if (header.length > 0 && !isSqliteHeader(header)) throw notADatabase(file);
  if (walSize === 0) {
    if (header.length === 0) return { version: 0, empty: true };
    const version = header.readUInt32BE(USER_VERSION_OFFSET);
    if (version !== 0) return { version, empty: false };
  }
  return probe(file);
}

/** Whether a file starts with SQLite's header; reads 100 bytes and nothing else. */
export function hasSqliteHeader(file: string): boolean {
  return isSqliteHeader(readHeader(file));
}

function readHeader(file: string): Buffer {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const header = Buffer.alloc(HEADER_SIZE);
      return header.subarray(0, fs.readSync(fd, header, 0, HEADER_SIZE, 0));
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw cannotOpen(file, error);
  }
}

function isSqliteHeader(header: Buffer): boolean {
  return (
    header.length === HEADER_SIZE && header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)
  );
}

function probe(file: string): { version: number; empty: boolean } {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = Number(db.pragma('user_version', { simple: true }));
    const objects = Number(db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get());
    return { version, empty: objects === 0 };
  } catch (error) {
    if (sqliteCode(error) === 'SQLITE_NOTADB') throw notADatabase(file, error);
    throw cannotOpen(file, error);
  } finally {
    db?.close();
  }
}

function notADatabase(file: string, cause?: unknown): StoreError {
  return new StoreError(
    'store/not-a-database',
    `${file} is not an MQL Lab workspace: it is not a SQLite database (it may be another kind ` +
      'of file, or damaged). Choose a workspace saved by MQL Lab, or a new file name to start ' +
      'a fresh workspace.',
    { cause },
  );
}

/**
 * Copies the workspace before an upgrade so a user can go back to the previous MQL Lab version.
 * VACUUM INTO rather than db.backup(): it is synchronous, so openStore can stay synchronous and
 * the copy is guaranteed complete before the first migration statement runs; db.backup() is a
 * promise and would make every caller of openStore async for a once-per-upgrade step. VACUUM INTO
 * also writes a consistent, compacted copy (including WAL content) and never overwrites a file.
 */
function backUp(db: Database.Database, file: string, targetVersion: number): string {
  let target = `${file}.before-v${targetVersion}.bak`;
  // An earlier backup for the same upgrade (say, from an upgrade that failed) is kept as it is.
  for (let n = 2; fs.existsSync(target); n++) target = `${file}.before-v${targetVersion}-${n}.bak`;
  try {
    db.prepare('VACUUM INTO ?').run(target);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError(
      'store/backup-failed',
      `MQL Lab needs to upgrade ${file} and first makes a copy at ${target}, but the copy ` +
        `failed (${reason}). The workspace was not changed. Free some disk space or check the ` +
        "folder's permissions, then open it again.",
      { cause: error },
    );
  }
  return target;
}

/**
 * Runs every pending migration in one transaction, so a workspace is either fully upgraded or
 * untouched. Foreign keys are off meanwhile because SQLite cannot toggle them inside a
 * transaction, and a migration that rebuilds a table (create, copy, drop, rename) would otherwise
 * cascade-delete every child row when it drops the old table; foreign_key_check then verifies
 * that the migrated data is consistent before committing.
 */
function migrate(
  db: Database.Database,
  file: string,
  migrations: readonly Migration[],
  latest: number,
  backup: string | null,
): void {
  let running: Migration | undefined;
  const run = db.transaction(() => {
    // Re-read under the write lock: another MQL Lab window may have upgraded the file meanwhile.
    const current = Number(db.pragma('user_version', { simple: true }));
    if (current > latest) {
      throw new Error(`a newer MQL Lab upgraded it to schema ${current} meanwhile`);
    }
    for (const m of migrations) {
      if (m.version <= current) continue;
      running = m;
      db.exec(m.sql);
    }
    running = undefined;
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) {
      throw new Error(`${broken.length} rows would refer to rows that do not exist`);
    }
    db.pragma(`user_version = ${latest}`);
  });

  db.pragma('foreign_keys = OFF');
  try {
    run.immediate();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const step = running ? `migration ${running.version} (${running.name})` : 'the final check';
    throw new StoreError(
      'store/migration-failed',
      `MQL Lab could not upgrade ${file} to schema ${latest}: ${step} failed (${reason}). ` +
        'The workspace was left as it was' +
        (backup ? `, and a copy made before the upgrade is at ${backup}.` : '.') +
        ' Please report this problem.',
      { cause: error },
    );
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
