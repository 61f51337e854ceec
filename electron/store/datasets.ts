import type Database from 'better-sqlite3';
import { DatasetWriter } from './dataset-writer';
import type { DatasetSummary } from '../../shared/api';
import type { ExtraAttribute, ExtraKind } from '../../shared/import/extra-attributes';
import type { ActivityRecord, LeadRecord } from '../../shared/import/records';

export { loadLeadTable } from './load-lead-table';

// The records an import produces are what the store takes: one type for both, defined in shared/.
export type { ActivityRecord, LeadRecord };

export interface DatasetMeta {
  name: string;
  source: string;
}

export type { DatasetSummary };

export interface InsertProgress {
  leads: number;
  /** Activities read and checked; they are written once all have been read. */
  activities: number;
  activitiesSaved: number;
}

export interface InsertDatasetOptions {
  /** Called every few thousand rows; the total is the caller's to know. */
  onProgress?: (progress: InsertProgress) => void;
  /** Polled as often as onProgress; returning true abandons the insert and rolls it back. */
  isCancelled?: () => boolean;
  /** The columns the import kept as extra attributes; each lead's `extra` holds their values in this order. */
  attributes?: readonly ExtraAttribute[];
}

/**
 * Stores a dataset in one transaction: either every lead and activity is saved or nothing is,
 * so a bad row half-way through a file never leaves a partial dataset behind.
 */
export function insertDataset(
  db: Database.Database,
  meta: DatasetMeta,
  leads: Iterable<LeadRecord>,
  activities: Iterable<ActivityRecord>,
  options: InsertDatasetOptions = {},
): number {
  const run = db.transaction((): number => {
    const writer = new DatasetWriter(db, { mode: 'new', meta }, options);
    for (const lead of leads) writer.addLead(lead);
    for (const activity of activities) writer.addActivity(activity);
    return writer.finish();
  });
  return run();
}

export function listDatasets(db: Database.Database): DatasetSummary[] {
  const attributes = new Map<number, ExtraAttribute[]>();
  for (const a of listAttributes(db)) attributes.set(a.datasetId, [...(attributes.get(a.datasetId) ?? []), { key: a.key, label: a.label, kind: a.kind, column: a.column }]);
  return db
    .prepare<[], Omit<DatasetSummary, 'attributes'>>(
      `SELECT d.id, d.name, d.source, d.created_at AS createdAt,
         (SELECT count(*) FROM leads l WHERE l.dataset_id = d.id) AS leads,
         (SELECT count(*) FROM leads l JOIN activities a ON a.lead_id = l.id
           WHERE l.dataset_id = d.id) AS activities
       FROM datasets d ORDER BY d.created_at, d.id`,
    )
    .all()
    .map((d) => ({ ...d, attributes: attributes.get(d.id) ?? [] }));
}

function listAttributes(db: Database.Database): (ExtraAttribute & { datasetId: number })[] {
  return db
    .prepare<[], { datasetId: number; key: string; label: string; kind: ExtraKind; column: string }>(
      `SELECT dataset_id AS datasetId, key, label, kind, source_column AS column
       FROM dataset_attributes ORDER BY dataset_id, position`,
    )
    .all();
}

/** Removes a dataset with its leads, activities, outcomes and scenarios; false if absent. */
export function deleteDataset(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM datasets WHERE id = ?').run(id).changes > 0;
}
