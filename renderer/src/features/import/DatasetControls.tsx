import { useEffect } from 'react';
import { useDatasets } from '../../state/datasets-store';
import { useImport } from '../../state/import-store';
import { useLab } from '../../state/lab-store';

/** The header's data controls: which dataset is open (when there are several) and the import wizard. */
export function DatasetControls() {
  const datasets = useDatasets((s) => s.datasets);
  const refresh = useDatasets((s) => s.refresh);
  const switchTo = useDatasets((s) => s.switchTo);
  const current = useLab((s) => s.dataset?.id);
  const start = useImport((s) => s.start);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <div className="dataset-controls">
      {datasets.length > 1 && current !== undefined && (
        <select className="dataset-switch" aria-label="Dataset" title="Switch to another dataset of this workspace" value={current} onChange={(e) => void switchTo(Number(e.target.value))}>
          {datasets.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      )}
      <button type="button" className="button" onClick={() => start()}>
        Import data
      </button>
    </div>
  );
}
