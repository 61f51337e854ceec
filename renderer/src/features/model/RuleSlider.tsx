import { useEffect, useState } from 'react';
import { asGesture } from '../../state/lab-store';

export interface RuleSliderProps {
  /** Accessible name, e.g. "Pricing-page visit: points". */
  label: string;
  value: number;
  baseline: number | undefined;
  min: number;
  max: number;
  step: number;
  onChange(value: number): void;
  /** Shown after the typed number, e.g. "pts" or "×". */
  unit?: string;
}

/**
 * A range slider with the exact number beside it: the slider for feel, the box for a value agreed
 * in the room. Both are native inputs, so arrows, Page Up/Down, Home and End work by keyboard.
 */
export function RuleSlider({ label, value, baseline, min, max, step, onChange, unit }: RuleSliderProps) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const changed = baseline !== undefined && baseline !== value;

  function commit(text: string) {
    const typed = Number(text);
    if (text.trim() === '' || !Number.isFinite(typed)) return setDraft(String(value));
    const clamped = Math.min(max, Math.max(min, Math.round(typed / step) * step));
    setDraft(String(clamped));
    if (clamped !== value) onChange(clamped);
  }

  return (
    <div className={`rule-slider${changed ? ' rule-slider-changed' : ''}`}>
      <input
        type="range"
        aria-label={label}
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(event) => asGesture(label, () => onChange(Number(event.target.value)))}
      />
      <input
        type="number"
        className="rule-number"
        aria-label={`${label} (exact value)`}
        min={min}
        max={max}
        step={step}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={(event) => commit(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget.value);
        }}
      />
      {unit && <span className="rule-unit">{unit}</span>}
      <span className="rule-baseline" title="Value in the baseline definition">
        {changed ? `was ${baseline}` : ''}
      </span>
    </div>
  );
}
