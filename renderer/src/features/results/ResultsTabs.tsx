import type { ReactNode } from 'react';
import { useLab } from '../../state/lab-store';
import { useView, type ResultTab } from '../../state/view-store';
import { LeadsView } from '../leads/LeadsView';
import { ScenariosView } from '../scenarios/ScenariosView';
import { ChannelView } from './ChannelView';
import { ComparisonTable } from './ComparisonTable';
import { DistributionView } from './DistributionView';
import { FunnelView } from './FunnelView';
import { MatrixView } from './MatrixView';
import { RankingView } from './RankingView';
import { SweepView } from './SweepView';
import { TimeView } from './TimeView';

const TABS: { id: ResultTab; label: string }[] = [
  { id: 'summary', label: 'Summary' },
  { id: 'sweep', label: 'Sweep' },
  { id: 'funnel', label: 'Funnel' },
  { id: 'time', label: 'Over time' },
  { id: 'channels', label: 'Channels' },
  { id: 'matrix', label: 'Fit × engagement' },
  { id: 'distribution', label: 'Scores' },
  { id: 'ranking', label: 'Ranking' },
  { id: 'leads', label: 'Leads' },
  { id: 'scenarios', label: 'Scenarios' },
];

/** The result views as tabs, so each gets the whole width at a readable size. */
export function ResultsTabs() {
  const tab = useView((s) => s.tab);
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
  };
  return (
    <div className="results-tabs">
      <div className="tab-list" role="tablist" aria-label="Result views">
        {TABS.map(({ id, label }) => (
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
            {label}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {views[tab]()}
      </div>
    </div>
  );
}
