import { useMemo } from 'react';
import type { Kpis } from '../../../../shared/engine/kpis';
import type { Metrics } from '../../../../shared/engine/metrics';
import { scoringRows } from '../../../../shared/export/scoring-matrix';
import { diffModels } from '../../../../shared/model/diff';
import type { AttributeLabels } from '../../../../shared/model/catalog';
import type { ScoringModel } from '../../../../shared/model/scoring-model';
import { funnelOption } from '../../charts/options/funnel-option';
import { sweepOption } from '../../charts/options/sweep-option';
import { chartToSvg } from '../../charts/svg-chart';
import { useAttributeLabels } from '../../state/attribute-labels';
import { formatCount, formatPercent, formatSignedCount, formatSignedPoints } from '../../format';

/**
 * The definition compactly, one line per attribute or rule kind, so the memo stays within two
 * pages; the scoring-matrix export has one row per value for typing into the CRM.
 */
function definitionLines(model: ScoringModel, labels: AttributeLabels): [string, string][] {
  const signed = (points: number | string) => (typeof points === 'number' && points > 0 ? `+${points}` : String(points));
  const lines = new Map<string, string[]>();
  for (const row of scoringRows(model, labels)) {
    const key = row.section === 'Fit' ? row.rule : row.section === 'Qualification' ? row.rule : row.section;
    const text =
      row.section === 'Fit'
        ? `${row.value} ${signed(row.points)}`
        : row.section === 'Engagement'
          ? `${row.rule} ${signed(row.points)} (${row.notes})`
          : row.section === 'Qualification'
            ? `${row.value}${row.points === '' ? '' : ` ${row.points}`}`
            : `${row.rule}: ${row.value}`;
    lines.set(key, [...(lines.get(key) ?? []), text]);
  }
  return [...lines.entries()].map(([rule, parts]) => [rule, parts.join(' · ')]);
}

export interface MemoProps {
  title: string;
  datasetName: string;
  notes: string;
  model: ScoringModel;
  baselineModel: ScoringModel;
  kpis: Kpis;
  baselineKpis: Kpis;
  metrics: Metrics;
  baselineMetrics: Metrics;
  targetRate: number;
  capacity: number;
}

/**
 * The one-to-two-page decision memo: the definition's figures against the baseline, what changed,
 * the sweep and funnel, the notes and the definition as a table. Shown only when printing (or as a PDF).
 */
export function DecisionMemo(props: MemoProps) {
  const { model, baselineModel, kpis, baselineKpis, metrics, baselineMetrics, targetRate, capacity } = props;
  const sweepSvg = useMemo(
    () => (metrics.sweep ? chartToSvg(sweepOption(metrics.sweep, { threshold: model.threshold, targetRate, capacity }), 680, 250) : ''),
    [metrics.sweep, model.threshold, targetRate, capacity],
  );
  const funnelSvg = useMemo(() => chartToSvg(funnelOption(metrics.funnel, baselineMetrics.funnel), 680, 220), [metrics.funnel, baselineMetrics.funnel]);
  const labels = useAttributeLabels();
  const differences = diffModels(baselineModel, model, labels);
  const rows: [string, string, string, string][] = [
    ['MQLs', formatCount(baselineKpis.mqls), formatCount(kpis.mqls), formatSignedCount(kpis.mqls - baselineKpis.mqls)],
    [
      'MQL→SQL rate (worked)',
      formatPercent(baselineKpis.rate),
      `${formatPercent(kpis.rate)} (95 % CI ${formatPercent(kpis.rateInterval.low)}–${formatPercent(kpis.rateInterval.high)})`,
      formatSignedPoints(kpis.rate - baselineKpis.rate),
    ],
    ['SQLs captured', formatPercent(baselineKpis.sqlsCapturedShare), formatPercent(kpis.sqlsCapturedShare), formatSignedPoints(kpis.sqlsCapturedShare - baselineKpis.sqlsCapturedShare)],
    ['Unobserved MQLs', formatCount(baselineKpis.mqlsUnobserved), formatCount(kpis.mqlsUnobserved), formatSignedCount(kpis.mqlsUnobserved - baselineKpis.mqlsUnobserved)],
    ['Won deals among MQLs', formatCount(baselineMetrics.funnel.won), formatCount(metrics.funnel.won), formatSignedCount(metrics.funnel.won - baselineMetrics.funnel.won)],
  ];
  return (
    <article className="memo" aria-label="Decision memo">
      <header>
        <h1>{props.title}</h1>
        <p>
          {props.datasetName} · {formatCount(kpis.leads)} leads · {new Date().toISOString().slice(0, 10)} · MQL Lab
        </p>
      </header>
      <h2>Figures against the baseline</h2>
      <table>
        <thead>
          <tr>
            <th>Figure</th>
            <th>Baseline</th>
            <th>This definition</th>
            <th>Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, ...cells]) => (
            <tr key={label}>
              <th>{label}</th>
              {cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {kpis.mqlsUnobserved > 0 && (
        <p className="memo-note">
          {formatCount(kpis.mqlsUnobserved)} MQLs were never worked by sales, so their outcome is unknown; counted in, the rate could be anywhere
          from {formatPercent(kpis.rateBounds.low)} to {formatPercent(kpis.rateBounds.high)}.
        </p>
      )}
      {props.notes.trim() !== '' && (
        <>
          <h2>Notes</h2>
          <p className="memo-notes">{props.notes}</p>
        </>
      )}
      <h2>What changed from the baseline</h2>
      {differences.length === 0 ? (
        <p>Nothing: this is the baseline definition.</p>
      ) : (
        <ul>
          {differences.map((d) => (
            <li key={d.rule}>
              {d.rule}: {d.from} → {d.to}
            </li>
          ))}
        </ul>
      )}
      <h2>Threshold sweep</h2>
      <div className="memo-chart" dangerouslySetInnerHTML={{ __html: sweepSvg }} />
      <h2>Funnel (baseline grey, this definition blue)</h2>
      <div className="memo-chart" dangerouslySetInnerHTML={{ __html: funnelSvg }} />
      <h2>The definition</h2>
      <table>
        <tbody>
          {definitionLines(model, labels).map(([rule, detail]) => (
            <tr key={rule}>
              <th>{rule}</th>
              <td>{detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
