import { useMemo } from 'react';
import { EChart } from '../../charts/EChart';
import { FUNNEL_STEPS, funnelCounts, funnelOption, stepRates } from '../../charts/options/funnel-option';
import { formatCount, formatPercent } from '../../format';
import { useLab } from '../../state/lab-store';

export function FunnelView() {
  const scenario = useLab((s) => s.metrics?.funnel);
  const baseline = useLab((s) => s.baselineMetrics?.funnel);
  const option = useMemo(() => (scenario && baseline ? funnelOption(scenario, baseline) : null), [scenario, baseline]);
  if (!scenario || !baseline || !option) return null;
  const sRates = stepRates(scenario);
  const bRates = stepRates(baseline);
  const sCounts = funnelCounts(scenario);
  const bCounts = funnelCounts(baseline);
  return (
    <section className="panel view" aria-labelledby="funnel-title">
      <h2 id="funnel-title" className="panel-title">
        Funnel: Leads → MQL → SQL → Opportunity → Won
      </h2>
      <p className="panel-help">Counts among this definition’s MQLs, with the step rate from the stage before (log scale). Baseline in grey.</p>
      <EChart option={option} height={300} label="Funnel, scenario beside baseline" />
      <table className="comparison compact">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Baseline</th>
            <th scope="col">Step rate</th>
            <th scope="col">Scenario</th>
            <th scope="col">Step rate</th>
          </tr>
        </thead>
        <tbody>
          {FUNNEL_STEPS.map((step, i) => (
            <tr key={step}>
              <th scope="row">{step}</th>
              <td>{formatCount(bCounts[i])}</td>
              <td>{i === 0 ? '' : formatPercent(bRates[i])}</td>
              <td data-testid={`funnel-${step}`}>{formatCount(sCounts[i])}</td>
              <td>{i === 0 ? '' : formatPercent(sRates[i])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Won deal value</th>
            <td>{formatCount(baseline.wonValue)}</td>
            <td />
            <td>{formatCount(scenario.wonValue)}</td>
            <td />
          </tr>
        </tbody>
      </table>
    </section>
  );
}
