import { calibrate, DEFAULT_CALIBRATION_SETTINGS } from '../../shared/calibrate/calibrate';
import { buildFeatures, observedLeads } from '../../shared/calibrate/features';
import { holdoutSplit } from '../../shared/calibrate/out-of-sample';
import { defaultModel } from '../../shared/model/default-model';
import { fitLogistic } from '../../shared/stats/logistic';
import type { Fixture } from './fixture';
import type { BenchResult } from './report';
import { median, percentile, timeRuns } from './timing';

/**
 * The calibration assistant's cost. calibrate-fit is what the worker spends fitting: the
 * point-in-time design matrix of the worked leads before the held-out quarter and the penalised
 * Newton fit (issue 7 asks under 30 s at 1M leads). calibrate-run is the whole assistant answer:
 * signal, fit, points, and both models scored in and out of sample. No peer computes either, so
 * the peer columns stay empty; the out-of-sample AUCs go to the log to show the fit did its job.
 */
const model = defaultModel();

function runs(n: number): number {
  return n >= 1_000_000 ? 3 : n >= 100_000 ? 5 : 10;
}

function result(name: string, n: number, times: number[]): BenchResult {
  return { name, n, medianMs: median(times), p95Ms: percentile(times, 95), peer: null, peerMedianMs: null, ratio: null, agree: null };
}

export function runCalibrateFit(fixture: Fixture, log: (line: string) => void): BenchResult {
  const { table } = fixture;
  const split = holdoutSplit(table, DEFAULT_CALIBRATION_SETTINGS.holdout);
  let summary = '';
  const times = timeRuns(runs(fixture.n), () => {
    const rows = observedLeads(table, (lead) => !split || table.createdAt[lead] < split.holdoutStart);
    const features = buildFeatures(table, model, rows);
    const fit = fitLogistic(features.design, features.y, { lambda: DEFAULT_CALIBRATION_SETTINGS.lambda, standardize: features.standardize });
    summary = `${rows.length.toLocaleString('en-US')} worked leads × ${features.columns.length} weights, ${fit.iterations} Newton iterations, converged ${fit.converged}, max |gradient| ${fit.gradientMax.toExponential(1)}`;
  });
  log(`# calibrate-fit at ${fixture.n.toLocaleString('en-US')}: ${summary}`);
  return result('calibrate-fit', fixture.n, times);
}

export function runCalibrateAll(fixture: Fixture, log: (line: string) => void): BenchResult {
  let summary = '';
  const times = timeRuns(runs(fixture.n), () => {
    const run = calibrate(fixture.table, model);
    let next = run.next();
    while (!next.done) next = run.next();
    const c = next.value;
    const auc = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(3));
    summary = `held out ${c.split?.holdout ?? 'nothing'}: AUC baseline ${auc(c.current.check.outOfSample?.auc)} → suggested ${auc(c.suggested?.check.outOfSample?.auc)} (in sample ${auc(c.current.check.inSample.auc)} → ${auc(c.suggested?.check.inSample.auc)})`;
  });
  log(`# calibrate-run at ${fixture.n.toLocaleString('en-US')}: ${summary}`);
  return result('calibrate-run', fixture.n, times);
}

export const CALIBRATE_BENCHES = [
  { name: 'calibrate-fit', needsPeer: false, run: runCalibrateFit },
  { name: 'calibrate-run', needsPeer: false, run: runCalibrateAll },
];
