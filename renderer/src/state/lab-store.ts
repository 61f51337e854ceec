import { create } from 'zustand';
import type { DatasetSummary, ProgressEvent } from '../../../shared/api';
import type { Kpis } from '../../../shared/engine/kpis';
import { DEFAULT_METRICS_OPTIONS, type Metrics, type MetricsOptions } from '../../../shared/engine/metrics';
import type { Vocabulary } from '../../../shared/engine/vocabulary';
import type { ScoringModel } from '../../../shared/model/scoring-model';
import { api, onApiEvent } from '../api/client';
import { EngineClient } from '../worker/engine-client';

export type Status = 'starting' | 'loading' | 'ready' | 'error';

export interface LabState {
  status: Status;
  progress: ProgressEvent | null;
  error: string | null;
  dataset: DatasetSummary | null;
  /** Attribute values and activity types present in the dataset, for the rule editor. */
  vocabulary: Vocabulary | null;
  baselineModel: ScoringModel | null;
  /** The model being edited. */
  model: ScoringModel | null;
  baselineKpis: Kpis | null;
  /** KPIs of the newest model the engine has finished; may trail `model` by one tick. */
  kpis: Kpis | null;
  /** The model `kpis` belong to. */
  kpisModel: ScoringModel | null;
  metrics: Metrics | null;
  baselineMetrics: Metrics | null;
  /** View choices that change what the engine computes (breakdown dimension, time grain, …). */
  metricsOptions: MetricsOptions;
  setMetricsOptions(change: Partial<MetricsOptions>): void;
  lastTickMs: number | null;
  start(): Promise<void>;
  /** Applies one edit to the working model and rescoring follows. */
  edit(change: (model: ScoringModel) => ScoringModel): void;
  resetToBaseline(): void;
  /** Shows a message the user can dismiss. */
  showError(message: string): void;
  dismissError(): void;
}

/** The engine, for views that ask it questions on demand (lead lists, explanations). */
export function currentEngine(): EngineClient | null {
  return engine;
}

const AUTOSAVE_DELAY_MS = 400;
let engine: EngineClient | null = null;
let autosaveTimer: ReturnType<typeof setTimeout> | undefined;
let starting = false;

export const useLab = create<LabState>()((set, get) => {
  function apply(model: ScoringModel): void {
    set({ model });
    engine?.evaluate(model, get().metricsOptions);
    scheduleAutosave(model);
  }

  // The working model is saved shortly after the last change, so a crash or a closed window
  // loses at most the last fraction of a second of work.
  function scheduleAutosave(model: ScoringModel): void {
    const datasetId = get().dataset?.id;
    if (datasetId === undefined) return;
    clearTimeout(autosaveTimer);
    autosaveTimer = setTimeout(() => {
      api['model:save-working']({ datasetId, model }).catch((error: unknown) => set({ error: messageOf(error) }));
    }, AUTOSAVE_DELAY_MS);
  }

  return {
    status: 'starting',
    progress: null,
    error: null,
    dataset: null,
    vocabulary: null,
    baselineModel: null,
    model: null,
    baselineKpis: null,
    kpis: null,
    kpisModel: null,
    metrics: null,
    baselineMetrics: null,
    metricsOptions: DEFAULT_METRICS_OPTIONS,
    lastTickMs: null,

    async start() {
      // React's StrictMode mounts twice in development; one engine and one load are enough.
      if (engine || get().status !== 'starting' || starting) return;
      starting = true;
      const unsubscribe = onApiEvent('progress', (progress) => set({ progress }));
      try {
        const workspace = await api['workspace:open'](null);
        if (workspace.activeDatasetId === null) throw new Error('This workspace holds no dataset.');
        set({ status: 'loading', progress: { task: 'load', label: 'Loading leads', done: 0, total: 1 } });
        const datasetId = workspace.activeDatasetId;
        const [opened, table] = await Promise.all([api['dataset:open']({ datasetId }), api['dataset:table']({ datasetId })]);
        engine = new EngineClient({
          onLoaded: (vocabulary, baselineKpis) => {
            set({ vocabulary, baselineKpis });
            engine?.evaluate(opened.workingModel, get().metricsOptions);
          },
          onResult: (scenario, baseline, model, ms) =>
            set({
              kpis: scenario.kpis,
              metrics: scenario.metrics,
              baselineMetrics: baseline.metrics,
              kpisModel: model,
              lastTickMs: ms,
              status: 'ready',
              progress: null,
            }),
          onError: (message) => set({ status: 'error', error: message }),
        });
        set({ dataset: opened.dataset, baselineModel: opened.baseline.model, model: opened.workingModel });
        engine.load(table, opened.baseline.model);
      } catch (error) {
        set({ status: 'error', error: messageOf(error) });
      } finally {
        unsubscribe();
      }
    },
    setMetricsOptions(change) {
      const metricsOptions = { ...get().metricsOptions, ...change };
      set({ metricsOptions });
      const model = get().model;
      if (model) engine?.evaluate(model, metricsOptions);
    },
    edit(change) {
      const model = get().model;
      if (model) apply(change(model));
    },
    showError(message) {
      set({ error: message });
    },
    dismissError() {
      set({ error: null });
    },
    resetToBaseline() {
      const baseline = get().baselineModel;
      if (baseline) apply(baseline);
    },
  };
});

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
