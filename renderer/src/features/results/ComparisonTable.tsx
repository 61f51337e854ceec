import { change } from '../../../../shared/engine/compare';
import type { Kpis } from '../../../../shared/engine/kpis';
import { formatCount, formatPercent, formatSignedCount, formatSignedPoints } from '../../format';

interface Row {
  label: string;
  baseline: number;
  scenario: number;
  kind: 'count' | 'share';
}

/** Every figure of the scenario beside the baseline's, for the record of a workshop. */
export function ComparisonTable({ kpis, baseline }: { kpis: Kpis; baseline: Kpis }) {
  const rows: Row[] = [
    { label: 'Leads', baseline: baseline.leads, scenario: kpis.leads, kind: 'count' },
    { label: 'MQLs', baseline: baseline.mqls, scenario: kpis.mqls, kind: 'count' },
    { label: 'MQLs worked by sales', baseline: baseline.mqlsObserved, scenario: kpis.mqlsObserved, kind: 'count' },
    { label: 'MQLs that became SQL', baseline: baseline.mqlSqls, scenario: kpis.mqlSqls, kind: 'count' },
    { label: 'MQL→SQL rate (worked)', baseline: baseline.rate, scenario: kpis.rate, kind: 'share' },
    { label: 'SQLs captured', baseline: baseline.sqlsCapturedShare, scenario: kpis.sqlsCapturedShare, kind: 'share' },
    { label: 'Unobserved MQLs', baseline: baseline.mqlsUnobserved, scenario: kpis.mqlsUnobserved, kind: 'count' },
  ];
  const format = (row: Row, value: number) => (row.kind === 'count' ? formatCount(value) : formatPercent(value));
  return (
    <section className="panel" aria-labelledby="comparison-title">
      <h2 id="comparison-title" className="panel-title">
        Scenario against baseline
      </h2>
      <table className="comparison summary-table">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Baseline</th>
            <th scope="col">Scenario</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const c = change(row.scenario, row.baseline);
            return (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{format(row, row.baseline)}</td>
                <td>{format(row, row.scenario)}</td>
                <td>{row.kind === 'count' ? formatSignedCount(c.absolute) : formatSignedPoints(c.absolute)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Summary kpis={kpis} baseline={baseline} />
    </section>
  );
}

function Summary({ kpis, baseline }: { kpis: Kpis; baseline: Kpis }) {
  const mqlChange = kpis.mqls - baseline.mqls;
  const volume =
    mqlChange === 0
      ? 'the same number of MQLs as the baseline'
      : `${formatCount(Math.abs(mqlChange))} ${mqlChange > 0 ? 'more' : 'fewer'} MQLs than the baseline`;
  // Overlapping 95 % intervals are a cautious sign that a rate difference may be noise.
  const overlap = kpis.rateInterval.low <= baseline.rateInterval.high && baseline.rateInterval.low <= kpis.rateInterval.high;
  return (
    <div className="summary">
      <p>
        This definition would have sent sales <strong>{volume}</strong>. Of the MQLs sales actually worked,{' '}
        <strong>{formatPercent(kpis.rate)}</strong> became SQL (baseline {formatPercent(baseline.rate)})
        {kpis.rate !== baseline.rate && overlap ? ', a difference within the 95 % intervals of both.' : '.'}
      </p>
      {kpis.mqlsUnobserved > 0 && (
        <p className="summary-caution">
          {formatCount(kpis.mqlsUnobserved)} of its MQLs were never worked in history, so their outcome is unknown; counted
          in, the rate could lie anywhere from {formatPercent(kpis.rateBounds.low)} to {formatPercent(kpis.rateBounds.high)}.
        </p>
      )}
    </div>
  );
}
