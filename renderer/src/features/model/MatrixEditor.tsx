import { withChanges, withMatrixCell } from '../../../../shared/model/edit-model';
import { ENGAGEMENT_LEVELS, FIT_GRADES, LIMITS } from '../../../../shared/model/scoring-model';
import { useLab } from '../../state/lab-store';
import { RuleSlider } from './RuleSlider';

type Cuts = [number, number, number];

/** The grade and level cut points, and the qualifying cells as a grid of toggles. */
export function MatrixEditor() {
  const model = useLab((s) => s.model);
  const baseline = useLab((s) => s.baselineModel);
  const edit = useLab((s) => s.edit);
  if (!model) return null;
  const { gradeCuts, levelCuts, cells } = model.matrix;

  // Cut points stay in descending order: moving one pushes its neighbours along.
  const setCut = (which: 'gradeCuts' | 'levelCuts', index: number, value: number) =>
    edit((m) => {
      const cuts = [...m.matrix[which]] as Cuts;
      cuts[index] = value;
      for (let i = index - 1; i >= 0; i--) cuts[i] = Math.max(cuts[i], cuts[i + 1]);
      for (let i = index + 1; i < 3; i++) cuts[i] = Math.min(cuts[i], cuts[i - 1]);
      return withChanges(m, { matrix: { ...m.matrix, [which]: cuts } });
    });

  return (
    <div className="matrix-editor">
      <table className="matrix-grid" aria-label="Qualifying cells: fit grade by engagement level">
        <thead>
          <tr>
            <th scope="col">Fit \ Eng.</th>
            {ENGAGEMENT_LEVELS.map((level) => (
              <th scope="col" key={level}>
                {level}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FIT_GRADES.map((grade) => (
            <tr key={grade}>
              <th scope="row">{grade}</th>
              {ENGAGEMENT_LEVELS.map((level) => {
                const cell = `${grade}${level}`;
                const on = cells.includes(cell);
                return (
                  <td key={cell}>
                    <button
                      type="button"
                      aria-pressed={on}
                      aria-label={`Cell ${cell} qualifies`}
                      className={on ? 'matrix-cell matrix-cell-on' : 'matrix-cell'}
                      onClick={() => edit((m) => withMatrixCell(m, cell, !on))}
                    >
                      {cell}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="cut-points">
        <p className="panel-help">Fit grade from fit points (A is best):</p>
        {(['A', 'B', 'C'] as const).map((grade, i) => (
          <RuleSlider
            key={grade}
            label={`Fit grade ${grade} from`}
            value={gradeCuts[i]}
            baseline={baseline?.matrix.gradeCuts[i]}
            {...LIMITS.cut}
            unit={`pts → ${grade}`}
            onChange={(v) => setCut('gradeCuts', i, v)}
          />
        ))}
        <p className="panel-help">Engagement level from engagement points (1 is most engaged):</p>
        {[1, 2, 3].map((level, i) => (
          <RuleSlider
            key={level}
            label={`Engagement level ${level} from`}
            value={levelCuts[i]}
            baseline={baseline?.matrix.levelCuts[i]}
            {...LIMITS.cut}
            unit={`pts → ${level}`}
            onChange={(v) => setCut('levelCuts', i, v)}
          />
        ))}
      </div>
    </div>
  );
}
