import { useRef } from 'react';
import { IMPORT_KINDS, type ImportKind } from '../../../../shared/import/fields';
import { api, hasNativeDialogs } from '../../api/client';
import { useImport, type WizardFile } from '../../state/import-store';
import { filesProblem } from './files-check';
import { fileFacts, KIND_LABELS } from './import-format';

/** Step 1: the files, and what each one holds. */
export function FilesStep() {
  const files = useImport((s) => s.files);
  const addFiles = useImport((s) => s.addFiles);
  const addSources = useImport((s) => s.addSources);
  const input = useRef<HTMLInputElement>(null);
  const problem = filesProblem(files);

  async function choose() {
    if (!hasNativeDialogs) return input.current?.click();
    const { sources } = await api['dialog:open-file']({ title: 'Choose CSV files to import', multiple: true });
    if (sources.length > 0) await addSources(sources);
  }

  return (
    <div className="import-step">
      <p className="import-lead">
        Bring your history as CSV exports from HubSpot, Salesforce, Marketo, Pipedrive or a spreadsheet: a <strong>leads</strong> file
        (one row per lead, with outcomes such as lifecycle stage or SQL date) and, if you have them, <strong>activities</strong> (one
        row per email open, visit or demo request) or a separate <strong>outcomes</strong> file.
      </p>
      <div className="import-drop">
        <span className="import-drop-icon" aria-hidden="true">⇪</span>
        <span>Drop CSV files anywhere on this window, or</span>
        <button type="button" className="button-primary" onClick={() => void choose()}>
          Choose files…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          aria-label="CSV files to import"
          onChange={(event) => {
            const chosen = Array.from(event.target.files ?? []);
            event.target.value = '';
            if (chosen.length > 0) void addFiles(chosen);
          }}
        />
      </div>
      {files.length > 0 && (
        <ul className="import-files">
          {files.map((f) => (
            <FileCard key={f.key} file={f} />
          ))}
        </ul>
      )}
      {problem && files.length > 0 && <p className="import-note">{problem}</p>}
    </div>
  );
}

function FileCard({ file }: { file: WizardFile }) {
  const setKind = useImport((s) => s.setKind);
  const remove = useImport((s) => s.remove);
  const errors = file.inspection?.problems.filter((p) => p.severity === 'error' && p.code !== 'missing-column') ?? [];
  const status =
    file.state === 'uploading' ? 'Uploading…' : file.state === 'inspecting' ? 'Reading…' : file.inspection ? fileFacts(file.inspection).join(' · ') : '';
  return (
    <li className={errors.length > 0 || file.state === 'failed' ? 'import-file import-file-bad' : 'import-file'}>
      <div className="import-file-main">
        <span className="import-file-name">{file.name}</span>
        <span className="import-file-facts">{status}</span>
      </div>
      <label className="import-file-kind">
        <span>This file holds</span>
        <select
          value={file.kind}
          aria-label={`What ${file.name} holds`}
          disabled={file.state === 'uploading' || file.state === 'inspecting'}
          onChange={(event) => void setKind(file.key, event.target.value as ImportKind)}
        >
          {IMPORT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="import-remove" aria-label={`Remove ${file.name}`} title="Remove" onClick={() => remove(file.key)}>
        ×
      </button>
      {file.error && <p className="import-file-error">{file.error}</p>}
      {errors.map((p) => (
        <p key={p.code} className="import-file-error">
          {p.message}
        </p>
      ))}
    </li>
  );
}
