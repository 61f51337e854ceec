import { useEffect, useMemo, useState } from 'react';
import { applySuggestions } from '../../../../shared/calibrate/apply';
import type { Calibration } from '../../../../shared/calibrate/calibrate';
import { cellFigures, describeCells, solveCells, type CellOutcomes } from '../../../../shared/calibrate/solve-cells';
import type { ThresholdGoals } from '../../../../shared/calibrate/solve-threshold';
import { withChanges } from '../../../../shared/model/edit-model';
import { ENGAGEMENT_LEVELS, FIT_GRADES, type ScoringModel } from '../../../../shared/model/scoring-model';
import { formatCount, formatPercent } from '../../format';
import { currentEngine, useLab } from '../../state/lab-store';
import { GoalAnswer } from './GoalAnswer';

interface Props {
  calibration: Calibration;
  target: 'current' | 'suggested';
  goals: ThresholdGoals;
}

/**
 * The goals answered in grade × level mode: the set of matrix cells (a staircase, better grades
 * never needing more engagement) that meets them, with every cell's leads and rate beside it.
 */
export function MatrixGoalsAnswer({ calibration, target, goals }: Props) {
  const model = useLab((s) => s.model);
  const edit = useLab((s) => s.edit);
  const solvedModel: ScoringModel | null = target === 'suggested' ? calibration.suggestedModel : model;
  const [outcomes, setOutcomes] = useState<{ model: ScoringModel; outcomes: CellOutcomes } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!solvedModel) return;
    let current = true;
    currentEngine()
      ?.query({ kind: 'cell-outcomes', model: solvedModel })
      .then((answer) => current && setOutcomes({ model: solvedModel, outcomes: answer }))
      .catch((e: unknown) => current && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      current = false;
    };
  }, [solvedModel]);

  const answer = useMemo(() => (outcomes ? solveCells(outcomes.outcomes, goals) : null), [outcomes, goals]);
  if (error) return <p className="assistant-note assistant-note-warn">The cells could not be solved: {error}</p>;
  if (!answer || !outcomes || outcomes.model !== solvedModel) return <p className="muted">Counting each cell’s leads…</p>;

  const chosen = answer.ok ? answer.point.cells : [];
  const alreadyUsed = target === 'current' && model !== null && sameCells(model.matrix.cells, chosen);
  const use = () =>
    edit((m) => {
      const base = target === 'suggested' && calibration.suggestion ? applySuggestions(m, calibration.suggestion.points) : m;
      return withChanges(base, { matrix: { ...base.matrix, cells: chosen } });
    });

  return (
    <>
      <GoalAnswer
        ok={answer.ok}
        message={answer.message}
        figures={answer.ok ? answer.point : null}
        action={
          <button type="button" className="button-primary" onClick={use} disabled={alreadyUsed}>
            {target === 'suggested' ? `Accept suggested points with cells ${describeCells(chosen)}` : `Use cells ${describeCells(chosen)}`}
          </button>
        }
        closest={
          !answer.ok &&
          answer.closest &&
          `Closest: cells ${describeCells(answer.closest.cells)} give ${formatCount(answer.closest.perWeek)} MQLs a week at ${formatPercent(answer.closest.rate)} MQL→SQL.`
        }
      />
      <CellGrid outcomes={outcomes.outcomes} chosen={chosen} weeks={goals.weeks} />
    </>
  );
}

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((cell) => b.includes(cell));
}

/** Each cell's leads a week and observed rate, the solved cells marked: the trade-off the solver weighed. */
function CellGrid({ outcomes, chosen, weeks }: { outcomes: CellOutcomes; chosen: readonly string[]; weeks: number }) {
  const figures = cellFigures(outcomes, weeks);
  return (
    <table className="data-table assistant-cells" aria-label="Leads a week and MQL→SQL rate of each fit grade × engagement level cell">
      <thead>
        <tr>
          <th scope="col">Fit grade</th>
          {ENGAGEMENT_LEVELS.map((level) => (
            <th key={level} scope="col">
              Level {level}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {FIT_GRADES.map((grade, g) => (
          <tr key={grade}>
            <th scope="row">{grade}</th>
            {ENGAGEMENT_LEVELS.map((level) => {
              const { perWeek, rate } = figures[g * 4 + level - 1];
              const cell = `${grade}${level}`;
              const on = chosen.includes(cell);
              return (
                <td key={cell} className={on ? 'assistant-cell-on' : undefined} data-cell={cell} aria-selected={on}>
                  <strong>{Number.isNaN(rate) ? '–' : formatPercent(rate)}</strong>
                  <span className="muted"> {perWeek > 0 && perWeek < 1 ? '<1' : formatCount(perWeek)}/wk</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <caption className="muted">
        MQL→SQL rate of the leads whose best cell it is (worked leads only) and how many leads a week reach it. Fast-tracked leads ({formatCount(outcomes.fastTracked.leads)}) qualify
        whichever cells do.
      </caption>
    </table>
  );
}
