import type { Explanation } from './explain';

// Values that mean nothing without their attribute ('Other' what?); bands and yes/no never do.
const GENERIC = new Set(['Other', 'None', '(blank)']);
const named = (f: Explanation['fit'][number]) => f.kind !== 'category' || GENERIC.has(f.value);

/** One line of which rules gave how many points, for a row in a lead list. */
export function explanationSummary(explanation: Explanation): string {
  const signed = (points: number) => `${points >= 0 ? '+' : '−'}${Math.abs(Math.round(points * 10) / 10)}`;
  const parts = [
    ...explanation.fit.filter((f) => f.points !== 0).map((f) => `${named(f) ? `${f.attribute} ` : ''}${f.value} ${signed(f.points)}`),
    ...explanation.engagement.filter((e) => Math.abs(e.points) >= 0.05).map((e) => `${e.label}${e.counted > 1 ? ` ×${e.counted}` : ''} ${signed(e.points)}`),
  ];
  if (explanation.knockout) parts.unshift(`knocked out: ${explanation.knockout}`);
  if (explanation.fastTracked) parts.unshift('fast-tracked');
  return parts.join(' · ');
}
