import { useEffect, useMemo, useState } from 'react';
import type { Explanation } from '../../../../shared/engine/explain';
import type { ScoringModel } from '../../../../shared/model/scoring-model';
import { EChart } from '../../charts/EChart';
import { timelineOption } from '../../charts/options/timeline-option';
import { formatCount } from '../../format';
import { currentEngine, useLab } from '../../state/lab-store';
import { useView } from '../../state/view-store';
import { knownIdentity } from './lead-data';

const day = (time: number) => (Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : '–');
const signed = (points: number) => {
  const rounded = Math.round(points * 10) / 10;
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '0';
};

/** "Why this score": every rule's share, every activity's fate and the running score for one lead. */
export function WhyPanel({ row, model, onClose }: { row: number; model: ScoringModel; onClose(): void }) {
  const datasetId = useLab((s) => s.dataset?.id ?? 0);
  const [explanation, setExplanation] = useState<Explanation | null>(null);
  useEffect(() => {
    let current = true;
    void currentEngine()
      ?.query({ kind: 'explain', model, row })
      .then((answer) => current && setExplanation(answer));
    return () => {
      current = false;
    };
  }, [row, model]);
  const option = useMemo(() => (explanation ? timelineOption(explanation) : null), [explanation]);
  const anonymise = useView((s) => s.anonymise);
  const identity = anonymise ? undefined : knownIdentity(datasetId, row);
  if (!explanation || !option) return <aside className="why-panel panel">Loading…</aside>;
  const { outcome } = explanation;
  return (
    <aside className="why-panel panel" aria-labelledby="why-title" data-testid="why-panel">
      <div className="view-head">
        <h3 id="why-title" className="panel-title">
          Why {identity?.externalId ?? `Lead ${row + 1}`} scored as it did
        </h3>
        <button type="button" className="button-secondary" onClick={onClose} aria-label="Close the explanation">
          ×
        </button>
      </div>
      <p className="muted">
        {identity?.email ?? ''} {identity?.company ? `· ${identity.company}` : ''}
      </p>
      {explanation.knockout && <p className="flag flag-noise">Knocked out: {explanation.knockout}</p>}
      {explanation.fastTracked && <p className="flag flag-real">Fast-tracked on {day(explanation.mqlAt)}</p>}
      <p>
        {Number.isFinite(explanation.mqlAt) ? `An MQL on ${day(explanation.mqlAt)}.` : 'Not an MQL under this definition.'} Sales{' '}
        {Number.isFinite(outcome.workedAt) ? `worked it on ${day(outcome.workedAt)}` : 'never worked it'}
        {Number.isFinite(outcome.sqlAt) ? `; SQL on ${day(outcome.sqlAt)}` : ''}
        {outcome.won ? `; won${Number.isFinite(outcome.dealValue) ? ` (${formatCount(outcome.dealValue)})` : ''}` : ''}.
      </p>
      <EChart option={option} height={170} label="Running score over time" />
      <table className="why-table">
        <tbody>
          {explanation.fit.map((f, i) => (
            <tr key={i}>
              <th scope="row">{f.attribute}</th>
              <td>{f.value}</td>
              <td className="num">{signed(f.points)}</td>
            </tr>
          ))}
          {explanation.engagement.map((e) => (
            <tr key={e.type}>
              <th scope="row">{e.label}</th>
              <td>×{e.counted} at best</td>
              <td className="num">{signed(e.points)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>{explanation.events.length} activities</summary>
        <ul className="event-list">
          {explanation.events.map((event, i) => (
            <li key={i} className={event.status === 'counted' ? '' : 'muted'}>
              {day(event.at)} · {event.label} · {event.status}
              {event.points !== 0 ? ` (${signed(event.points)})` : ''}
            </li>
          ))}
        </ul>
      </details>
    </aside>
  );
}
