import { compileModel } from '../../shared/engine/compile';
import { computeKpis, type Kpis } from '../../shared/engine/kpis';
import { computeMetrics, DEFAULT_METRICS_OPTIONS, type Metrics } from '../../shared/engine/metrics';
import { MetricsTally } from '../../shared/engine/metrics/metrics-tally';
import { scoreLeads, type LeadScores } from '../../shared/engine/score';
import { ScoringSession } from '../../shared/engine/scoring-session';
import { defaultModel } from '../../shared/model/default-model';
import { withActivityRule, withFitPoints, withThreshold } from '../../shared/model/edit-model';
import type { ScoringModel } from '../../shared/model/scoring-model';
import type { Fixture } from './fixture';
import type { BenchResult } from './report';
import type { CoreCounts } from './sqlite-peer';
import { median, percentile, timeRuns } from './timing';

/**
 * One slider dragged back and forth, a tick per step: what a user feels while dragging it. Each
 * tick is what the worker does for it: ScoringSession.tick (compile, find what changed, update
 * the touched leads and the KPIs) and MetricsTally.update (every result view's data), timed from
 * a session already showing the base model.
 */
interface SliderBench {
  name: string;
  base: () => ScoringModel;
  /** The model at drag step `step` (0, 1, 2, …): a triangle wave over the slider's range. */
  at: (base: ScoringModel, step: number) => ScoringModel;
  /** Whether the SQLite peer scores the model exactly: points mode, no decay, non-negative points. */
  sqlite: boolean;
}

/** 0, 1, …, span, span - 1, …, 1, 0, 1, …: a drag back and forth over span + 1 positions. */
const wave = (step: number, span: number): number => {
  const phase = step % (2 * span);
  return phase <= span ? phase : 2 * span - phase;
};

const halfLife = (days: number): ScoringModel => ({ ...defaultModel(), decay: { kind: 'half-life', days } });
const blend = (): ScoringModel => ({ ...defaultModel(), mode: 'blend', threshold: 50 });

export const SLIDER_BENCHES: SliderBench[] = [
  { name: 'tick-threshold', base: defaultModel, at: (m, s) => withThreshold(m, 40 + wave(s, 40)), sqlite: true },
  // Software is the largest industry of the sample: a fit value on about a quarter of the leads.
  { name: 'tick-fit-points', base: defaultModel, at: (m, s) => withFitPoints(m, 'industry', 'Software', -10 + wave(s, 40)), sqlite: true },
  // Web visits: nearly every lead has some, so this is the activity slider that touches the most leads.
  { name: 'tick-activity-points', base: defaultModel, at: (m, s) => withActivityRule(m, 'web_visit', { points: wave(s, 10) }), sqlite: true },
  { name: 'tick-activity-cap', base: defaultModel, at: (m, s) => withActivityRule(m, 'email_open', { cap: 1 + wave(s, 19) }), sqlite: true },
  { name: 'tick-half-life', base: () => halfLife(30), at: (_, s) => halfLife(10 + wave(s, 40)), sqlite: false },
  { name: 'tick-blend-weight', base: blend, at: (m, s) => ({ ...m, fitWeight: (6 + wave(s, 12)) / 20 }), sqlite: false },
];

/** The worker's state for one dataset: its session, the views' running counts, the baseline's scores. */
export interface WorkerState {
  session: ScoringSession;
  metrics: MetricsTally;
  baseline: LeadScores;
}

/** One per fixture, shared by the tick benches, as the worker keeps one per dataset. */
const states = new WeakMap<Fixture, WorkerState>();

export function workerStateFor(fixture: Fixture, log: (line: string) => void): WorkerState {
  let state = states.get(fixture);
  if (!state) {
    const start = performance.now();
    const session = new ScoringSession(fixture.table);
    const baseline = scoreLeads(fixture.table, compileModel(defaultModel(), fixture.table));
    state = { session, metrics: new MetricsTally(fixture.table), baseline };
    workerTick(state, defaultModel());
    log(`# session at ${fixture.n.toLocaleString('en-US')}: load + first full score and metrics ${((performance.now() - start) / 1000).toFixed(1)} s, ${memory()}`);
    states.set(fixture, state);
  }
  return state;
}

/** One slider tick as the worker answers it: KPIs and every view's data; `kpisMs` is when the KPIs were ready. */
export function workerTick(state: WorkerState, model: ScoringModel): { kpis: Kpis; metrics: Metrics; kpisMs: number } {
  const start = performance.now();
  const { kpis, scores } = state.session.tick(model);
  const kpisMs = performance.now() - start;
  return { kpis, metrics: state.metrics.update(model, scores, state.session.changes, state.baseline, DEFAULT_METRICS_OPTIONS), kpisMs };
}

export function memory(): string {
  const mb = (bytes: number): string => `${Math.round(bytes / 1_048_576).toLocaleString('en-US')} MB`;
  return `rss ${mb(process.memoryUsage().rss)}, peak rss ${mb(process.resourceUsage().maxRSS * 1024)}`;
}

const FIELDS = ['fit', 'engagement', 'score', 'mqlAt', 'mql', 'knockedOut', 'fastTracked'] as const;

function sameScores(a: LeadScores, b: LeadScores): boolean {
  return FIELDS.every((field) => {
    const x = a[field];
    const y = b[field];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  });
}

/** Equal as JSON, NaN included: KPIs, or a whole Metrics object. */
export function sameFigures(a: object, b: object): boolean {
  const withNaN = (_: string, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v);
  return JSON.stringify(a, withNaN) === JSON.stringify(b, withNaN);
}

function sameCounts(ours: Kpis, peer: CoreCounts): boolean {
  return ours.mqls === peer.mqls && ours.mqlsObserved === peer.mqlsObserved && ours.mqlSqls === peer.mqlSqls && ours.totalSqls === peer.totalSqls;
}

const WARM_UP_TICKS = 5;
const TIMED_TICKS = 40;

/**
 * Times the drag, then checks three of its models (first, middle, last) two ways: every
 * LeadScores array, the KPIs and every view's metrics against a full recompute from scratch
 * (score.ts, computeKpis, computeMetrics), and, where the
 * peer can score the model, the counts against one SQLite query. The peer's timing is those
 * checks' own runs: the SQLite query, or the full recompute for models SQLite cannot score.
 */
export function runSliderBench(bench: SliderBench, fixture: Fixture, log: (line: string) => void): BenchResult {
  const state = workerStateFor(fixture, log);
  const base = bench.base();
  // The same drag at every size, so the figures of different sizes compare.
  const count = TIMED_TICKS;
  const models = Array.from({ length: count + WARM_UP_TICKS }, (_, step) => bench.at(base, step));
  workerTick(state, base);
  for (let i = 0; i < WARM_UP_TICKS; i++) workerTick(state, models[i]);
  const timed = models.slice(WARM_UP_TICKS);
  const kpisTimes: number[] = [];
  const times = timeRuns(timed.length, (tick) => void kpisTimes.push(workerTick(state, timed[tick]).kpisMs));

  const checks = [timed[0], timed[timed.length >> 1], timed[timed.length - 1]];
  const peer = bench.sqlite ? fixture.peer : null;
  const peerTimes: number[] = [];
  let agree = true;
  for (const model of checks) {
    const { kpis: ours, metrics } = workerTick(state, model);
    const { scores } = state.session.score(model);
    const start = performance.now();
    const compiled = compileModel(model, fixture.table);
    const fresh = scoreLeads(fixture.table, compiled);
    const full = computeKpis(fixture.table, fresh, compiled);
    const fullMetrics = computeMetrics(fixture.table, model, fresh, state.baseline, DEFAULT_METRICS_OPTIONS);
    const fullMs = performance.now() - start;
    if (!sameScores(scores, fresh) || !sameFigures(ours, full) || !sameFigures(metrics, fullMetrics)) {
      agree = false;
      log(`# ${bench.name}: differs from a full recompute at ${JSON.stringify(summary(model))}`);
    }
    if (peer) {
      const peerStart = performance.now();
      const counts = peer.counts(model);
      peerTimes.push(performance.now() - peerStart);
      if (!sameCounts(ours, counts)) {
        agree = false;
        log(`# ${bench.name}: ours ${JSON.stringify(ours)} but sqlite ${JSON.stringify(counts)}`);
      }
    } else peerTimes.push(fullMs);
  }
  const peerMedianMs = median(peerTimes);
  const medianMs = median(times);
  log(`# ${bench.name} at ${fixture.n.toLocaleString('en-US')}: ${times.length} ticks, max ${Math.max(...times).toFixed(1)} ms; ${memory()}`);
  // The worker sends the KPIs before counting the views (renderer/src/worker/tick-loop.ts).
  log(`# ${bench.name} at ${fixture.n.toLocaleString('en-US')}: KPIs ready after ${median(kpisTimes).toFixed(1)} ms median (what the cards wait for), every view's data after ${median(times).toFixed(1)} ms`);
  return {
    name: bench.name,
    n: fixture.n,
    medianMs,
    p95Ms: percentile(times, 95),
    peer: peer ? 'sqlite' : 'full-recompute',
    peerMedianMs,
    ratio: medianMs / peerMedianMs,
    agree,
  };
}

function summary(model: ScoringModel): object {
  const { mode, threshold, fitWeight, decay } = model;
  return { mode, threshold, fitWeight, decay };
}
