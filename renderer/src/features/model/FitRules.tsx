import { withChanges } from '../../../../shared/model/edit-model';
import { useLab } from '../../state/lab-store';
import { BandPoints } from './BandPoints';
import { GroupCap } from './GroupCap';
import { orderedFitAttributes } from './rule-order';
import { ValuePoints } from './ValuePoints';
import { YesNoPoints } from './YesNoPoints';

/** How each kind of attribute is scored, beside its name. */
const KIND_NOTES = { category: 'points per value', boolean: 'yes / no', bands: 'points per range' } as const;

/**
 * Fit rules, one section per attribute: points per value for categories, for yes, no and blank
 * for yes/no columns, per range for numbers. Negative points push poor fits down.
 */
export function FitRules() {
  const vocabulary = useLab((s) => s.vocabulary);
  // The parts of the model shown here, not the model: a threshold step must not re-render every fit rule.
  const fit = useLab((s) => s.model?.fit);
  const fitCap = useLab((s) => s.model?.fitCap ?? null);
  const baselineCap = useLab((s) => s.baselineModel?.fitCap);
  const edit = useLab((s) => s.edit);
  if (!vocabulary || !fit) return null;
  return (
    <details className="panel rule-group">
      <summary className="panel-title">Fit: who they are</summary>
      <p className="panel-help">
        Points from the lead’s record: per value of each attribute (“any other value” scores values not listed, such as blanks), for yes and no, or per range of a
        number.
      </p>
      <GroupCap
        label="Ceiling on all fit points"
        value={fitCap}
        baseline={baselineCap}
        onChange={(fitCap) => edit((m) => withChanges(m, { fitCap }))}
      />
      {orderedFitAttributes(vocabulary, fit).map(({ key, label, kind, values }) => (
        <details className="sub-group" key={key}>
          <summary>
            {label} <span className="rule-kind">{KIND_NOTES[kind]}</span>
          </summary>
          {kind === 'boolean' ? <YesNoPoints attribute={key} label={label} values={values} /> : <ValuePoints attribute={key} label={label} values={values} />}
        </details>
      ))}
      {vocabulary.numeric.map(({ key, label, sorted, blank }) => (
        <details className="sub-group" key={key}>
          <summary>
            {label} <span className="rule-kind">{KIND_NOTES.bands}</span>
          </summary>
          <BandPoints attribute={key} label={label} sorted={sorted} blank={blank} />
        </details>
      ))}
    </details>
  );
}
