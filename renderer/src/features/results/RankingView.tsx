import { useMemo } from 'react';
import { EChart } from '../../charts/EChart';
import { decileOption, gainsOption } from '../../charts/options/ranking-option';
import { formatCount } from '../../format';
import { useLab } from '../../state/lab-store';

export function RankingView() {
  const scenario = useLab((s) => s.metrics?.ranking);
  const baseline = useLab((s) => s.baselineMetrics?.ranking);
  const gains = useMemo(() => (scenario && baseline ? gainsOption(scenario, baseline) : null), [scenario, baseline]);
  const deciles = useMemo(() => (scenario && baseline ? decileOption(scenario, baseline) : null), [scenario, baseline]);
  if (!scenario || !baseline || !gains || !deciles) return null;
  return (
    <section className="panel view" aria-labelledby="ranking-title">
      <h2 id="ranking-title" className="panel-title">
        Ranking quality
      </h2>
      <p className="panel-help">
        How well the score puts leads that became SQL above those that did not, over the {formatCount(scenario.observed)} leads sales worked. An AUC of
        0.5 is chance, 1 is perfect.
      </p>
      <div className="auc-row">
        <span className="auc" data-testid="auc-scenario">
          Scenario AUC <strong>{scenario.auc.toFixed(3)}</strong>
        </span>
        <span className="auc auc-baseline">
          Baseline AUC <strong>{baseline.auc.toFixed(3)}</strong>
        </span>
      </div>
      <div className="chart-pair">
        <EChart option={gains} height={300} label="Cumulative gains curve" />
        <EChart option={deciles} height={300} label="SQL rate by score decile" />
      </div>
    </section>
  );
}
