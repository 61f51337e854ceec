import type Database from 'better-sqlite3';
import { DatasetRows } from './dataset-rows';
import { DatasetSql, type WriteTarget } from './dataset-sql';
import type { ActivityRecord, InsertDatasetOptions, LeadRecord } from './datasets';

export type { WriteTarget } from './dataset-sql';

/**
 * Writes one dataset lead by lead, then activity by activity, for callers that receive rows as
 * a stream (an import reading a file) rather than as a list: DatasetRows checks and codes them,
 * DatasetSql writes them, both on this thread. It must run inside a write transaction the caller
 * opens and commits or rolls back: that transaction is what makes the dataset all or nothing.
 * Data is checked here as well as at import, so a stored dataset can always be loaded into a
 * lead table.
 */
export class DatasetWriter {
  private readonly sql: DatasetSql;
  private readonly rows: DatasetRows;

  constructor(db: Database.Database, target: WriteTarget, options: InsertDatasetOptions = {}) {
    const sql = new DatasetSql(db, target, options.attributes ?? []);
    this.sql = sql;
    this.rows = new DatasetRows((batch) => sql.writeLeads(batch), options);
  }

  get datasetId(): number {
    return this.sql.datasetId;
  }

  get leadCount(): number {
    return this.rows.leadCount;
  }

  get activityCount(): number {
    return this.rows.activityCount;
  }

  addLead(lead: LeadRecord): void {
    this.rows.addLead(lead);
  }

  /** Activities are checked now and written by finish(), grouped by lead and in time order. */
  addActivity(activity: ActivityRecord): void {
    this.rows.addActivity(activity);
  }

  /** Writes what is still waiting; the caller then commits. Returns the dataset's id. */
  finish(): number {
    this.rows.flush();
    const rows = this.rows;
    this.sql.writeActivities(rows.activities(), (saved) => rows.report(saved));
    return this.sql.datasetId;
  }
}
