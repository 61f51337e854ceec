import type { BandRule } from './scoring-model';

/**
 * The words and arithmetic of numeric bands, shared by the engine (which band a lead is in), the
 * editor, exports and differences, so a band is called the same everywhere.
 */

/** How a lead with no value is named beside the bands; the same text the lead table uses for blanks. */
export const BLANK_BAND = '(blank)';

/** The band a value falls in: how many edges are at or below it (edges ascending). */
export function bandOf(value: number, edges: readonly number[]): number {
  let band = 0;
  while (band < edges.length && value >= edges[band]) band++;
  return band;
}

/** An edge as people write it: grouped thousands, no trailing zeros. */
export function formatEdge(edge: number): string {
  return edge.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** "under 50", "50 to under 200", "200 or more"; a single band with no edges is "any value". */
export function bandLabels(edges: readonly number[]): string[] {
  if (edges.length === 0) return ['any value'];
  const labels = [`under ${formatEdge(edges[0])}`];
  for (let i = 1; i < edges.length; i++) labels.push(`${formatEdge(edges[i - 1])} to under ${formatEdge(edges[i])}`);
  labels.push(`${formatEdge(edges[edges.length - 1])} or more`);
  return labels;
}

/** The whole rule in one line, e.g. "under 50: −10, 50 to under 200: 0, 200 or more: 10, blank: 0". */
export function describeBands(rule: BandRule | undefined): string {
  if (!rule) return 'not scored';
  const labels = bandLabels(rule.edges);
  const parts = labels.map((label, i) => `${label}: ${rule.points[i] ?? 0}`);
  parts.push(`blank: ${rule.blankPoints}`);
  return parts.join(', ');
}
