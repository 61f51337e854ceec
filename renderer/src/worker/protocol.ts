import type { Kpis } from '../../../shared/engine/kpis';
import type { Vocabulary } from '../../../shared/engine/vocabulary';
import type { ScoringModel } from '../../../shared/model/scoring-model';

/** Messages to the engine worker. */
export type WorkerRequest =
  | { type: 'load'; table: ArrayBuffer; baseline: ScoringModel }
  | { type: 'evaluate'; seq: number; model: ScoringModel };

/** Messages from the engine worker. */
export type WorkerResponse =
  | { type: 'loaded'; vocabulary: Vocabulary; baseline: Kpis; ms: number }
  | { type: 'result'; seq: number; kpis: Kpis; ms: number }
  | { type: 'error'; message: string };
