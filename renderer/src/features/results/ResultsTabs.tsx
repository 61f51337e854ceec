import type { ReactNode } from 'react';
import { useLab } from '../../state/lab-store';
import { useView, type ResultTab } from '../../state/view-store';
import { AssistantView } from '../assistant/AssistantView';
import { LeadsView } from '../leads/LeadsView';
import { ScenariosView } from '../scenarios/ScenariosView';
import { VersionsView } from '../versions/VersionsView';
import { ChannelView } from './ChannelView';
import { ComparisonTable } from './ComparisonTable';
import { DistributionView } from './DistributionView';
import { FunnelView } from './FunnelView';
import { MatrixView } from './MatrixView';
import { RankingView } from './RankingView';
import { SweepView } from './SweepView';
import { TAB_LABELS } from './tab-labels';
import { TimeView } from './TimeView';


/** The result views as tabs, so each gets the whole width at a readable size. */
export function ResultsTabs() {
  const selected = useView((s) => s.tab);
  const workshop = useView((s) => s.workshop);
  const workshopTabs = useView((s) => s.workshopTabs);
  const tabs = (Object.keys(TAB_LABELS) as ResultTab[]).filter((t) => !workshop || workshopTabs.includes(t));
  // In workshop mode the chosen views only; fall back to the first if the selected one is hidden.
  const tab = tabs.includes(selected) ? selected : (tabs[0] ?? 'summary');
  const setTab = useView((s) => s.setTab);
  const kpis = useLab((s) => s.kpis);
  const baselineKpis = useLab((s) => s.baselineKpis);
  const views: Record<ResultTab, () => ReactNode> = {
    summary: () => kpis && baselineKpis && <ComparisonTable kpis={kpis} baseline={baselineKpis} />,
    sweep: () => <SweepView />,
    funnel: () => <FunnelView />,
    time: () => <TimeView />,
    channels: () => <ChannelView />,
    matrix: () => <MatrixView />,
    distribution: () => <DistributionView />,
    ranking: () => <RankingView />,
    leads: () => <LeadsView />,
    scenarios: () => <ScenariosView />,
    versions: () => <VersionsView />,
    assistant: () => <AssistantView />,
  };
  return (
    <div className="results-tabs">
      <div className="tab-list" role="tablist" aria-label="Result views">
        {tabs.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            className={tab === id ? 'tab tab-on' : 'tab'}
            onClick={() => setTab(id)}
          >
            {TAB_LABELS[id]}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {views[tab]()}
      </div>
    </div>
  );
}
