import type { LeadTable } from '../../../shared/engine/lead-table';
import { fitAttributeLabel } from '../../../shared/model/catalog';

/** A lead as a test writes it by hand: dates in days from an origin, undefined for "never". */
export interface HandLead {
  fit?: Record<string, string>;
  /** Numeric attributes; a missing key or null is a blank cell. */
  numbers?: Record<string, number | null>;
  channel?: string;
  worked?: number;
  sql?: number;
  opportunity?: number;
  /** The deal value of a won deal. */
  won?: number;
  campaign?: string;
  events?: [type: string, day: number][];
}

/** Which of the fit keys hold yes/no values, and which numeric attributes the table has. */
export interface TableShape {
  booleans?: string[];
  numeric?: string[];
}

const DAY = 86_400_000;

/** Builds a LeadTable from hand-written leads, so engine tests read like the cases they check. */
export function makeTable(leads: HandLead[], fitKeys: string[] = ['industry', 'seniority'], shape: TableShape = {}): LeadTable {
  const dictionary = (values: string[]) => {
    const distinct = [...new Set(values)];
    return { values: distinct, codes: Uint16Array.from(values, (v) => distinct.indexOf(v)) };
  };
  const activityTypes = [...new Set(leads.flatMap((l) => (l.events ?? []).map(([t]) => t)))];
  const events = leads.map((l) => [...(l.events ?? [])].sort((a, b) => a[1] - b[1]));
  const offsets = new Uint32Array(leads.length + 1);
  events.forEach((list, i) => (offsets[i + 1] = offsets[i] + list.length));
  const day = (d: number | undefined) => (d === undefined ? NaN : d * DAY);
  return {
    n: leads.length,
    fit: fitKeys.map((key) => ({
      key,
      label: fitAttributeLabel(key),
      kind: shape.booleans?.includes(key) ? 'boolean' : 'category',
      ...dictionary(leads.map((l) => l.fit?.[key] ?? '(blank)')),
    })),
    numeric: (shape.numeric ?? []).map((key) => ({ key, label: fitAttributeLabel(key), values: Float64Array.from(leads, (l) => l.numbers?.[key] ?? NaN) })),
    channel: dictionary(leads.map((l) => l.channel ?? 'Organic Search')),
    campaign: dictionary(leads.map((l) => l.campaign ?? 'Campaign')),
    createdAt: new Float64Array(leads.length),
    workedAt: Float64Array.from(leads, (l) => day(l.worked)),
    historicalMqlAt: new Float64Array(leads.length).fill(NaN),
    sqlAt: Float64Array.from(leads, (l) => day(l.sql)),
    opportunityAt: Float64Array.from(leads, (l) => day(l.opportunity)),
    won: Uint8Array.from(leads, (l) => (l.won === undefined ? 0 : 1)),
    dealValue: Float64Array.from(leads, (l) => l.won ?? NaN),
    activityTypes,
    eventOffsets: offsets,
    eventType: Uint8Array.from(events.flat(), ([t]) => activityTypes.indexOf(t)),
    eventTime: Float64Array.from(events.flat(), ([, d]) => d * DAY),
  };
}
