import { useImport } from '../../state/import-store';
import { KIND_LABELS } from './import-format';

/** Switches the per-file steps (preview, columns, formats) between the files of the import. */
export function FileTabs() {
  const files = useImport((s) => s.files);
  const current = useImport((s) => s.current);
  const show = useImport((s) => s.show);
  if (files.length < 2) return null;
  return (
    <div className="import-file-tabs" role="tablist" aria-label="Files">
      {files.map((f) => (
        <button key={f.key} type="button" role="tab" aria-selected={f.key === current} className={f.key === current ? 'import-file-tab on' : 'import-file-tab'} onClick={() => show(f.key)}>
          <span className="import-file-tab-name">{f.name}</span>
          <span className="import-file-tab-kind">{KIND_LABELS[f.kind].split(' (')[0]}</span>
        </button>
      ))}
    </div>
  );
}

/** The file the per-file steps show. */
export function useCurrentFile() {
  return useImport((s) => s.files.find((f) => f.key === s.current) ?? s.files[0]);
}
