import { useState } from 'react';
import { applySuggestions, isActionable, isApplied } from '../../../../shared/calibrate/apply';
import { fitValuePoints } from '../../../../shared/calibrate/fit-value';
import type { Calibration } from '../../../../shared/calibrate/calibrate';
import type { PointSuggestion } from '../../../../shared/calibrate/suggest';
import { fitAttributeLabel, type AttributeLabels } from '../../../../shared/model/catalog';
import type { ScoringModel } from '../../../../shared/model/scoring-model';
import { formatCount, formatPercent } from '../../format';
import { useAttributeLabels } from '../../state/attribute-labels';
import { useLab } from '../../state/lab-store';
import { signedPoints } from './format-points';

interface Group {
  title: string;
  note: string;
  rows: PointSuggestion[];
}

/** Activities first (what a lead does moves most), then each fit attribute in the model's order. */
function groups(points: PointSuggestion[], labels: AttributeLabels): Group[] {
  const bySuggested = (a: PointSuggestion, b: PointSuggestion) => b.suggested - a.suggested || a.label.localeCompare(b.label);
  const activities = points.filter((p) => p.kind === 'activity').sort(bySuggested);
  const keys = [...new Set(points.filter((p) => p.kind === 'fit').map((p) => p.key))];
  return [
    { title: 'Engagement', note: 'points per occurrence', rows: activities },
    ...keys.map((key) => {
      const rows = points.filter((p) => p.kind === 'fit' && p.key === key).sort(bySuggested);
      const reference = rows.find((p) => p.status === 'reference');
      return { title: fitAttributeLabel(key, labels), note: reference ? `weighed against ${reference.value}, the most common value` : '', rows };
    }),
  ].filter((g) => g.rows.length > 0);
}

/** The model's points for the rule, live: the suggestion's "current" is from when the assistant ran. */
function livePoints(model: ScoringModel, s: PointSuggestion): number {
  if (s.kind === 'activity') return model.engagement.find((r) => r.activity === s.key)?.points ?? 0;
  return s.fitKind === null ? 0 : fitValuePoints(model, { ...s, fitKind: s.fitKind });
}

/** Suggested points beside the current ones, each with its interval, its evidence and "accept". */
export function SuggestionsPanel({ calibration, ms }: { calibration: Calibration; ms: number }) {
  const model = useLab((s) => s.model);
  const edit = useLab((s) => s.edit);
  const [changesOnly, setChangesOnly] = useState(false);
  const labels = useAttributeLabels();
  const { suggestion, refusal } = calibration;
  if (!suggestion || !model) {
    return (
      <div className="assistant-note assistant-note-warn" data-testid="assistant-refusal-detail">
        <strong>No suggested points.</strong> {refusal?.reason} The signal per rule and the out-of-sample check still describe your current definition.
      </div>
    );
  }
  const accept = (s: PointSuggestion) => edit((m) => applySuggestions(m, suggestion.points, new Set([s.id])));
  const shown = groups(suggestion.points, labels)
    .map((g) => ({ ...g, rows: changesOnly ? g.rows.filter((s) => isActionable(s) && s.suggested !== livePoints(model, s)) : g.rows }))
    .filter((g) => g.rows.length > 0);
  return (
    <div className="assistant-section">
      <div className="assistant-section-head">
        <p className="panel-help">
          A penalised logistic regression of {suggestion.weights} weights on the {formatCount(suggestion.observed)} worked leads {calibration.fittedOn}, of which{' '}
          {formatCount(suggestion.sqls)} became SQL; activities counted as your rules count them up to the moment sales picked each lead up. One unit of log-odds became{' '}
          {suggestion.pointsPerLogOdds.toFixed(1)} points, so scores keep their spread and each attribute its average. The range is the 95 % interval: a wide one
          means the data cannot pin the points down. Computed in {(ms / 1000).toFixed(1)} s.
        </p>
        <label className="assistant-check">
          <input type="checkbox" checked={changesOnly} onChange={(event) => setChangesOnly(event.target.checked)} /> Changes only
        </label>
      </div>
      <div className="assistant-scroll">
        <table className="comparison assistant-table" data-testid="suggestions-table">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Now</th>
              <th scope="col">Suggested</th>
              <th scope="col">95 % range</th>
              <th scope="col" title="Worked leads with it among those fitted on">
                Worked
              </th>
              <th scope="col">SQL rate</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          {shown.map((group) => (
            <tbody key={group.title}>
              <tr className="assistant-group">
                <th scope="rowgroup" colSpan={7}>
                  {group.title} {group.note && <span className="muted">· {group.note}</span>}
                </th>
              </tr>
              {group.rows.map((s) => (
                <SuggestionRow key={s.id} s={s} now={livePoints(model, s)} applied={isApplied(model, s)} onAccept={() => accept(s)} />
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
}

function SuggestionRow({ s, now, applied, onAccept }: { s: PointSuggestion; now: number; applied: boolean; onAccept(): void }) {
  const name = s.kind === 'fit' ? (s.value ?? '') : s.label;
  const actionable = isActionable(s);
  const delta = s.suggested - now;
  return (
    <tr data-rule={s.id} className={actionable ? undefined : 'assistant-kept'}>
      <th scope="row">
        {name}
        {s.status === 'reference' && <span className="flag flag-small">reference</span>}
        {s.cap !== null && <span className="flag flag-small">counts up to {s.cap}</span>}
      </th>
      <td>{signedPoints(now)}</td>
      <td>
        {actionable ? (
          <span className="assistant-suggested">
            {signedPoints(s.suggested)}
            {delta !== 0 && <span className={delta > 0 ? 'assistant-delta up' : 'assistant-delta down'}>{delta > 0 ? '▲' : '▼'}</span>}
            {s.clamped && <span className="muted"> (slider limit)</span>}
          </span>
        ) : (
          <span className="muted">{s.status === 'too-rare' ? 'too rare to judge' : 'no worked leads'}</span>
        )}
      </td>
      <td className="muted assistant-range">{actionable && Number.isFinite(s.low) && s.status !== 'reference' ? `${signedPoints(Math.round(s.low))} to ${signedPoints(Math.round(s.high))}` : '—'}</td>
      <td>{formatCount(s.observed)}</td>
      <td>{s.observed > 0 ? formatPercent(s.sqls / s.observed) : '–'}</td>
      <td className="assistant-action">
        {!actionable ? (
          <span className="muted">kept</span>
        ) : applied ? (
          <span className="assistant-applied">✓ in model</span>
        ) : (
          <button type="button" className="link-button" onClick={onAccept} aria-label={`Accept ${s.label}`}>
            Accept
          </button>
        )}
      </td>
    </tr>
  );
}
