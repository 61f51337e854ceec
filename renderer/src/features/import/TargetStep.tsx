import { formatCount } from '../../format';
import { useDatasets } from '../../state/datasets-store';
import { useImport } from '../../state/import-store';

/** Step 6: a new dataset, or in place of an existing one's data, which needs a confirmation. */
export function TargetStep() {
  const target = useImport((s) => s.target);
  const setTarget = useImport((s) => s.setTarget);
  const confirmed = useImport((s) => s.replaceConfirmed);
  const confirmReplace = useImport((s) => s.confirmReplace);
  const report = useImport((s) => s.report);
  const badRows = useImport((s) => s.badRows);
  const datasets = useDatasets((s) => s.datasets);
  const replacing = target.mode === 'replace' ? datasets.find((d) => d.id === target.datasetId) : undefined;
  return (
    <div className="import-step">
      {report && (
        <p className="import-lead">
          {formatCount(report.leads)} leads and {formatCount(report.activities)} activities will be imported
          {badRows === 'skip' && report.errors > 0 ? `; rows with errors are skipped` : ''}. The import is all or nothing: if it is
          cancelled or fails, the workspace stays exactly as it is.
        </p>
      )}
      <div className="import-targets" role="radiogroup" aria-label="Where to import">
        <label className={target.mode === 'new' ? 'import-target on' : 'import-target'}>
          <input type="radio" name="target" checked={target.mode === 'new'} onChange={() => setTarget({ mode: 'new', name: '' })} />
          <span className="import-target-title">New dataset</span>
          <span className="import-target-text">Keeps every dataset you have; you can switch between them in the header.</span>
          {target.mode === 'new' && (
            <input
              className="import-name"
              aria-label="Name of the new dataset"
              value={target.name}
              maxLength={120}
              placeholder="e.g. HubSpot leads 2025"
              onChange={(e) => setTarget({ mode: 'new', name: e.target.value })}
            />
          )}
        </label>
        <label className={target.mode === 'replace' ? 'import-target on' : 'import-target'}>
          <input
            type="radio"
            name="target"
            checked={target.mode === 'replace'}
            disabled={datasets.length === 0}
            onChange={() => datasets[0] && setTarget({ mode: 'replace', datasetId: datasets[datasets.length - 1].id })}
          />
          <span className="import-target-title">Replace an existing dataset</span>
          <span className="import-target-text">For a fresher export of the same data: its scenarios and definition versions are kept.</span>
          {target.mode === 'replace' && (
            <>
              <select aria-label="Dataset to replace" value={target.datasetId} onChange={(e) => setTarget({ mode: 'replace', datasetId: Number(e.target.value) })}>
                {datasets.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name} ({formatCount(d.leads)} leads)
                  </option>
                ))}
              </select>
              {replacing && (
                <span className="import-confirm">
                  <input type="checkbox" checked={confirmed} onChange={(e) => confirmReplace(e.target.checked)} aria-label="Confirm replacing" />
                  Replace the {formatCount(replacing.leads)} leads and {formatCount(replacing.activities)} activities of “{replacing.name}”. This cannot be
                  undone except by restoring a backup.
                </span>
              )}
            </>
          )}
        </label>
      </div>
    </div>
  );
}
