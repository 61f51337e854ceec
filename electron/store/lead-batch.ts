import type { ExtraValue } from '../../shared/import/records';
import { FIT_ATTRIBUTES } from '../../shared/model/catalog';
import { FIT_COLUMNS } from './columns';

/*
 * Leads on their way from DatasetRows (checked, coded) to DatasetSql (written), in columns:
 * typed arrays and a few strings, so a batch crosses to a writing thread as transferred buffers
 * instead of a million cloned objects, and the category values (a handful, repeated on every
 * row) travel once, as dictionary entries, and after that as numbers.
 */

/** Per lead, in this order; NaN stands for no value (only the created date is required). */
export const NUMBER_COLUMNS = ['created_at', 'mql_at', 'worked_at', 'sql_at', 'opportunity_at', 'deal_value'] as const;
/** Per lead, in this order: a code into the dataset's dictionary of that column, -1 for no value. */
export const CODE_COLUMNS = ['channel', 'campaign', ...FIT_ATTRIBUTES.map((a) => FIT_COLUMNS[a.key])] as const;
/** Per lead, in this order; null for no value. */
export const TEXT_COLUMNS = ['external_id', 'email', 'company'] as const;

export const NUMBERS = NUMBER_COLUMNS.length;
export const CODES = CODE_COLUMNS.length;
export const TEXTS = TEXT_COLUMNS.length;

export interface LeadBatch {
  count: number;
  /** Lead `i`'s values are at i * NUMBERS … i * NUMBERS + NUMBERS - 1, in NUMBER_COLUMNS order. */
  numbers: Float64Array<ArrayBuffer>;
  /** 1 for won, 0 otherwise. */
  won: Uint8Array<ArrayBuffer>;
  /** i * CODES …, in CODE_COLUMNS order. */
  codes: Int32Array<ArrayBuffer>;
  /**
   * The text values of every lead, i * TEXTS …, in TEXT_COLUMNS order, one after the other: one
   * string per batch crosses threads far faster than thousands of small ones.
   */
  text: string;
  /** The length of each text value in `text`, -1 for no value. */
  textLengths: Int32Array<ArrayBuffer>;
  /** Per code column, the values first coded in this batch, in code order. */
  newValues: string[][];
  /** Per lead, its values of the kept columns (extra attributes), when the dataset keeps any. */
  extras: (readonly ExtraValue[] | undefined)[];
}

export function emptyLeadBatch(capacity: number): LeadBatch {
  return {
    count: 0,
    numbers: new Float64Array(capacity * NUMBERS),
    won: new Uint8Array(capacity),
    codes: new Int32Array(capacity * CODES),
    text: '',
    textLengths: new Int32Array(capacity * TEXTS),
    newValues: [],
    extras: [],
  };
}

/** The buffers a batch can hand to another thread without copying them. */
export function leadBatchBuffers(batch: LeadBatch): ArrayBuffer[] {
  return [batch.numbers.buffer, batch.won.buffer, batch.codes.buffer, batch.textLengths.buffer];
}

/** Activities, once all are read and checked: by lead index (in import order), time and type code. */
export interface ActivityColumns {
  count: number;
  lead: Uint32Array<ArrayBuffer>;
  time: Float64Array<ArrayBuffer>;
  type: Uint8Array<ArrayBuffer>;
  /** The type of each code. */
  types: string[];
}
