import { FIT_GRADES, type Decay, type ScoringModel } from '../model/scoring-model';
import { fitColumnsOf } from './fit-columns';
import type { LeadTable } from './lead-table';

export const DAY_MS = 86_400_000;

export const MODE_POINTS = 0;
export const MODE_BLEND = 1;
export const MODE_MATRIX = 2;

export const DECAY_NONE = 0;
export const DECAY_HALF_LIFE = 1;
export const DECAY_LINEAR = 2;

/**
 * A scoring model turned into lookup tables indexed by the lead table's dictionary codes, so the
 * scoring loop does no string work and no allocation. Values and activity types the model does
 * not name score its "any other value" points and 0 respectively.
 */
export interface CompiledModel {
  mode: number;
  /** Threshold per channel code: the channel's own, else the model's. */
  channelThreshold: Float64Array;
  fitWeight: number;
  /**
   * fitPoints[a][fitCodes[a][lead]]: the lead's points from fit attribute `a` (see fitColumnsOf:
   * the table's categorical attributes, then its numeric ones banded by the model's edges).
   */
  fitPoints: Float64Array[];
  fitCodes: Uint16Array[];
  /** Per fit attribute, what its codes mean ('' or the band edges): when it changes, so do the codes. */
  fitCoding: string[];
  fitCap: number;
  engagementCap: number;
  /** Largest fit and engagement points a lead can reach; the blend's 0–100 scales. */
  fitMax: number;
  engagementMax: number;
  gradeCuts: Float64Array;
  levelCuts: Float64Array;
  /** qualifyingCell[grade * 4 + level - 1] is 1 for a qualifying matrix cell (grade 0 = A). */
  qualifyingCell: Uint8Array;
  /** Per activity type code: */
  points: Float64Array;
  cap: Uint16Array;
  firstTimeOnly: Uint8Array;
  /** Milliseconds an occurrence keeps counting (window, or until linear decay reaches 0); Infinity for ever. */
  lifetime: Float64Array;
  decayKind: Uint8Array;
  /** Half-life: ln 2 / half-life in ms. Linear: share of the points lost per ms. */
  decayRate: Float64Array;
  /**
   * The distinct rates of the half-life types, and per type the index of its rate here: types
   * with the same half-life fade by the same factor between two moments, one exponential for all.
   */
  halfLifeRates: Float64Array;
  halfLifeGroup: Uint8Array;
  /** 1 + index of the lowest fit grade fast-tracked by this activity; 0 when it fast-tracks nobody. */
  fastTrackGrade: Uint8Array;
  /** Every knock-out, on or off (counts are shown for both): which codes of which column it matches. */
  knockouts: CompiledKnockout[];
  /** Offsets of each type's slots in the scratch ring of counted occurrences. */
  ringOffset: Uint32Array;
  /** Types whose occurrences decay or expire, so their worth must be recomputed at each moment. */
  dynamicTypes: Uint8Array;
}

export interface CompiledKnockout {
  id: string;
  enabled: boolean;
  attribute: number;
  codes: Uint8Array;
}

export function compileModel(model: ScoringModel, table: LeadTable): CompiledModel {
  const fitColumns = fitColumnsOf(model, table);
  const types = table.activityTypes.length;
  const points = new Float64Array(types);
  const cap = new Uint16Array(types);
  const firstTimeOnly = new Uint8Array(types);
  const lifetime = new Float64Array(types).fill(Infinity);
  const decayKind = new Uint8Array(types);
  const decayRate = new Float64Array(types);
  const fastTrackGrade = new Uint8Array(types);
  table.activityTypes.forEach((type, code) => {
    const rule = model.engagement.find((r) => r.activity === type);
    if (rule) {
      points[code] = rule.points;
      cap[code] = rule.firstTimeOnly ? Math.min(1, rule.cap) : rule.cap;
      firstTimeOnly[code] = rule.firstTimeOnly ? 1 : 0;
      const decay = compileDecay(rule.decay ?? model.decay);
      decayKind[code] = decay.kind;
      decayRate[code] = decay.rate;
      const window = rule.windowDays === null ? Infinity : rule.windowDays * DAY_MS;
      lifetime[code] = Math.min(window, decay.lifetime);
    }
    const fastTrack = model.fastTracks.find((f) => f.enabled && f.activity === type);
    if (fastTrack) fastTrackGrade[code] = FIT_GRADES.indexOf(fastTrack.minGrade) + 1;
  });

  const fitCap = model.fitCap ?? Infinity;
  const engagementCap = model.engagementCap ?? Infinity;
  const ringOffset = new Uint32Array(types + 1);
  for (let t = 0; t < types; t++) ringOffset[t + 1] = ringOffset[t] + cap[t];
  const halfLifeRates: number[] = [];
  const halfLifeGroup = new Uint8Array(types);
  for (let t = 0; t < types; t++) {
    if (decayKind[t] !== DECAY_HALF_LIFE) continue;
    if (!halfLifeRates.includes(decayRate[t])) halfLifeRates.push(decayRate[t]);
    halfLifeGroup[t] = halfLifeRates.indexOf(decayRate[t]);
  }

  return {
    mode: model.mode === 'blend' ? MODE_BLEND : model.mode === 'matrix' ? MODE_MATRIX : MODE_POINTS,
    channelThreshold: Float64Array.from(table.channel.values, (channel) => model.channelThresholds[channel] ?? model.threshold),
    fitWeight: model.fitWeight,
    fitPoints: fitColumns.map((c) => c.points),
    fitCodes: fitColumns.map((c) => c.codes),
    fitCoding: fitColumns.map((c) => c.coding),
    fitCap,
    engagementCap,
    // The blend's scales come from the model, not the data, so a score means the same on any dataset.
    fitMax: Math.max(1, Math.min(fitCap, bestFitPoints(model))),
    engagementMax: Math.max(
      1,
      Math.min(engagementCap, model.engagement.reduce((sum, r) => sum + Math.max(0, r.points) * (r.firstTimeOnly ? Math.min(1, r.cap) : r.cap), 0)),
    ),
    gradeCuts: Float64Array.from(model.matrix.gradeCuts),
    levelCuts: Float64Array.from(model.matrix.levelCuts),
    qualifyingCell: Uint8Array.from({ length: 16 }, (_, i) =>
      model.matrix.cells.includes(`${FIT_GRADES[Math.floor(i / 4)]}${(i % 4) + 1}`) ? 1 : 0,
    ),
    points,
    cap,
    firstTimeOnly,
    lifetime,
    decayKind,
    decayRate,
    halfLifeRates: Float64Array.from(halfLifeRates),
    halfLifeGroup,
    fastTrackGrade,
    knockouts: model.knockouts
      .map((rule) => ({ rule, attribute: table.fit.findIndex((c) => c.key === rule.attribute) }))
      .filter(({ attribute }) => attribute >= 0)
      .map(({ rule, attribute }) => ({
        id: rule.id,
        enabled: rule.enabled,
        attribute,
        codes: Uint8Array.from(table.fit[attribute].values, (value) => (rule.values.includes(value) ? 1 : 0)),
      })),
    ringOffset,
    dynamicTypes: Uint8Array.from(
      Array.from({ length: types }, (_, t) => t).filter((t) => cap[t] > 0 && (decayKind[t] !== DECAY_NONE || lifetime[t] !== Infinity)),
    ),
  };
}

/** The most fit points a lead could earn: each rule's best value (or nothing) added up. */
function bestFitPoints(model: ScoringModel): number {
  let sum = 0;
  for (const rule of model.fit) sum += Math.max(0, rule.otherPoints, ...Object.values(rule.points));
  for (const rule of model.fitBands) sum += Math.max(0, rule.blankPoints, ...rule.points);
  for (const rule of model.fitBooleans) sum += Math.max(0, rule.yes, rule.no, rule.blank);
  return sum;
}

function compileDecay(decay: Decay): { kind: number; rate: number; lifetime: number } {
  if (decay.kind === 'half-life') return { kind: DECAY_HALF_LIFE, rate: Math.LN2 / (decay.days * DAY_MS), lifetime: Infinity };
  if (decay.kind === 'linear') {
    const rate = decay.percent / 100 / (decay.periodDays * DAY_MS);
    return { kind: DECAY_LINEAR, rate, lifetime: 1 / rate };
  }
  return { kind: DECAY_NONE, rate: 0, lifetime: Infinity };
}

/** Fit grade index (0 = A … 3 = D) of a fit score. */
export function gradeOf(fit: number, cuts: Float64Array): number {
  return fit >= cuts[0] ? 0 : fit >= cuts[1] ? 1 : fit >= cuts[2] ? 2 : 3;
}

/** Engagement level (1 = most engaged … 4) of an engagement score. */
export function levelOf(engagement: number, cuts: Float64Array): number {
  return engagement >= cuts[0] ? 1 : engagement >= cuts[1] ? 2 : engagement >= cuts[2] ? 3 : 4;
}
