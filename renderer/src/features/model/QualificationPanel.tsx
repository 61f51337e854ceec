import { withChanges, withThreshold } from '../../../../shared/model/edit-model';
import { LIMITS, type QualificationMode } from '../../../../shared/model/scoring-model';
import { useLab } from '../../state/lab-store';
import { ChannelThresholds } from './ChannelThresholds';
import { MatrixEditor } from './MatrixEditor';
import { RuleSlider } from './RuleSlider';

const MODES: { mode: QualificationMode; label: string; help: string }[] = [
  { mode: 'points', label: 'Points total', help: 'A lead becomes an MQL the moment its fit + engagement points reach the threshold.' },
  {
    mode: 'blend',
    label: 'Weighted blend',
    help: 'Fit and engagement are each put on a 0–100 scale (share of the most points the rules can give) and blended by the fit weight; the blend must reach the threshold.',
  },
  { mode: 'matrix', label: 'Grade × level', help: 'A lead becomes an MQL when its fit grade (A–D) and engagement level (1–4) fall in a qualifying cell.' },
];

/** How a score becomes an MQL: the mode, and the threshold, weight or matrix cells it needs. */
export function QualificationPanel() {
  const model = useLab((s) => s.model);
  const baseline = useLab((s) => s.baselineModel);
  const edit = useLab((s) => s.edit);
  if (!model) return null;
  const current = MODES.find((m) => m.mode === model.mode) ?? MODES[0];
  return (
    <section className="panel threshold-panel" aria-labelledby="qualification-title">
      <h2 id="qualification-title" className="panel-title">
        When is a lead an MQL?
      </h2>
      <div className="segmented" role="radiogroup" aria-label="Qualification mode">
        {MODES.map(({ mode, label }) => (
          <button
            key={mode}
            type="button"
            role="radio"
            aria-checked={model.mode === mode}
            className={model.mode === mode ? 'segment segment-on' : 'segment'}
            onClick={() => edit((m) => withChanges(m, { mode }))}
          >
            {label}
          </button>
        ))}
      </div>
      <p className="panel-help">{current.help}</p>
      {model.mode !== 'matrix' && (
        <RuleSlider
          label="MQL threshold"
          value={model.threshold}
          baseline={baseline?.threshold}
          {...LIMITS.threshold}
          max={model.mode === 'blend' ? 100 : LIMITS.threshold.max}
          unit={model.mode === 'blend' ? '/ 100' : 'pts'}
          onChange={(threshold) => edit((m) => withThreshold(m, threshold))}
        />
      )}
      {model.mode === 'blend' && (
        <RuleSlider
          label="Fit weight"
          value={Math.round(model.fitWeight * 100)}
          baseline={baseline ? Math.round(baseline.fitWeight * 100) : undefined}
          min={0}
          max={100}
          step={5}
          unit="% fit"
          onChange={(percent) => edit((m) => withChanges(m, { fitWeight: percent / 100 }))}
        />
      )}
      {model.mode === 'matrix' && <MatrixEditor />}
      {model.mode !== 'matrix' && <ChannelThresholds />}
    </section>
  );
}
