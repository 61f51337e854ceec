import { formatCount } from '../../format';
import { useLab } from '../../state/lab-store';
import { useView } from '../../state/view-store';
import { ExportMenu } from '../report/ExportMenu';
import { DatasetControls } from '../import/DatasetControls';
import { ModelFileButtons } from './ModelFileButtons';

export function Header() {
  const dataset = useLab((s) => s.dataset);
  const lastTickMs = useLab((s) => s.lastTickMs);
  const resetToBaseline = useLab((s) => s.resetToBaseline);
  const undo = useLab((s) => s.undo);
  const redo = useLab((s) => s.redo);
  const canUndo = useLab((s) => (s.history?.past.length ?? 0) > 0);
  const canRedo = useLab((s) => (s.history?.future.length ?? 0) > 0);
  const setWorkshop = useView((s) => s.setWorkshop);
  const setWorkspacesOpen = useView((s) => s.setWorkspacesOpen);
  const workspaceName = useLab((s) => s.workspaceName);
  const edited = useLab((s) => JSON.stringify(s.model) !== JSON.stringify(s.baselineModel));
  return (
    <header className="app-header">
      <h1 className="brand">MQL Lab</h1>
      {workspaceName && (
        <button type="button" className="workspace-button" onClick={() => setWorkspacesOpen(true)} title="Workspaces: open, rename, delete, back up, restore">
          <span className="workspace-button-label">Workspace</span>
          <span className="workspace-button-name">{workspaceName} ▾</span>
        </button>
      )}
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
        <button type="button" className="button icon-button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)" aria-label="Undo">
          ↶
        </button>
        <button type="button" className="button icon-button" onClick={redo} disabled={!canRedo} title="Redo (Shift+Ctrl+Z)" aria-label="Redo">
          ↷
        </button>
        <button type="button" className="button" onClick={() => setWorkshop(true)} title="Full-screen presentation for workshops">
          Workshop
        </button>
        <DatasetControls />
        <ExportMenu />
        <ModelFileButtons />
        <button type="button" className="button" onClick={resetToBaseline} disabled={!edited}>
          Reset to baseline
        </button>
      </div>
    </header>
  );
}
