import { compileModel } from '../engine/compile';
import type { LeadTable } from '../engine/lead-table';
import { computeSweep, type Sweep } from '../engine/metrics/sweep';
import { scoreLeads, type LeadScores } from '../engine/score';
import { LIMITS, type ScoringModel } from '../model/scoring-model';
import { logisticIterations } from '../stats/logistic';
import { applySuggestions } from './apply';
import { buildFeatures, MIN_VALUE_LEADS, observedLeads } from './features';
import { checkModel, computeDrift, holdoutSplit, type DriftRow, type HoldoutSplit, type ModelCheck } from './out-of-sample';
import { computeSignal, type SignalReport } from './signal';
import { thresholdForVolume } from './solve-threshold';
import { refusalFor, suggestPoints, type SuggestedWeights, type SuggestionRefusal } from './suggest';

export interface CalibrationSettings {
  /** The quarter held out ('2026-Q3'); null for the latest full quarter. */
  holdout: string | null;
  /** The L2 penalty of the fit (see LogisticOptions.lambda). */
  lambda: number;
  minValueLeads: number;
}

export const DEFAULT_CALIBRATION_SETTINGS: CalibrationSettings = { holdout: null, lambda: 2, minValueLeads: MIN_VALUE_LEADS };

export type CalibrationPhase = 'signal' | 'features' | 'fit' | 'score' | 'check';

export interface CalibrationProgress {
  phase: CalibrationPhase;
  label: string;
  /** Steps done of the whole run, for one progress bar. */
  done: number;
  total: number;
}

export interface SuggestedThreshold {
  current: number;
  suggested: number;
  /** Why this threshold: it keeps the MQL volume, or the mode has no single threshold to move. */
  basis: string;
}

export interface Calibration {
  settings: CalibrationSettings;
  split: HoldoutSplit | null;
  /** Words for where the weights were fitted, e.g. "created before 2026-Q3". */
  fittedOn: string;
  signal: SignalReport;
  suggestion: SuggestedWeights | null;
  refusal: SuggestionRefusal | null;
  /** The current model with every suggestion and the suggested threshold applied. */
  suggestedModel: ScoringModel | null;
  threshold: SuggestedThreshold | null;
  current: { check: ModelCheck; drift: DriftRow[] };
  suggested: { check: ModelCheck; drift: DriftRow[]; sweep: Sweep | null } | null;
}

/** Fit iterations budgeted in the progress bar; a fit usually needs fewer and the bar jumps ahead. */
const FIT_STEPS = 12;
const TOTAL_STEPS = 3 + FIT_STEPS + 3;

function scoreModel(table: LeadTable, model: ScoringModel): LeadScores {
  return scoreLeads(table, compileModel(model, table));
}

/**
 * The whole assistant run as a generator: signal, features, the penalised fit, points, and the
 * current and suggested models scored in and out of sample. It yields between steps so a worker
 * can report progress and stop it; run it to the end with runCalibration.
 */
export function* calibrate(table: LeadTable, model: ScoringModel, settings: CalibrationSettings = DEFAULT_CALIBRATION_SETTINGS): Generator<CalibrationProgress, Calibration, void> {
  let done = 0;
  const step = (phase: CalibrationPhase, label: string): CalibrationProgress => ({ phase, label, done: ++done, total: TOTAL_STEPS });

  const split = holdoutSplit(table, settings.holdout);
  const fittedOn = split ? `created before ${split.holdout}` : 'in the data';
  const signal = computeSignal(table, model, observedLeads(table), settings.minValueLeads);
  yield step('signal', 'Measured each rule against history');

  const trainRows = observedLeads(table, (lead) => !split || table.createdAt[lead] < split.holdoutStart);
  const features = buildFeatures(table, model, trainRows, settings.minValueLeads);
  yield step('features', `Built point-in-time features of ${trainRows.length.toLocaleString('en-US')} worked leads`);

  const currentScores = scoreModel(table, model);
  const current = { check: checkModel(table, currentScores, split), drift: computeDrift(table, currentScores) };
  yield step('score', 'Scored the current definition');

  const refusal = refusalFor(features, fittedOn);
  if (refusal) {
    return { settings, split, fittedOn, signal, suggestion: null, refusal, suggestedModel: null, threshold: null, current, suggested: null };
  }

  const iterations = logisticIterations(features.design, features.y, { lambda: settings.lambda, standardize: features.standardize });
  let next = iterations.next();
  while (!next.done) {
    const { iteration } = next.value;
    yield { phase: 'fit', label: `Fitting weights: iteration ${iteration}`, done: done + Math.min(iteration, FIT_STEPS - 1), total: TOTAL_STEPS };
    next = iterations.next();
  }
  done += FIT_STEPS;
  const fit = next.value;

  // Current scores are whole-history scores; the points are matched on the leads fitted on.
  const suggestion = suggestPoints(table, model, features, fit, currentScores, settings.lambda);
  const pointsModel = applySuggestions(model, suggestion.points);
  const pointsScores = scoreModel(table, pointsModel);
  const thresholdMode = model.mode !== 'matrix';
  const sweep = thresholdMode ? computeSweep(table, pointsScores, pointsModel, model.mode === 'blend' ? 100 : LIMITS.threshold.max) : null;
  yield step('score', 'Scored the suggested points');

  let threshold: SuggestedThreshold;
  let suggestedModel = pointsModel;
  let suggestedScores = pointsScores;
  if (sweep) {
    const suggested = thresholdForVolume(sweep, current.check.inSample.mqls + (current.check.outOfSample?.mqls ?? 0));
    threshold = { current: model.threshold, suggested, basis: 'keeps the number of MQLs over the whole history where the current definition has it' };
    if (suggested !== model.threshold) {
      suggestedModel = applySuggestions(pointsModel, [], undefined, suggested);
      suggestedScores = scoreModel(table, suggestedModel);
    }
  } else {
    threshold = { current: model.threshold, suggested: model.threshold, basis: 'kept: in grade × level mode the cells decide who qualifies; solve them for your goals under “Threshold for goals”' };
  }
  yield step('score', 'Scored the suggested definition');

  const suggested = { check: checkModel(table, suggestedScores, split), drift: computeDrift(table, suggestedScores), sweep };
  yield step('check', 'Checked both out of sample');
  return { settings, split, fittedOn, signal, suggestion, refusal: null, suggestedModel, threshold, current, suggested };
}

/** Runs calibrate to the end (tests, benchmarks). */
export function runCalibration(table: LeadTable, model: ScoringModel, settings?: CalibrationSettings, onProgress?: (p: CalibrationProgress) => void): Calibration {
  const run = calibrate(table, model, settings);
  for (;;) {
    const next = run.next();
    if (next.done) return next.value;
    onProgress?.(next.value);
  }
}
