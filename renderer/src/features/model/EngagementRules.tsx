import { withActivityRule, withChanges } from '../../../../shared/model/edit-model';
import { activityLabel } from '../../../../shared/model/catalog';
import { LIMITS, type EngagementRule } from '../../../../shared/model/scoring-model';
import { formatCount } from '../../format';
import { useLab } from '../../state/lab-store';
import { DecayControl } from './DecayControl';
import { GroupCap } from './GroupCap';
import { orderedActivities } from './rule-order';
import { RuleSlider } from './RuleSlider';

/** Points per activity, how many occurrences count, and how long and how fully they count. */
export function EngagementRules() {
  const vocabulary = useLab((s) => s.vocabulary);
  // The parts of the model shown here, not the model: a threshold step must not re-render every activity rule.
  const rules = useLab((s) => s.model?.engagement);
  const decay = useLab((s) => s.model?.decay);
  const engagementCap = useLab((s) => s.model?.engagementCap ?? null);
  const baseline = useLab((s) => s.baselineModel);
  const edit = useLab((s) => s.edit);
  if (!vocabulary || !rules || !decay) return null;
  return (
    <details className="panel rule-group" open>
      <summary className="panel-title">Engagement: what they did</summary>
      <p className="panel-help">
        Points per occurrence, counted only before sales worked the lead. The cap counts at most that many of the most recent
        occurrences, so ten email opens do not make a lead hot.
      </p>
      <DecayControl
        label="Decay of all activities"
        value={decay}
        baseline={baseline?.decay}
        onChange={(decay) => edit((m) => withChanges(m, { decay: decay ?? { kind: 'none' } }))}
      />
      <GroupCap
        label="Ceiling on all engagement points"
        value={engagementCap}
        baseline={baseline?.engagementCap}
        onChange={(engagementCap) => edit((m) => withChanges(m, { engagementCap }))}
      />
      {orderedActivities(vocabulary).map(({ type, events }) => {
        const rule = rules.find((r) => r.activity === type);
        const base = baseline?.engagement.find((r) => r.activity === type);
        const label = activityLabel(type);
        const change = (patch: Partial<Omit<EngagementRule, 'activity'>>) => edit((m) => withActivityRule(m, type, patch));
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
              onChange={(points) => change({ points })}
            />
            <RuleSlider
              label={`${label}: cap`}
              value={rule?.cap ?? 0}
              baseline={base?.cap ?? 0}
              {...LIMITS.cap}
              unit="× max"
              onChange={(cap) => change({ cap })}
            />
            <details className="rule-more">
              <summary>Window, first time only, decay{describeExtras(rule)}</summary>
              <label className="inline-field">
                <input
                  type="checkbox"
                  checked={rule?.firstTimeOnly ?? false}
                  onChange={(event) => change({ firstTimeOnly: event.target.checked })}
                />
                <span>First time only: the lead’s first {label.toLowerCase()} counts, later ones do not</span>
              </label>
              <label className="inline-field">
                <input
                  type="checkbox"
                  checked={rule?.windowDays != null}
                  onChange={(event) => change({ windowDays: event.target.checked ? 90 : null })}
                />
                <span>Only the last N days count</span>
              </label>
              {rule?.windowDays != null && (
                <RuleSlider
                  label={`${label}: window`}
                  value={rule.windowDays}
                  baseline={base?.windowDays ?? undefined}
                  {...LIMITS.windowDays}
                  unit="days"
                  onChange={(windowDays) => change({ windowDays })}
                />
              )}
              <DecayControl
                label={`${label}: decay`}
                value={rule?.decay ?? null}
                baseline={base?.decay}
                inherit="As all activities"
                onChange={(decay) => change({ decay })}
              />
            </details>
          </div>
        );
      })}
    </details>
  );
}

function describeExtras(rule: EngagementRule | undefined): string {
  if (!rule) return '';
  const parts = [
    rule.firstTimeOnly ? 'first time only' : '',
    rule.windowDays !== null ? `last ${rule.windowDays} days` : '',
    rule.decay ? (rule.decay.kind === 'none' ? 'no decay' : `own ${rule.decay.kind} decay`) : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` · ${parts.join(', ')}` : '';
}
