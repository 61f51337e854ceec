import { computeKpis } from '../../../shared/engine/kpis';
import type { LeadScores } from '../../../shared/engine/score';
import { decodeLeadTable } from '../../../shared/engine/lead-table-codec';
import { computeMetrics, type MetricsOptions } from '../../../shared/engine/metrics';
import { ScoringSession } from '../../../shared/engine/scoring-session';
import { vocabularyOf } from '../../../shared/engine/vocabulary';
import type { ScoringModel } from '../../../shared/model/scoring-model';
import type { Evaluation, WorkerRequest, WorkerResponse } from './protocol';

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

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    const started = performance.now();
    if (request.type === 'load') {
      const table = decodeLeadTable(request.table);
      const baselineSession = new ScoringSession(table);
      const baselineKpis = baselineSession.evaluate(request.baseline);
      loaded = {
        scenario: new ScoringSession(table),
        baselineModel: request.baseline,
        baselineScores: baselineSession.score(request.baseline).scores,
        baselineKpis,
      };
      lastBaseline = null;
      reply({ type: 'loaded', vocabulary: vocabularyOf(table), baseline: baselineKpis, ms: performance.now() - started });
      return;
    }
    if (!loaded) throw new Error('No dataset is loaded yet.');
    const { scenario } = loaded;
    const { scores, compiled } = scenario.score(request.model);
    const kpis = computeKpis(scenario.table, scores, compiled);
    const metrics = computeMetrics(scenario.table, request.model, scores, loaded.baselineScores, request.options);
    reply({
      type: 'result',
      seq: request.seq,
      scenario: { kpis, metrics },
      baseline: baselineEvaluation(loaded, request.options),
      ms: performance.now() - started,
    });
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
