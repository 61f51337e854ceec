import { LIMITS } from '../../../../shared/model/scoring-model';
import { RuleSlider } from './RuleSlider';

export interface GroupCapProps {
  label: string;
  value: number | null;
  baseline: number | null | undefined;
  onChange(cap: number | null): void;
}

/** An optional ceiling on a whole group of points (all fit, or all engagement). */
export function GroupCap({ label, value, baseline, onChange }: GroupCapProps) {
  return (
    <div className="group-cap">
      <label className="inline-field">
        <input type="checkbox" checked={value !== null} onChange={(event) => onChange(event.target.checked ? 50 : null)} />
        <span>{label}</span>
      </label>
      {value !== null && (
        <RuleSlider label={label} value={value} baseline={baseline ?? undefined} {...LIMITS.groupCap} unit="pts" onChange={onChange} />
      )}
    </div>
  );
}
