/**
 * A numeric column turned into band codes for a set of edges: 0 for a blank cell, 1 + band
 * otherwise (band b holds edges[b - 1] <= value < edges[b]). The scoring loops then treat a
 * banded number like any dictionary-coded attribute.
 *
 * Compiling a model happens on every slider tick, so the codes are kept per column and edges: a
 * change of a band's points reuses them, and only moving, adding or removing an edge rebuilds
 * them (one pass over the column).
 */
const cache = new WeakMap<Float64Array, { edges: string; codes: Uint16Array }[]>();
/** Codings kept per column: enough for two scenarios compared side by side while one is edited. */
const KEPT = 4;

export function bandCodes(values: Float64Array, edges: readonly number[]): Uint16Array {
  const key = edges.join(',');
  let kept = cache.get(values);
  if (!kept) {
    kept = [];
    cache.set(values, kept);
  }
  const hit = kept.find((k) => k.edges === key);
  if (hit) return hit.codes;
  const codes = new Uint16Array(values.length);
  const n = edges.length;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    // NaN fails every comparison, so a blank cell falls to code 0.
    if (!(value === value)) continue;
    let band = 0;
    while (band < n && value >= edges[band]) band++;
    codes[i] = band + 1;
  }
  kept.unshift({ edges: key, codes });
  if (kept.length > KEPT) kept.pop();
  return codes;
}
