import { withChanges, withFitPoints } from '../../../../shared/model/edit-model';
import { fitAttributeLabel } from '../../../../shared/model/catalog';
import { LIMITS } from '../../../../shared/model/scoring-model';
import { formatCount } from '../../format';
import { useLab } from '../../state/lab-store';
import { GroupCap } from './GroupCap';
import { orderedFitAttributes } from './rule-order';
import { RuleSlider } from './RuleSlider';

/** Points per value of each fit attribute; negative points push poor fits down. */
export function FitRules() {
  const vocabulary = useLab((s) => s.vocabulary);
  const model = useLab((s) => s.model);
  const baseline = useLab((s) => s.baselineModel);
  const edit = useLab((s) => s.edit);
  if (!vocabulary || !model) return null;
  return (
    <details className="panel rule-group">
      <summary className="panel-title">Fit: who they are</summary>
      <p className="panel-help">Points per value of each attribute, from the lead’s record. “Any other value” scores values not listed, such as blanks.</p>
      <GroupCap
        label="Ceiling on all fit points"
        value={model.fitCap}
        baseline={baseline?.fitCap}
        onChange={(fitCap) => edit((m) => withChanges(m, { fitCap }))}
      />
      {orderedFitAttributes(vocabulary, model).map(({ key, values }) => {
        const rule = model.fit.find((r) => r.attribute === key);
        const base = baseline?.fit.find((r) => r.attribute === key);
        const attributeLabel = fitAttributeLabel(key);
        const listed = (value: string) => rule !== undefined && value in rule.points;
        return (
          <details className="sub-group" key={key}>
            <summary>{attributeLabel}</summary>
            {values.map(({ value, leads }) => (
              <div className="rule-row rule-row-fit" key={value}>
                <div className="rule-name">
                  {value}
                  <span className="rule-count">{formatCount(leads)} leads</span>
                </div>
                <RuleSlider
                  label={`${attributeLabel} ${value}: points`}
                  value={listed(value) ? (rule?.points[value] ?? 0) : (rule?.otherPoints ?? 0)}
                  baseline={base ? (base.points[value] ?? base.otherPoints) : 0}
                  {...LIMITS.fitPoints}
                  unit="pts"
                  onChange={(points) => edit((m) => withFitPoints(m, key, value, points))}
                />
              </div>
            ))}
            <div className="rule-row rule-row-fit">
              <div className="rule-name">Any other value</div>
              <RuleSlider
                label={`${attributeLabel} any other value: points`}
                value={rule?.otherPoints ?? 0}
                baseline={base?.otherPoints ?? 0}
                {...LIMITS.fitPoints}
                unit="pts"
                onChange={(points) => edit((m) => withFitPoints(m, key, null, points))}
              />
            </div>
          </details>
        );
      })}
    </details>
  );
}
