import { useMemo } from 'react';
import { applySuggestions } from '../../../../shared/calibrate/apply';
import type { Calibration } from '../../../../shared/calibrate/calibrate';
import { solveThreshold, type ThresholdAnswer, type ThresholdGoals } from '../../../../shared/calibrate/solve-threshold';
import { withThreshold } from '../../../../shared/model/edit-model';
import { solvedSweepOption } from '../../charts/options/calibration-option';
import { EChart } from '../../charts/EChart';
import { formatCount, formatPercent } from '../../format';
import { useLab } from '../../state/lab-store';
import { useView } from '../../state/view-store';
import { NumberField } from '../results/NumberField';
import { useAssistant } from './assistant-store';
import { GoalAnswer } from './GoalAnswer';
import { MatrixGoalsAnswer } from './MatrixGoalsAnswer';

/**
 * The team's goals (the target rate and sales capacity the sweep shades, shared with it) and the
 * threshold that meets them on the current or the suggested definition, shown on its sweep; in
 * grade × level mode, the matrix cells that meet them.
 */
export function GoalsPanel({ calibration }: { calibration: Calibration }) {
  const { goalTarget, objective, confident, rateGoal, capacityGoal, setGoalTarget, setObjective, setConfident, setGoalsUsed } = useAssistant();
  const { targetRate, capacityPerWeek, setTargetRate, setCapacityPerWeek } = useView();
  const currentSweep = useLab((s) => s.metrics?.sweep ?? null);
  const timeSeries = useLab((s) => s.metrics?.timeSeries);
  const model = useLab((s) => s.model);
  const edit = useLab((s) => s.edit);
  const suggestedModel = calibration.suggestedModel;
  const matrixMode = model?.mode === 'matrix';
  const suggestedAvailable = matrixMode ? suggestedModel !== null : Boolean(calibration.suggested?.sweep);
  const target = goalTarget === 'suggested' && suggestedModel && suggestedAvailable ? 'suggested' : 'current';
  const sweep = target === 'suggested' ? (calibration.suggested?.sweep ?? null) : currentSweep;
  // The same weeks the sweep view divides by, so both speak of the same weekly volume.
  const weeks = timeSeries ? timeSeries.weeks.reduce((a, b) => a + b, 0) : 0;
  const shownThreshold = target === 'suggested' ? (suggestedModel?.threshold ?? 0) : (model?.threshold ?? 0);

  const goals: ThresholdGoals = useMemo(
    () => ({ minRate: rateGoal ? targetRate : null, maxPerWeek: capacityGoal ? capacityPerWeek : null, weeks, confident, objective }),
    [rateGoal, targetRate, capacityGoal, capacityPerWeek, weeks, confident, objective],
  );
  const answer: ThresholdAnswer | null = useMemo(() => (sweep && weeks > 0 ? solveThreshold(sweep, goals) : null), [sweep, weeks, goals]);
  const solved = answer?.ok ? answer.point.threshold : null;
  const option = useMemo(
    () => (sweep ? solvedSweepOption(sweep, { threshold: shownThreshold, targetRate: rateGoal ? targetRate : 0, capacity: capacityGoal ? capacityPerWeek * weeks : null }, solved) : null),
    [sweep, shownThreshold, rateGoal, targetRate, capacityGoal, capacityPerWeek, weeks, solved],
  );

  const use = () => {
    if (solved === null) return;
    if (target === 'suggested' && calibration.suggestion) edit((m) => applySuggestions(m, calibration.suggestion?.points ?? [], undefined, solved));
    else edit((m) => withThreshold(m, solved));
  };

  return (
    <div className="assistant-section">
      <div className="assistant-goals">
        <fieldset className="assistant-goal-fields">
          <legend className="visually-hidden">Goals</legend>
          <label className="assistant-check">
            <input type="checkbox" checked={rateGoal} onChange={(event) => setGoalsUsed({ rateGoal: event.target.checked })} /> At least
          </label>
          <NumberField label="MQL→SQL" value={Math.round(targetRate * 100)} min={0} max={100} unit="%" onChange={(v) => setTargetRate(v / 100)} />
          <label className="assistant-check">
            <input type="checkbox" checked={capacityGoal} onChange={(event) => setGoalsUsed({ capacityGoal: event.target.checked })} /> At most
          </label>
          <NumberField label="MQLs" value={capacityPerWeek} min={0} max={100000} unit="a week" onChange={setCapacityPerWeek} />
          <label className="number-field">
            <span>then</span>
            <select value={objective} onChange={(event) => setObjective(event.target.value === 'rate' ? 'rate' : 'sqls')}>
              <option value="sqls">capture the most SQLs</option>
              <option value="rate">get the highest rate</option>
            </select>
          </label>
          <label className="assistant-check" title="Require the lower end of the rate's 95 % interval to meet the goal, not just the estimate">
            <input type="checkbox" checked={confident} onChange={(event) => setConfident(event.target.checked)} /> rate goal must hold at the 95 % lower bound
          </label>
        </fieldset>
        <div className="segmented small" role="radiogroup" aria-label="Definition to solve for">
          {(['current', 'suggested'] as const).map((t) => (
            <button
              key={t}
              type="button"
              role="radio"
              aria-checked={target === t}
              disabled={t === 'suggested' && !suggestedAvailable}
              className={target === t ? 'segment segment-on' : 'segment'}
              onClick={() => setGoalTarget(t)}
            >
              {t === 'current' ? 'Current points' : 'Suggested points'}
            </button>
          ))}
        </div>
      </div>

      {matrixMode ? (
        weeks > 0 && <MatrixGoalsAnswer calibration={calibration} target={target} goals={goals} />
      ) : !sweep || !answer ? (
        <p className="muted">The sweep is being computed…</p>
      ) : (
        <GoalAnswer
          ok={answer.ok}
          message={answer.message}
          figures={answer.ok ? answer.point : null}
          action={
            <button type="button" className="button-primary" onClick={use} disabled={target === 'current' && solved === model?.threshold}>
              {target === 'suggested' ? `Accept suggested points with threshold ${solved}` : `Set threshold to ${solved}`}
            </button>
          }
          closest={
            !answer.ok &&
            answer.closest &&
            `Closest: threshold ${answer.closest.threshold} gives ${formatCount(answer.closest.perWeek)} MQLs a week at ${formatPercent(answer.closest.rate)} MQL→SQL.`
          }
        />
      )}
      {option && <EChart option={option} height={280} label="MQLs, SQLs and MQL→SQL rate over every threshold, with the threshold that meets the goals" />}
      <p className="muted">
        Rates count only MQLs sales worked; over the whole history ({formatCount(weeks)} weeks). A definition that meets the goal on past leads is a forecast, not a
        promise: see the held-out quarter under “Out of sample &amp; drift”.
      </p>
    </div>
  );
}
