import { useEffect, useState } from 'react';

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  unit: string;
  onChange(value: number): void;
}

/** A labelled number box that commits on Enter or leaving the field, clamped to its range. */
export function NumberField({ label, value, min, max, unit, onChange }: NumberFieldProps) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const commit = () => {
    const typed = Number(draft);
    if (draft.trim() === '' || !Number.isFinite(typed)) return setDraft(String(value));
    const clamped = Math.min(max, Math.max(min, typed));
    setDraft(String(clamped));
    if (clamped !== value) onChange(clamped);
  };
  return (
    <label className="number-field">
      <span>{label}</span>
      <input
        type="number"
        value={draft}
        min={min}
        max={max}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <span className="rule-unit">{unit}</span>
    </label>
  );
}
