import { LIMITS } from '../../../../shared/model/scoring-model';
import { useLab } from '../../state/lab-store';
import { RuleSlider } from './RuleSlider';

export function ThresholdControl() {
  const threshold = useLab((s) => s.model?.threshold);
  const baseline = useLab((s) => s.baselineModel?.threshold);
  const setThreshold = useLab((s) => s.setThreshold);
  if (threshold === undefined) return null;
  return (
    <section className="panel threshold-panel" aria-labelledby="threshold-title">
      <h2 id="threshold-title" className="panel-title">
        MQL threshold
      </h2>
      <p className="panel-help">A lead becomes an MQL the moment its fit + engagement points reach this.</p>
      <RuleSlider
        label="MQL threshold"
        value={threshold}
        baseline={baseline}
        {...LIMITS.threshold}
        unit="pts"
        onChange={setThreshold}
      />
    </section>
  );
}
