/**
 * What the band editor shows and proposes, from a numeric attribute's values in ascending order
 * (the vocabulary's `sorted`): leads per band for any edges, starting edges, and where to split.
 */

/** Index of the first value >= x. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Leads per band, as the engine bands them: band b holds edges[b - 1] <= value < edges[b]. */
export function bandCounts(sorted: Float64Array, edges: readonly number[]): number[] {
  const bounds = [0, ...edges.map((e) => lowerBound(sorted, e)), sorted.length];
  return bounds.slice(1).map((end, b) => end - bounds[b]);
}

/** A number rounded to two significant digits (1,234 → 1,200), as people set edges. */
export function roundNicely(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1);
  // toPrecision drops the binary noise of the multiplication (0.1 * 3 = 0.30000000000000004).
  return Number((Math.round(x / step) * step).toPrecision(12));
}

/**
 * Edges to start from when the model has none for the attribute: the quartiles, rounded, each
 * leaving leads on both sides; fewer when the values are few or bunched.
 */
export function suggestedEdges(sorted: Float64Array): number[] {
  if (sorted.length === 0) return [];
  const edges: number[] = [];
  for (const q of [0.25, 0.5, 0.75]) {
    const edge = roundNicely(sorted[Math.floor(q * (sorted.length - 1))]);
    if (edge > sorted[0] && edge <= sorted[sorted.length - 1] && edge > (edges.at(-1) ?? -Infinity)) edges.push(edge);
  }
  return edges;
}

/**
 * Where to split the band with the most leads: at its median, rounded when the rounded edge still
 * falls inside the band with leads on both sides. null when no band can be split.
 */
export function splitPoint(sorted: Float64Array, edges: readonly number[]): number | null {
  const counts = bandCounts(sorted, edges);
  const order = counts.map((count, band) => ({ count, band })).sort((a, b) => b.count - a.count);
  for (const { band } of order) {
    const start = band === 0 ? 0 : lowerBound(sorted, edges[band - 1]);
    const end = band === edges.length ? sorted.length : lowerBound(sorted, edges[band]);
    if (end - start < 2) continue;
    const median = sorted[start + Math.floor((end - start) / 2)];
    const low = sorted[start];
    for (const edge of [roundNicely(median), median]) {
      if (edge > low && (band === edges.length || edge < edges[band]) && !edges.includes(edge)) return edge;
    }
  }
  return null;
}
