import type { Sweep } from '../engine/metrics/sweep';
import { count, goalCount, percent, rateWords as rateWordsFor, weekly } from './goal-words';

export interface ThresholdGoals {
  /** Lowest acceptable MQL→SQL rate, 0–1; null for no such goal. */
  minRate: number | null;
  /** Most MQLs a week sales can work; null for no such goal. */
  maxPerWeek: number | null;
  /** Weeks the sweep's leads span, to turn its totals into weekly volumes. */
  weeks: number;
  /** Hold the rate goal against the lower end of the 95 % interval, not the estimate. */
  confident: boolean;
  /** Among thresholds meeting the goals: the most SQLs captured, or the highest rate. */
  objective: 'sqls' | 'rate';
}

export type Goal = 'rate' | 'capacity';

/** What a definition gives that the goals are judged on: a threshold's or a set of matrix cells'. */
export interface GoalOutcome {
  mqls: number;
  perWeek: number;
  rate: number;
  rateLow: number;
  rateHigh: number;
  sqls: number;
  captured: number;
}

/** What the sweep says at one threshold, weekly volume included. */
export interface ThresholdPoint extends GoalOutcome {
  threshold: number;
}

/**
 * How far an outcome falls short of the goals, as the larger relative shortfall of the two (0
 * when both are met): what "closest" means when no definition meets both. `rate` is the rate the
 * goal is held against (the estimate or its lower bound); a rate goal with nothing worked misses
 * without end.
 */
export function goalMiss(goals: ThresholdGoals, outcome: { observed: number; rate: number; perWeek: number }): number {
  const rateMiss = goals.minRate === null ? 0 : outcome.observed > 0 ? Math.max(0, (goals.minRate - outcome.rate) / goals.minRate) : Infinity;
  const capacityMiss = goals.maxPerWeek === null ? 0 : Math.max(0, (outcome.perWeek - goals.maxPerWeek) / Math.max(1, goals.maxPerWeek));
  return Math.max(rateMiss, capacityMiss);
}

/**
 * ok: the chosen threshold and the goals that stop it moving further (at the next threshold down
 * they would fail). Not ok: the goals no threshold can meet, and the threshold closest to them.
 */
export type ThresholdAnswer =
  | { ok: true; point: ThresholdPoint; binding: Goal[]; message: string }
  | { ok: false; binding: Goal[]; closest: ThresholdPoint | null; message: string };


export function pointAt(sweep: Sweep, index: number, weeks: number): ThresholdPoint {
  return {
    threshold: sweep.thresholds[index],
    mqls: sweep.mqls[index],
    perWeek: weeks > 0 ? sweep.mqls[index] / weeks : NaN,
    rate: sweep.rate[index],
    rateLow: sweep.rateLow[index],
    rateHigh: sweep.rateHigh[index],
    sqls: sweep.sqls[index],
    captured: sweep.captured[index],
  };
}

/**
 * The threshold that best serves the goals on a sweep: the one capturing the most SQLs (or with
 * the highest rate) among those meeting every goal set, or, when none does, a plain statement of
 * which goal cannot be met and the threshold that comes closest.
 */
export function solveThreshold(sweep: Sweep, goals: ThresholdGoals): ThresholdAnswer {
  const n = sweep.thresholds.length;
  if (goals.maxPerWeek !== null && !(goals.weeks > 0)) throw new Error('A weekly capacity needs the number of weeks the leads span.');
  const point = (i: number) => pointAt(sweep, i, goals.weeks);
  const rateOf = (i: number) => (goals.confident ? sweep.rateLow[i] : sweep.rate[i]);
  const meetsRate = (i: number) => goals.minRate === null || (sweep.observed[i] > 0 && rateOf(i) >= goals.minRate);
  const meetsCapacity = (i: number) => goals.maxPerWeek === null || sweep.mqls[i] / goals.weeks <= goals.maxPerWeek;
  const failing = (i: number): Goal[] => [...(meetsRate(i) ? [] : ['rate' as const]), ...(meetsCapacity(i) ? [] : ['capacity' as const])];
  const rateWords = rateWordsFor(goals.confident);

  let best = -1;
  for (let i = 0; i < n; i++) {
    if (!meetsRate(i) || !meetsCapacity(i)) continue;
    if (best < 0 || better(sweep, i, best, goals.objective)) best = i;
  }
  if (best >= 0) {
    const chosen = point(best);
    const binding = best > 0 && goals.objective === 'sqls' ? failing(best - 1) : [];
    const parts = [`${weekly(chosen.perWeek)} MQLs a week`, `${percent(chosen.rate)} MQL→SQL`, `${percent(chosen.captured)} of SQLs captured`];
    let message = `Threshold ${chosen.threshold} meets ${goalCount(goals)}: ${parts.join(', ')}.`;
    if (binding.length > 0) {
      const below = point(best - 1);
      const why = binding.map((g) => (g === 'rate' ? `${rateWords} would fall to ${percent(rateOf(best - 1))}` : `sales would get ${weekly(below.perWeek)} MQLs a week`));
      message += ` ${binding.length === 2 ? 'Both goals bind' : binding[0] === 'rate' ? 'The rate goal binds' : 'The capacity goal binds'}: at ${below.threshold} ${why.join(' and ')}.`;
    }
    return { ok: true, point: chosen, binding, message };
  }

  const anyRate = sweep.thresholds.some((_, i) => meetsRate(i));
  const anyCapacity = sweep.thresholds.some((_, i) => meetsCapacity(i));
  if (!anyRate) {
    let top = -1;
    for (let i = 0; i < n; i++) if (sweep.observed[i] > 0 && (top < 0 || rateOf(i) > rateOf(top))) top = i;
    const closest = top >= 0 ? point(top) : null;
    const reach = closest ? ` The highest is ${percent(rateOf(top))}, at threshold ${closest.threshold}.` : '';
    const also = anyCapacity ? '' : ` Nor does any stay within ${count(goals.maxPerWeek ?? 0)} MQLs a week.`;
    return { ok: false, binding: anyCapacity ? ['rate'] : ['rate', 'capacity'], closest, message: `No threshold reaches ${percent(goals.minRate ?? 0)} for ${rateWords}.${reach}${also}` };
  }
  if (!anyCapacity) {
    const last = point(n - 1);
    return {
      ok: false,
      binding: ['capacity'],
      closest: last,
      message: `Even at the highest threshold (${last.threshold}) sales would get ${weekly(last.perWeek)} MQLs a week, more than ${count(goals.maxPerWeek ?? 0)}: fast-tracked leads and channels with their own threshold do not move with it.`,
    };
  }
  // Each goal can be met, but never both at once: show the threshold that misses them least.
  let closest = 0;
  let closestMiss = Infinity;
  for (let i = 0; i < n; i++) {
    const miss = goalMiss(goals, { observed: sweep.observed[i], rate: rateOf(i), perWeek: sweep.mqls[i] / goals.weeks });
    if (miss < closestMiss) [closest, closestMiss] = [i, miss];
  }
  return {
    ok: false,
    binding: ['rate', 'capacity'],
    closest: point(closest),
    message: `No threshold meets both goals: wherever ${rateWords} reaches ${percent(goals.minRate ?? 0)}, sales would get more than ${count(goals.maxPerWeek ?? 0)} MQLs a week. Closest: threshold ${sweep.thresholds[closest]}.`,
  };
}

/** Whether threshold i serves the objective better than j; ties go to fewer MQLs, then to the lower threshold. */
function better(sweep: Sweep, i: number, j: number, objective: ThresholdGoals['objective']): boolean {
  const finite = (x: number) => (Number.isFinite(x) ? x : -Infinity);
  const [primaryI, primaryJ] = objective === 'sqls' ? [sweep.sqls[i], sweep.sqls[j]] : [finite(sweep.rate[i]), finite(sweep.rate[j])];
  if (primaryI !== primaryJ) return primaryI > primaryJ;
  return sweep.mqls[i] < sweep.mqls[j];
}

/** The threshold whose MQL count is closest to `mqls` (the lowest one, on a tie). */
export function thresholdForVolume(sweep: Sweep, mqls: number): number {
  let best = 0;
  for (let i = 1; i < sweep.thresholds.length; i++) {
    if (Math.abs(sweep.mqls[i] - mqls) < Math.abs(sweep.mqls[best] - mqls)) best = i;
  }
  return sweep.thresholds[best] ?? 0;
}
