import { compileModel } from '../engine/compile';
import type { LeadTable } from '../engine/lead-table';
import type { LeadScores } from '../engine/score';
import { activityLabel } from '../model/catalog';
import { LIMITS, type ScoringModel } from '../model/scoring-model';
import type { LogisticFit } from '../stats/logistic';
import { Z95 } from '../stats/wilson';
import type { FeatureSet } from './features';
import type { RuleRef } from './signal';

/** Below this many SQLs among the leads fitted on, no weights are suggested at all. */
export const MIN_SQLS = 100;
/** And at least this many SQLs per weight fitted: the usual events-per-variable rule, relaxed for a penalised fit. */
export const SQLS_PER_WEIGHT = 5;
/** Points per unit of log-odds when the current model has no spread to match (every rule at 0). */
export const FALLBACK_POINTS_PER_LOG_ODDS = 10;

/**
 * fitted: weighed by the data. reference: the attribute's most common value, which the other
 * values are measured from (its points only move with the attribute's level). too-rare: pooled
 * with the other rare values, so it keeps its points. no-data: no observed lead has it.
 */
export type SuggestionStatus = 'fitted' | 'reference' | 'too-rare' | 'no-data';

export interface PointSuggestion extends RuleRef {
  current: number;
  suggested: number;
  /** 95 % interval of the points before rounding, from the weight's standard error. */
  low: number;
  high: number;
  /** The fitted weight in log-odds (against the reference value for fit values) and its standard error. */
  coefficient: number;
  standardError: number;
  /** Observed leads with it among those fitted on, and how many became SQL. */
  observed: number;
  sqls: number;
  status: SuggestionStatus;
  /** For an activity the model did not count: the cap the fit assumed, to be set with the points. */
  cap: number | null;
  /** The points fell outside the slider range and were cut to it. */
  clamped: boolean;
}

export interface SuggestedWeights {
  points: PointSuggestion[];
  /** How many points one unit of log-odds is worth on this model's scale. */
  pointsPerLogOdds: number;
  observed: number;
  sqls: number;
  weights: number;
  lambda: number;
  iterations: number;
  converged: boolean;
}

export interface SuggestionRefusal {
  reason: string;
  observedSqls: number;
  required: number;
}

/** SQLs needed to fit `weights` weights: the refusal threshold, shown to the user as it is. */
export function requiredSqls(weights: number): number {
  return Math.max(MIN_SQLS, SQLS_PER_WEIGHT * weights);
}

/** Why no weights can be suggested from these leads, or null when there are enough. */
export function refusalFor(features: FeatureSet, window: string): SuggestionRefusal | null {
  let sqls = 0;
  for (let r = 0; r < features.y.length; r++) sqls += features.y[r];
  const required = requiredSqls(features.columns.length);
  let reason: string;
  if (sqls < required) {
    reason = `Only ${sqls.toLocaleString('en-US')} worked leads ${window} became SQL; weighing ${features.columns.length} rules reliably needs at least ${required.toLocaleString('en-US')} (${SQLS_PER_WEIGHT} per rule, never fewer than ${MIN_SQLS}). Suggested weights from so few would mostly be noise.`;
  } else if (sqls === features.y.length) {
    reason = `Every worked lead ${window} became SQL, so nothing tells converters from the rest.`;
  } else return null;
  return { reason, observedSqls: sqls, required };
}

function spread(values: ArrayLike<number>): number {
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += values[i];
  mean /= Math.max(1, values.length);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i] - mean) ** 2;
  return Math.sqrt(sum / Math.max(1, values.length));
}

const clamp = (value: number, range: { min: number; max: number }) => Math.min(range.max, Math.max(range.min, value));

/**
 * Turns fitted log-odds weights into whole points on the current model's scale. One log-odds unit
 * becomes k points, with k chosen so the suggested points of the fitted leads spread as widely as
 * their current points do; each attribute's points are then shifted so its average over those
 * leads is what it is now. Scores thus keep their level and range, and the threshold keeps its
 * meaning; only who ranks above whom changes. `current` holds the current model's scores.
 */
export function suggestPoints(table: LeadTable, model: ScoringModel, features: FeatureSet, fit: LogisticFit, current: LeadScores, lambda: number): SuggestedWeights {
  const { rows, design, columns } = features;
  const compiled = compileModel(model, table);
  const linear = new Float64Array(rows.length);
  const currentPoints = new Float64Array(rows.length);
  rows.forEach((lead, r) => {
    let eta = 0;
    for (let e = design.rowStart[r]; e < design.rowStart[r + 1]; e++) eta += design.value[e] * fit.coefficients[design.col[e]];
    linear[r] = eta;
    currentPoints[r] = current.fit[lead] + current.engagement[lead];
  });
  const currentSpread = spread(currentPoints);
  const fittedSpread = spread(linear);
  const k = currentSpread > 0 && fittedSpread > 0 ? currentSpread / fittedSpread : FALLBACK_POINTS_PER_LOG_ODDS;

  const points: PointSuggestion[] = [];
  for (const layout of features.attributes) {
    const column = layout.fit;
    const weightOf = (code: number) => (layout.column[code] >= 0 ? fit.coefficients[layout.column[code]] : 0);
    // The shift that keeps the attribute's average points over the fitted leads where it is now.
    let shift = 0;
    for (const lead of rows) shift += compiled.fitPoints[layout.attribute][column.codes[lead]] - k * weightOf(column.codes[lead]);
    shift /= Math.max(1, rows.length);
    column.values.forEach((value, code) => {
      const currentValue = compiled.fitPoints[layout.attribute][code];
      const c = layout.column[code];
      const rare = layout.rare.includes(code);
      const status: SuggestionStatus =
        code === layout.reference ? 'reference' : layout.leads[code] === 0 ? 'no-data' : rare ? 'too-rare' : 'fitted';
      const coefficient = weightOf(code);
      const standardError = c >= 0 ? fit.standardErrors[c] : 0;
      const raw = k * coefficient + shift;
      const kept = status === 'too-rare' || status === 'no-data';
      const suggested = kept ? currentValue : clamp(Math.round(raw), LIMITS.fitPoints);
      points.push({
        id: `fit:${column.key}:${value}`,
        kind: 'fit',
        fitKind: column.kind,
        key: column.key,
        value,
        label: `${column.label}: ${value}`,
        current: currentValue,
        suggested,
        low: kept ? NaN : raw - Z95 * k * standardError,
        high: kept ? NaN : raw + Z95 * k * standardError,
        coefficient,
        standardError,
        observed: layout.leads[code],
        sqls: layout.sqls[code],
        status,
        cap: null,
        clamped: !kept && suggested !== Math.round(raw),
      });
    });
  }
  features.countings.forEach((counting, type) => {
    const c = features.activityColumn[type];
    if (c < 0) return;
    const coefficient = fit.coefficients[c];
    const raw = k * coefficient;
    const suggested = clamp(Math.round(raw), LIMITS.activityPoints);
    const spreadPoints = Z95 * k * fit.standardErrors[c];
    points.push({
      id: `activity:${counting.key}`,
      kind: 'activity',
      fitKind: null,
      key: counting.key,
      value: null,
      label: activityLabel(counting.key),
      current: compiled.points[type],
      suggested,
      low: raw - spreadPoints,
      high: raw + spreadPoints,
      coefficient,
      standardError: fit.standardErrors[c],
      observed: columns[c].leads,
      sqls: columns[c].sqls,
      status: 'fitted',
      cap: counting.fromRule ? null : counting.cap,
      clamped: suggested !== Math.round(raw),
    });
  });
  let sqls = 0;
  for (let r = 0; r < features.y.length; r++) sqls += features.y[r];
  return {
    points,
    pointsPerLogOdds: k,
    observed: rows.length,
    sqls,
    weights: columns.length,
    lambda,
    iterations: fit.iterations,
    converged: fit.converged,
  };
}
