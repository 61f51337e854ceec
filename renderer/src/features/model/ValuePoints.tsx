import { withFitPoints } from '../../../../shared/model/edit-model';
import { LIMITS } from '../../../../shared/model/scoring-model';
import { formatCount } from '../../format';
import { useLab } from '../../state/lab-store';
import { RuleSlider } from './RuleSlider';

interface Props {
  attribute: string;
  label: string;
  values: { value: string; leads: number }[];
}

/** Points per value of a categorical attribute, and for any value not listed (a blank, a new value). */
export function ValuePoints({ attribute, label, values }: Props) {
  // This attribute's rules only, so editing another rule does not re-render these sliders.
  const rule = useLab((s) => s.model?.fit.find((r) => r.attribute === attribute));
  const base = useLab((s) => s.baselineModel?.fit.find((r) => r.attribute === attribute));
  const edit = useLab((s) => s.edit);
  const listed = (value: string) => rule !== undefined && value in rule.points;
  return (
    <>
      {values.map(({ value, leads }) => (
        <div className="rule-row rule-row-fit" key={value}>
          <div className="rule-name">
            {value}
            <span className="rule-count">{formatCount(leads)} leads</span>
          </div>
          <RuleSlider
            label={`${label} ${value}: points`}
            value={listed(value) ? (rule?.points[value] ?? 0) : (rule?.otherPoints ?? 0)}
            baseline={base ? (base.points[value] ?? base.otherPoints) : 0}
            {...LIMITS.fitPoints}
            unit="pts"
            onChange={(points) => edit((m) => withFitPoints(m, attribute, value, points))}
          />
        </div>
      ))}
      <div className="rule-row rule-row-fit">
        <div className="rule-name">Any other value</div>
        <RuleSlider
          label={`${label} any other value: points`}
          value={rule?.otherPoints ?? 0}
          baseline={base?.otherPoints ?? 0}
          {...LIMITS.fitPoints}
          unit="pts"
          onChange={(points) => edit((m) => withFitPoints(m, attribute, null, points))}
        />
      </div>
    </>
  );
}
