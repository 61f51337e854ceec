import type { Kpis } from '../../shared/engine/kpis';
import { defaultModel } from '../../shared/model/default-model';
import { withActivityRule, withFitPoints, withThreshold } from '../../shared/model/edit-model';
import type { ScoringModel } from '../../shared/model/scoring-model';
import type { Fixture } from './fixture';
import type { BenchResult } from './report';
import { workerStateFor, workerTick } from './slider-ticks';
import type { CoreCounts } from './sqlite-peer';
import { median, percentile, timeRuns } from './timing';

/*
 * Rule edits a user might make between threshold drags. All keep activity points non-negative,
 * the case the SQLite peer's score-at-cutoff rule is exact for (and the engine's fast path).
 */
const EDITS: ((model: ScoringModel) => ScoringModel)[] = [
  (m) => withActivityRule(m, 'pricing_page', { points: 25 }),
  (m) => withActivityRule(m, 'email_open', { points: 0 }),
  (m) => withFitPoints(m, 'industry', 'Software', 20),
  (m) => withActivityRule(m, 'demo_request', { cap: 2 }),
  (m) => withFitPoints(m, 'seniority', 'C-level', 5),
  (m) => withActivityRule(m, 'web_visit', { points: 2, cap: 20 }),
];

/**
 * The models of `count` slider ticks: the threshold dragged 40 → 90 → 40 … one step per tick,
 * with a rule edit every 17th tick (so 50 ticks still see three), edits accumulating as they
 * would in a real session.
 */
export function tickModels(count: number): ScoringModel[] {
  const models: ScoringModel[] = [];
  let model = defaultModel();
  let edits = 0;
  for (let tick = 0; tick < count; tick++) {
    if (tick % 17 === 8) model = EDITS[edits++ % EDITS.length](model);
    const phase = tick % 100;
    model = withThreshold(model, phase <= 50 ? 40 + phase : 140 - phase);
    models.push(model);
  }
  return models;
}

/** The models whose KPIs must match the peer's: the default, a stricter and a looser one, and the last tick. */
export function checkModels(lastTick: ScoringModel): ScoringModel[] {
  const stricter = EDITS.slice(0, 3).reduce((m, edit) => edit(m), withThreshold(defaultModel(), 75));
  const looser = EDITS.slice(3).reduce((m, edit) => edit(m), withThreshold(defaultModel(), 45));
  return [defaultModel(), stricter, looser, lastTick];
}

function sameCounts(ours: Kpis, peer: CoreCounts): boolean {
  return (
    ours.mqls === peer.mqls &&
    ours.mqlsObserved === peer.mqlsObserved &&
    ours.mqlSqls === peer.mqlSqls &&
    ours.totalSqls === peer.totalSqls
  );
}

const WARM_UP_TICKS = 5;

/**
 * Times the whole worker recompute for one slider tick (compile the model, update the leads it
 * touches, count the KPIs and every view's data), against one SQL query giving the KPI counts.
 */
export function runRecomputeTick(fixture: Fixture, log: (line: string) => void): BenchResult {
  const big = fixture.n >= 1_000_000;
  const models = tickModels(big ? 50 : 200);
  const state = workerStateFor(fixture, log);
  // A few untimed ticks first: the worker has long been warm by the time a user drags a slider.
  for (let i = 0; i < WARM_UP_TICKS; i++) workerTick(state, models[i]);
  const times = timeRuns(models.length, (tick) => void workerTick(state, models[tick]));
  const result: BenchResult = {
    name: 'recompute-tick',
    n: fixture.n,
    medianMs: median(times),
    p95Ms: percentile(times, 95),
    peer: null,
    peerMedianMs: null,
    ratio: null,
    agree: null,
  };
  const peer = fixture.peer;
  if (!peer) return result;

  // The agreement checks double as the peer's warm-up (page cache, statement compilation).
  const checksStart = performance.now();
  const checks = checkModels(models[models.length - 1]);
  let agree = true;
  for (const model of checks) {
    const ours = workerTick(state, model).kpis;
    const theirs = peer.counts(model);
    if (!sameCounts(ours, theirs)) {
      agree = false;
      const { mqls, mqlsObserved, mqlSqls, totalSqls } = ours;
      const mine = JSON.stringify({ mqls, mqlsObserved, mqlSqls, totalSqls });
      log(`# disagreement at threshold ${model.threshold}: ours ${mine}, sqlite ${JSON.stringify(theirs)}`);
    }
  }
  const checksMs = performance.now() - checksStart;
  const model = defaultModel();
  const peerTimes = timeRuns(big ? 3 : 5, () => peer.counts(model));
  const peerMedianMs = median(peerTimes);
  const total = (ms: number[]): string => `${(ms.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`;
  const checked = `${checks.length} models checked on both sides ${total([checksMs])}`;
  const peerRuns = `${peerTimes.length} peer runs ${total(peerTimes)}`;
  log(`# recompute-tick: ${times.length} ticks ${total(times)}, ${checked}, ${peerRuns}`);
  return { ...result, peer: 'sqlite', peerMedianMs, ratio: result.medianMs / peerMedianMs, agree };
}
