import type { ApiErrorShape } from '../../../shared/api';
import { FIT_ATTRIBUTES } from '../../../shared/model/catalog';
import type { LeadRecord } from '../../../shared/import/records';
import type { WriteTarget } from '../../store';

/*
 * The import job reads and checks rows on one thread and writes them on another, so parsing the
 * next chunk of a file and inserting the last one run at the same time. These are the messages
 * between the two; leads travel as flat arrays, activities as typed arrays (transferred, not
 * copied), because cloning a million small objects costs more than it saves.
 */

export interface WriterInit {
  role: 'writer';
  workspaceFile: string;
  target: WriteTarget;
  /** The job's cancel flag (Int32Array over it; 1 means cancel). */
  cancel: SharedArrayBuffer;
}

export type ToWriter =
  | { type: 'leads'; values: LeadValue[]; count: number }
  | { type: 'activities'; lead: Uint32Array; time: Float64Array; kind: Uint16Array; count: number; newTypes: string[] }
  | { type: 'finish' }
  | { type: 'rollback' };

export type FromWriter =
  | { type: 'ready' }
  | { type: 'ack' }
  | { type: 'saved'; share: number }
  | { type: 'finished'; datasetId: number; leads: number; activities: number }
  | { type: 'closed' }
  | { type: 'failed'; error: ApiErrorShape };

export type LeadValue = string | number | null;

const FIT_KEYS = FIT_ATTRIBUTES.map((a) => a.key);
/** Values per lead in a 'leads' batch. */
export const LEAD_WIDTH = 12 + FIT_KEYS.length;

/** Appends a lead's values to a batch, in the order readLead takes them back. */
export function pushLead(values: LeadValue[], lead: LeadRecord): void {
  values.push(lead.externalId, lead.email, lead.company, lead.createdAt, lead.channel, lead.campaign);
  for (const key of FIT_KEYS) values.push(lead.fit[key] ?? null);
  values.push(lead.mqlAt, lead.workedAt, lead.sqlAt, lead.opportunityAt, lead.won ? 1 : 0, lead.dealValue);
}

/** Fills `into` (reused for every lead of a batch) with the lead at `index`. */
export function readLead(values: readonly LeadValue[], index: number, into: LeadRecord): LeadRecord {
  let at = index * LEAD_WIDTH;
  const text = () => values[at++] as string;
  const maybeText = () => values[at++] as string | null;
  const maybeNumber = () => values[at++] as number | null;
  into.externalId = text();
  into.email = maybeText();
  into.company = maybeText();
  into.createdAt = values[at++] as number;
  into.channel = text();
  into.campaign = text();
  for (const key of FIT_KEYS) into.fit[key] = maybeText();
  into.mqlAt = maybeNumber();
  into.workedAt = maybeNumber();
  into.sqlAt = maybeNumber();
  into.opportunityAt = maybeNumber();
  into.won = values[at++] === 1;
  into.dealValue = maybeNumber();
  return into;
}

export function emptyLead(): LeadRecord {
  return { externalId: '', email: null, company: null, createdAt: 0, channel: '', campaign: '', fit: {}, mqlAt: null, workedAt: null, sqlAt: null, opportunityAt: null, won: false, dealValue: null };
}

/** An error as it crosses threads: code and message, since an Error's own class does not survive. */
export function errorShape(error: unknown): ApiErrorShape {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.includes('/')) {
    return { code: error.code, message: error.message };
  }
  return { code: 'import/failed', message: `The import stopped: ${error instanceof Error ? error.message : String(error)}` };
}
