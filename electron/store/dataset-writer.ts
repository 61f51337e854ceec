import type Database from 'better-sqlite3';
import { StringIndex } from '../../shared/import/string-index';
import { FIT_ATTRIBUTES } from '../../shared/model/catalog';
import { ActivityBuffer } from './activity-buffer';
import { AttributeWriter } from './attribute-writer';
import { BatchInsert } from './batch-insert';
import { BLANK_VALUE, Dictionary, FIT_COLUMNS, MAX_ACTIVITY_TYPES, MAX_CATEGORY_VALUES } from './columns';
import type { ActivityRecord, DatasetMeta, InsertDatasetOptions, InsertProgress, LeadRecord } from './datasets';
import { StoreError } from './errors';

const PROGRESS_EVERY = 10_000;
const FIT_KEYS = FIT_ATTRIBUTES.map((a) => a.key);
const FIT_WHAT = FIT_ATTRIBUTES.map((a) => a.label.toLowerCase());

/** Names the row in a message; a function, so the text is only built when there is an error. */
type Label = () => string;

/** Where a writer puts its leads: a new dataset, or an existing one whose data it replaces. */
export type WriteTarget = { mode: 'new'; meta: DatasetMeta } | { mode: 'replace'; datasetId: number; source: string };

/**
 * Writes one dataset lead by lead, then activity by activity, for callers that receive rows as
 * a stream (an import reading a file) rather than as a list. It must run inside a write
 * transaction the caller opens and commits or rolls back: that transaction is what makes the
 * dataset all or nothing. Data is checked here as well as at import, so a stored dataset can
 * always be loaded into a lead table.
 */
export class DatasetWriter {
  readonly datasetId: number;
  private readonly firstLeadId: number;
  /** Lead id → position among this dataset's leads; StringIndex, as a Map of a million ids costs twice the time. */
  private readonly leadIndex = new StringIndex();
  private readonly progress: InsertProgress = { leads: 0, activities: 0, activitiesSaved: 0 };
  // Dictionaries only to enforce the lead table's limits before anything is committed.
  private readonly channels = new Dictionary(MAX_CATEGORY_VALUES, 'Channel');
  private readonly campaigns = new Dictionary(MAX_CATEGORY_VALUES, 'Campaign');
  private readonly fitValues = FIT_ATTRIBUTES.map((a) => new Dictionary(MAX_CATEGORY_VALUES, a.label));
  private readonly types = new Dictionary(MAX_ACTIVITY_TYPES, 'The activity type');
  private readonly leads: BatchInsert;
  private readonly outcomes: BatchInsert;
  private readonly activities: BatchInsert;
  private readonly attributes: AttributeWriter;
  private readonly buffer = new ActivityBuffer();
  private readonly row: (string | number | null)[] = new Array(8 + FIT_KEYS.length);
  private readonly outcome: (string | number | null)[] = new Array(7);
  private current: LeadRecord | ActivityRecord | null = null;
  private readonly leadLabel: Label = () => {
    const lead = this.current as LeadRecord;
    return typeof lead.externalId === 'string' && lead.externalId !== '' ? `Lead "${lead.externalId}"` : `Lead #${this.progress.leads + 1}`;
  };
  private readonly activityLabel: Label = () =>
    `Activity #${this.progress.activities + 1} of lead "${(this.current as ActivityRecord).leadExternalId}"`;

  constructor(
    db: Database.Database,
    target: WriteTarget,
    private readonly options: InsertDatasetOptions = {},
  ) {
    if (!db.inTransaction) {
      throw new Error('DatasetWriter must run inside a transaction, so a failure leaves nothing behind.');
    }
    this.datasetId = target.mode === 'new' ? createDataset(db, target.meta) : clearDataset(db, target.datasetId, target.source);
    // Lead ids are assigned here rather than read back after each insert, so leads can be
    // written in batches; nothing else can insert while this write transaction is open.
    this.firstLeadId = Number(db.prepare<[], number>('SELECT coalesce(max(id), 0) + 1 FROM leads').pluck().get());
    const fitColumns = FIT_KEYS.map((k) => FIT_COLUMNS[k]);
    this.leads = new BatchInsert(db, 'leads', ['id', 'dataset_id', 'external_id', 'email', 'company', 'created_at', 'channel', 'campaign', ...fitColumns]);
    this.outcomes = new BatchInsert(db, 'outcomes', ['lead_id', 'mql_at', 'worked_at', 'sql_at', 'opportunity_at', 'won', 'deal_value']);
    this.activities = new BatchInsert(db, 'activities', ['lead_id', 'type', 'occurred_at']);
    this.attributes = new AttributeWriter(db, this.datasetId, options.attributes ?? [], target.mode === 'replace');
  }

  get leadCount(): number {
    return this.progress.leads;
  }

  get activityCount(): number {
    return this.progress.activities;
  }

  addLead(lead: LeadRecord): void {
    const progress = this.progress;
    this.current = lead;
    const label = this.leadLabel;
    if (typeof lead.externalId !== 'string' || lead.externalId === '') {
      throw invalid(`Lead #${progress.leads + 1} has no lead id. Each lead needs an id.`);
    }
    if (this.leadIndex.add(lead.externalId, progress.leads) >= 0) {
      throw invalid(`Lead id "${lead.externalId}" appears more than once. Each lead needs its own id.`);
    }
    const leadId = this.firstLeadId + progress.leads;
    const row = this.row;
    row[0] = leadId;
    row[1] = this.datasetId;
    row[2] = lead.externalId;
    row[3] = lead.email ?? null;
    row[4] = lead.company ?? null;
    row[5] = requiredTime(lead.createdAt, label, 'created date');
    row[6] = requiredText(lead.channel, label, 'channel');
    row[7] = requiredText(lead.campaign, label, 'campaign');
    this.channels.code(lead.channel);
    this.campaigns.code(lead.campaign);
    for (let f = 0; f < FIT_KEYS.length; f++) {
      const value = lead.fit[FIT_KEYS[f]] ?? null;
      // Counted as the lead table will show it, so the limit check matches what loading sees.
      this.fitValues[f].code(value === null ? BLANK_VALUE : requiredText(value, label, FIT_WHAT[f]));
      row[8 + f] = value;
    }
    this.leads.addRow(row);
    this.attributes.add(leadId, lead.extra, label);
    const outcome = this.outcome;
    outcome[0] = leadId;
    outcome[1] = optionalTime(lead.mqlAt, label, 'MQL date');
    outcome[2] = optionalTime(lead.workedAt, label, 'worked date');
    outcome[3] = optionalTime(lead.sqlAt, label, 'SQL date');
    outcome[4] = optionalTime(lead.opportunityAt, label, 'opportunity date');
    outcome[5] = lead.won ? 1 : 0;
    outcome[6] = optionalNumber(lead.dealValue, label, 'deal value');
    this.outcomes.addRow(outcome);
    if (++progress.leads % PROGRESS_EVERY === 0) this.report();
  }

  /** Activities are checked now and written by finish(), grouped by lead and in time order. */
  addActivity(activity: ActivityRecord): void {
    const progress = this.progress;
    const n = progress.activities + 1;
    const entry = this.leadIndex.find(activity.leadExternalId);
    if (entry < 0) {
      throw invalid(
        `Activity #${n} (${activity.type}) belongs to lead "${activity.leadExternalId}", but ` +
          'there is no lead with that id in this dataset. Check that the activities file ' +
          'belongs to the same export as the leads file.',
      );
    }
    this.current = activity;
    const label = this.activityLabel;
    const type = requiredText(activity.type, label, 'type');
    if (type === '') throw invalid(`${label()} has no type.`);
    this.buffer.push(this.leadIndex.valueAt(entry), requiredTime(activity.occurredAt, label, 'date'), this.types.code(type));
    if (++progress.activities % PROGRESS_EVERY === 0) this.report();
  }

  /** Writes what is still buffered; the caller then commits. Returns the dataset's id. */
  finish(): number {
    const progress = this.progress;
    this.leads.flush();
    this.outcomes.flush();
    this.attributes.flush();
    const { firstLeadId, types } = this;
    this.buffer.forEachSorted(progress.leads, (lead, occurredAt, typeCode) => {
      this.activities.add(firstLeadId + lead, types.values[typeCode], occurredAt);
      if (++progress.activitiesSaved % PROGRESS_EVERY === 0) this.report();
    });
    this.activities.flush();
    this.report();
    return this.datasetId;
  }

  private report(): void {
    if (this.options.isCancelled?.()) {
      throw new StoreError('store/cancelled', 'The import was cancelled; nothing was saved.');
    }
    this.options.onProgress?.({ ...this.progress });
  }
}

function createDataset(db: Database.Database, meta: DatasetMeta): number {
  const name = meta.name.trim();
  if (name === '') throw invalid('A dataset needs a name.');
  const insert = db.prepare<[string, string, number]>('INSERT INTO datasets (name, source, created_at) VALUES (?, ?, ?)');
  return Number(insert.run(name, meta.source, Date.now()).lastInsertRowid);
}

/**
 * Empties a dataset for new data while keeping its name, scenarios and definition versions: a
 * re-import of a fresher export should not cost the user the definitions built on the old one.
 */
function clearDataset(db: Database.Database, datasetId: number, source: string): number {
  const changed = db.prepare('UPDATE datasets SET source = ?, created_at = ? WHERE id = ?').run(source, Date.now(), datasetId).changes;
  if (changed === 0) {
    throw new StoreError('store/not-found', `There is no dataset with id ${datasetId} to replace; it may have been deleted.`);
  }
  // Activities and outcomes go with their leads (ON DELETE CASCADE).
  db.prepare('DELETE FROM leads WHERE dataset_id = ?').run(datasetId);
  return datasetId;
}

function invalid(message: string): StoreError {
  return new StoreError('store/invalid-data', message);
}

function requiredText(value: unknown, label: Label, what: string): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) throw invalid(`${label()} has no ${what}.`);
  throw invalid(`${label()} has an invalid ${what}: expected text, got ${typeof value}.`);
}

/** Epoch milliseconds are integers; rounding absorbs sub-millisecond noise from date arithmetic. */
function requiredTime(value: unknown, label: Label, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(`${label()} has a missing or invalid ${what}.`);
  }
  return Math.round(value);
}

function optionalTime(value: unknown, label: Label, what: string): number | null {
  return value === null || value === undefined ? null : requiredTime(value, label, what);
}

function optionalNumber(value: unknown, label: Label, what: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(`${label()} has an invalid ${what}.`);
  }
  return value;
}
