import { useEffect } from 'react';
import { EngagementRules } from './features/model/EngagementRules';
import { FitRules } from './features/model/FitRules';
import { EligibilityRules } from './features/model/EligibilityRules';
import { QualificationPanel } from './features/model/QualificationPanel';
import { LiveKpiCards } from './features/results/KpiCards';
import { ResultsTabs } from './features/results/ResultsTabs';
import { Header } from './features/shell/Header';
import { useUndoKeys } from './features/shell/use-undo-keys';
import { WorkshopBar } from './features/shell/WorkshopBar';
import { ErrorScreen, LoadingScreen } from './features/shell/LoadingScreen';
import { MemoDialog } from './features/report/MemoDialog';
import { WorkspaceDialog } from './features/workspace/WorkspaceDialog';
import { ImportLayer } from './features/import/ImportLayer';
import { useLab } from './state/lab-store';
import { useView, type RuleSection } from './state/view-store';

export function App() {
  const status = useLab((s) => s.status);
  const error = useLab((s) => s.error);
  // Whether there are figures, not the figures: App renders the whole screen, and a tick must
  // re-render only what shows its results, not every rule panel with it.
  const hasFigures = useLab((s) => s.kpis !== null && s.baselineKpis !== null);
  const start = useLab((s) => s.start);
  const dismissError = useLab((s) => s.dismissError);
  const notice = useLab((s) => s.notice);
  const memoOpen = useView((s) => s.memoOpen);
  const workspacesOpen = useView((s) => s.workspacesOpen);
  const workshop = useView((s) => s.workshop);
  const workshopRules = useView((s) => s.workshopRules);
  const shows = (section: RuleSection) => !workshop || workshopRules.includes(section);

  useEffect(() => {
    void start();
  }, [start]);
  useUndoKeys();

  if (status === 'error') return <ErrorScreen message={error ?? 'Something went wrong.'} />;
  if (status !== 'ready' || !hasFigures) return <LoadingScreen />;
  return (
    <>
      <div className={workshop ? 'app workshop' : 'app'}>
        {workshop ? <WorkshopBar /> : <Header />}
        <LiveKpiCards />
        <div className="workspace">
          <aside className="rules" aria-label="Scoring rules">
            {shows('qualification') && <QualificationPanel />}
            {shows('eligibility') && <EligibilityRules />}
            {shows('engagement') && <EngagementRules />}
            {shows('fit') && <FitRules />}
          </aside>
          <main className="results">
            <ResultsTabs />
          </main>
        </div>
      </div>
      {memoOpen && <MemoDialog />}
      {workspacesOpen && <WorkspaceDialog />}
      <ImportLayer />
      {notice && !error && (
        <div className="toast toast-notice" role="status">
          {notice}
        </div>
      )}
      {error && (
        <div className="toast" role="alert">
          <span>{error}</span>
          <button type="button" className="toast-close" aria-label="Dismiss" onClick={dismissError}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
