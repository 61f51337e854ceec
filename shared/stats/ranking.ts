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
 * Indices ordered by score, best first; ties keep their input order (−0 ties with 0). A stable
 * least-significant-digit radix sort on the scores' bits, 16 bits a pass: at the hundreds of
 * thousands of worked leads a large dataset has it is several times faster than any comparison
 * sort, and stability gives the tie order for free.
 */
export function byScoreDescending(scores: ArrayLike<number>, scratch = new SortScratch()): Uint32Array {
  const n = scores.length;
  scratch.fit(n);
  // Keys as two 32-bit halves that order like the numbers, descending: a double's bits, with
  // every bit flipped for a positive number and only the sign kept for a negative one, then all
  // inverted so the best score has the smallest key.
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const { high, low } = scratch;
  const hi = LITTLE_ENDIAN ? 1 : 0;
  for (let i = 0; i < n; i++) {
    bits[0] = scores[i] === 0 ? 0 : scores[i];
    let h = words[hi];
    let l = words[1 - hi];
    if (h & 0x80000000) {
      // Negative: flip all, so larger magnitudes sort lower; then invert for descending.
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    high[i] = ~h >>> 0;
    low[i] = ~l >>> 0;
  }
  let order = scratch.order;
  for (let i = 0; i < n; i++) order[i] = i;
  let next = scratch.next;
  const counts = scratch.counts;
  for (const [keys, shift] of [[low, 0], [low, 16], [high, 0], [high, 16]] as const) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[((keys[i] >>> shift) & MASK) + 1]++;
    for (let d = 0; d < RADIX; d++) counts[d + 1] += counts[d];
    for (let i = 0; i < n; i++) {
      const index = order[i];
      next[counts[(keys[index] >>> shift) & MASK]++] = index;
    }
    [order, next] = [next, order];
  }
  return order.subarray(0, n);
}

/**
 * byScoreDescending's working buffers, for a caller that sorts on every tick: reused, they spare
 * the garbage collector tens of megabytes a tick at a million leads. The order it returns lives
 * in these buffers, valid until the next sort with them.
 */
export class SortScratch {
  high = new Uint32Array(0);
  low = new Uint32Array(0);
  order = new Uint32Array(0);
  next = new Uint32Array(0);
  readonly counts = new Uint32Array(RADIX + 1);

  fit(n: number): void {
    if (this.order.length >= n) return;
    const size = Math.ceil(n * 1.25);
    this.high = new Uint32Array(size);
    this.low = new Uint32Array(size);
    this.order = new Uint32Array(size);
    this.next = new Uint32Array(size);
  }
}

const RADIX = 1 << 16;
const MASK = RADIX - 1;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

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
