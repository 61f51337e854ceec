/**
 * The column-oriented lead table the engine works on: one entry per lead in each column, loaded
 * once per dataset. Categorical columns are dictionary-encoded; dates are epoch milliseconds with
 * NaN for "never"; numeric attributes are numbers with NaN for a blank cell.
 */
/** Categorical codes are Uint16: at most this many different values in one column. */
export const MAX_CATEGORY_VALUES = 65_536;

export interface CategoricalColumn {
  /** The distinct values; a code indexes this list. */
  values: string[];
  codes: Uint16Array;
}

/**
 * A fit attribute scored per value: one of the catalogue's, or a column of the dataset kept as a
 * categorical or yes/no attribute (its values are then YES, NO and the blank value, see catalog.ts).
 */
export interface FitAttributeColumn extends CategoricalColumn {
  key: string;
  /** What people call it: the catalogue's label, or the header of the column it came from. */
  label: string;
  kind: 'category' | 'boolean';
}

/** A column of the dataset kept as a number (employees, annual revenue), scored per range. */
export interface NumericAttributeColumn {
  key: string;
  label: string;
  /** NaN where the cell was empty. */
  values: Float64Array;
}

export interface LeadTable {
  n: number;
  fit: FitAttributeColumn[];
  numeric: NumericAttributeColumn[];
  channel: CategoricalColumn;
  campaign: CategoricalColumn;
  createdAt: Float64Array;
  /** First time sales worked the lead; NaN when sales never did, so its outcome is unobserved. */
  workedAt: Float64Array;
  /** When the lead became an MQL under the definition in use at the time; NaN if it never did. */
  historicalMqlAt: Float64Array;
  sqlAt: Float64Array;
  opportunityAt: Float64Array;
  /** 1 when the deal was won. */
  won: Uint8Array;
  dealValue: Float64Array;
  /** Activity type keys; an event's type indexes this list. */
  activityTypes: string[];
  /** Events of lead i are at eventOffsets[i] .. eventOffsets[i + 1] - 1, in time order. */
  eventOffsets: Uint32Array;
  eventType: Uint8Array;
  eventTime: Float64Array;
}

/**
 * The moment after which nothing a lead did may count: the first sales touch or the SQL date,
 * whichever came first. Scoring with later activities would let the outcome leak into the score.
 */
export function scoringCutoff(table: LeadTable, lead: number): number {
  const worked = table.workedAt[lead];
  const sql = table.sqlAt[lead];
  if (Number.isNaN(worked)) return Number.isNaN(sql) ? Infinity : sql;
  if (Number.isNaN(sql)) return worked;
  return Math.min(worked, sql);
}
