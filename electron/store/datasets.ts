import type Database from 'better-sqlite3';
import { FIT_ATTRIBUTES, type FitAttributeKey } from '../../shared/model/catalog';
import { ActivityBuffer } from './activity-buffer';
import { BatchInsert } from './batch-insert';
import {
  BLANK_VALUE,
  Dictionary,
  FIT_COLUMNS,
  MAX_ACTIVITY_TYPES,
  MAX_CATEGORY_VALUES,
} from './columns';
import { StoreError } from './errors';
import type { DatasetSummary } from '../../shared/api';

export { loadLeadTable } from './load-lead-table';

export interface LeadRecord {
  externalId: string;
  email: string | null;
  company: string | null;
  createdAt: number;
  channel: string;
  campaign: string;
  fit: Partial<Record<FitAttributeKey, string | null>>;
  mqlAt: number | null;
  workedAt: number | null;
  sqlAt: number | null;
  opportunityAt: number | null;
  won: boolean;
  dealValue: number | null;
}

export interface ActivityRecord {
  leadExternalId: string;
  type: string;
  occurredAt: number;
}

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
}

const PROGRESS_EVERY = 10_000;
const FIT_KEYS = FIT_ATTRIBUTES.map((a) => a.key);

/**
 * Stores a dataset in one transaction: either every lead and activity is saved or nothing is,
 * so a bad row half-way through a file never leaves a partial dataset behind. Data is checked
 * here as well as at import so a stored dataset can always be loaded into a lead table.
 */
export function insertDataset(
  db: Database.Database,
  meta: DatasetMeta,
  leads: Iterable<LeadRecord>,
  activities: Iterable<ActivityRecord>,
  options: InsertDatasetOptions = {},
): number {
  const name = meta.name.trim();
  if (name === '') throw invalid('A dataset needs a name.');

  const insertDatasetRow = db.prepare<[string, string, number]>(
    'INSERT INTO datasets (name, source, created_at) VALUES (?, ?, ?)',
  );
  const nextLeadId = db.prepare<[], number>('SELECT coalesce(max(id), 0) + 1 FROM leads').pluck();
  const leadColumns = ['id', 'dataset_id', 'external_id', 'email', 'company', 'created_at'];
  const fitColumns = FIT_KEYS.map((k) => FIT_COLUMNS[k]);
  const insertLead = new BatchInsert(db, 'leads', [
    ...leadColumns,
    'channel',
    'campaign',
    ...fitColumns,
  ]);
  const insertOutcome = new BatchInsert(db, 'outcomes', [
    'lead_id',
    'mql_at',
    'worked_at',
    'sql_at',
    'opportunity_at',
    'won',
    'deal_value',
  ]);
  const insertActivity = new BatchInsert(db, 'activities', ['lead_id', 'type', 'occurred_at']);

  const run = db.transaction((): number => {
    const datasetId = Number(insertDatasetRow.run(name, meta.source, Date.now()).lastInsertRowid);
    // Lead ids are assigned here rather than read back after each insert, so leads can be
    // written in batches; nothing else can insert while this write transaction is open.
    const firstLeadId = Number(nextLeadId.get());
    const leadIndex = new Map<string, number>();
    const progress: InsertProgress = { leads: 0, activities: 0, activitiesSaved: 0 };
    // Dictionaries only to enforce the lead table's limits before anything is committed.
    const channels = new Dictionary(MAX_CATEGORY_VALUES, 'Channel');
    const campaigns = new Dictionary(MAX_CATEGORY_VALUES, 'Campaign');
    const fitValues = FIT_ATTRIBUTES.map((a) => new Dictionary(MAX_CATEGORY_VALUES, a.label));
    const types = new Dictionary(MAX_ACTIVITY_TYPES, 'The activity type');

    const row: (string | number | null)[] = new Array(8 + fitColumns.length);
    for (const lead of leads) {
      const label = leadLabel(lead, progress.leads + 1);
      if (leadIndex.has(lead.externalId)) {
        throw invalid(
          `Lead id "${lead.externalId}" appears more than once. Each lead needs its own id.`,
        );
      }
      const leadId = firstLeadId + progress.leads;
      row[0] = leadId;
      row[1] = datasetId;
      row[2] = lead.externalId;
      row[3] = lead.email ?? null;
      row[4] = lead.company ?? null;
      row[5] = requiredTime(lead.createdAt, label, 'created date');
      row[6] = requiredText(lead.channel, label, 'channel');
      row[7] = requiredText(lead.campaign, label, 'campaign');
      channels.code(lead.channel);
      campaigns.code(lead.campaign);
      for (let f = 0; f < FIT_KEYS.length; f++) {
        const value = lead.fit[FIT_KEYS[f]] ?? null;
        const what = FIT_ATTRIBUTES[f].label.toLowerCase();
        // Counted as the lead table will show it, so the limit check matches what loading sees.
        fitValues[f].code(value === null ? BLANK_VALUE : requiredText(value, label, what));
        row[8 + f] = value;
      }
      insertLead.add(...row);
      insertOutcome.add(
        leadId,
        optionalTime(lead.mqlAt, label, 'MQL date'),
        optionalTime(lead.workedAt, label, 'worked date'),
        optionalTime(lead.sqlAt, label, 'SQL date'),
        optionalTime(lead.opportunityAt, label, 'opportunity date'),
        lead.won ? 1 : 0,
        optionalNumber(lead.dealValue, label, 'deal value'),
      );
      leadIndex.set(lead.externalId, progress.leads);
      if (++progress.leads % PROGRESS_EVERY === 0) report(progress, options);
    }

    const buffer = new ActivityBuffer();
    for (const activity of activities) {
      const n = progress.activities + 1;
      const lead = leadIndex.get(activity.leadExternalId);
      if (lead === undefined) {
        throw invalid(
          `Activity #${n} (${activity.type}) belongs to lead "${activity.leadExternalId}", but ` +
            'there is no lead with that id in this dataset. Check that the activities file ' +
            'belongs to the same export as the leads file.',
        );
      }
      const label = `Activity #${n} of lead "${activity.leadExternalId}"`;
      const type = requiredText(activity.type, label, 'type');
      if (type === '') throw invalid(`${label} has no type.`);
      buffer.push(lead, requiredTime(activity.occurredAt, label, 'date'), types.code(type));
      if (++progress.activities % PROGRESS_EVERY === 0) report(progress, options);
    }

    insertLead.flush();
    insertOutcome.flush();
    buffer.forEachSorted(progress.leads, (lead, occurredAt, typeCode) => {
      insertActivity.add(firstLeadId + lead, types.values[typeCode], occurredAt);
      if (++progress.activitiesSaved % PROGRESS_EVERY === 0) report(progress, options);
    });
    insertActivity.flush();
    report(progress, options);
    return datasetId;
  });
  return run();
}

export function listDatasets(db: Database.Database): DatasetSummary[] {
  return db
    .prepare<[], DatasetSummary>(
      `SELECT d.id, d.name, d.source, d.created_at AS createdAt,
         (SELECT count(*) FROM leads l WHERE l.dataset_id = d.id) AS leads,
         (SELECT count(*) FROM leads l JOIN activities a ON a.lead_id = l.id
           WHERE l.dataset_id = d.id) AS activities
       FROM datasets d ORDER BY d.created_at, d.id`,
    )
    .all();
}

/** Removes a dataset with its leads, activities, outcomes and scenarios; false if absent. */
export function deleteDataset(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM datasets WHERE id = ?').run(id).changes > 0;
}

function report(progress: InsertProgress, options: InsertDatasetOptions): void {
  if (options.isCancelled?.()) {
    throw new StoreError('store/cancelled', 'The import was cancelled; nothing was saved.');
  }
  options.onProgress?.({ ...progress });
}

function invalid(message: string): StoreError {
  return new StoreError('store/invalid-data', message);
}

function leadLabel(lead: LeadRecord, position: number): string {
  if (typeof lead.externalId !== 'string' || lead.externalId === '') {
    throw invalid(`Lead #${position} has no lead id. Each lead needs an id.`);
  }
  return `Lead "${lead.externalId}"`;
}

function requiredText(value: unknown, label: string, what: string): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) throw invalid(`${label} has no ${what}.`);
  throw invalid(`${label} has an invalid ${what}: expected text, got ${typeof value}.`);
}

/** Epoch milliseconds are integers; rounding absorbs sub-millisecond noise from date arithmetic. */
function requiredTime(value: unknown, label: string, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(`${label} has a missing or invalid ${what}.`);
  }
  return Math.round(value);
}

function optionalTime(value: unknown, label: string, what: string): number | null {
  return value === null || value === undefined ? null : requiredTime(value, label, what);
}

function optionalNumber(value: unknown, label: string, what: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(`${label} has an invalid ${what}.`);
  }
  return value;
}
