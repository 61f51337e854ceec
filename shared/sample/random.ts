/**
 * A small seeded pseudo-random generator for the sample data. Math.random cannot be seeded, and
 * the sample must come out byte-identical on every machine so that tests, screenshots and the
 * build cache can rely on it.
 */

/** A 32-bit finaliser (from MurmurHash3); spreads nearby seeds such as 1, 2, 3 far apart. */
export function hash32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Combines a seed with a stream number so each lead can have its own independent generator: a
 * lead's content then depends only on (seed, lead number), not on how much randomness the leads
 * before it happened to consume.
 */
export function streamSeed(seed: number, stream: number): number {
  const low = stream >>> 0;
  const high = Math.floor(stream / 4294967296) >>> 0;
  return hash32(hash32(seed) ^ hash32(low + 0x9e3779b9) ^ Math.imul(high, 0x27d4eb2f));
}

/** sfc32: fast, passes PractRand well beyond what a sample needs, and is four 32-bit words. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** Box–Muller makes normals in pairs; keeping the second halves the cost. */
  private spareNormal = NaN;

  constructor(seed: number) {
    // Three splitmix-style steps of the seed fill the state words.
    const s = seed >>> 0;
    this.a = hash32((s + 0x9e3779b9) | 0);
    this.b = hash32((s + 2 * 0x9e3779b9) | 0);
    this.c = hash32((s + 3 * 0x9e3779b9) | 0);
    this.d = 1;
    // The first outputs of sfc32 still echo the seed; discarding a few is the usual remedy.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  normal(mean = 0, sd = 1): number {
    if (!Number.isNaN(this.spareNormal)) {
      const z = this.spareNormal;
      this.spareNormal = NaN;
      return mean + sd * z;
    }
    // 1 - next() is in (0, 1], so the logarithm is finite.
    const u = 1 - this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return mean + sd * r * Math.cos(2 * Math.PI * v);
  }

  /** exp(N(mu, sigma)); mu is the log of the median. */
  lognormal(mu: number, sigma: number): number {
    return Math.exp(this.normal(mu, sigma));
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda < 30) {
      // Knuth's product method: cheap for the small rates the sample uses.
      const limit = Math.exp(-lambda);
      let k = 0;
      let product = this.next();
      while (product > limit) {
        k++;
        product *= this.next();
      }
      return k;
    }
    // For large rates the normal approximation is close enough and avoids a long loop.
    return Math.max(0, Math.round(this.normal(lambda, Math.sqrt(lambda))));
  }

  /** Index chosen with probability proportional to its weight; weights need not sum to 1. */
  pickIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  weightedPick<T>(items: readonly T[], weights: readonly number[]): T {
    return items[this.pickIndex(weights)];
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

/**
 * A weighted choice with the cumulative weights computed once, for the distributions drawn
 * millions of times in the benchmark-sized sample.
 */
export class WeightedPicker<T> {
  private readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(items: readonly T[], weights: readonly number[]) {
    if (items.length !== weights.length || items.length === 0) {
      throw new Error('WeightedPicker needs one weight per item and at least one item');
    }
    this.items = items;
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => {
      sum += Math.max(0, w);
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  pick(rng: Random): T {
    const r = rng.next() * this.total;
    const c = this.cumulative;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}
