import { DATE_FORMAT_LABELS, type DateFormat } from '../../../../shared/import/dates';
import { fieldsFor } from '../../../../shared/import/fields';
import { useImport, type WizardFile } from '../../state/import-store';
import { FileTabs, useCurrentFile } from './FileTabs';
import { undecidedDates } from './formats-check';

const ORDERS: readonly { format: 'dmy' | 'mdy'; label: string }[] = [
  { format: 'dmy', label: 'Day first: 31/01/2025, 31.01.2025' },
  { format: 'mdy', label: 'Month first: 01/31/2025' },
];

/** Step 4: how dates and numbers are written. Ambiguous date columns need an explicit choice. */
export function FormatsStep() {
  const file = useCurrentFile();
  const busy = useImport((s) => s.busy);
  if (!file?.inspection) return null;
  if (busy) return <p className="import-step import-lead">Detecting the formats of the columns you chose…</p>;
  const dateFields = fieldsFor(file.kind).filter((f) => f.type === 'date' && file.mapping[f.key] != null);
  const numberFields = fieldsFor(file.kind).filter((f) => f.type === 'number' && file.mapping[f.key] != null);
  return (
    <div className="import-step">
      <FileTabs />
      <h3 className="import-h3">Dates</h3>
      {dateFields.length === 0 && <p className="import-hint">No date column is mapped in this file.</p>}
      <div className="import-formats">
        {dateFields.map((field) => (
          <DateRow key={field.key} file={file} field={field.key} label={field.label} />
        ))}
      </div>
      <h3 className="import-h3">Numbers</h3>
      <DecimalChoice file={file} hasNumbers={numberFields.length > 0} />
    </div>
  );
}

function DateRow({ file, field, label }: { file: WizardFile; field: string; label: string }) {
  const setDateFormat = useImport((s) => s.setDateFormat);
  const inspection = file.inspection;
  if (!inspection) return null;
  const column = file.mapping[field] as number;
  const samples = [...new Set(inspection.rows.map((r) => (r[column] ?? '').trim()).filter((v) => v !== ''))].slice(0, 3);
  const ambiguous = inspection.ambiguousDates.some((a) => a.field === field);
  const undecided = undecidedDates(file).includes(field);
  const format = file.formats.dates[field] ?? 'iso';
  return (
    <div className={undecided ? 'import-format import-format-ask' : 'import-format'}>
      <div className="import-format-what">
        <span className="import-field">{label}</span>
        <span className="import-field-hint">
          Column “{inspection.header[column]}”: {samples.join(' · ') || 'no values in the first rows'}
        </span>
      </div>
      {ambiguous ? (
        <fieldset className="import-choice">
          <legend>{undecided ? `Is ${samples[0] ?? 'this date'} day first or month first? Every day in the sample is 12 or less.` : 'Day and month order'}</legend>
          {ORDERS.map((o) => (
            <label key={o.format} className="import-radio">
              <input type="radio" name={`order-${file.key}-${field}`} checked={!undecided && format === o.format} onChange={() => setDateFormat(file.key, field, o.format)} />
              {o.label}
            </label>
          ))}
        </fieldset>
      ) : (
        <label className="import-inline">
          <span>Read as</span>
          <select aria-label={`Date format of ${label}`} value={format} onChange={(e) => setDateFormat(file.key, field, e.target.value as DateFormat)}>
            {(Object.keys(DATE_FORMAT_LABELS) as DateFormat[]).map((f) => (
              <option key={f} value={f}>
                {DATE_FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

function DecimalChoice({ file, hasNumbers }: { file: WizardFile; hasNumbers: boolean }) {
  const setDecimal = useImport((s) => s.setDecimal);
  return (
    <fieldset className="import-choice">
      <legend>
        {file.inspection?.decimalAmbiguous
          ? 'The numbers could be read either way; which separator marks the decimals?'
          : hasNumbers
            ? 'Decimal separator of the numbers (deal values, counts)'
            : 'No number column is mapped; the separator matters only if you map one.'}
      </legend>
      <label className="import-radio">
        <input type="radio" name={`decimal-${file.key}`} checked={file.formats.decimal === '.'} onChange={() => setDecimal(file.key, '.')} />
        Decimal point: 1,234.56
      </label>
      <label className="import-radio">
        <input type="radio" name={`decimal-${file.key}`} checked={file.formats.decimal === ','} onChange={() => setDecimal(file.key, ',')} />
        Decimal comma: 1.234,56
      </label>
    </fieldset>
  );
}
