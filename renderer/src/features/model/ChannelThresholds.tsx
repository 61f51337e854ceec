import { withChannelThreshold } from '../../../../shared/model/edit-model';
import { LIMITS } from '../../../../shared/model/scoring-model';
import { formatCount } from '../../format';
import { useLab } from '../../state/lab-store';
import { RuleSlider } from './RuleSlider';

/** Optional thresholds per channel, for channels whose leads convert unlike the rest. */
export function ChannelThresholds() {
  const vocabulary = useLab((s) => s.vocabulary);
  const model = useLab((s) => s.model);
  const baseline = useLab((s) => s.baselineModel);
  const edit = useLab((s) => s.edit);
  if (!vocabulary || !model) return null;
  const own = Object.keys(model.channelThresholds).length;
  return (
    <details className="sub-group">
      <summary>Threshold by channel{own > 0 ? ` (${own} set)` : ''}</summary>
      <p className="panel-help">Give a channel its own threshold, e.g. a higher bar for display ads.</p>
      {vocabulary.channels.map(({ value: channel, leads }) => {
        const threshold = model.channelThresholds[channel];
        return (
          <div className="rule-row" key={channel}>
            <label className="rule-name">
              <span>
                <input
                  type="checkbox"
                  checked={threshold !== undefined}
                  onChange={(event) =>
                    edit((m) => withChannelThreshold(m, channel, event.target.checked ? m.threshold : null))
                  }
                />{' '}
                {channel}
              </span>
              <span className="rule-count">{formatCount(leads)} leads</span>
            </label>
            {threshold !== undefined && (
              <RuleSlider
                label={`${channel}: threshold`}
                value={threshold}
                baseline={baseline?.channelThresholds[channel] ?? baseline?.threshold}
                {...LIMITS.threshold}
                unit="pts"
                onChange={(v) => edit((m) => withChannelThreshold(m, channel, v))}
              />
            )}
          </div>
        );
      })}
    </details>
  );
}
