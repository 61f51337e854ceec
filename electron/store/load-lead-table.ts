import type Database from 'better-sqlite3';
import type {
  CategoricalColumn,
  FitAttributeColumn,
  LeadTable,
} from '../../shared/engine/lead-table';
import { FIT_ATTRIBUTES } from '../../shared/model/catalog';
import {
  BLANK_VALUE,
  Dictionary,
  FIT_COLUMNS,
  MAX_ACTIVITY_TYPES,
  MAX_CATEGORY_VALUES,
} from './columns';
import { StoreError } from './errors';
import { leadIdRange } from './lead-range';

/** Fit columns come last so the row type need not know how many there are. */
type LeadRow = [
  id: number,
  createdAt: number,
  channel: string,
  campaign: string,
  mqlAt: number | null,
  workedAt: number | null,
  sqlAt: number | null,
  opportunityAt: number | null,
  won: number | null,
  dealValue: number | null,
  ...fit: (string | null)[],
];
const FIRST_FIT = 10;

type EventRow = [leadId: number, type: string, occurredAt: number];

/*
 * Both queries walk the dataset's id range (lead-range.ts) in id order, and activities through
 * activities_lead_time in (lead_id, occurred_at, rowid) order, so SQLite streams rows without
 * sorting and ties between events at the same moment keep their import order. CROSS JOIN keeps
 * leads as the outer loop: given the choice, the planner scans activities by lead_id and sorts.
 */
export const LEADS_SQL = `
  SELECT l.id, l.created_at, l.channel, l.campaign,
         o.mql_at, o.worked_at, o.sql_at, o.opportunity_at, o.won, o.deal_value,
         ${FIT_ATTRIBUTES.map((a) => `l.${FIT_COLUMNS[a.key]}`).join(', ')}
  FROM leads l LEFT JOIN outcomes o ON o.lead_id = l.id
  WHERE l.id BETWEEN ? AND ? AND +l.dataset_id = ? ORDER BY l.id`;
export const EVENTS_SQL = `
  SELECT a.lead_id, a.type, a.occurred_at
  FROM leads l CROSS JOIN activities a ON a.lead_id = l.id
  WHERE l.id BETWEEN ? AND ? AND +l.dataset_id = ? ORDER BY l.id, a.occurred_at, a.rowid`;
const COUNT_EVENTS_SQL = `
  SELECT count(*) FROM leads l JOIN activities a ON a.lead_id = l.id WHERE l.dataset_id = ?`;

/**
 * Builds the column-oriented table the engine works on. Rows are streamed with raw() and
 * iterate() straight into typed arrays sized from counts, so a million leads never exist as a
 * million objects.
 */
export function loadLeadTable(db: Database.Database, datasetId: number): LeadTable {
  // One read transaction, so the counts and the rows come from the same snapshot even if
  // another window writes to the workspace meanwhile.
  return db.transaction(() => {
    const exists = db.prepare('SELECT 1 FROM datasets WHERE id = ?').pluck().get(datasetId);
    if (exists === undefined) {
      throw new StoreError(
        'store/not-found',
        `Dataset ${datasetId} does not exist; it may have been deleted. Choose another dataset.`,
      );
    }
    const n = Number(
      db.prepare('SELECT count(*) FROM leads WHERE dataset_id = ?').pluck().get(datasetId),
    );
    const eventCount = Number(db.prepare(COUNT_EVENTS_SQL).pluck().get(datasetId));
    const range = leadIdRange(db, datasetId) ?? { first: 1, last: 0 };
    const query: QueryArgs = [range.first, range.last, datasetId];
    const leads = readLeads(db, query, n);
    return { ...leads.table, ...readEvents(db, query, leads.ids, eventCount) };
  })();
}

/** first id, last id, dataset id: what LEADS_SQL and EVENTS_SQL take. */
type QueryArgs = [first: number, last: number, datasetId: number];

type LeadColumns = Omit<LeadTable, 'activityTypes' | 'eventOffsets' | 'eventType' | 'eventTime'>;

function readLeads(
  db: Database.Database,
  query: QueryArgs,
  n: number,
): { table: LeadColumns; ids: Float64Array } {
  const ids = new Float64Array(n);
  const createdAt = new Float64Array(n);
  const workedAt = new Float64Array(n);
  const historicalMqlAt = new Float64Array(n);
  const sqlAt = new Float64Array(n);
  const opportunityAt = new Float64Array(n);
  const won = new Uint8Array(n);
  const dealValue = new Float64Array(n);
  const channel = new Encoder(n, 'Channel');
  const campaign = new Encoder(n, 'Campaign');
  const fit = FIT_ATTRIBUTES.map((a) => new Encoder(n, a.label));

  const rows = db.prepare<QueryArgs, LeadRow>(LEADS_SQL).raw().iterate(...query);
  let i = 0;
  for (const row of rows) {
    if (i === n) throw changedWhileLoading();
    ids[i] = row[0];
    createdAt[i] = row[1];
    channel.set(i, row[2]);
    campaign.set(i, row[3]);
    historicalMqlAt[i] = row[4] ?? NaN;
    workedAt[i] = row[5] ?? NaN;
    sqlAt[i] = row[6] ?? NaN;
    opportunityAt[i] = row[7] ?? NaN;
    won[i] = row[8] === 1 ? 1 : 0;
    dealValue[i] = row[9] ?? NaN;
    for (let f = 0; f < fit.length; f++) {
      // The rest element of LeadRow: TypeScript cannot tell a computed index lands there.
      fit[f].set(i, (row[FIRST_FIT + f] as string | null) ?? BLANK_VALUE);
    }
    i++;
  }
  if (i !== n) throw changedWhileLoading();

  const fitColumns: FitAttributeColumn[] = FIT_ATTRIBUTES.map((a, f) => ({
    key: a.key,
    ...fit[f].column(),
  }));
  return {
    ids,
    table: {
      n,
      fit: fitColumns,
      channel: channel.column(),
      campaign: campaign.column(),
      createdAt,
      workedAt,
      historicalMqlAt,
      sqlAt,
      opportunityAt,
      won,
      dealValue,
    },
  };
}

function readEvents(
  db: Database.Database,
  query: QueryArgs,
  leadIds: Float64Array,
  count: number,
): Pick<LeadTable, 'activityTypes' | 'eventOffsets' | 'eventType' | 'eventTime'> {
  const n = leadIds.length;
  const eventOffsets = new Uint32Array(n + 1);
  const eventType = new Uint8Array(count);
  const eventTime = new Float64Array(count);
  const types = new Dictionary(MAX_ACTIVITY_TYPES, 'The activity type');

  const rows = db.prepare<QueryArgs, EventRow>(EVENTS_SQL).raw().iterate(...query);
  // Events arrive grouped by lead in the same id order as the leads, so one forward cursor over
  // the leads finds each event's lead and fills the offsets of leads without events on the way.
  let lead = 0;
  let k = 0;
  for (const [leadId, type, occurredAt] of rows) {
    while (lead < n && leadIds[lead] !== leadId) eventOffsets[++lead] = k;
    if (lead === n || k === count) throw changedWhileLoading();
    eventType[k] = types.code(type);
    eventTime[k] = occurredAt;
    k++;
  }
  if (k !== count) throw changedWhileLoading();
  while (lead < n) eventOffsets[++lead] = k;
  return { activityTypes: types.values, eventOffsets, eventType, eventTime };
}

class Encoder {
  private readonly dictionary: Dictionary;
  private readonly codes: Uint16Array;

  constructor(n: number, what: string) {
    this.dictionary = new Dictionary(MAX_CATEGORY_VALUES, what);
    this.codes = new Uint16Array(n);
  }

  set(i: number, value: string): void {
    this.codes[i] = this.dictionary.code(value);
  }

  column(): CategoricalColumn {
    return { values: this.dictionary.values, codes: this.codes };
  }
}

/** Only reachable if the snapshot guarantee fails; says so rather than returning a bad table. */
function changedWhileLoading(): StoreError {
  return new StoreError(
    'store/invalid-data',
    'The dataset changed while it was being loaded. Load it again.',
  );
}
