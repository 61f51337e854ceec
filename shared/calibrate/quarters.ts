/**
 * Calendar quarters (UTC) as whole numbers, year × 4 + quarter − 1, so consecutive quarters are
 * consecutive integers and a split is a comparison. Labels match the time views ('2026-Q3').
 */
export function quarterIndex(ms: number): number {
  const date = new Date(ms);
  return date.getUTCFullYear() * 4 + Math.floor(date.getUTCMonth() / 3);
}

export function quarterLabel(index: number): string {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

export function parseQuarter(label: string): number | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(label);
  return match ? Number(match[1]) * 4 + Number(match[2]) - 1 : null;
}

/** First millisecond of the quarter. */
export function quarterStart(index: number): number {
  return Date.UTC(Math.floor(index / 4), (index % 4) * 3, 1);
}

const WEEK_MS = 7 * 86_400_000;

export function weeksBetween(start: number, end: number): number {
  return Math.max(0, end - start) / WEEK_MS;
}
