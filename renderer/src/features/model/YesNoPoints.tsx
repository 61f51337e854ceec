import { NO, YES } from '../../../../shared/model/catalog';
import { withBooleanPoints } from '../../../../shared/model/edit-model';
import { LIMITS, type BooleanRule } from '../../../../shared/model/scoring-model';
import { formatCount } from '../../format';
import { useLab } from '../../state/lab-store';
import { RuleSlider } from './RuleSlider';

interface Props {
  attribute: string;
  label: string;
  values: { value: string; leads: number }[];
}

const ANSWERS = [
  { answer: 'yes', name: 'Yes', value: YES },
  { answer: 'no', name: 'No', value: NO },
  { answer: 'blank', name: 'Blank', value: null },
] as const;

/** Points for yes, for no and for an empty cell of a yes/no attribute (an existing customer, an opt-in). */
export function YesNoPoints({ attribute, label, values }: Props) {
  // This attribute's rules only, so editing another rule does not re-render these sliders.
  const rule = useLab((s) => s.model?.fitBooleans.find((r) => r.attribute === attribute));
  const base = useLab((s) => s.baselineModel?.fitBooleans.find((r) => r.attribute === attribute));
  const edit = useLab((s) => s.edit);
  const leadsOf = (value: string | null) =>
    values.filter((v) => (value === null ? v.value !== YES && v.value !== NO : v.value === value)).reduce((sum, v) => sum + v.leads, 0);
  const pointsOf = (r: BooleanRule | undefined, answer: 'yes' | 'no' | 'blank') => r?.[answer] ?? 0;
  return (
    <>
      <p className="panel-help">Points for a yes, for a no, and for leads whose cell was left empty. Negative points push a group down, e.g. existing customers who are not new business.</p>
      {ANSWERS.map(({ answer, name, value }) => (
        <div className="rule-row rule-row-fit" key={answer}>
          <div className="rule-name">
            {name}
            <span className="rule-count">{formatCount(leadsOf(value))} leads</span>
          </div>
          <RuleSlider
            label={`${label} ${answer}: points`}
            value={pointsOf(rule, answer)}
            baseline={pointsOf(base, answer)}
            {...LIMITS.fitPoints}
            unit="pts"
            onChange={(points) => edit((m) => withBooleanPoints(m, attribute, answer, points))}
          />
        </div>
      ))}
    </>
  );
}
