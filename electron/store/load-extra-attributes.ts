import type Database from 'better-sqlite3';
import type { FitAttributeColumn, NumericAttributeColumn } from '../../shared/engine/lead-table';
import type { ExtraKind } from '../../shared/import/extra-attributes';
import { NO, YES } from '../../shared/model/catalog';
import { BLANK_VALUE, Dictionary, MAX_CATEGORY_VALUES } from './columns';
import { StoreError } from './errors';
import { leadIdRange } from './lead-range';

type AttributeRow = { key: string; label: string; kind: ExtraKind };
type ValueRow = [leadId: number, position: number, value: string | number];

/*
 * The dataset's id range (lead-range.ts) walks its leads in id order, and the values' primary key
 * (lead_id, position) gives each lead's values in order, so SQLite streams them without sorting;
 * `+l.dataset_id` keeps the range scan and still keeps only the dataset's own leads.
 */
export const VALUES_SQL = `
  SELECT v.lead_id, v.position, v.value
  FROM leads l JOIN lead_attribute_values v ON v.lead_id = l.id
  WHERE l.id BETWEEN ? AND ? AND +l.dataset_id = ? ORDER BY l.id, v.position`;

/** One attribute being filled: numbers for a numeric one, codes for a categorical or yes/no one. */
type Filling =
  | { attribute: AttributeRow; numbers: Float64Array }
  | {
      attribute: AttributeRow;
      numbers: null;
      dictionary: Dictionary;
      codes: Uint16Array;
      /** Leads that have a value; the others are blank. */
      filled: Uint8Array;
    };

/**
 * A dataset's extra attributes as lead table columns: categorical and yes/no ones as fit columns
 * (yes/no values as YES and NO), numeric ones as numbers with NaN for a blank cell. `leadIds` are
 * the dataset's lead ids in the lead table's row order (ascending). Runs inside the caller's read
 * transaction, so it sees the same snapshot as the rest of the table.
 */
export function loadExtraAttributes(db: Database.Database, datasetId: number, leadIds: Float64Array): { fit: FitAttributeColumn[]; numeric: NumericAttributeColumn[] } {
  const n = leadIds.length;
  const attributes = db
    .prepare<[number], AttributeRow>('SELECT key, label, kind FROM dataset_attributes WHERE dataset_id = ? ORDER BY position')
    .all(datasetId);
  if (attributes.length === 0) return { fit: [], numeric: [] };
  const fillings = attributes.map(
    (attribute): Filling =>
      attribute.kind === 'numeric'
        ? { attribute, numbers: new Float64Array(n).fill(NaN) }
        : { attribute, numbers: null, dictionary: new Dictionary(MAX_CATEGORY_VALUES, `The column '${attribute.label}'`), codes: new Uint16Array(n), filled: new Uint8Array(n) },
  );

  // Values arrive grouped by lead in the leads' id order, so one forward cursor finds each lead.
  let lead = 0;
  const range = leadIdRange(db, datasetId) ?? { first: 1, last: 0 };
  for (const [leadId, position, value] of db.prepare<[number, number, number], ValueRow>(VALUES_SQL).raw().iterate(range.first, range.last, datasetId)) {
    while (lead < n && leadIds[lead] !== leadId) lead++;
    const filling = fillings[position];
    if (lead === n || !filling) throw new StoreError('store/invalid-data', 'The values of the kept columns do not match the dataset. Load it again, or import it again.');
    if (filling.numbers) filling.numbers[lead] = Number(value);
    else {
      const text = filling.attribute.kind === 'boolean' ? (value === 1 ? YES : NO) : String(value);
      filling.codes[lead] = filling.dictionary.code(text);
      filling.filled[lead] = 1;
    }
  }

  const fit: FitAttributeColumn[] = [];
  const numeric: NumericAttributeColumn[] = [];
  for (const filling of fillings) {
    const { key, label, kind } = filling.attribute;
    if (filling.numbers) {
      numeric.push({ key, label, values: filling.numbers });
      continue;
    }
    const { dictionary, codes, filled } = filling;
    // Blanks get their code last, so the blank value only appears when some lead has it.
    for (let i = 0; i < n; i++) if (!filled[i]) codes[i] = dictionary.code(BLANK_VALUE);
    fit.push({ key, label, kind: kind === 'boolean' ? 'boolean' : 'category', values: dictionary.values, codes });
  }
  return { fit, numeric };
}
