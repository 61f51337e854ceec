import type { ReactNode } from 'react';

/** Which direction of change is good news for this figure, or neither. */
export type Preference = 'higher' | 'lower' | 'neutral';

export interface KpiCardProps {
  id: string;
  title: string;
  value: string;
  detail: ReactNode;
  /** Absolute change against the baseline, already formatted, and its sign. */
  change: { text: string; relative: string; sign: number };
  prefer: Preference;
  help: string;
}

export function KpiCard({ id, title, value, detail, change, prefer, help }: KpiCardProps) {
  const tone =
    change.sign === 0 || prefer === 'neutral'
      ? 'neutral'
      : (change.sign > 0) === (prefer === 'higher')
        ? 'better'
        : 'worse';
  const arrow = change.sign > 0 ? '▲' : change.sign < 0 ? '▼' : '■';
  return (
    <section className="kpi-card" aria-labelledby={`${id}-title`} data-kpi={id} title={help}>
      <h2 id={`${id}-title`} className="kpi-title">
        {title}
      </h2>
      <p className="kpi-value" data-testid={`kpi-${id}`}>
        {value}
      </p>
      <p className={`kpi-change kpi-change-${tone}`} data-testid={`kpi-${id}-change`}>
        <span aria-hidden="true">{arrow}</span> {change.text}
        {change.relative && <span className="kpi-change-relative"> ({change.relative})</span>}
        <span className="kpi-change-label"> vs baseline</span>
      </p>
      <p className="kpi-detail">{detail}</p>
    </section>
  );
}
