import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api';
import { encodeLeadTable } from '../../shared/engine/lead-table-codec';
import { loadLeadTable, openStore } from '../store';
import { LeadIdentities } from '../store/lead-identities';

/**
 * The workspace the service has open: its connection and everything cached from it. A restore
 * swaps the connection for another file's, so the connection and its caches live together here
 * and are replaced together; handlers never hold on to a connection across calls.
 */
export class LiveWorkspace {
  private connection: Database.Database | null;
  private identities: LeadIdentities | null = null;
  private seeding: Promise<void> | null = null;
  private seedingDone = false;
  private exclusiveTail: Promise<unknown> = Promise.resolve();

  constructor(private currentFile: string) {
    this.connection = openStore(currentFile);
  }

  /** The open database's file; it changes when another workspace is opened or this one renamed. */
  get file(): string {
    return this.currentFile;
  }

  get db(): Database.Database {
    if (this.connection === null) {
      throw new ApiError(
        'workspace/closed',
        `The workspace ${this.file} is not open: a restore failed and could not reopen it. ` +
          'Quit and restart MQL Lab.',
      );
    }
    return this.connection;
  }

  /**
   * A dataset's lead table, encoded for the renderer. Read afresh each time, not kept: the
   * renderer asks once per dataset it opens, and at a million leads the table is ~150 MB that
   * would sit in this process for nothing (the whole app should stay under 1 GB).
   */
  encodedTable(datasetId: number): ArrayBuffer {
    return encodeLeadTable(loadLeadTable(this.db, datasetId));
  }

  /**
   * Drops the lead row ids kept for identity lookups after an import or a delete changed a
   * dataset's leads (a replaced dataset keeps its id), so the next lookup reads them afresh.
   */
  forgetLeadIds(): void {
    this.identities = null;
  }

  leadIdentities(): LeadIdentities {
    this.identities ??= new LeadIdentities(this.db);
    return this.identities;
  }

  /**
   * Runs `seed` once per opened workspace. Concurrent first calls (two windows, a reload) share
   * the one run, so the sample is never imported twice; a failed run may be tried again.
   */
  seedOnce(seed: (db: Database.Database) => Promise<void>): Promise<void> {
    if (this.seeding === null) {
      this.seedingDone = false;
      const run = seed(this.db).finally(() => {
        if (this.seeding === run) this.seedingDone = true;
      });
      this.seeding = run;
    }
    const current = this.seeding;
    return current.catch((error: unknown) => {
      if (this.seeding === current) this.seeding = null;
      throw error;
    });
  }

  /** Resolves once no seeding is writing to the connection, so it can be closed. */
  async seedingSettled(): Promise<void> {
    while (this.seeding !== null && !this.seedingDone) await this.seeding.catch(() => undefined);
  }

  /** Runs tasks that must not overlap (a backup reading the file while a restore replaces it). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.exclusiveTail.then(task, task);
    this.exclusiveTail = result.catch(() => undefined);
    return result;
  }

  /**
   * Closes the connection (checkpointing first, so no WAL is left behind) and lets `openNext`
   * put another database in the file's place and open it. If `openNext` fails it must have put
   * the original back; it is then reopened and the error passed on.
   */
  replace(openNext: (file: string) => Database.Database): void {
    const current = this.db;
    current.pragma('wal_checkpoint(TRUNCATE)');
    current.close();
    this.connection = null;
    this.forgetCaches();
    try {
      this.connection = openNext(this.file);
    } catch (error) {
      try {
        this.connection = openStore(this.file);
      } catch (reopenError) {
        throw new ApiError(
          'workspace/closed',
          `${reasonOf(error)} Then the workspace ${this.file} could not be reopened ` +
            `(${reasonOf(reopenError)}). Quit and restart MQL Lab.`,
        );
      }
      throw error;
    }
  }

  /**
   * Closes this workspace and opens `next` instead. `move`, if given, runs while nothing is open
   * (a renamed workspace's files are moved) and is undone if `next` then fails to open, so the
   * workspace that was open can be opened again; the error is passed on.
   */
  reopen(next: string, move?: { run(): void; undo(): void }): void {
    this.replace(() => {
      move?.run();
      try {
        const db = openStore(next);
        this.currentFile = next;
        return db;
      } catch (error) {
        move?.undo();
        throw error;
      }
    });
  }

  close(): void {
    this.connection?.close();
    this.connection = null;
  }

  private forgetCaches(): void {
    this.identities = null;
    this.seeding = null;
    this.seedingDone = false;
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
