import type { ScoringModel } from '../../model/scoring-model';
import type { LeadTable } from '../lead-table';
import type { LeadScores } from '../score';
import { computeBreakdown, type BreakdownDimension, type BreakdownRow } from './breakdown';
import { computeFunnel, type Funnel } from './funnel';
import { computeHistogram, type ScoreHistogram } from './histogram';
import { computeMatrix, type MatrixCell } from './matrix';
import { computeNearMiss, type NearMiss } from './near-miss';
import { computeRanking, type RankingQuality } from './ranking';
import { computeSweep, sweepMaxThreshold, type Sweep } from './sweep';
import { computeQuarterRates, computeTimeSeries, type QuarterRates, type TimeGrain, type TimeSeries } from './time-series';

/** Choices the views make that change what the engine computes. */
export interface MetricsOptions {
  breakdown: BreakdownDimension;
  grain: TimeGrain;
  nearMissBand: number;
  /** A group whose 95 % interval is wider than this is flagged as too small to tell. */
  maxIntervalWidth: number;
}

export const DEFAULT_METRICS_OPTIONS: MetricsOptions = { breakdown: 'channel', grain: 'week', nearMissBand: 10, maxIntervalWidth: 0.2 };

/** Everything the result views show for one model, computed in one place so no chart recomputes a number. */
export interface Metrics {
  funnel: Funnel;
  sweep: Sweep | null;
  histogram: ScoreHistogram;
  matrix: MatrixCell[];
  breakdown: BreakdownRow[];
  timeSeries: TimeSeries;
  quarterRates: QuarterRates;
  ranking: RankingQuality;
  nearMiss: NearMiss | null;
}

export function computeMetrics(
  table: LeadTable,
  model: ScoringModel,
  scores: LeadScores,
  baseline: LeadScores,
  options: MetricsOptions,
): Metrics {
  const thresholdMode = model.mode !== 'matrix';
  return {
    funnel: computeFunnel(table, scores),
    sweep: thresholdMode ? computeSweep(table, scores, model, sweepMaxThreshold(model)) : null,
    histogram: computeHistogram(table, scores, model.mode === 'blend' ? 2 : 5),
    matrix: computeMatrix(table, scores, model),
    breakdown: computeBreakdown(table, scores, baseline, options.breakdown, options.maxIntervalWidth),
    timeSeries: computeTimeSeries(table, scores, baseline, options.grain),
    quarterRates: computeQuarterRates(table, scores, baseline),
    ranking: computeRanking(table, scores),
    nearMiss: thresholdMode ? computeNearMiss(table, scores, model.threshold, options.nearMissBand) : null,
  };
}
