/** How a scenario's figure differs from the baseline's. */
export interface Change {
  absolute: number;
  /** Relative to the baseline; NaN when the baseline is 0 or unknown. */
  relative: number;
}

export function change(scenario: number, baseline: number): Change {
  const absolute = scenario - baseline;
  return { absolute, relative: baseline !== 0 && Number.isFinite(baseline) ? absolute / baseline : NaN };
}
