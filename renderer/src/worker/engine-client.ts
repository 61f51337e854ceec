import type { CalibrationProgress, CalibrationSettings } from '../../../shared/calibrate/calibrate';
import type { Kpis } from '../../../shared/engine/kpis';
import type { MetricsOptions } from '../../../shared/engine/metrics';
import type { Vocabulary } from '../../../shared/engine/vocabulary';
import type { ScoringModel } from '../../../shared/model/scoring-model';
import type { CalibrationAnswer, Evaluation, Query, QueryAnswers, WorkerRequest, WorkerResponse } from './protocol';
import { markTickReceived, markTickSent } from './tick-marks';

export interface EngineCallbacks {
  onLoaded(vocabulary: Vocabulary, baseline: Kpis, ms: number): void;
  /** A tick's KPIs, ahead of its views. */
  onKpis(kpis: Kpis, model: ScoringModel, ms: number): void;
  /** A tick's every figure (never for a tick a newer one overtook). */
  onResult(scenario: Evaluation, baseline: Evaluation): void;
  onBaseline(baseline: Kpis): void;
  onError(message: string): void;
}

/**
 * The UI side of the engine worker: load a dataset, then send it every model as it changes. The
 * worker scores only the newest one waiting (see TickLoop), so a drag never queues behind old work.
 */
export class EngineClient {
  private readonly worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
  private readonly sent = new Map<number, ScoringModel>();
  private seq = 0;
  private queryId = 0;
  private readonly pending = new Map<number, { resolve(answer: unknown): void; reject(error: Error): void; progress?(progress: CalibrationProgress): void }>();

  constructor(callbacks: EngineCallbacks) {
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'loaded') callbacks.onLoaded(message.vocabulary, message.baseline, message.ms);
      else if (message.type === 'baseline-changed') callbacks.onBaseline(message.baseline);
      else if (message.type === 'progress') this.pending.get(message.id)?.progress?.(message.progress);
      else if (message.type === 'answer') {
        this.pending.get(message.id)?.resolve(message.answer);
        this.pending.delete(message.id);
      } else if (message.type === 'error' && message.id !== undefined) {
        this.pending.get(message.id)?.reject(new Error(message.message));
        this.pending.delete(message.id);
      } else if (message.type === 'error') callbacks.onError(message.message);
      else if (message.type === 'kpis') {
        // Ticks older than this one were overtaken in the worker: no answer will come for them.
        for (const seq of this.sent.keys()) if (seq < message.seq) this.sent.delete(seq);
        const model = this.sent.get(message.seq);
        markTickReceived(message.seq, message.ms, message.kpis);
        if (model) callbacks.onKpis(message.kpis, model, message.ms);
      } else {
        if (this.sent.delete(message.seq)) callbacks.onResult(message.scenario, message.baseline);
      }
    };
    this.worker.onerror = (event) => callbacks.onError(event.message || 'The scoring engine stopped unexpectedly.');
  }

  /** The buffer is transferred, not copied: the caller must not use it afterwards. */
  load(table: ArrayBuffer, baseline: ScoringModel): void {
    this.post({ type: 'load', table, baseline }, [table]);
  }

  setBaseline(model: ScoringModel): void {
    this.post({ type: 'baseline', model });
  }

  evaluate(model: ScoringModel, options: MetricsOptions): void {
    const seq = ++this.seq;
    this.sent.set(seq, model);
    markTickSent(seq);
    this.post({ type: 'evaluate', seq, model, options });
  }

  /** Asks about the last evaluated model; answered after any tick already sent. */
  query<K extends Query['kind']>(query: Extract<Query, { kind: K }>): Promise<QueryAnswers[K]> {
    const id = ++this.queryId;
    return new Promise<QueryAnswers[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: (answer) => resolve(answer as QueryAnswers[K]), reject });
      this.post({ type: 'query', id, query });
    });
  }

  /** Runs the calibration assistant in the worker, reporting progress; `cancel` stops it between two steps. */
  calibrate(model: ScoringModel, settings: CalibrationSettings, onProgress: (progress: CalibrationProgress) => void): { answer: Promise<CalibrationAnswer>; cancel(): void } {
    const id = ++this.queryId;
    const answer = new Promise<CalibrationAnswer>((resolve, reject) => {
      this.pending.set(id, { resolve: (a) => resolve(a as CalibrationAnswer), reject, progress: onProgress });
      this.post({ type: 'query', id, query: { kind: 'calibrate', model, settings } });
    });
    return { answer, cancel: () => this.post({ type: 'cancel', id }) };
  }

  private post(message: WorkerRequest, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }
}
