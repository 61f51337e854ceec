/** Points with their sign, as the rule editor shows them: +12, −5, 0. */
export function signedPoints(points: number): string {
  if (!Number.isFinite(points)) return '–';
  if (points === 0) return '0';
  return points > 0 ? `+${points}` : `−${-points}`;
}

/** A lift as a multiple of the average: 1.53×. */
export function formatLift(lift: number): string {
  return Number.isFinite(lift) ? `${lift.toFixed(2)}×` : '–';
}

/** A 95 % interval of a share, compactly: (27–30 %). */
export function ciText(low: number, high: number): string {
  return `(${Math.round(low * 100)}–${Math.round(high * 100)} %)`;
}
