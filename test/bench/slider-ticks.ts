import { compileModel } from '../../shared/engine/compile';
import { computeKpis, type Kpis } from '../../shared/engine/kpis';
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
 * tick is a whole ScoringSession.evaluate (compile, find what changed, update the touched leads
 * and the KPIs), timed from a session already showing the base model.
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

/** One session per fixture, shared by the slider benches, as the worker keeps one per dataset. */
const sessions = new WeakMap<Fixture, ScoringSession>();

function sessionFor(fixture: Fixture, log: (line: string) => void): ScoringSession {
  let session = sessions.get(fixture);
  if (!session) {
    const start = performance.now();
    session = new ScoringSession(fixture.table);
    session.evaluate(defaultModel());
    log(`# session at ${fixture.n.toLocaleString('en-US')}: load + first full score ${((performance.now() - start) / 1000).toFixed(1)} s, ${memory()}`);
    sessions.set(fixture, session);
  }
  return session;
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

function sameKpis(a: Kpis, b: Kpis): boolean {
  return JSON.stringify(a, (_, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v)) ===
    JSON.stringify(b, (_, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v));
}

function sameCounts(ours: Kpis, peer: CoreCounts): boolean {
  return ours.mqls === peer.mqls && ours.mqlsObserved === peer.mqlsObserved && ours.mqlSqls === peer.mqlSqls && ours.totalSqls === peer.totalSqls;
}

const WARM_UP_TICKS = 5;
const TIMED_TICKS = 40;

/**
 * Times the drag, then checks three of its models (first, middle, last) two ways: every
 * LeadScores array and the KPIs against a full recompute from scratch (score.ts), and, where the
 * peer can score the model, the counts against one SQLite query. The peer's timing is those
 * checks' own runs: the SQLite query, or the full recompute for models SQLite cannot score.
 */
export function runSliderBench(bench: SliderBench, fixture: Fixture, log: (line: string) => void): BenchResult {
  const session = sessionFor(fixture, log);
  const base = bench.base();
  // The same drag at every size, so the figures of different sizes compare.
  const count = TIMED_TICKS;
  const models = Array.from({ length: count + WARM_UP_TICKS }, (_, step) => bench.at(base, step));
  session.evaluate(base);
  for (let i = 0; i < WARM_UP_TICKS; i++) session.evaluate(models[i]);
  const timed = models.slice(WARM_UP_TICKS);
  const times = timeRuns(timed.length, (tick) => void session.evaluate(timed[tick]));

  const checks = [timed[0], timed[timed.length >> 1], timed[timed.length - 1]];
  const peer = bench.sqlite ? fixture.peer : null;
  const peerTimes: number[] = [];
  let agree = true;
  for (const model of checks) {
    const ours = session.evaluate(model);
    const { scores } = session.score(model);
    const start = performance.now();
    const compiled = compileModel(model, fixture.table);
    const fresh = scoreLeads(fixture.table, compiled);
    const full = computeKpis(fixture.table, fresh, compiled);
    const fullMs = performance.now() - start;
    if (!sameScores(scores, fresh) || !sameKpis(ours, full)) {
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
