export interface Migration {
  /** Schema version this migration brings the database to; versions run 1, 2, 3, … */
  version: number;
  name: string;
  /** Held as a string rather than a loose .sql file so the bundled app needs no extra files. */
  sql: string;
}
