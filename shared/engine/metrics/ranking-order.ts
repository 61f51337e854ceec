import { byScoreDescending, gainsCurve, rocAuc, scoreDeciles, SortScratch } from '../../stats/ranking';
import { SQL, UNOBSERVED } from './outcome';
import type { RankingQuality } from './ranking';

/** The ranked leads in order, with each one's score and outcome beside it so reading them is sequential. */
interface Ranked {
  leads: Uint32Array;
  scores: Float64Array;
  positive: Uint8Array;
}

/**
 * Room for a Ranked list, reused from tick to tick: at a million leads a fresh list every tick
 * is tens of megabytes for the garbage collector.
 */
class RankedBuffer {
  private buffer: Ranked = { leads: new Uint32Array(0), scores: new Float64Array(0), positive: new Uint8Array(0) };

  /** Whole buffers with room for `n` (their contents are left as they are). */
  room(n: number): Ranked {
    if (this.buffer.leads.length < n) {
      const size = Math.ceil(n * 1.25);
      this.buffer = { leads: new Uint32Array(size), scores: new Float64Array(size), positive: new Uint8Array(size) };
    }
    return this.buffer;
  }
}

function firstOf({ leads, scores, positive }: Ranked, n: number): Ranked {
  return { leads: leads.subarray(0, n), scores: scores.subarray(0, n), positive: positive.subarray(0, n) };
}

/**
 * The worked, not knocked-out leads in ranking order (best score first, ties by lead), kept
 * across ticks: a tick that changed some scores takes those leads out, sorts just them and merges
 * them back, instead of sorting every worked lead again. The ranking built from the order equals
 * computeRanking's, which orders the same leads the same way.
 */
export class RankingOrder {
  private ranked: Ranked | null = null;
  private readonly changed: Uint32Array;
  private changes = 0;
  private readonly marked: Uint8Array;
  private quality: RankingQuality | null = null;
  /** 0, 1, 2, …: the order of leads already in ranking order, for the stats functions (and every lead, ascending). */
  private identity = new Uint32Array(0);
  // The list read last and the one the next merge writes swap roles; changed leads sort apart.
  private current = new RankedBuffer();
  private spare = new RankedBuffer();
  private readonly moved = new RankedBuffer();
  private kept = new Uint32Array(0);
  private keys = new Float64Array(0);
  private readonly scratch = new SortScratch();

  /** `score`, `knockedOut`: the per-lead values being counted (MetricsTally's); `outcome`: fixed per lead. */
  constructor(
    private readonly score: Float64Array,
    private readonly knockedOut: Uint8Array,
    private readonly outcome: Uint8Array,
  ) {
    this.changed = new Uint32Array(outcome.length);
    this.marked = new Uint8Array(outcome.length);
  }

  /** Everything changed: the order is built afresh on the next read. */
  reset(): void {
    this.ranked = null;
    this.changes = 0;
    this.quality = null;
  }

  /** The lead's score or knock-out changed since the last read (each lead at most once per read). */
  note(lead: number): void {
    if (this.ranked === null) return;
    this.changed[this.changes++] = lead;
    this.quality = null;
  }

  ranking(): RankingQuality {
    if (this.quality) return this.quality;
    this.ranked = this.ranked === null ? this.build() : this.merge(this.ranked);
    this.changes = 0;
    this.quality = this.rank(this.ranked);
    return this.quality;
  }

  /** `leads` (ascending) that are ranked, in ranking order, into `into`. Plain loops: this runs over up to every lead. */
  private sorted(leads: ArrayLike<number>, into: RankedBuffer): Ranked {
    if (this.kept.length < leads.length) {
      this.kept = new Uint32Array(leads.length);
      this.keys = new Float64Array(leads.length);
    }
    const { kept, keys } = this;
    let count = 0;
    for (let i = 0; i < leads.length; i++) {
      const lead = leads[i];
      if (this.outcome[lead] !== UNOBSERVED && this.knockedOut[lead] === 0) kept[count++] = lead;
    }
    for (let i = 0; i < count; i++) keys[i] = this.score[kept[i]];
    const order = byScoreDescending(keys.subarray(0, count), this.scratch);
    const ranked = into.room(count);
    for (let i = 0; i < count; i++) {
      const lead = kept[order[i]];
      ranked.leads[i] = lead;
      ranked.scores[i] = keys[order[i]];
      ranked.positive[i] = this.outcome[lead] === SQL ? 1 : 0;
    }
    return firstOf(ranked, count);
  }

  private build(): Ranked {
    return this.sorted(this.identityOf(this.outcome.length), this.current);
  }

  private merge(old: Ranked): Ranked {
    const changed = this.changed.subarray(0, this.changes).sort();
    for (const lead of changed) this.marked[lead] = 1;
    const moved = this.sorted(changed, this.moved);
    const capacity = old.leads.length + moved.leads.length;
    const out = this.spare.room(capacity);
    [this.current, this.spare] = [this.spare, this.current];
    const n = old.leads.length;
    const m = moved.leads.length;
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < n || j < m) {
      if (i < n && this.marked[old.leads[i]]) {
        i++;
        continue;
      }
      const takeOld = j === m || (i < n && (old.scores[i] > moved.scores[j] || (old.scores[i] === moved.scores[j] && old.leads[i] < moved.leads[j])));
      const from = takeOld ? old : moved;
      const at = takeOld ? i++ : j++;
      out.leads[k] = from.leads[at];
      out.scores[k] = from.scores[at];
      out.positive[k] = from.positive[at];
      k++;
    }
    for (const lead of changed) this.marked[lead] = 0;
    return firstOf(out, k);
  }

  /** 0, 1, …, n − 1. */
  private identityOf(n: number): Uint32Array {
    if (this.identity.length < n) {
      this.identity = new Uint32Array(n);
      for (let i = 0; i < n; i++) this.identity[i] = i;
    }
    return this.identity.subarray(0, n);
  }

  private rank({ scores, positive }: Ranked): RankingQuality {
    const order = this.identityOf(scores.length);
    return {
      observed: scores.length,
      auc: rocAuc(scores, positive, order),
      gains: gainsCurve(scores, positive, 20, order),
      deciles: scoreDeciles(scores, positive, order),
    };
  }
}
