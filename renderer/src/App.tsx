import { useEffect } from 'react';
import { EngagementRules } from './features/model/EngagementRules';
import { FitRules } from './features/model/FitRules';
import { EligibilityRules } from './features/model/EligibilityRules';
import { QualificationPanel } from './features/model/QualificationPanel';
import { KpiCards } from './features/results/KpiCards';
import { ResultsTabs } from './features/results/ResultsTabs';
import { Header } from './features/shell/Header';
import { ErrorScreen, LoadingScreen } from './features/shell/LoadingScreen';
import { MemoDialog } from './features/report/MemoDialog';
import { useLab } from './state/lab-store';
import { useView } from './state/view-store';

export function App() {
  const status = useLab((s) => s.status);
  const error = useLab((s) => s.error);
  const kpis = useLab((s) => s.kpis);
  const baselineKpis = useLab((s) => s.baselineKpis);
  const start = useLab((s) => s.start);
  const dismissError = useLab((s) => s.dismissError);
  const memoOpen = useView((s) => s.memoOpen);

  useEffect(() => {
    void start();
  }, [start]);

  if (status === 'error') return <ErrorScreen message={error ?? 'Something went wrong.'} />;
  if (status !== 'ready' || !kpis || !baselineKpis) return <LoadingScreen />;
  return (
    <>
      <div className="app">
        <Header />
        <KpiCards kpis={kpis} baseline={baselineKpis} />
        <div className="workspace">
          <aside className="rules" aria-label="Scoring rules">
            <QualificationPanel />
            <EligibilityRules />
            <EngagementRules />
            <FitRules />
          </aside>
          <main className="results">
            <ResultsTabs />
          </main>
        </div>
      </div>
      {memoOpen && <MemoDialog />}
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
