/** Number formatting for people: thousands separators, sensible precision, explicit signs. */
const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatCount(value: number): string {
  return Number.isFinite(value) ? counts.format(value) : '–';
}

export function formatPercent(share: number, digits = 1): string {
  return Number.isFinite(share) ? `${(share * 100).toFixed(digits)} %` : '–';
}

export function formatSignedCount(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value > 0 ? `+${counts.format(value)}` : value < 0 ? `−${counts.format(-value)}` : '±0';
}

/** A change of a share in percentage points, e.g. +2.4 pp. */
export function formatSignedPoints(delta: number, digits = 1): string {
  if (!Number.isFinite(delta)) return '–';
  const points = (delta * 100).toFixed(digits);
  if (Number(points) === 0) return '±0 pp';
  return delta > 0 ? `+${points} pp` : `−${points.slice(1)} pp`;
}

export function formatSignedPercent(relative: number): string {
  if (!Number.isFinite(relative)) return '';
  const text = (Math.abs(relative) * 100).toFixed(1);
  if (Number(text) === 0) return '±0 %';
  return `${relative > 0 ? '+' : '−'}${text} %`;
}
