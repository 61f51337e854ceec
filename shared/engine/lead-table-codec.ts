import type { CategoricalColumn, FitAttributeColumn, LeadTable, NumericAttributeColumn } from './lead-table';

/**
 * A lead table as one binary buffer: a JSON header (sizes, dictionaries) followed by the raw
 * bytes of each typed column. Both transports carry it as it is (structured clone over IPC,
 * application/octet-stream over HTTP), and the renderer hands it to the worker without copying.
 */
type NumericColumnName =
  | 'createdAt'
  | 'workedAt'
  | 'historicalMqlAt'
  | 'sqlAt'
  | 'opportunityAt'
  | 'won'
  | 'dealValue'
  | 'eventOffsets'
  | 'eventType'
  | 'eventTime';

interface Header {
  format: 'mql-lab-lead-table';
  version: 2;
  n: number;
  events: number;
  fit: { key: string; label: string; kind: FitAttributeColumn['kind']; values: string[] }[];
  numeric: { key: string; label: string }[];
  channel: string[];
  campaign: string[];
  activityTypes: string[];
}

const MAGIC_BYTES = 4;
// Float64 columns need 8-byte alignment to be viewed in place.
const ALIGN = 8;

type TypedColumn = Float64Array | Uint32Array | Uint16Array | Uint8Array;

function columnsOf(table: LeadTable): TypedColumn[] {
  return [
    ...table.fit.map((c) => c.codes),
    ...table.numeric.map((c) => c.values),
    table.channel.codes,
    table.campaign.codes,
    ...numericColumns(table),
  ];
}

function numericColumns(table: Pick<LeadTable, NumericColumnName>): TypedColumn[] {
  return [
    table.createdAt,
    table.workedAt,
    table.historicalMqlAt,
    table.sqlAt,
    table.opportunityAt,
    table.won,
    table.dealValue,
    table.eventOffsets,
    table.eventType,
    table.eventTime,
  ];
}

const align = (offset: number) => Math.ceil(offset / ALIGN) * ALIGN;

/**
 * The header as ASCII-only JSON (other characters escaped as \uXXXX, which JSON.parse undoes), so
 * one byte is one character both ways without TextEncoder, which shared/ cannot assume.
 */
function asciiJsonBytes(value: unknown): Uint8Array {
  const json = JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return Uint8Array.from(json, (c) => c.charCodeAt(0));
}

function parseAsciiJson(bytes: Uint8Array): unknown {
  let json = '';
  const chunk = 8192;
  for (let i = 0; i < bytes.length; i += chunk) json += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return JSON.parse(json);
}

export function encodeLeadTable(table: LeadTable): ArrayBuffer {
  const header: Header = {
    format: 'mql-lab-lead-table',
    version: 2,
    n: table.n,
    events: table.eventType.length,
    fit: table.fit.map((c) => ({ key: c.key, label: c.label, kind: c.kind, values: c.values })),
    numeric: table.numeric.map((c) => ({ key: c.key, label: c.label })),
    channel: table.channel.values,
    campaign: table.campaign.values,
    activityTypes: table.activityTypes,
  };
  const headerBytes = asciiJsonBytes(header);
  const columns = columnsOf(table);
  let size = align(MAGIC_BYTES + headerBytes.length);
  for (const column of columns) size = align(size + column.byteLength);
  const buffer = new ArrayBuffer(size);
  new DataView(buffer).setUint32(0, headerBytes.length, true);
  new Uint8Array(buffer, MAGIC_BYTES, headerBytes.length).set(headerBytes);
  let offset = align(MAGIC_BYTES + headerBytes.length);
  for (const column of columns) {
    new Uint8Array(buffer, offset, column.byteLength).set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
    offset = align(offset + column.byteLength);
  }
  return buffer;
}

export function decodeLeadTable(buffer: ArrayBuffer): LeadTable {
  if (buffer.byteLength < MAGIC_BYTES) throw new Error('The lead table is empty or truncated.');
  const headerLength = new DataView(buffer).getUint32(0, true);
  const header = parseAsciiJson(new Uint8Array(buffer, MAGIC_BYTES, headerLength)) as Header;
  if (header.format !== 'mql-lab-lead-table' || header.version !== 2) {
    throw new Error('The lead table was encoded by an incompatible version of MQL Lab.');
  }
  let offset = align(MAGIC_BYTES + headerLength);
  function take<T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, length: number, bytesPer: number): T {
    const column = make(buffer, offset, length);
    offset = align(offset + length * bytesPer);
    return column;
  }
  const u16 = (length: number) => take((b, o, l) => new Uint16Array(b, o, l), length, 2);
  const f64 = (length: number) => take((b, o, l) => new Float64Array(b, o, l), length, 8);
  const u8 = (length: number) => take((b, o, l) => new Uint8Array(b, o, l), length, 1);
  const u32 = (length: number) => take((b, o, l) => new Uint32Array(b, o, l), length, 4);
  const { n, events } = header;
  const fit: FitAttributeColumn[] = header.fit.map((c) => ({ key: c.key, label: c.label, kind: c.kind, values: c.values, codes: u16(n) }));
  const numeric: NumericAttributeColumn[] = header.numeric.map((c) => ({ key: c.key, label: c.label, values: f64(n) }));
  const channel: CategoricalColumn = { values: header.channel, codes: u16(n) };
  const campaign: CategoricalColumn = { values: header.campaign, codes: u16(n) };
  return {
    n,
    fit,
    numeric,
    channel,
    campaign,
    createdAt: f64(n),
    workedAt: f64(n),
    historicalMqlAt: f64(n),
    sqlAt: f64(n),
    opportunityAt: f64(n),
    won: u8(n),
    dealValue: f64(n),
    eventOffsets: u32(n + 1),
    eventType: u8(events),
    eventTime: f64(events),
    activityTypes: header.activityTypes,
  };
}
