/**
 * How well a score ranks converters above the rest: ROC AUC, the cumulative gains curve and the
 * conversion by score decile. Input: one score and one 0/1 outcome per observed lead.
 */
export interface GainsPoint {
  /** Share of leads taken, best scores first. */
  leadShare: number;
  /** Share of all positives among them. */
  positiveShare: number;
}

export interface Decile {
  decile: number;
  leads: number;
  positives: number;
  rate: number;
  minScore: number;
  maxScore: number;
}

/**
 * Indices ordered by score, best first; ties keep their input order. The scores are sorted as
 * plain numbers (a native sort, several times faster than sorting indices with a comparator at
 * the hundreds of thousands of leads a large dataset has), then each index is placed after every
 * higher score, its ties in input order.
 */
export function byScoreDescending(scores: ArrayLike<number>): Uint32Array {
  const n = scores.length;
  const sorted = Float64Array.from(scores).sort();
  const order = new Uint32Array(n);
  // placed[u]: indices already placed among the tie group whose higher scores start at sorted[u].
  const placed = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const score = scores[i];
    let low = 0;
    let high = n;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid] > score) high = mid;
      else low = mid + 1;
    }
    order[n - low + placed[low]++] = i;
  }
  return order;
}

/**
 * The probability that a random positive outranks a random negative, ties counting half
 * (Mann–Whitney U / (n₊ n₋)). NaN when either class is empty.
 */
export function rocAuc(scores: ArrayLike<number>, positive: ArrayLike<number>, descending: Uint32Array = byScoreDescending(scores)): number {
  // Ranks count from the lowest score; ties share their average rank, so their order is immaterial.
  const n = descending.length;
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[descending[j + 1]] === scores[descending[i]]) j++;
    // Descending places i…j hold ascending ranks n − j … n − i (from 1).
    const averageRank = n - (i + j) / 2;
    for (let k = i; k <= j; k++) {
      if (positive[descending[k]]) {
        positives++;
        rankSum += averageRank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** The gains curve at `points` evenly spaced lead shares (plus the origin). */
export function gainsCurve(scores: ArrayLike<number>, positive: ArrayLike<number>, points = 20, order: Uint32Array = byScoreDescending(scores)): GainsPoint[] {
  let total = 0;
  for (let i = 0; i < positive.length; i++) total += positive[i] ? 1 : 0;
  const curve: GainsPoint[] = [{ leadShare: 0, positiveShare: 0 }];
  let found = 0;
  let next = 1;
  for (let i = 0; i < order.length; i++) {
    if (positive[order[i]]) found++;
    while (next <= points && i + 1 >= Math.round((next * order.length) / points)) {
      curve.push({ leadShare: next / points, positiveShare: total > 0 ? found / total : 0 });
      next++;
    }
  }
  return curve;
}

/** Conversion by score decile, decile 1 holding the best-scored tenth. */
export function scoreDeciles(scores: ArrayLike<number>, positive: ArrayLike<number>, order: Uint32Array = byScoreDescending(scores)): Decile[] {
  const deciles: Decile[] = [];
  for (let d = 0; d < 10; d++) {
    const start = Math.round((d * order.length) / 10);
    const end = Math.round(((d + 1) * order.length) / 10);
    let positives = 0;
    let minScore = Infinity;
    let maxScore = -Infinity;
    for (let i = start; i < end; i++) {
      const lead = order[i];
      if (positive[lead]) positives++;
      minScore = Math.min(minScore, scores[lead]);
      maxScore = Math.max(maxScore, scores[lead]);
    }
    const leads = end - start;
    deciles.push({ decile: d + 1, leads, positives, rate: leads > 0 ? positives / leads : NaN, minScore, maxScore });
  }
  return deciles;
}
