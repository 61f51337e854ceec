import { useState } from 'react';
import type { Calibration } from '../../../../shared/calibrate/calibrate';
import type { SignalFlag, SignalRow } from '../../../../shared/calibrate/signal';
import { formatCount, formatPercent } from '../../format';
import { ciText, formatLift, signedPoints } from './format-points';
import { RateBar } from './RateBar';

const FLAG_TEXT: Record<SignalFlag, { label: string; className: string; help: string }> = {
  contradicts: { label: 'points contradict data', className: 'flag assistant-flag-bad', help: 'Its points push one way while its leads convert the other way, clearly (the 95 % interval excludes the average).' },
  'no-points': { label: 'converts differently, no points', className: 'flag flag-noise', help: 'It earns no points, yet its leads convert significantly better or worse than the rest (p < 0.05).' },
  'too-rare': { label: 'too rare to judge', className: 'flag flag-small', help: 'Too few worked leads have it for a rate to mean much.' },
};

/** What history says about every rule on its own: SQL rate with and without it, lift and evidence. */
export function SignalPanel({ calibration }: { calibration: Calibration }) {
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const { signal } = calibration;
  const rows = flaggedOnly ? signal.rows.filter((r) => r.flags.some((f) => f !== 'too-rare')) : signal.rows;
  // One scale for every bar, so rates compare down the column.
  const scale = Math.min(1, Math.max(0.1, ...signal.rows.filter((r) => !r.flags.includes('too-rare')).map((r) => r.with.interval.high)) * 1.05);
  const contradictions = signal.rows.filter((r) => r.flags.includes('contradicts')).length;
  return (
    <div className="assistant-section">
      <div className="assistant-section-head">
        <p className="panel-help">
          Each rule on its own, over all {formatCount(signal.overall.observed)} worked leads: their average MQL→SQL is{' '}
          <strong>{formatPercent(signal.overall.rate)}</strong> (the line in each bar). Sorted by the strength of the evidence; {contradictions} rule
          {contradictions === 1 ? '’s points contradict' : 's’ points contradict'} the data. On its own means confounded: a value can look good because it comes
          with good activity; the suggested points weigh everything together.
        </p>
        <label className="assistant-check">
          <input type="checkbox" checked={flaggedOnly} onChange={(event) => setFlaggedOnly(event.target.checked)} /> Flagged only
        </label>
      </div>
      <div className="assistant-scroll">
        <table className="comparison assistant-table assistant-signal" data-testid="signal-table">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Points</th>
              <th scope="col" title="Leads sales worked that have it, of all leads that have it">
                Worked / all
              </th>
              <th scope="col">SQL rate with it (95 % CI)</th>
              <th scope="col">Without</th>
              <th scope="col">Lift</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <SignalLine key={row.id} row={row} average={signal.overall.rate} scale={scale} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function SignalLine({ row, average, scale }: { row: SignalRow; average: number; scale: number }) {
  return (
    <tr data-rule={row.id} className={row.flags.includes('too-rare') ? 'assistant-kept' : undefined}>
      <th scope="row">
        {row.label}
        {row.flags.length > 0 && (
          <div className="assistant-rule-flags">
            {row.flags.map((flag) => (
              <span key={flag} className={FLAG_TEXT[flag].className} title={FLAG_TEXT[flag].help}>
                {FLAG_TEXT[flag].label}
              </span>
            ))}
          </div>
        )}
      </th>
      <td>{signedPoints(row.points)}</td>
      <td>
        {formatCount(row.with.observed)} <span className="muted">/ {formatCount(row.leads)}</span>
      </td>
      <td>
        <span className="assistant-rate-cell">
          <RateBar rate={row.with.rate} low={row.with.interval.low} high={row.with.interval.high} average={average} scale={scale} />
          <span>
            {formatPercent(row.with.rate)} <span className="muted">{ciText(row.with.interval.low, row.with.interval.high)}</span>
          </span>
        </span>
      </td>
      <td>{formatPercent(row.without.rate)}</td>
      <td className={row.lift >= 1 ? 'assistant-lift up' : 'assistant-lift down'}>{formatLift(row.lift)}</td>
    </tr>
  );
}
