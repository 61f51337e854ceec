import { useEffect, useState } from 'react';
import { api, hasNativeDialogs } from '../../api/client';
import { useLab } from '../../state/lab-store';
import { useScenarios } from '../../state/scenario-store';
import { useView } from '../../state/view-store';
import { DecisionMemo } from './DecisionMemo';

/**
 * Titles and notes the memo, then prints it: the print stylesheet shows only the memo, so the
 * browser's "Save as PDF" gives the one-to-two-page PDF; the desktop app prints the same page
 * to PDF itself (Electron's printToPDF) and saves it where the user chooses.
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
            {hasNativeDialogs ? (
              <>
                <button type="button" className="button-primary" onClick={() => void savePdf(title)}>
                  Save as PDF…
                </button>
                <button type="button" className="button-secondary" onClick={() => window.print()}>
                  Print…
                </button>
              </>
            ) : (
              <button type="button" className="button-primary" onClick={() => window.print()}>
                Print or save as PDF
              </button>
            )}
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

/** A file name from the memo's title, without the characters Windows or macOS refuse. */
export function memoFileName(title: string): string {
  const name = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${name || 'MQL decision memo'}.pdf`;
}

async function savePdf(title: string): Promise<void> {
  const lab = useLab.getState();
  try {
    const { file } = await api['dialog:save-pdf']({ title: 'Save the decision memo', fileName: memoFileName(title) });
    if (file) lab.showNotice(`Memo saved to ${file}`);
  } catch (error) {
    lab.showError(error instanceof Error ? error.message : String(error));
  }
}
