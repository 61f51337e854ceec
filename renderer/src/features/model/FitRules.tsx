import { fitAttributeLabel } from '../../../../shared/model/catalog';
import { LIMITS } from '../../../../shared/model/scoring-model';
import { formatCount } from '../../format';
import { useLab } from '../../state/lab-store';
import { orderedFitAttributes } from './rule-order';
import { RuleSlider } from './RuleSlider';

/** Points per value of each fit attribute; negative points push poor fits down. */
export function FitRules() {
  const vocabulary = useLab((s) => s.vocabulary);
  const model = useLab((s) => s.model);
  const baseline = useLab((s) => s.baselineModel);
  const setFitPoints = useLab((s) => s.setFitPoints);
  if (!vocabulary || !model) return null;
  return (
    <>
      {orderedFitAttributes(vocabulary, model).map(({ key, values }) => {
        const rule = model.fit.find((r) => r.attribute === key);
        const base = baseline?.fit.find((r) => r.attribute === key);
        const attributeLabel = fitAttributeLabel(key);
        return (
          <details className="panel rule-group" key={key}>
            <summary className="panel-title">Fit: {attributeLabel}</summary>
            {values.map(({ value, leads }) => (
              <div className="rule-row rule-row-fit" key={value}>
                <div className="rule-name">
                  {value}
                  <span className="rule-count">{formatCount(leads)} leads</span>
                </div>
                <RuleSlider
                  label={`${attributeLabel} ${value}: points`}
                  value={rule?.points[value] ?? 0}
                  baseline={base?.points[value] ?? 0}
                  {...LIMITS.fitPoints}
                  unit="pts"
                  onChange={(points) => setFitPoints(key, value, points)}
                />
              </div>
            ))}
          </details>
        );
      })}
    </>
  );
}
