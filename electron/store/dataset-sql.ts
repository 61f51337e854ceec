import type Database from 'better-sqlite3';
import type { ExtraAttribute } from '../../shared/import/extra-attributes';
import { ActivityBuffer } from './activity-buffer';
import { AttributeWriter } from './attribute-writer';
import { BatchInsert } from './batch-insert';
import type { DatasetMeta } from './datasets';
import { duplicateLeadId } from './dataset-rows';
import { sqliteCode, StoreError } from './errors';
import { CODE_COLUMNS, CODES, NUMBERS, TEXTS, type ActivityColumns, type LeadBatch } from './lead-batch';
import { LEAD_COLUMNS, leadInsertSql, literalColumn } from './lead-insert-sql';

type Value = string | number | null;

/** Leads per INSERT statement; see BatchInsert for why several. */
const ROWS_PER_STATEMENT = 32;
const PROGRESS_EVERY = 10_000;

/** Where a writer puts its leads: a new dataset, or an existing one whose data it replaces. */
export type WriteTarget = { mode: 'new'; meta: DatasetMeta } | { mode: 'replace'; datasetId: number; source: string };

const LEAD_WIDTH = LEAD_COLUMNS.length;

/**
 * The writing half of a dataset (DatasetRows is the checking half): creates or clears the
 * dataset, then writes what DatasetRows hands it, leads a batch at a time and activities at the
 * end, grouped by lead and in time order. It must run inside a write transaction the caller
 * opens and commits or rolls back: that transaction is what makes the dataset all or nothing.
 *
 * It relies on nothing but its own inserts for the foreign keys, so it is correct on a connection
 * with foreign_keys off (the import's): every lead gets this dataset's id, which exists (created
 * here, or checked by the UPDATE of clearDataset), and outcomes and activities get the ids of
 * leads written in this same transaction.
 */
export class DatasetSql {
  readonly datasetId: number;
  /** Lead ids are assigned here rather than read back after each insert, so leads can be written
   * in batches; nothing else can insert while this write transaction is open. */
  private readonly firstLeadId: number;
  private leadsWritten = 0;
  /** The leads INSERT for ROWS_PER_STATEMENT leads and for one, prepared again as `literal` changes. */
  private many: Database.Statement;
  private one: Database.Statement;
  private readonly values: Value[] = new Array<Value>(ROWS_PER_STATEMENT * LEAD_WIDTH);
  /** The named parameter of the INSERT: the id of its first lead. */
  private readonly first = { first: 0 };
  private readonly outcomes: BatchInsert;
  private readonly outcome: Value[] = new Array<Value>(7);
  /** Values of each code column, by code, as DatasetRows has sent them. */
  private readonly dictionaries: string[][] = CODE_COLUMNS.map(() => []);
  /** Per code column: whether the INSERT holds its values (and binds codes) or binds the values. */
  private literal: boolean[] = CODE_COLUMNS.map(() => false);

  /** The kept columns' values, written beside the leads. */
  private readonly attributes: AttributeWriter;

  constructor(
    private readonly db: Database.Database,
    target: WriteTarget,
    attributes: readonly ExtraAttribute[] = [],
  ) {
    if (!db.inTransaction) {
      throw new Error('DatasetSql must run inside a transaction, so a failure leaves nothing behind.');
    }
    this.datasetId = target.mode === 'new' ? createDataset(db, target.meta) : clearDataset(db, target.datasetId, target.source);
    this.firstLeadId = Number(db.prepare<[], number>('SELECT coalesce(max(id), 0) + 1 FROM leads').pluck().get());
    this.many = this.prepareLeads(ROWS_PER_STATEMENT);
    this.one = this.prepareLeads(1);
    this.outcomes = new BatchInsert(db, 'outcomes', ['lead_id', 'mql_at', 'worked_at', 'sql_at', 'opportunity_at', 'won', 'deal_value']);
    this.attributes = new AttributeWriter(db, this.datasetId, attributes, target.mode === 'replace');
  }

  get leadCount(): number {
    return this.leadsWritten;
  }

  writeLeads(batch: LeadBatch): void {
    const { dictionaries, values, first } = this;
    batch.newValues.forEach((fresh, c) => dictionaries[c].push(...fresh));
    this.updateLeadInserts(batch.newValues);
    const { literal } = this;
    const { count, numbers, codes, text, textLengths } = batch;
    let filled = 0;
    let rowsFrom = 0;
    let at = 0;
    for (let i = 0; i < count; i++) {
      const t = i * TEXTS;
      for (let k = 0; k < TEXTS; k++) {
        const length = textLengths[t + k];
        if (length < 0) values[filled++] = null;
        else {
          values[filled++] = text.substring(at, at + length);
          at += length;
        }
      }
      values[filled++] = numbers[i * NUMBERS];
      const c = i * CODES;
      for (let k = 0; k < CODES; k++) {
        const code = codes[c + k];
        values[filled++] = code < 0 ? null : literal[k] ? code : dictionaries[k][code];
      }
      if (filled === values.length) {
        first.first = this.firstLeadId + this.leadsWritten + rowsFrom;
        // Spread rather than an array: better-sqlite3 reads arguments faster than array elements.
        this.insert(this.many, values, first);
        this.writeOutcomes(batch, rowsFrom, i + 1);
        rowsFrom = i + 1;
        filled = 0;
      }
    }
    for (let start = 0; start < filled; start += LEAD_WIDTH) {
      first.first = this.firstLeadId + this.leadsWritten + rowsFrom + start / LEAD_WIDTH;
      this.insert(this.one, values.slice(start, start + LEAD_WIDTH), first);
    }
    this.writeOutcomes(batch, rowsFrom, count);
    for (let i = 0; i < count; i++) {
      this.attributes.add(this.firstLeadId + this.leadsWritten + i, batch.extras[i], () => `Lead "${externalIdAt(batch, i)}"`);
    }
    this.attributes.flush();
    this.leadsWritten += count;
    // Outcome rows still waiting refer to leads written above; flushed per batch so a batch is
    // written whole when this returns.
    this.outcomes.flush();
  }

  /** Prepares the leads INSERTs again when a column's values in the statement change. */
  private updateLeadInserts(newValues: readonly (readonly string[])[]): void {
    const literal = this.dictionaries.map(literalColumn);
    if (literal.every((l, c) => l === this.literal[c] && !(l && newValues[c].length > 0))) return;
    this.literal = literal;
    this.many = this.prepareLeads(ROWS_PER_STATEMENT);
    this.one = this.prepareLeads(1);
  }

  /**
   * The leads INSERT of `rows` leads for the category values known so far. The dataset id is the
   * same on every row, so it is part of the statement rather than bound a million times, and so
   * is each lead's id, as an offset from the first.
   */
  private prepareLeads(rows: number): Database.Statement {
    const literals = this.dictionaries.map((values, c) => (this.literal[c] ? values : null));
    return this.db.prepare(leadInsertSql(this.datasetId, rows, literals));
  }

  /** Runs a leads INSERT; a repeated lead id is reported as DatasetRows would, naming it. */
  private insert(statement: Database.Statement, values: Value[], first: { first: number }): void {
    try {
      statement.run(...values, first);
    } catch (error) {
      if (sqliteCode(error) !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
      const repeated = this.repeatedId(values);
      throw repeated === null ? error : duplicateLeadId(repeated);
    }
  }

  /** The first id of a failed statement's rows that an earlier row or lead of the dataset has. */
  private repeatedId(values: readonly Value[]): string | null {
    const exists = this.db.prepare<[number, string], number>('SELECT 1 FROM leads WHERE dataset_id = ? AND external_id = ?').pluck();
    const seen = new Set<Value>();
    for (let at = 0; at < values.length; at += LEAD_WIDTH) {
      const id = values[at];
      if (typeof id !== 'string') continue;
      if (seen.has(id) || exists.get(this.datasetId, id) !== undefined) return id;
      seen.add(id);
    }
    return null;
  }

  /**
   * A lead with no outcome at all (no dates, not won, no deal value) gets no outcomes row: the
   * lead table reads leads LEFT JOIN outcomes, where no row means exactly that, and most leads of
   * a CRM export never reach sales.
   */
  private writeOutcomes(batch: LeadBatch, from: number, to: number): void {
    const { numbers, won } = batch;
    const outcome = this.outcome;
    for (let i = from; i < to; i++) {
      const n = i * NUMBERS;
      const mql = numbers[n + 1];
      const worked = numbers[n + 2];
      const sql = numbers[n + 3];
      const opportunity = numbers[n + 4];
      const deal = numbers[n + 5];
      if (won[i] === 0 && isNaN(mql) && isNaN(worked) && isNaN(sql) && isNaN(opportunity) && isNaN(deal)) continue;
      outcome[0] = this.firstLeadId + this.leadsWritten + i;
      outcome[1] = orNull(mql);
      outcome[2] = orNull(worked);
      outcome[3] = orNull(sql);
      outcome[4] = orNull(opportunity);
      outcome[5] = won[i];
      outcome[6] = orNull(deal);
      this.outcomes.addRow(outcome);
    }
  }

  /**
   * Writes every activity, grouped by lead and in time order (see ActivityBuffer), calling
   * `onSaved` with the number written every few thousand, which may throw to stop.
   */
  writeActivities(activities: ActivityColumns, onSaved: (saved: number) => void): number {
    const insert = new BatchInsert(this.db, 'activities', ['lead_id', 'type', 'occurred_at']);
    const row: Value[] = [0, '', 0];
    const { firstLeadId } = this;
    const types = activities.types;
    let saved = 0;
    ActivityBuffer.of(activities).forEachSorted(this.leadsWritten, (lead, occurredAt, typeCode) => {
      row[0] = firstLeadId + lead;
      row[1] = types[typeCode];
      row[2] = occurredAt;
      insert.addRow(row);
      if (++saved % PROGRESS_EVERY === 0) onSaved(saved);
    });
    insert.flush();
    onSaved(saved);
    return saved;
  }
}

const isNaN = Number.isNaN;
const orNull = (value: number): number | null => (isNaN(value) ? null : value);

function createDataset(db: Database.Database, meta: DatasetMeta): number {
  const name = meta.name.trim();
  if (name === '') throw new StoreError('store/invalid-data', 'A dataset needs a name.');
  const insert = db.prepare<[string, string, number]>('INSERT INTO datasets (name, source, created_at) VALUES (?, ?, ?)');
  return Number(insert.run(name, meta.source, Date.now()).lastInsertRowid);
}

/**
 * Empties a dataset for new data while keeping its name, scenarios and definition versions: a
 * re-import of a fresher export should not cost the user the definitions built on the old one.
 * Activities and outcomes are deleted here rather than left to ON DELETE CASCADE, which does
 * nothing on a connection with foreign keys off.
 */
function clearDataset(db: Database.Database, datasetId: number, source: string): number {
  const changed = db.prepare('UPDATE datasets SET source = ?, created_at = ? WHERE id = ?').run(source, Date.now(), datasetId).changes;
  if (changed === 0) {
    throw new StoreError('store/not-found', `There is no dataset with id ${datasetId} to replace; it may have been deleted.`);
  }
  // The import connection runs without foreign keys, so nothing cascades: every table keyed by
  // lead is emptied here (the kept columns' values too; their attributes go in AttributeWriter).
  for (const child of ['activities', 'outcomes', 'lead_attribute_values']) {
    db.prepare(`DELETE FROM ${child} WHERE lead_id IN (SELECT id FROM leads WHERE dataset_id = ?)`).run(datasetId);
  }
  db.prepare('DELETE FROM leads WHERE dataset_id = ?').run(datasetId);
  return datasetId;
}

/** Lead `i`'s id in a batch, read from its packed text (only for a message, so the walk is fine). */
function externalIdAt(batch: LeadBatch, i: number): string {
  let at = 0;
  for (let k = 0; k < i * TEXTS; k++) at += Math.max(0, batch.textLengths[k]);
  const length = batch.textLengths[i * TEXTS];
  return length < 0 ? '' : batch.text.substring(at, at + length);
}
