import type Database from 'better-sqlite3';
import { EXTRA_KINDS, type ExtraAttribute } from '../../shared/import/extra-attributes';
import type { ExtraValue } from '../../shared/import/records';
import { BatchInsert } from './batch-insert';
import { BLANK_VALUE, Dictionary, MAX_CATEGORY_VALUES } from './columns';
import { StoreError } from './errors';

/**
 * Writes a dataset's extra attributes (the columns its import kept) and each lead's values, in
 * the caller's transaction, beside DatasetWriter. Like DatasetWriter it checks what it stores,
 * so a stored dataset can always be loaded: each value of the kind its attribute says, and no
 * categorical attribute with more values than the lead table's codes hold.
 */
export class AttributeWriter {
  private readonly values: BatchInsert | null;
  /** Categorical and yes/no attributes, counted as the lead table will code them; null for numeric ones. */
  private readonly dictionaries: (Dictionary | null)[];
  private readonly row: (string | number)[] = [0, 0, 0];

  /** `replacing`: the dataset had data before, whose kept columns this import's replace. */
  constructor(
    db: Database.Database,
    datasetId: number,
    private readonly attributes: readonly ExtraAttribute[],
    replacing: boolean,
  ) {
    checkAttributes(attributes);
    // A replaced dataset keeps its id; its values went with its leads, its attributes go here.
    if (replacing) db.prepare('DELETE FROM dataset_attributes WHERE dataset_id = ?').run(datasetId);
    if (attributes.length > 0) {
      const insert = db.prepare<[number, number, string, string, string, string]>(
        'INSERT INTO dataset_attributes (dataset_id, position, key, label, kind, source_column) VALUES (?, ?, ?, ?, ?, ?)',
      );
      attributes.forEach((a, position) => insert.run(datasetId, position, a.key, a.label, a.kind, a.column));
    }
    this.values = attributes.length === 0 ? null : new BatchInsert(db, 'lead_attribute_values', ['lead_id', 'position', 'value']);
    this.dictionaries = attributes.map((a) => (a.kind === 'numeric' ? null : new Dictionary(MAX_CATEGORY_VALUES, `The column '${a.label}'`)));
  }

  /** A lead's values, in the attributes' order; `label` names the lead in a message. */
  add(leadId: number, values: readonly ExtraValue[] | undefined, label: () => string): void {
    const attributes = this.attributes;
    if (attributes.length === 0) return;
    if (values === undefined || values.length !== attributes.length) {
      throw invalid(`${label()} has ${values?.length ?? 0} values of kept columns, but the dataset keeps ${attributes.length}.`);
    }
    const row = this.row;
    row[0] = leadId;
    for (let i = 0; i < attributes.length; i++) {
      const value = values[i];
      const dictionary = this.dictionaries[i];
      if (value === null) {
        dictionary?.code(BLANK_VALUE);
        continue;
      }
      row[1] = i;
      row[2] = stored(value, attributes[i], label);
      if (typeof value === 'string') dictionary?.code(value);
      this.values?.addRow(row);
    }
  }

  /** Writes the values still waiting; call before relying on them being in the table. */
  flush(): void {
    this.values?.flush();
  }
}

function stored(value: ExtraValue, attribute: ExtraAttribute, label: () => string): string | number {
  const wrong = (expected: string) => invalid(`${label()} has ${JSON.stringify(value)} in the column '${attribute.label}', which holds ${expected}.`);
  switch (attribute.kind) {
    case 'categorical':
      if (typeof value !== 'string' || value === '') throw wrong('text');
      return value;
    case 'numeric':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw wrong('numbers');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong('yes or no');
      return value ? 1 : 0;
  }
}

function checkAttributes(attributes: readonly ExtraAttribute[]): void {
  const keys = new Set<string>();
  for (const a of attributes) {
    if (typeof a.key !== 'string' || a.key === '' || keys.has(a.key)) throw invalid(`The kept column '${a.label}' needs a key of its own.`);
    if (!EXTRA_KINDS.includes(a.kind)) throw invalid(`The kept column '${a.label}' has no kind MQL Lab knows (${JSON.stringify(a.kind)}).`);
    keys.add(a.key);
  }
}

function invalid(message: string): StoreError {
  return new StoreError('store/invalid-data', message);
}
