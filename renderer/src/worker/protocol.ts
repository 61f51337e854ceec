import type { CellOutcomes } from '../../../shared/calibrate/solve-cells';
import type { Calibration, CalibrationProgress, CalibrationSettings } from '../../../shared/calibrate/calibrate';
import type { Explanation } from '../../../shared/engine/explain';
import type { Kpis } from '../../../shared/engine/kpis';
import type { ChangedLead } from '../../../shared/engine/lead-lists';
import type { Metrics, MetricsOptions } from '../../../shared/engine/metrics';
import type { Funnel } from '../../../shared/engine/metrics/funnel';
import type { Sweep } from '../../../shared/engine/metrics/sweep';
import type { Vocabulary } from '../../../shared/engine/vocabulary';
import type { ScoringModel } from '../../../shared/model/scoring-model';

/** Messages to the engine worker. */
export type WorkerRequest =
  | { type: 'load'; table: ArrayBuffer; baseline: ScoringModel }
  | { type: 'evaluate'; seq: number; model: ScoringModel; options: MetricsOptions }
  | { type: 'query'; id: number; query: Query }
  | { type: 'baseline'; model: ScoringModel }
  /** Stops a long query (the assistant's fit) between two of its steps. */
  | { type: 'cancel'; id: number };

/** Questions about the last evaluated model, answered on demand rather than on every tick. */
export type Query =
  | { kind: 'changed-leads' }
  | { kind: 'explain'; model: ScoringModel; row: number }
  | { kind: 'summaries'; model: ScoringModel; rows: number[] }
  | { kind: 'compare'; models: ScoringModel[] }
  | { kind: 'scored-leads' }
  /** What the matrix solver needs: each cell's leads and outcomes under this model's grades and levels. */
  | { kind: 'cell-outcomes'; model: ScoringModel }
  /** The calibration assistant: runs for a while, sending progress messages, and can be cancelled. */
  | { kind: 'calibrate'; model: ScoringModel; settings: CalibrationSettings };

export interface CalibrationAnswer {
  calibration: Calibration;
  ms: number;
}

/** Every lead's scores under the last evaluated model, by row of the lead table. */
export interface ScoredLeads {
  fit: Float64Array;
  engagement: Float64Array;
  score: Float64Array;
  mql: Uint8Array;
  mqlAt: Float64Array;
}

/** What a compared scenario gives: its headline figures, funnel and sweep. */
export interface ComparedModel {
  kpis: Kpis;
  funnel: Funnel;
  sweep: Sweep | null;
}

export interface QueryAnswers {
  'changed-leads': ChangedLead[];
  explain: Explanation;
  summaries: { row: number; summary: string }[];
  compare: ComparedModel[];
  'scored-leads': ScoredLeads;
  'cell-outcomes': CellOutcomes;
  calibrate: CalibrationAnswer;
}

/** What one model does to the dataset: headline figures and every view's data. */
export interface Evaluation {
  kpis: Kpis;
  metrics: Metrics;
}

/** Messages from the engine worker. */
export type WorkerResponse =
  | { type: 'loaded'; vocabulary: Vocabulary; baseline: Kpis; ms: number }
  /** A tick's KPIs, sent before its views are counted; `ms` is the worker's time for them. */
  | { type: 'kpis'; seq: number; kpis: Kpis; ms: number }
  /** A tick's every figure; never sent for a tick a newer one overtook (see TickLoop). */
  | { type: 'result'; seq: number; scenario: Evaluation; baseline: Evaluation; ms: number }
  | { type: 'answer'; id: number; answer: QueryAnswers[Query['kind']] }
  | { type: 'progress'; id: number; progress: CalibrationProgress }
  | { type: 'baseline-changed'; baseline: Kpis }
  | { type: 'error'; message: string; id?: number };
