import { calibrate } from '../../../shared/calibrate/calibrate';
import { cellOutcomes } from '../../../shared/calibrate/solve-cells';
import { compileModel } from '../../../shared/engine/compile';
import { explainLead } from '../../../shared/engine/explain';
import { explanationSummary } from '../../../shared/engine/explain-summary';
import { computeKpis } from '../../../shared/engine/kpis';
import { changedLeads } from '../../../shared/engine/lead-lists';
import { computeFunnel } from '../../../shared/engine/metrics/funnel';
import { computeSweep } from '../../../shared/engine/metrics/sweep';
import { allocateScores, scoreLeads, type LeadScores } from '../../../shared/engine/score';
import { decodeLeadTable } from '../../../shared/engine/lead-table-codec';
import type { LeadTable } from '../../../shared/engine/lead-table';
import { computeMetrics, type MetricsOptions } from '../../../shared/engine/metrics';
import { MetricsTally } from '../../../shared/engine/metrics/metrics-tally';
import { ScoringSession } from '../../../shared/engine/scoring-session';
import { vocabularyOf } from '../../../shared/engine/vocabulary';
import type { ScoringModel } from '../../../shared/model/scoring-model';
import type { Evaluation, Query, QueryAnswers, WorkerRequest, WorkerResponse } from './protocol';
import { TickLoop } from './tick-loop';

/**
 * The scoring engine, off the UI thread. It holds the decoded lead table between ticks, so a
 * slider move costs one pass over the leads and never a trip to the store. The baseline is scored
 * once, in a session of its own, and every view compares against it.
 */
interface Loaded {
  scenario: ScoringSession;
  baselineModel: ScoringModel;
  baselineScores: LeadScores;
  baselineKpis: Evaluation['kpis'];
  /** The result views' counts for the scenario, moved along with the session. */
  metrics: MetricsTally;
  /** Scores of the last evaluated model (the session's buffer, overwritten by the next tick). */
  lastScores: LeadScores | null;
  lastKpis: Evaluation['kpis'] | null;
}

let loaded: Loaded | null = null;
let lastBaseline: { options: string; evaluation: Evaluation } | null = null;

function reply(message: WorkerResponse): void {
  self.postMessage(message);
}

function baselineEvaluation(state: Loaded, options: MetricsOptions): Evaluation {
  const key = JSON.stringify(options);
  if (lastBaseline?.options !== key) {
    const metrics = computeMetrics(state.scenario.table, state.baselineModel, state.baselineScores, state.baselineScores, options);
    lastBaseline = { options: key, evaluation: { kpis: state.baselineKpis, metrics } };
  }
  return lastBaseline.evaluation;
}

/**
 * The baseline is scored once by the plain replay, not in a session: a session's state is
 * several hundred megabytes at a million leads, and the baseline never ticks.
 */
function scoreBaseline(table: LeadTable, model: ScoringModel): { scores: LeadScores; kpis: Evaluation['kpis'] } {
  const compiled = compileModel(model, table);
  const scores = scoreLeads(table, compiled);
  return { scores, kpis: computeKpis(table, scores, compiled) };
}

const cancelled = new Set<number>();

/** Lets the worker's message loop run, so a cancel (or a slider tick) gets in between two steps of a long query. */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** The assistant: its own scoring passes over the loaded table, so the scenario's state is never touched. */
async function answerCalibration(state: Loaded, id: number, query: Extract<Query, { kind: 'calibrate' }>): Promise<void> {
  const started = performance.now();
  try {
    const run = calibrate(state.scenario.table, query.model, query.settings);
    for (let next = run.next(); ; next = run.next()) {
      if (next.done) {
        reply({ type: 'answer', id, answer: { calibration: next.value, ms: performance.now() - started } });
        return;
      }
      reply({ type: 'progress', id, progress: next.value });
      await yieldToMessages();
      if (cancelled.has(id)) throw new Error('The assistant was stopped.');
    }
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error), id });
  } finally {
    cancelled.delete(id);
  }
}

function answer(state: Loaded, query: Exclude<Query, { kind: 'calibrate' }>): QueryAnswers[Query['kind']] {
  const table = state.scenario.table;
  if (query.kind === 'changed-leads') return changedLeads(table, state.lastScores ?? state.baselineScores, state.baselineScores);
  if (query.kind === 'explain') return explainLead(table, query.model, query.row);
  if (query.kind === 'scored-leads') {
    const scores = state.lastScores ?? state.baselineScores;
    return { fit: scores.fit.slice(), engagement: scores.engagement.slice(), score: scores.score.slice(), mql: scores.mql.slice(), mqlAt: scores.mqlAt.slice() };
  }
  if (query.kind === 'cell-outcomes') {
    const compiled = compileModel(query.model, table);
    return cellOutcomes(table, compiled, scoreLeads(table, compiled));
  }
  if (query.kind === 'compare') {
    // Scored by the plain replay into one buffer, so comparing never disturbs the scenario's
    // state between ticks and never holds a second session's state.
    const scores = allocateScores(table.n);
    return query.models.map((model) => {
      const compiled = compileModel(model, table);
      scoreLeads(table, compiled, scores);
      return {
        kpis: computeKpis(table, scores, compiled),
        funnel: computeFunnel(table, scores),
        sweep: model.mode === 'matrix' ? null : computeSweep(table, scores, model, model.mode === 'blend' ? 100 : 200),
      };
    });
  }
  return query.rows.filter((row) => row >= 0 && row < table.n).map((row) => ({ row, summary: explanationSummary(explainLead(table, query.model, row)) }));
}

type Tick = Extract<WorkerRequest, { type: 'evaluate' }> & { state: Loaded; started: number };

const ticks = new TickLoop<Tick>({
  headline(tick) {
    // The session keeps the KPIs counted as it moves the touched leads, and the metrics tally
    // catches up with those leads: a threshold step at 1M leads touches a tenth of them, not all.
    const { kpis, scores } = tick.state.scenario.tick(tick.model);
    tick.state.lastScores = scores;
    tick.state.lastKpis = kpis;
    reply({ type: 'kpis', seq: tick.seq, kpis, ms: performance.now() - tick.started });
  },
  views(tick) {
    const { state } = tick;
    // A dataset loaded meanwhile has a session of its own; this tick's views belong to the old one.
    const { lastScores, lastKpis: kpis } = state;
    if (loaded !== state || !lastScores || !kpis) return;
    const started = performance.now();
    const metrics = state.metrics.update(tick.model, lastScores, state.scenario.changes, state.baselineScores, tick.options);
    reply({ type: 'result', seq: tick.seq, scenario: { kpis, metrics }, baseline: baselineEvaluation(state, tick.options), ms: performance.now() - started });
  },
  pause: yieldToMessages,
  now: () => performance.now(),
  failed: (error) => reply({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
});

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    const started = performance.now();
    if (request.type === 'cancel') {
      cancelled.add(request.id);
      return;
    }
    if (request.type === 'load') {
      const table = decodeLeadTable(request.table);
      const baseline = scoreBaseline(table, request.baseline);
      loaded = {
        scenario: new ScoringSession(table),
        metrics: new MetricsTally(table),
        baselineModel: request.baseline,
        baselineScores: baseline.scores,
        baselineKpis: baseline.kpis,
        lastScores: null,
        lastKpis: null,
      };
      lastBaseline = null;
      reply({ type: 'loaded', vocabulary: vocabularyOf(table), baseline: baseline.kpis, ms: performance.now() - started });
      return;
    }
    if (!loaded) throw new Error('No dataset is loaded yet.');
    if (request.type === 'baseline') {
      const baseline = scoreBaseline(loaded.scenario.table, request.model);
      loaded.baselineKpis = baseline.kpis;
      loaded.baselineScores = baseline.scores;
      loaded.baselineModel = request.model;
      lastBaseline = null;
      reply({ type: 'baseline-changed', baseline: loaded.baselineKpis });
      return;
    }
    if (request.type === 'query') {
      if (request.query.kind === 'calibrate') void answerCalibration(loaded, request.id, request.query);
      else reply({ type: 'answer', id: request.id, answer: answer(loaded, request.query) });
      return;
    }
    ticks.push({ ...request, state: loaded, started });
  } catch (error) {
    const id = request.type === 'query' ? request.id : undefined;
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error), id });
  }
};
