import type { CategoricalColumn, FitAttributeColumn, LeadTable } from '../../shared/engine/lead-table';
import { FIT_ATTRIBUTES } from '../../shared/model/catalog';
import { generateSample, type SampleLead, type SampleOptions } from '../../shared/sample/generate';

type NumericArray = Float64Array | Uint32Array | Uint16Array | Uint8Array;

/**
 * A typed array that doubles when full. The event count of a generated sample is only known at
 * the end, and holding events as objects until then is what this builder exists to avoid.
 */
class Growable<T extends NumericArray> {
  private data: T;
  private length = 0;

  constructor(
    private readonly make: (length: number) => T,
    capacity: number,
  ) {
    this.data = make(Math.max(capacity, 16));
  }

  get size(): number {
    return this.length;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** Trims to the filled length; no copy when the capacity hint was exact, as it is for leads. */
  finish(): T {
    if (this.length === this.data.length) return this.data;
    const out = this.make(this.length);
    out.set(this.data.subarray(0, this.length));
    return out;
  }
}

/** Codes in order of first appearance, as the store's loader assigns them. */
class Dictionary {
  private readonly index = new Map<string, number>();
  readonly values: string[] = [];

  constructor(private readonly limit: number) {}

  code(value: string): number {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      if (code >= this.limit) throw new Error(`More than ${this.limit} distinct values`);
      this.index.set(value, code);
      this.values.push(value);
    }
    return code;
  }
}

/** A categorical lead column: Uint16Array codes, hence at most 65,536 values. */
class Encoder {
  private readonly dictionary = new Dictionary(0x10000);
  private readonly codes: Growable<Uint16Array>;

  constructor(capacity: number) {
    this.codes = new Growable((length) => new Uint16Array(length), capacity);
  }

  push(value: string): void {
    this.codes.push(this.dictionary.code(value));
  }

  column(): CategoricalColumn {
    return { values: this.dictionary.values, codes: this.codes.finish() };
  }
}

const float64 = (length: number): Float64Array => new Float64Array(length);
/** Roughly ten events per generated lead; a hint only, the arrays grow past it. */
const EVENTS_PER_LEAD_HINT = 12;

/**
 * Builds a LeadTable straight from the sample stream, one lead at a time, so a million-lead
 * benchmark holds typed arrays only (about 70 bytes per lead plus 9 per event) instead of a
 * million SampleLead objects or a CSV round trip.
 */
export class SampleTableBuilder {
  private readonly createdAt: Growable<Float64Array>;
  private readonly workedAt: Growable<Float64Array>;
  private readonly historicalMqlAt: Growable<Float64Array>;
  private readonly sqlAt: Growable<Float64Array>;
  private readonly opportunityAt: Growable<Float64Array>;
  private readonly dealValue: Growable<Float64Array>;
  private readonly won: Growable<Uint8Array>;
  private readonly channel: Encoder;
  private readonly campaign: Encoder;
  private readonly fit: Encoder[];
  private readonly eventOffsets: Growable<Uint32Array>;
  private readonly eventType: Growable<Uint8Array>;
  private readonly eventTime: Growable<Float64Array>;
  private readonly types: Dictionary;

  constructor(expectedLeads: number) {
    const n = expectedLeads;
    this.createdAt = new Growable(float64, n);
    this.workedAt = new Growable(float64, n);
    this.historicalMqlAt = new Growable(float64, n);
    this.sqlAt = new Growable(float64, n);
    this.opportunityAt = new Growable(float64, n);
    this.dealValue = new Growable(float64, n);
    this.won = new Growable((length) => new Uint8Array(length), n);
    this.channel = new Encoder(n);
    this.campaign = new Encoder(n);
    this.fit = FIT_ATTRIBUTES.map(() => new Encoder(n));
    this.eventOffsets = new Growable((length) => new Uint32Array(length), n + 1);
    this.eventOffsets.push(0);
    this.eventType = new Growable((length) => new Uint8Array(length), n * EVENTS_PER_LEAD_HINT);
    this.eventTime = new Growable(float64, n * EVENTS_PER_LEAD_HINT);
    // Event types are Uint8Array codes: at most 255 types, the store's limit too.
    this.types = new Dictionary(0xff);
  }

  add(lead: SampleLead): void {
    this.createdAt.push(lead.createdAt);
    this.workedAt.push(lead.workedAt ?? NaN);
    this.historicalMqlAt.push(lead.mqlAt ?? NaN);
    this.sqlAt.push(lead.sqlAt ?? NaN);
    this.opportunityAt.push(lead.opportunityAt ?? NaN);
    this.dealValue.push(lead.dealValue ?? NaN);
    this.won.push(lead.won ? 1 : 0);
    this.channel.push(lead.channel);
    this.campaign.push(lead.campaign);
    for (let f = 0; f < FIT_ATTRIBUTES.length; f++) this.fit[f].push(lead.fit[FIT_ATTRIBUTES[f].key]);
    // The generator already yields activities in time order, which eventOffsets relies on.
    for (const activity of lead.activities) {
      this.eventType.push(this.types.code(activity.type));
      this.eventTime.push(activity.at);
    }
    this.eventOffsets.push(this.eventTime.size);
  }

  finish(): LeadTable {
    const fit: FitAttributeColumn[] = FIT_ATTRIBUTES.map((a, f) => ({ key: a.key, label: a.label, kind: 'category', ...this.fit[f].column() }));
    return {
      n: this.createdAt.size,
      fit,
      // The benches measure the catalogue's rules; the sample's kept columns are not loaded.
      numeric: [],
      channel: this.channel.column(),
      campaign: this.campaign.column(),
      createdAt: this.createdAt.finish(),
      workedAt: this.workedAt.finish(),
      historicalMqlAt: this.historicalMqlAt.finish(),
      sqlAt: this.sqlAt.finish(),
      opportunityAt: this.opportunityAt.finish(),
      won: this.won.finish(),
      dealValue: this.dealValue.finish(),
      activityTypes: this.types.values,
      eventOffsets: this.eventOffsets.finish(),
      eventType: this.eventType.finish(),
      eventTime: this.eventTime.finish(),
    };
  }
}

/**
 * Generates a seeded sample into a LeadTable in one pass. `onLead` sees every lead on the way,
 * so another consumer (the SQLite peer) can load the very same leads without a second pass.
 */
export function buildSampleTable(options: SampleOptions, onLead?: (lead: SampleLead) => void): LeadTable {
  const builder = new SampleTableBuilder(options.leads);
  for (const lead of generateSample(options)) {
    builder.add(lead);
    onLead?.(lead);
  }
  return builder.finish();
}
