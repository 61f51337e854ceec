import { withFastTrack, withKnockout } from '../../../../shared/model/edit-model';
import { activityLabel, fitAttributeLabel } from '../../../../shared/model/catalog';
import { FIT_GRADES, type FitGrade } from '../../../../shared/model/scoring-model';
import { formatCount } from '../../format';
import { useAttributeLabels } from '../../state/attribute-labels';
import { useLab } from '../../state/lab-store';

/** Knock-outs (never an MQL) and fast-tracks (an MQL at once), each with what it does to the count. */
export function EligibilityRules() {
  const model = useLab((s) => s.model);
  const kpis = useLab((s) => s.kpis);
  const edit = useLab((s) => s.edit);
  const labels = useAttributeLabels();
  if (!model) return null;
  return (
    <details className="panel rule-group" open>
      <summary className="panel-title">Knock-outs and fast-track</summary>
      <p className="panel-help">A knock-out makes a lead ineligible whatever its score. A fast-track makes a good-fit lead an MQL the moment it does the activity.</p>
      {model.knockouts.map((rule) => {
        const removes = kpis?.knockoutRemovals[rule.id] ?? 0;
        return (
          <label className="toggle-row" key={rule.id}>
            <input type="checkbox" checked={rule.enabled} onChange={(event) => edit((m) => withKnockout(m, rule.id, event.target.checked))} />
            <span className="toggle-text">
              <strong>{rule.label}</strong>
              <span className="rule-count">
                {fitAttributeLabel(rule.attribute, labels)} is {rule.values.join(' or ')}
              </span>
            </span>
            <span className="toggle-effect" data-testid={`knockout-${rule.id}`}>
              {rule.enabled ? 'removes' : 'would remove'} {formatCount(removes)} MQLs
            </span>
          </label>
        );
      })}
      {model.fastTracks.map((rule) => (
        <div className="toggle-row" key={rule.id}>
          <input
            type="checkbox"
            aria-label={rule.label}
            checked={rule.enabled}
            onChange={(event) => edit((m) => withFastTrack(m, rule.id, { enabled: event.target.checked }))}
          />
          <span className="toggle-text">
            <strong>{rule.label}</strong>
            <span className="rule-count">
              {activityLabel(rule.activity)} from fit grade{' '}
              <select
                aria-label={`${rule.label}: lowest fit grade`}
                value={rule.minGrade}
                onChange={(event) => edit((m) => withFastTrack(m, rule.id, { minGrade: event.target.value as FitGrade }))}
              >
                {FIT_GRADES.map((grade) => (
                  <option key={grade} value={grade}>
                    {grade === 'A' ? 'A only' : grade === 'D' ? 'any' : `${grade} or better`}
                  </option>
                ))}
              </select>
            </span>
          </span>
          <span className="toggle-effect">{rule.enabled ? `${formatCount(kpis?.fastTracked ?? 0)} fast-tracked` : 'off'}</span>
        </div>
      ))}
    </details>
  );
}
