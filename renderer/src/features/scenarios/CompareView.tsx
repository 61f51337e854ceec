import { useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../../../../shared/api';
import { change } from '../../../../shared/engine/compare';
import { diffModels } from '../../../../shared/model/diff';
import { EChart } from '../../charts/EChart';
import { COMPARE_COLORS, compareFunnelOption, compareSweepOption } from '../../charts/options/compare-option';
import { formatCount, formatPercent, formatSignedCount, formatSignedPoints } from '../../format';
import { useAttributeLabels } from '../../state/attribute-labels';
import { currentEngine } from '../../state/lab-store';
import type { ComparedModel } from '../../worker/protocol';

const ROWS: { label: string; value(c: ComparedModel): number; kind: 'count' | 'share' }[] = [
  { label: 'MQLs', value: (c) => c.kpis.mqls, kind: 'count' },
  { label: 'MQL→SQL rate', value: (c) => c.kpis.rate, kind: 'share' },
  { label: 'SQLs captured', value: (c) => c.kpis.sqlsCapturedShare, kind: 'share' },
  { label: 'Unobserved MQLs', value: (c) => c.kpis.mqlsUnobserved, kind: 'count' },
  { label: 'Opportunities', value: (c) => c.funnel.opportunities, kind: 'count' },
  { label: 'Won', value: (c) => c.funnel.won, kind: 'count' },
];

/** What is compared: a saved scenario, or the working model under a name of its own. */
export type Compared = Pick<Scenario, 'id' | 'name' | 'model'>;

/** Two to four scenarios side by side: figures with differences to the first, curves, funnels, rule changes. */
export function CompareView({ scenarios }: { scenarios: Compared[] }) {
  const [results, setResults] = useState<ComparedModel[] | null>(null);
  const labels = useAttributeLabels();
  useEffect(() => {
    let current = true;
    void currentEngine()
      ?.query({ kind: 'compare', models: scenarios.map((s) => s.model) })
      .then((answer) => current && setResults(answer));
    return () => {
      current = false;
    };
  }, [scenarios]);
  const sweeps = useMemo(
    () => (results ? results.flatMap((r, i) => (r.sweep ? [{ name: scenarios[i].name, value: r.sweep }] : [])) : []),
    [results, scenarios],
  );
  const sweepOption = useMemo(() => (sweeps.length > 0 ? compareSweepOption(sweeps) : null), [sweeps]);
  const funnelOption = useMemo(() => (results ? compareFunnelOption(results.map((r, i) => ({ name: scenarios[i].name, value: r.funnel }))) : null), [results, scenarios]);
  if (!results || results.length !== scenarios.length) return <p className="panel-help">Comparing…</p>;
  const [first] = scenarios;
  return (
    <div className="compare" data-testid="compare">
      <table className="comparison compare-table">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {scenarios.map((s, i) => (
              <th scope="col" key={s.id} style={{ color: COMPARE_COLORS[i] }}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {results.map((result, i) => {
                const value = row.value(result);
                const format = row.kind === 'count' ? formatCount : formatPercent;
                const difference = change(value, row.value(results[0])).absolute;
                return (
                  <td key={scenarios[i].id}>
                    {format(value)}
                    {i > 0 && <span className="muted"> {row.kind === 'count' ? formatSignedCount(difference) : formatSignedPoints(difference)}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="chart-pair">
        {sweepOption && <EChart option={sweepOption} height={300} label="Threshold sweeps of the compared scenarios" />}
        {funnelOption && <EChart option={funnelOption} height={300} label="Funnels of the compared scenarios" />}
      </div>
      {scenarios.slice(1).map((other) => {
        const differences = diffModels(first.model, other.model, labels);
        return (
          <div key={other.id} className="rule-diff">
            <h3 className="sub-title">
              {other.name} against {first.name}: {differences.length === 0 ? 'the same rules' : `${differences.length} rule ${differences.length === 1 ? 'difference' : 'differences'}`}
            </h3>
            <ul>
              {differences.map((d) => (
                <li key={d.rule}>
                  <strong>{d.rule}</strong>: {d.from} → {d.to}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
