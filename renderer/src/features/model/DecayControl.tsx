import type { Decay } from '../../../../shared/model/scoring-model';
import { LIMITS } from '../../../../shared/model/scoring-model';
import { RuleSlider } from './RuleSlider';

const DEFAULTS: Record<Decay['kind'], Decay> = {
  none: { kind: 'none' },
  'half-life': { kind: 'half-life', days: 30 },
  linear: { kind: 'linear', percent: 25, periodDays: 30 },
};

export interface DecayControlProps {
  label: string;
  /** null means "as the model's decay" (only offered where `inherit` is given). */
  value: Decay | null;
  baseline: Decay | null | undefined;
  inherit?: string;
  onChange(decay: Decay | null): void;
}

/** Picks a decay kind and sets its parameters. */
export function DecayControl({ label, value, baseline, inherit, onChange }: DecayControlProps) {
  const kind = value?.kind ?? 'inherit';
  return (
    <div className="decay-control">
      <label className="inline-field">
        <span>{label}</span>
        <select
          aria-label={label}
          value={kind}
          onChange={(event) => {
            const next = event.target.value;
            onChange(next === 'inherit' ? null : DEFAULTS[next as Decay['kind']]);
          }}
        >
          {inherit && <option value="inherit">{inherit}</option>}
          <option value="none">No decay</option>
          <option value="half-life">Half-life</option>
          <option value="linear">Linear</option>
        </select>
      </label>
      {value?.kind === 'half-life' && (
        <RuleSlider
          label={`${label}: half-life`}
          value={value.days}
          baseline={baseline?.kind === 'half-life' ? baseline.days : undefined}
          {...LIMITS.halfLifeDays}
          unit="days"
          onChange={(days) => onChange({ kind: 'half-life', days })}
        />
      )}
      {value?.kind === 'linear' && (
        <>
          <RuleSlider
            label={`${label}: percent lost per period`}
            value={value.percent}
            baseline={baseline?.kind === 'linear' ? baseline.percent : undefined}
            {...LIMITS.linearPercent}
            unit="% off"
            onChange={(percent) => onChange({ ...value, percent })}
          />
          <RuleSlider
            label={`${label}: period`}
            value={value.periodDays}
            baseline={baseline?.kind === 'linear' ? baseline.periodDays : undefined}
            {...LIMITS.periodDays}
            unit="days"
            onChange={(periodDays) => onChange({ ...value, periodDays })}
          />
        </>
      )}
    </div>
  );
}
