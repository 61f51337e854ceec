import { formatCount } from '../../format';
import { useDatasets } from '../../state/datasets-store';
import { useImport } from '../../state/import-store';
import { useLab } from '../../state/lab-store';
import { ProblemTable } from './ProblemTable';

/** The end: what was imported, and the app already showing it. */
export function DoneStep() {
  const result = useImport((s) => s.result);
  const dataset = useDatasets((s) => s.datasets.find((d) => d.id === result?.datasetId));
  const shown = useLab((s) => s.dataset?.id === result?.datasetId);
  if (!result) return null;
  return (
    <div className="import-step">
      <div className="import-done">
        <span className="import-done-icon" aria-hidden="true">✓</span>
        <div>
          <p className="import-done-title" data-testid="import-done">
            Imported {formatCount(result.leads)} leads and {formatCount(result.activities)} activities
            {dataset ? ` into “${dataset.name}”` : ''}.
          </p>
          <p className="import-hint">
            {shown ? 'The app now shows this dataset: its KPIs are behind this window.' : 'Opening the dataset…'} Took{' '}
            {(result.durationMs / 1000).toFixed(1)} s.
            {result.problemCount > 0 && ` What the import noted is listed below.`}
          </p>
        </div>
      </div>
      <ProblemTable problems={result.problems} total={result.problemCount} />
    </div>
  );
}
