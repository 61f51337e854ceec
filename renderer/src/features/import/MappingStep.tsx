import { useState } from 'react';
import type { SavedMapping } from '../../../../shared/api';
import { fieldsFor, missingFields, type FieldSpec } from '../../../../shared/import/fields';
import { CRM_PRESETS } from '../../../../shared/import/presets';
import { useImport, type WizardFile } from '../../state/import-store';
import { ExtraColumns } from './ExtraColumns';
import { FileTabs, useCurrentFile } from './FileTabs';

const NONE_SAVED: readonly SavedMapping[] = [];
const KIND_NAMES = { numeric: 'numbers', categorical: 'categories', date: 'dates', boolean: 'yes/no', empty: 'empty' } as const;

/** Step 3: which column holds each field; the proposal is preselected, with how sure it is. */
export function MappingStep() {
  const file = useCurrentFile();
  if (!file?.inspection) return null;
  const missing = missingFields(file.mapping, file.kind);
  const taken = new Set(Object.values(file.mapping).filter((c) => c !== null));
  const unused = file.inspection.header.map((h, i) => ({ h, i })).filter(({ h, i }) => h !== '' && !taken.has(i));
  return (
    <div className="import-step">
      <FileTabs />
      <div className="import-map-head">
        <p className="import-facts">
          {mappedCount(file)} of {fieldsFor(file.kind).length} fields have a column
          {file.inspection.crm ? `, matched by the ${crmLabel(file.inspection.crm)} export's own names` : ''}. Change any choice; a column
          feeds one field at most.
        </p>
        <SavedMappings file={file} />
      </div>
      {missing.length > 0 && (
        <p className="import-note import-note-bad" role="alert">
          Choose a column for {missing.join(', ')}: {file.kind === 'leads' ? 'every lead needs it' : 'each row needs it to find its lead'}.
        </p>
      )}
      <table className="import-map" aria-label={`Columns of ${file.name}`}>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Column in {file.name}</th>
            <th scope="col">Match</th>
            <th scope="col">Example values</th>
          </tr>
        </thead>
        <tbody>
          {fieldsFor(file.kind).map((field) => (
            <FieldRow key={field.key} file={file} field={field} />
          ))}
        </tbody>
      </table>
      {file.kind === 'leads' && <ExtraColumns file={file} />}
      {file.kind !== 'leads' && unused.length > 0 && (
        <div className="import-unused">
          <span className="import-unused-title">Columns not imported</span>
          {unused.map(({ h, i }) => {
            const kind = file.inspection?.unmapped.find((u) => u.index === i)?.kind;
            return (
              <span key={i} className="import-chip" title={kind ? `Holds ${KIND_NAMES[kind]}` : undefined}>
                {h}
                {kind && <span className="import-chip-kind"> · {KIND_NAMES[kind]}</span>}
              </span>
            );
          })}
        </div>
      )}
    </div>
  );
}

function mappedCount(file: WizardFile): number {
  return Object.values(file.mapping).filter((c) => c !== null).length;
}

function crmLabel(id: string): string {
  return CRM_PRESETS.find((p) => p.id === id)?.label ?? id;
}

function FieldRow({ file, field }: { file: WizardFile; field: FieldSpec }) {
  const setColumn = useImport((s) => s.setColumn);
  const inspection = file.inspection;
  if (!inspection) return null;
  const column = file.mapping[field.key] ?? null;
  const proposed = inspection.mapping[field.key] ?? null;
  const required = field.required || field.identity;
  const examples = column === null ? [] : [...new Set(inspection.rows.map((r) => (r[column] ?? '').trim()).filter((v) => v !== ''))].slice(0, 3);
  return (
    <tr className={required && column === null && missingFields(file.mapping, file.kind).length > 0 ? 'import-map-missing' : undefined}>
      <th scope="row">
        <span className="import-field">{field.label}</span>
        {field.required && <span className="import-required"> required</span>}
        {field.identity && <span className="import-required"> id or email</span>}
        {field.hint && <span className="import-field-hint">{field.hint}</span>}
      </th>
      <td>
        <select
          aria-label={`Column for ${field.label}`}
          value={column ?? ''}
          onChange={(event) => setColumn(file.key, field.key, event.target.value === '' ? null : Number(event.target.value))}
        >
          <option value="">— not imported —</option>
          {inspection.header.map((name, i) => (
            <option key={i} value={i}>
              {name || `Column ${i + 1}`}
            </option>
          ))}
        </select>
      </td>
      <td>
        <Match column={column} proposed={proposed} confidence={inspection.confidence[field.key] ?? 0} how={inspection.matchedBy[field.key] ?? null} />
      </td>
      <td className="import-examples">{examples.join(' · ')}</td>
    </tr>
  );
}

function Match({ column, proposed, confidence, how }: { column: number | null; proposed: number | null; confidence: number; how: string | null }) {
  if (column === null) return <span className="import-match import-match-none">—</span>;
  if (column !== proposed) return <span className="import-match import-match-user">your choice</span>;
  const level = confidence >= 0.95 ? 'high' : confidence >= 0.85 ? 'good' : 'low';
  const text = how === 'preset' ? 'CRM name' : how === 'name' ? 'usual name' : 'similar name';
  return (
    <span className={`import-match import-match-${level}`} title={`Matched by ${text}: ${Math.round(confidence * 100)} % sure`}>
      {Math.round(confidence * 100)} % · {text}
    </span>
  );
}

function SavedMappings({ file }: { file: WizardFile }) {
  // A constant for "none", since a selector returning a new [] each time re-renders forever.
  const saved = useImport((s) => s.saved[file.kind] ?? NONE_SAVED);
  const saveMapping = useImport((s) => s.saveMapping);
  const loadMapping = useImport((s) => s.loadMapping);
  const [name, setName] = useState('');
  return (
    <div className="import-saved">
      {saved.length > 0 && (
        <label className="import-inline">
          <span>Use a saved mapping</span>
          <select
            aria-label="Saved mapping"
            value=""
            onChange={(event) => {
              const chosen = saved.find((m) => m.name === event.target.value);
              if (chosen) loadMapping(file.key, chosen);
            }}
          >
            <option value="">Choose…</option>
            {saved.map((m) => (
              <option key={m.name} value={m.name}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <form
        className="import-inline"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() !== '') void saveMapping(file.key, name.trim()).then(() => setName(''));
        }}
      >
        <span>Save as</span>
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. HubSpot monthly export" aria-label="Name for this mapping" maxLength={80} />
        <button type="submit" className="button-secondary" disabled={name.trim() === ''}>
          Save mapping
        </button>
      </form>
    </div>
  );
}
