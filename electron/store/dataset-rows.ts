import { StringIndex } from '../../shared/import/string-index';
import { FIT_ATTRIBUTES } from '../../shared/model/catalog';
import { ActivityBuffer } from './activity-buffer';
import { BLANK_VALUE, Dictionary, MAX_ACTIVITY_TYPES, MAX_CATEGORY_VALUES } from './columns';
import type { ActivityRecord, InsertDatasetOptions, InsertProgress, LeadRecord } from './datasets';
import { StoreError } from './errors';
import { CODES, emptyLeadBatch, NUMBERS, TEXTS, type ActivityColumns, type LeadBatch } from './lead-batch';

const PROGRESS_EVERY = 10_000;
/** Leads per batch: enough that handing a batch over costs nothing per lead, few enough to keep memory flat. */
export const LEADS_PER_BATCH = 4_096;
const FIT_KEYS = FIT_ATTRIBUTES.map((a) => a.key);
const FIT_WHAT = FIT_ATTRIBUTES.map((a) => a.label.toLowerCase());

/** Names the row in a message; a function, so the text is only built when there is an error. */
type Label = () => string;

/**
 * The checking half of writing a dataset: takes leads and activities one at a time, refuses what
 * a lead table could not load (a missing id or date, a repeated id, more category values than a
 * lead table holds, an activity of no lead), and hands the leads on in coded batches
 * (lead-batch.ts) for DatasetSql to write, on this thread or another. Activities are kept until
 * the last one has been checked, then handed over whole (activities()).
 *
 * Nothing here touches the database, so a dataset is checked the same way wherever it is written.
 */
export class DatasetRows {
  /** Each lead's id, by position among this dataset's leads. */
  private readonly ids: string[] = [];
  /**
   * Lead id → position, built at the first activity (StringIndex, as a Map of a million ids
   * costs twice the time). Until then a repeated id is left to UNIQUE (dataset_id, external_id),
   * which DatasetSql reports as the same message: looking every id up here as well cost the
   * import of a million leads half a second.
   */
  private leadIndex: StringIndex | null = null;
  private readonly progress: InsertProgress = { leads: 0, activities: 0, activitiesSaved: 0 };
  /** One per code column (lead-batch.ts): channel, campaign, then each fit attribute. */
  private readonly dictionaries = [
    new Dictionary(MAX_CATEGORY_VALUES, 'Channel'),
    new Dictionary(MAX_CATEGORY_VALUES, 'Campaign'),
    ...FIT_ATTRIBUTES.map((a) => new Dictionary(MAX_CATEGORY_VALUES, a.label)),
  ];
  /** Values of each dictionary already sent in a batch. */
  private readonly sent = new Array<number>(CODES).fill(0);
  private readonly types = new Dictionary(MAX_ACTIVITY_TYPES, 'The activity type');
  private readonly buffer = new ActivityBuffer();
  private batch = emptyLeadBatch(LEADS_PER_BATCH);
  /** The current batch's text values, joined into its `text` when it is handed over. */
  private text: string[] = [];
  private current: LeadRecord | ActivityRecord | null = null;
  private readonly leadLabel: Label = () => {
    const lead = this.current as LeadRecord;
    return typeof lead.externalId === 'string' && lead.externalId !== '' ? `Lead "${lead.externalId}"` : `Lead #${this.progress.leads + 1}`;
  };
  private readonly activityLabel: Label = () =>
    `Activity #${this.progress.activities + 1} of lead "${(this.current as ActivityRecord).leadExternalId}"`;

  constructor(
    /** Takes each full batch; the batch is its to keep. */
    private readonly onBatch: (batch: LeadBatch) => void,
    private readonly options: InsertDatasetOptions = {},
  ) {}

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
    if (this.leadIndex !== null && this.leadIndex.add(lead.externalId, progress.leads) >= 0) {
      throw duplicateLeadId(lead.externalId);
    }
    const batch = this.batch;
    const i = batch.count;
    const numbers = batch.numbers;
    const n = i * NUMBERS;
    numbers[n] = requiredTime(lead.createdAt, label, 'created date');
    const channel = requiredText(lead.channel, label, 'channel');
    const campaign = requiredText(lead.campaign, label, 'campaign');
    const codes = batch.codes;
    const c = i * CODES;
    const dictionaries = this.dictionaries;
    codes[c] = dictionaries[0].code(channel);
    codes[c + 1] = dictionaries[1].code(campaign);
    for (let f = 0; f < FIT_KEYS.length; f++) {
      const value = lead.fit[FIT_KEYS[f]] ?? null;
      // A blank is counted as the lead table will show it, so the limit check matches what
      // loading sees, but written as no value.
      const code = dictionaries[2 + f].code(value === null ? BLANK_VALUE : requiredText(value, label, FIT_WHAT[f]));
      codes[c + 2 + f] = value === null ? -1 : code;
    }
    numbers[n + 1] = optionalTime(lead.mqlAt, label, 'MQL date');
    numbers[n + 2] = optionalTime(lead.workedAt, label, 'worked date');
    numbers[n + 3] = optionalTime(lead.sqlAt, label, 'SQL date');
    numbers[n + 4] = optionalTime(lead.opportunityAt, label, 'opportunity date');
    numbers[n + 5] = optionalNumber(lead.dealValue, label, 'deal value');
    batch.won[i] = lead.won ? 1 : 0;
    if (lead.extra !== undefined) batch.extras[i] = lead.extra;
    this.ids.push(lead.externalId);
    const text = i * TEXTS;
    this.addText(text, lead.externalId);
    this.addText(text + 1, optionalText(lead.email, label, 'email'));
    this.addText(text + 2, optionalText(lead.company, label, 'company'));
    batch.count = i + 1;
    if (batch.count === LEADS_PER_BATCH) this.flush();
    if (++progress.leads % PROGRESS_EVERY === 0) this.report();
  }

  /** Activities are checked now and handed over by activities(), once all are known to be good. */
  addActivity(activity: ActivityRecord): void {
    const progress = this.progress;
    const n = progress.activities + 1;
    const leadIndex = this.leadIndex ?? this.indexLeads();
    const entry = leadIndex.find(activity.leadExternalId);
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
    this.buffer.push(leadIndex.valueAt(entry), requiredTime(activity.occurredAt, label, 'date'), this.types.code(type));
    if (++progress.activities % PROGRESS_EVERY === 0) this.report();
  }

  private indexLeads(): StringIndex {
    const index = new StringIndex();
    this.ids.forEach((id, i) => {
      if (index.add(id, i) >= 0) throw duplicateLeadId(id);
    });
    this.leadIndex = index;
    return index;
  }

  /** Hands over the leads still waiting in a partial batch. */
  flush(): void {
    const batch = this.batch;
    if (batch.count === 0) return;
    batch.newValues = this.dictionaries.map((d, c) => {
      const fresh = d.values.slice(this.sent[c]);
      this.sent[c] = d.values.length;
      return fresh;
    });
    batch.text = this.text.join('');
    this.text = [];
    this.batch = emptyLeadBatch(LEADS_PER_BATCH);
    this.onBatch(batch);
  }

  private addText(at: number, value: string | null): void {
    if (value === null) {
      this.batch.textLengths[at] = -1;
    } else {
      this.batch.textLengths[at] = value.length;
      this.text.push(value);
    }
  }

  /** Every activity, for writing; call once, after the last lead and activity. */
  activities(): ActivityColumns {
    return this.buffer.columns(this.types.values);
  }

  /** Polls for a cancel and reports progress; throws StoreError 'store/cancelled' once cancelled. */
  report(saved?: number): void {
    if (this.options.isCancelled?.()) {
      throw new StoreError('store/cancelled', 'The import was cancelled; nothing was saved.');
    }
    if (saved !== undefined) this.progress.activitiesSaved = saved;
    this.options.onProgress?.({ ...this.progress });
  }
}

export function duplicateLeadId(id: string): StoreError {
  return invalid(`Lead id "${id}" appears more than once. Each lead needs its own id.`);
}

function invalid(message: string): StoreError {
  return new StoreError('store/invalid-data', message);
}

function requiredText(value: unknown, label: Label, what: string): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) throw invalid(`${label()} has no ${what}.`);
  throw invalid(`${label()} has an invalid ${what}: expected text, got ${typeof value}.`);
}

function optionalText(value: unknown, label: Label, what: string): string | null {
  return value === null || value === undefined ? null : requiredText(value, label, what);
}

/** Epoch milliseconds are integers; rounding absorbs sub-millisecond noise from date arithmetic. */
function requiredTime(value: unknown, label: Label, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(`${label()} has a missing or invalid ${what}.`);
  }
  return Math.round(value);
}

/** NaN for no value: the batch's way of saying NULL. */
function optionalTime(value: unknown, label: Label, what: string): number {
  return value === null || value === undefined ? NaN : requiredTime(value, label, what);
}

function optionalNumber(value: unknown, label: Label, what: string): number {
  if (value === null || value === undefined) return NaN;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(`${label()} has an invalid ${what}.`);
  }
  return value;
}
