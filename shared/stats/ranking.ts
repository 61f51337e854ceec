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

/** Indices ordered by score, best first; ties keep their input order. */
function byScoreDescending(scores: ArrayLike<number>): Uint32Array {
  const order = Uint32Array.from({ length: scores.length }, (_, i) => i);
  return order.sort((a, b) => scores[b] - scores[a] || a - b);
}

/**
 * The probability that a random positive outranks a random negative, ties counting half
 * (Mann–Whitney U / (n₊ n₋)). NaN when either class is empty.
 */
export function rocAuc(scores: ArrayLike<number>, positive: ArrayLike<number>): number {
  const order = Uint32Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]]) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (positive[order[k]]) {
        positives++;
        rankSum += averageRank;
      }
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** The gains curve at `points` evenly spaced lead shares (plus the origin). */
export function gainsCurve(scores: ArrayLike<number>, positive: ArrayLike<number>, points = 20): GainsPoint[] {
  const order = byScoreDescending(scores);
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
export function scoreDeciles(scores: ArrayLike<number>, positive: ArrayLike<number>): Decile[] {
  const order = byScoreDescending(scores);
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
