/**
 * Errors the store raises on purpose. Each carries a stable `code` the service passes to the UI
 * as `{ code, message }`, and a message written for the person using MQL Lab, so it can be shown
 * as it is.
 */
export type StoreErrorCode =
  | 'store/cannot-open'
  | 'store/not-a-database'
  | 'store/newer-version'
  | 'store/backup-failed'
  | 'store/migration-failed'
  | 'store/restore-failed'
  | 'store/not-found'
  | 'store/invalid-data'
  | 'store/too-many-values'
  | 'store/cancelled';

export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}

/** better-sqlite3 throws SqliteError with SQLite's result code name, e.g. 'SQLITE_NOTADB'. */
export function sqliteCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}
