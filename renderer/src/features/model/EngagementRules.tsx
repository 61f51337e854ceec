import { activityLabel } from '../../../../shared/model/catalog';
import { LIMITS } from '../../../../shared/model/scoring-model';
import { formatCount } from '../../format';
import { useLab } from '../../state/lab-store';
import { orderedActivities } from './rule-order';
import { RuleSlider } from './RuleSlider';

/** Points per activity and how many occurrences count at most. */
export function EngagementRules() {
  const vocabulary = useLab((s) => s.vocabulary);
  const model = useLab((s) => s.model);
  const baseline = useLab((s) => s.baselineModel);
  const setActivityRule = useLab((s) => s.setActivityRule);
  if (!vocabulary || !model) return null;
  return (
    <details className="panel rule-group" open>
      <summary className="panel-title">Engagement: what they did</summary>
      <p className="panel-help">Points per occurrence, counted only before sales worked the lead. The cap stops ten email opens from making a lead hot.</p>
      {orderedActivities(vocabulary).map(({ type, events }) => {
        const rule = model.engagement.find((r) => r.activity === type);
        const base = baseline?.engagement.find((r) => r.activity === type);
        const label = activityLabel(type);
        return (
          <div className="rule-row" key={type}>
            <div className="rule-name">
              {label}
              <span className="rule-count">{formatCount(events)} events</span>
            </div>
            <RuleSlider
              label={`${label}: points`}
              value={rule?.points ?? 0}
              baseline={base?.points ?? 0}
              {...LIMITS.activityPoints}
              unit="pts"
              onChange={(points) => setActivityRule(type, { points })}
            />
            <RuleSlider
              label={`${label}: cap`}
              value={rule?.cap ?? 0}
              baseline={base?.cap ?? 0}
              {...LIMITS.cap}
              unit="× max"
              onChange={(cap) => setActivityRule(type, { cap })}
            />
          </div>
        );
      })}
    </details>
  );
}
