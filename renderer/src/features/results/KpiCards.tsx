import { useLayoutEffect } from 'react';
import { change } from '../../../../shared/engine/compare';
import type { Kpis } from '../../../../shared/engine/kpis';
import { formatCount, formatPercent, formatSignedCount, formatSignedPercent, formatSignedPoints } from '../../format';
import { useLab } from '../../state/lab-store';
import { markKpisCommitted } from '../../worker/tick-marks';
import { KpiCard } from './KpiCard';

function countChange(scenario: number, baseline: number) {
  const c = change(scenario, baseline);
  return { text: formatSignedCount(c.absolute), relative: formatSignedPercent(c.relative), sign: Math.sign(c.absolute) };
}

function shareChange(scenario: number, baseline: number) {
  const c = change(scenario, baseline);
  // Rates are compared in percentage points; a relative change of a rate confuses more than it helps.
  const text = formatSignedPoints(c.absolute);
  return { text, relative: '', sign: text.startsWith('±') ? 0 : Math.sign(c.absolute) };
}

/** The headline figures of the newest tick, read from the store here so a tick re-renders only them. */
export function LiveKpiCards() {
  const kpis = useLab((s) => s.kpis);
  const baseline = useLab((s) => s.baselineKpis);
  return kpis && baseline ? <KpiCards kpis={kpis} baseline={baseline} /> : null;
}

/** The four headline figures of the scenario, each against the baseline. */
export function KpiCards({ kpis, baseline }: { kpis: Kpis; baseline: Kpis }) {
  // Ends the tick's performance marks once these figures are in the DOM (see tick-marks.ts).
  useLayoutEffect(() => markKpisCommitted(kpis), [kpis]);
  return (
    <div className="kpi-row">
      <KpiCard
        id="mqls"
        title="MQLs"
        value={formatCount(kpis.mqls)}
        detail={`${formatPercent(kpis.mqls / kpis.leads)} of ${formatCount(kpis.leads)} leads`}
        change={countChange(kpis.mqls, baseline.mqls)}
        prefer="neutral"
        help="Leads this definition would have passed to sales."
      />
      <KpiCard
        id="rate"
        title="MQL→SQL rate"
        value={formatPercent(kpis.rate)}
        detail={
          <>
            95 % CI {formatPercent(kpis.rateInterval.low)}–{formatPercent(kpis.rateInterval.high)} ·{' '}
            {formatCount(kpis.mqlSqls)} of {formatCount(kpis.mqlsObserved)} worked
          </>
        }
        change={shareChange(kpis.rate, baseline.rate)}
        prefer="higher"
        help="Share of MQLs that sales worked and accepted as SQL. MQLs sales never worked are left out: their outcome is unknown."
      />
      <KpiCard
        id="captured"
        title="SQLs captured"
        value={formatPercent(kpis.sqlsCapturedShare)}
        detail={`${formatCount(kpis.mqlSqls)} of ${formatCount(kpis.totalSqls)} SQLs in history`}
        change={shareChange(kpis.sqlsCapturedShare, baseline.sqlsCapturedShare)}
        prefer="higher"
        help="Of all leads that became SQL, the share this definition would have made MQLs."
      />
      <KpiCard
        id="unobserved"
        title="Unobserved MQLs"
        value={formatCount(kpis.mqlsUnobserved)}
        detail={
          <>
            Rate could be {formatPercent(kpis.rateBounds.low)}–{formatPercent(kpis.rateBounds.high)} if they all fail or all convert
          </>
        }
        change={countChange(kpis.mqlsUnobserved, baseline.mqlsUnobserved)}
        prefer="lower"
        help="MQLs under this definition that sales never worked in history, so nobody knows whether they would have converted."
      />
    </div>
  );
}
