import { useEffect, useState } from 'react';
import { useLab } from '../../state/lab-store';
import { useScenarios } from '../../state/scenario-store';
import { useView } from '../../state/view-store';
import { DecisionMemo } from './DecisionMemo';

/**
 * Titles and notes the memo, then prints it: the print stylesheet shows only the memo, so the
 * browser's "Save as PDF" (or the desktop app's print dialog) gives the one-to-two-page PDF.
 */
export function MemoDialog() {
  const close = useView((s) => s.closeMemo);
  const { targetRate, capacityPerWeek } = useView();
  const lab = useLab();
  const scenario = useScenarios((s) => s.scenarios.find((sc) => sc.id === lab.scenarioId));
  const [title, setTitle] = useState(scenario ? `MQL definition: ${scenario.name}` : 'Proposed MQL definition');
  const [notes, setNotes] = useState(scenario?.note ?? '');
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close]);
  const { model, baselineModel, kpis, baselineKpis, metrics, baselineMetrics, dataset } = lab;
  if (!model || !baselineModel || !kpis || !baselineKpis || !metrics || !baselineMetrics || !dataset) return null;
  const weeks = metrics.timeSeries.weeks.reduce((a, b) => a + b, 0);
  return (
    <div className="memo-backdrop" role="dialog" aria-modal="true" aria-labelledby="memo-dialog-title">
      <div className="memo-dialog">
        <div className="memo-controls">
          <h2 id="memo-dialog-title" className="panel-title">
            Decision memo
          </h2>
          <label className="memo-field">
            <span>Title</span>
            <input value={title} onChange={(e) => setTitle(e.target.value)} aria-label="Memo title" />
          </label>
          <label className="memo-field">
            <span>Notes: what was agreed and why</span>
            <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={4} aria-label="Memo notes" />
          </label>
          <div className="memo-actions">
            <button type="button" className="button-primary" onClick={() => window.print()}>
              Print or save as PDF
            </button>
            <button type="button" className="button-secondary" onClick={close}>
              Close
            </button>
          </div>
        </div>
        <div className="memo-preview">
          <DecisionMemo
            title={title}
            datasetName={dataset.name}
            notes={notes}
            model={model}
            baselineModel={baselineModel}
            kpis={kpis}
            baselineKpis={baselineKpis}
            metrics={metrics}
            baselineMetrics={baselineMetrics}
            targetRate={targetRate}
            capacity={capacityPerWeek * weeks}
          />
        </div>
      </div>
    </div>
  );
}
