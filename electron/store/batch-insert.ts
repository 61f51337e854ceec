import type Database from 'better-sqlite3';

type Value = string | number | null;

const ROWS_PER_STATEMENT = 32;

/**
 * Inserts rows several at a time with one multi-row INSERT, because with better-sqlite3 the
 * cost of a bulk load is mostly the per-call overhead of run(): 32 rows per call roughly halves
 * the time to write a large dataset.
 */
export class BatchInsert {
  private readonly many: Database.Statement<Value[]>;
  private readonly one: Database.Statement<Value[]>;
  private readonly values: Value[];
  private filled = 0;

  constructor(db: Database.Database, table: string, columns: readonly string[]) {
    const row = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.many = db.prepare<Value[]>(head + Array(ROWS_PER_STATEMENT).fill(row).join(', '));
    this.one = db.prepare<Value[]>(head + row);
    this.values = new Array<Value>(ROWS_PER_STATEMENT * columns.length);
  }

  add(...row: Value[]): void {
    this.addRow(row);
  }

  /** As add, from an array the caller may reuse: a million rows then allocate nothing here. */
  addRow(row: readonly Value[]): void {
    const values = this.values;
    for (let i = 0; i < row.length; i++) values[this.filled++] = row[i];
    if (this.filled === values.length) {
      // Spread rather than the array: better-sqlite3 reads arguments faster than array elements.
      this.many.run(...values);
      this.filled = 0;
    }
  }

  /** Writes the rows still waiting; call before relying on them being in the table. */
  flush(): void {
    const width = this.values.length / ROWS_PER_STATEMENT;
    for (let start = 0; start < this.filled; start += width) {
      this.one.run(...this.values.slice(start, start + width));
    }
    this.filled = 0;
  }
}
