import type { Kpis } from '../../../shared/engine/kpis';
import type { Metrics, MetricsOptions } from '../../../shared/engine/metrics';
import type { Vocabulary } from '../../../shared/engine/vocabulary';
import type { ScoringModel } from '../../../shared/model/scoring-model';

/** Messages to the engine worker. */
export type WorkerRequest =
  | { type: 'load'; table: ArrayBuffer; baseline: ScoringModel }
  | { type: 'evaluate'; seq: number; model: ScoringModel; options: MetricsOptions };

/** What one model does to the dataset: headline figures and every view's data. */
export interface Evaluation {
  kpis: Kpis;
  metrics: Metrics;
}

/** Messages from the engine worker. */
export type WorkerResponse =
  | { type: 'loaded'; vocabulary: Vocabulary; baseline: Kpis; ms: number }
  | { type: 'result'; seq: number; scenario: Evaluation; baseline: Evaluation; ms: number }
  | { type: 'error'; message: string };
