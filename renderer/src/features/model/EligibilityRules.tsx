import { withFastTrack, withKnockout, withoutFastTrack, withoutKnockout } from '../../../../shared/model/edit-model';
import { activityLabel, fitAttributeLabel } from '../../../../shared/model/catalog';
import { describeMinGrade } from '../../../../shared/model/describe';
import { FIT_GRADES, type FitGrade } from '../../../../shared/model/scoring-model';
import { formatCount } from '../../format';
import { useAttributeLabels } from '../../state/attribute-labels';
import { useLab } from '../../state/lab-store';
import { FastTrackForm } from './FastTrackForm';
import { KnockoutForm } from './KnockoutForm';

/** Knock-outs (never an MQL) and fast-tracks (an MQL at once), each with what it does to the count. */
export function EligibilityRules() {
  const model = useLab((s) => s.model);
  const kpis = useLab((s) => s.kpis);
  const edit = useLab((s) => s.edit);
  const labels = useAttributeLabels();
  const vocabulary = useLab((s) => s.vocabulary);
  if (!model) return null;
  const present = new Set(vocabulary?.fit.map((a) => a.key) ?? []);
  const enabledFastTracks = model.fastTracks.filter((f) => f.enabled).length;
  return (
    <details className="panel rule-group" open>
      <summary className="panel-title">Knock-outs and fast-track</summary>
      <p className="panel-help">
        A knock-out makes a lead ineligible whatever its score (free mail, students, existing customers, competitors: any value of any attribute). A fast-track makes a good-fit lead
        an MQL the moment it does the activity.
      </p>
      {model.knockouts.map((rule) => {
        const removes = kpis?.knockoutRemovals[rule.id] ?? 0;
        return (
          <label className="toggle-row" key={rule.id}>
            <input type="checkbox" checked={rule.enabled} onChange={(event) => edit((m) => withKnockout(m, rule.id, event.target.checked))} />
            <span className="toggle-text">
              <strong>{rule.label}</strong>
              <span className="rule-count">
                {fitAttributeLabel(rule.attribute, labels)} is {rule.values.join(' or ')}
                {vocabulary && !present.has(rule.attribute) && ' · not in this dataset'}
              </span>
            </span>
            <span className="toggle-effect">
              <span data-testid={`knockout-${rule.id}`}>
                {rule.enabled ? 'removes' : 'would remove'} {formatCount(removes)} MQLs
              </span>
              <RemoveRule what={`knock-out ${rule.label}`} onRemove={() => edit((m) => withoutKnockout(m, rule.id))} />
            </span>
          </label>
        );
      })}
      {vocabulary && <KnockoutForm vocabulary={vocabulary} />}
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
                    {describeMinGrade(grade)}
                  </option>
                ))}
              </select>
            </span>
          </span>
          <span className="toggle-effect">
            {/* The engine counts fast-tracked leads over every fast-track, so with several on the figure is theirs together. */}
            {rule.enabled ? `${formatCount(kpis?.fastTracked ?? 0)} fast-tracked${enabledFastTracks > 1 ? ' by all' : ''}` : 'off'}
            <RemoveRule what={`fast-track ${rule.label}`} onRemove={() => edit((m) => withoutFastTrack(m, rule.id))} />
          </span>
        </div>
      ))}
      {vocabulary && <FastTrackForm vocabulary={vocabulary} />}
    </details>
  );
}

/** The × that removes a knock-out or fast-track; inside a row's label, so it must not also tick the box. */
function RemoveRule({ what, onRemove }: { what: string; onRemove(): void }) {
  return (
    <button
      type="button"
      className="link-button danger knockout-remove"
      aria-label={`Remove ${what}`}
      title="Remove this rule (Ctrl+Z brings it back)"
      onClick={(event) => {
        event.preventDefault();
        onRemove();
      }}
    >
      ×
    </button>
  );
}
