import { useState } from 'react';
import { scoringMatrixCsv, scoringMatrixMarkdown } from '../../../../shared/export/scoring-matrix';
import { saveText } from '../../export/save-file';
import { useAttributeLabels } from '../../state/attribute-labels';
import { useLab } from '../../state/lab-store';
import { useView } from '../../state/view-store';
import { exportScoredLeads } from './scored-leads';

/** Every way the decision leaves the room: memo, scoring matrix, model file, scored leads, the workspace itself. */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const setWorkspacesOpen = useView((s) => s.setWorkspacesOpen);
  const model = useLab((s) => s.model);
  const labels = useAttributeLabels();
  const openMemo = useView((s) => s.openMemo);
  const showError = useLab((s) => s.showError);
  if (!model) return null;
  const item = (label: string, action: () => void | Promise<void>) => (
    <button
      type="button"
      role="menuitem"
      className="menu-item"
      onClick={() => {
        setOpen(false);
        Promise.resolve(action()).catch((error: unknown) => showError(error instanceof Error ? error.message : String(error)));
      }}
    >
      {label}
    </button>
  );
  return (
    <div className="menu" onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button type="button" className="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export ▾
      </button>
      {open && (
        <div className="menu-list" role="menu" aria-label="Export">
          {item('Decision memo (print or PDF)…', openMemo)}
          {item('Scoring matrix (CSV)', () => void saveText('mql-scoring-matrix.csv', scoringMatrixCsv(model, labels)))}
          {item('Scoring matrix (Markdown)', () => void saveText('mql-scoring-matrix.md', scoringMatrixMarkdown(model, undefined, labels), 'text/markdown;charset=utf-8'))}
          {item('Model file (JSON)', () => void saveText('mql-definition.json', `${JSON.stringify(model, null, 2)}\n`, 'application/json'))}
          {item('Scored leads (CSV)', exportScoredLeads)}
          {item('Workspaces, backup and restore…', () => setWorkspacesOpen(true))}
        </div>
      )}
    </div>
  );
}
