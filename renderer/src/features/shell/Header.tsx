import { formatCount } from '../../format';
import { useLab } from '../../state/lab-store';
import { ModelFileButtons } from './ModelFileButtons';

export function Header() {
  const dataset = useLab((s) => s.dataset);
  const lastTickMs = useLab((s) => s.lastTickMs);
  const resetToBaseline = useLab((s) => s.resetToBaseline);
  const edited = useLab((s) => JSON.stringify(s.model) !== JSON.stringify(s.baselineModel));
  return (
    <header className="app-header">
      <h1 className="brand">MQL Lab</h1>
      {dataset && (
        <p className="dataset">
          <span className="dataset-name">{dataset.name}</span>
          <span className="dataset-meta">
            {formatCount(dataset.leads)} leads · {formatCount(dataset.activities)} activities
          </span>
        </p>
      )}
      <div className="header-actions">
        {lastTickMs !== null && (
          <span className="tick" title="Time the engine took to rescore every lead for the last change">
            rescored in {lastTickMs.toFixed(1)} ms
          </span>
        )}
        <ModelFileButtons />
        <button type="button" className="button" onClick={resetToBaseline} disabled={!edited}>
          Reset to baseline
        </button>
      </div>
    </header>
  );
}
