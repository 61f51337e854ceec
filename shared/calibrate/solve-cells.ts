import { gradeOf, levelOf, type CompiledModel } from '../engine/compile';
import { scoringCutoff, type LeadTable } from '../engine/lead-table';
import { addOutcome, emptyCounts, outcomeOf, SQL, type OutcomeCounts } from '../engine/metrics/outcome';
import type { LeadScores } from '../engine/score';
import { FIT_GRADES, ENGAGEMENT_LEVELS } from '../model/scoring-model';
import { wilsonInterval } from '../stats/wilson';
import { goalCount, percent, rateWords as rateWordsFor, weekly } from './goal-words';
import { goalMiss, type Goal, type GoalOutcome, type ThresholdGoals } from './solve-threshold';

/**
 * What the matrix solver needs to know about the leads: how many of each outcome reached each
 * fit grade × engagement level cell at best, and how many a fast-track makes MQLs whatever cells
 * qualify. A staircase of cells (see below) qualifies exactly the leads whose best cell is in it,
 * so these 17 counts give any staircase's figures without scoring again.
 */
export interface CellOutcomes {
  /** By cell index grade × 4 + level − 1 (A1 = 0 … D4 = 15); fast-trackable and knocked-out leads excluded. */
  byCell: OutcomeCounts[];
  /** Leads a fast-track rule would make MQLs under any cells. */
  fastTracked: OutcomeCounts;
  totalSqls: number;
}

/**
 * Counts from the scores of a model in matrix mode. A lead is fast-trackable when a fast-track
 * activity of its grade happened before its cutoff, even if the lead had already qualified
 * through a cell by then (it would be fast-tracked under a smaller set of cells).
 */
export function cellOutcomes(table: LeadTable, model: CompiledModel, scores: LeadScores): CellOutcomes {
  const byCell = Array.from({ length: 16 }, emptyCounts);
  const fastTracked = emptyCounts();
  let totalSqls = 0;
  for (let lead = 0; lead < table.n; lead++) {
    const outcome = outcomeOf(table, lead);
    if (outcome === SQL) totalSqls++;
    if (scores.knockedOut[lead]) continue;
    const grade = gradeOf(scores.fit[lead], model.gradeCuts);
    if (fastTrackable(table, model, lead, grade)) addOutcome(fastTracked, outcome);
    else addOutcome(byCell[grade * 4 + levelOf(scores.engagement[lead], model.levelCuts) - 1], outcome);
  }
  return { byCell, fastTracked, totalSqls };
}

/** Each cell's own figures, by cell index: its leads a week and the SQL rate of those sales worked (NaN when none). */
export function cellFigures(outcomes: CellOutcomes, weeks: number): { perWeek: number; rate: number }[] {
  return outcomes.byCell.map((c) => ({ perWeek: weeks > 0 ? c.leads / weeks : c.leads, rate: c.observed > 0 ? c.sqls / c.observed : NaN }));
}

function fastTrackable(table: LeadTable, model: CompiledModel, lead: number, grade: number): boolean {
  const cutoff = scoringCutoff(table, lead);
  for (let e = table.eventOffsets[lead]; e < table.eventOffsets[lead + 1]; e++) {
    if (table.eventTime[e] >= cutoff) return false;
    if (model.fastTrackGrade[table.eventType[e]] > grade) return true;
  }
  return false;
}

/**
 * A staircase: for each grade A–D, how many engagement levels qualify counting from level 1, never
 * more for a worse grade than for a better one (a better-fit lead never needs more engagement).
 * Those are the cell sets an MQL matrix is drawn with, and on them the best cell decides exactly.
 */
export type Staircase = [number, number, number, number];

export interface CellsPoint extends GoalOutcome {
  cells: string[];
  observed: number;
}

export type CellsAnswer =
  | { ok: true; point: CellsPoint; binding: Goal[]; message: string }
  | { ok: false; binding: Goal[]; closest: CellsPoint | null; message: string };

export function staircaseCells(stairs: Staircase): string[] {
  return stairs.flatMap((levels, grade) => ENGAGEMENT_LEVELS.slice(0, levels).map((level) => `${FIT_GRADES[grade]}${level}`));
}

/** Every staircase, from no cell to all sixteen: 70 of them. */
export function allStaircases(): Staircase[] {
  const out: Staircase[] = [];
  for (let a = 0; a <= 4; a++)
    for (let b = 0; b <= a; b++)
      for (let c = 0; c <= b; c++)
        for (let d = 0; d <= c; d++) out.push([a, b, c, d]);
  return out;
}

export function staircasePoint(outcomes: CellOutcomes, stairs: Staircase, weeks: number): CellsPoint {
  const total = { ...outcomes.fastTracked };
  stairs.forEach((levels, grade) => {
    for (let level = 0; level < levels; level++) {
      const cell = outcomes.byCell[grade * 4 + level];
      total.leads += cell.leads;
      total.observed += cell.observed;
      total.sqls += cell.sqls;
    }
  });
  const interval = wilsonInterval(total.sqls, total.observed);
  return {
    cells: staircaseCells(stairs),
    mqls: total.leads,
    perWeek: weeks > 0 ? total.leads / weeks : NaN,
    observed: total.observed,
    sqls: total.sqls,
    rate: total.observed > 0 ? total.sqls / total.observed : NaN,
    rateLow: interval.low,
    rateHigh: interval.high,
    captured: outcomes.totalSqls > 0 ? total.sqls / outcomes.totalSqls : NaN,
  };
}


/** The cells in words, a range per grade: "A1–A3, B1–B2, C1". */
export function describeCells(cells: readonly string[]): string {
  if (cells.length === 0) return 'no cell';
  return FIT_GRADES.map((grade) => cells.filter((c) => c.startsWith(grade)).sort())
    .filter((row) => row.length > 0)
    .map((row) => (row.length === 1 ? row[0] : `${row[0]}–${row[row.length - 1]}`))
    .join(', ');
}

/**
 * The staircase of cells that best serves the goals: the most SQLs captured (or the highest rate)
 * among those meeting every goal set; when none does, which goal cannot be met and the closest.
 * A goal binds when every staircase one cell larger that would capture more SQLs breaks it.
 */
export function solveCells(outcomes: CellOutcomes, goals: ThresholdGoals): CellsAnswer {
  if (goals.maxPerWeek !== null && !(goals.weeks > 0)) throw new Error('A weekly capacity needs the number of weeks the leads span.');
  const stairs = allStaircases();
  const points = stairs.map((s) => staircasePoint(outcomes, s, goals.weeks));
  const rateOf = (p: CellsPoint) => (goals.confident ? p.rateLow : p.rate);
  const meetsRate = (p: CellsPoint) => goals.minRate === null || (p.observed > 0 && rateOf(p) >= goals.minRate);
  const meetsCapacity = (p: CellsPoint) => goals.maxPerWeek === null || p.perWeek <= goals.maxPerWeek;
  const rateWords = rateWordsFor(goals.confident);

  let best = -1;
  points.forEach((p, i) => {
    if (meetsRate(p) && meetsCapacity(p) && p.mqls > 0 && (best < 0 || better(p, points[best], goals.objective))) best = i;
  });
  if (best >= 0) {
    const chosen = points[best];
    const larger = stairs.map((s, i) => ({ s, p: points[i] })).filter(({ s, p }) => oneCellMore(stairs[best], s) && p.sqls > chosen.sqls);
    const binding: Goal[] = [];
    if (goals.objective === 'sqls' && larger.length > 0) {
      if (goals.minRate !== null && larger.every(({ p }) => !meetsRate(p))) binding.push('rate');
      if (goals.maxPerWeek !== null && larger.every(({ p }) => !meetsCapacity(p))) binding.push('capacity');
    }
    let message = `Cells ${describeCells(chosen.cells)} meet ${goalCount(goals)}: ${weekly(chosen.perWeek)} MQLs a week, ${percent(chosen.rate)} MQL→SQL, ${percent(chosen.captured)} of SQLs captured.`;
    if (binding.length === 2) message += ' Both goals bind: any further cell breaks one of them.';
    else if (binding[0] === 'rate') message += ` The rate goal binds: any further cell brings ${rateWords} below ${percent(goals.minRate ?? 0)}.`;
    else if (binding[0] === 'capacity') message += ` The capacity goal binds: any further cell sends sales more than ${weekly(goals.maxPerWeek ?? 0)} MQLs a week.`;
    return { ok: true, point: chosen, binding, message };
  }

  const nonEmpty = points.filter((p) => p.mqls > 0);
  const anyRate = nonEmpty.some(meetsRate);
  const anyCapacity = points.some(meetsCapacity);
  if (!anyRate) {
    const observed = nonEmpty.filter((p) => p.observed > 0);
    const top = observed.reduce<CellsPoint | null>((a, p) => (a === null || rateOf(p) > rateOf(a) ? p : a), null);
    const reach = top ? ` The highest is ${percent(rateOf(top))}, with cells ${describeCells(top.cells)}.` : '';
    return { ok: false, binding: ['rate'], closest: top, message: `No set of cells reaches ${percent(goals.minRate ?? 0)} for ${rateWords}.${reach}` };
  }
  if (!anyCapacity) {
    const fewest = points[0];
    return {
      ok: false,
      binding: ['capacity'],
      closest: fewest,
      message: `Even with no cell qualifying, fast-tracked leads alone give sales ${weekly(fewest.perWeek)} MQLs a week, more than ${weekly(goals.maxPerWeek ?? 0)}.`,
    };
  }
  let closest = points[0];
  let closestMiss = Infinity;
  for (const p of nonEmpty) {
    const miss = goalMiss(goals, { observed: p.observed, rate: rateOf(p), perWeek: p.perWeek });
    if (miss < closestMiss) [closest, closestMiss] = [p, miss];
  }
  return {
    ok: false,
    binding: ['rate', 'capacity'],
    closest,
    message: `No set of cells meets both goals: wherever ${rateWords} reaches ${percent(goals.minRate ?? 0)}, sales would get more than ${weekly(goals.maxPerWeek ?? 0)} MQLs a week. Closest: ${describeCells(closest.cells)}.`,
  };
}

function oneCellMore(from: Staircase, to: Staircase): boolean {
  let added = 0;
  for (let g = 0; g < 4; g++) {
    if (to[g] < from[g]) return false;
    added += to[g] - from[g];
  }
  return added === 1;
}

/** Ties go to fewer MQLs, then to fewer cells. */
function better(a: CellsPoint, b: CellsPoint, objective: ThresholdGoals['objective']): boolean {
  const finite = (x: number) => (Number.isFinite(x) ? x : -Infinity);
  const [pa, pb] = objective === 'sqls' ? [a.sqls, b.sqls] : [finite(a.rate), finite(b.rate)];
  if (pa !== pb) return pa > pb;
  if (a.mqls !== b.mqls) return a.mqls < b.mqls;
  return a.cells.length < b.cells.length;
}
