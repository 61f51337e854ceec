import { create } from 'zustand';
import type { DatasetSummary, OpenedDataset, ProgressEvent } from '../../../shared/api';
import type { Kpis } from '../../../shared/engine/kpis';
import { DEFAULT_METRICS_OPTIONS, type Metrics, type MetricsOptions } from '../../../shared/engine/metrics';
import type { Vocabulary } from '../../../shared/engine/vocabulary';
import { amend, record, redo, startHistory, undo, type History } from '../../../shared/model/history';
import type { ScoringModel } from '../../../shared/model/scoring-model';
import { api, onApiEvent } from '../api/client';
import { EngineClient } from '../worker/engine-client';

export type Status = 'starting' | 'loading' | 'ready' | 'error';

export interface LabState {
  status: Status;
  progress: ProgressEvent | null;
  error: string | null;
  dataset: DatasetSummary | null;
  /** Where the workspace file lives (shown when backing up). */
  dataFolder: string | null;
  workspaceName: string | null;
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
  /** Every result view's data; while a slider is dragged it may trail `kpis` (the worker sends KPIs first). */
  metrics: Metrics | null;
  baselineMetrics: Metrics | null;
  /** View choices that change what the engine computes (breakdown dimension, time grain, …). */
  metricsOptions: MetricsOptions;
  setMetricsOptions(change: Partial<MetricsOptions>): void;
  lastTickMs: number | null;
  start(): Promise<void>;
  /**
   * Switches to another dataset of the workspace (e.g. one just imported): its lead table goes
   * to the engine, and its working model and baseline replace the current ones once the engine
   * has loaded it, so the screen never shows one dataset's model over another's table. False
   * when the dataset could not be opened (the error is shown).
   */
  openDataset(datasetId: number): Promise<boolean>;
  /** Undo/redo of every model change; each step remembers its scenario. */
  history: History | null;
  /** The saved scenario the working model was loaded from, or null for an unsaved draft. */
  scenarioId: number | null;
  /**
   * Applies one edit to the working model and rescoring follows. Edits with the same `gesture`
   * (e.g. one slider being dragged) in quick succession undo as one step.
   */
  edit(change: (model: ScoringModel) => ScoringModel, gesture?: string): void;
  /** Replaces the working model with a scenario's, as one undoable step. */
  loadModel(model: ScoringModel, scenarioId: number | null): void;
  undo(): void;
  redo(): void;
  /** Makes another model the baseline every figure is compared with. */
  setBaselineModel(model: ScoringModel): void;
  resetToBaseline(): void;
  /** Shows a message the user can dismiss. */
  showError(message: string): void;
  dismissError(): void;
  /** A passing confirmation, e.g. where a file was saved; it clears itself. */
  notice: string | null;
  showNotice(message: string): void;
}

/** The engine, for views that ask it questions on demand (lead lists, explanations). */
export function currentEngine(): EngineClient | null {
  return engine;
}

const AUTOSAVE_DELAY_MS = 400;
let engine: EngineClient | null = null;
let autosaveTimer: ReturnType<typeof setTimeout> | undefined;
let starting = false;
/** Edits of one gesture within this time fold into one undo step. */
const GESTURE_MS = 800;
let lastGesture: { key: string; at: number } | null = null;
let activeGesture: string | undefined;
/** A dataset sent to the engine by openDataset, applied to the state when the engine has loaded it. */
let switchingTo: OpenedDataset | null = null;

/**
 * Runs `change` as part of the gesture `key` (a slider being dragged or stepped), so the edits
 * it makes undo together with the others of the same gesture.
 */
export function asGesture(key: string, change: () => void): void {
  activeGesture = key;
  try {
    change();
  } finally {
    activeGesture = undefined;
  }
}

export const useLab = create<LabState>()((set, get) => {
  function apply(model: ScoringModel, scenarioId = get().scenarioId): void {
    set({ model, scenarioId });
    engine?.evaluate(model, get().metricsOptions);
    scheduleAutosave(model);
  }

  function step(model: ScoringModel, scenarioId: number | null, gesture?: string): void {
    const history = get().history;
    if (!history) return;
    const now = Date.now();
    const sameGesture = gesture !== undefined && lastGesture?.key === gesture && now - lastGesture.at < GESTURE_MS;
    lastGesture = gesture === undefined ? null : { key: gesture, at: now };
    const entry = { model, scenarioId };
    set({ history: sameGesture ? amend(history, entry) : record(history, entry) });
    apply(model, scenarioId);
  }

  function travel(move: (history: History) => History): void {
    const history = get().history;
    if (!history) return;
    const moved = move(history);
    if (moved === history) return;
    lastGesture = null;
    set({ history: moved });
    apply(moved.present.model, moved.present.scenarioId);
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
    dataFolder: null,
    workspaceName: null,
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
    history: null,
    scenarioId: null,

    async start() {
      // React's StrictMode mounts twice in development; one engine and one load are enough.
      if (engine || get().status !== 'starting' || starting) return;
      starting = true;
      const unsubscribe = onApiEvent('progress', (progress) => set({ progress }));
      try {
        const workspace = await api['workspace:open'](null);
        set({ dataFolder: workspace.dataFolder, workspaceName: workspace.workspaceName });
        if (workspace.activeDatasetId === null) throw new Error('This workspace holds no dataset.');
        set({ status: 'loading', progress: { task: 'load', label: 'Loading leads', done: 0, total: 1 } });
        const datasetId = workspace.activeDatasetId;
        const [opened, table] = await Promise.all([api['dataset:open']({ datasetId }), api['dataset:table']({ datasetId })]);
        engine = new EngineClient({
          onLoaded: (vocabulary, baselineKpis) => {
            const next = switchingTo;
            switchingTo = null;
            if (next) {
              lastGesture = null;
              set({
                dataset: next.dataset,
                baselineModel: next.baseline.model,
                model: next.workingModel,
                history: startHistory({ model: next.workingModel, scenarioId: null }),
                scenarioId: null,
              });
            }
            set({ vocabulary, baselineKpis });
            const model = get().model;
            if (model) engine?.evaluate(model, get().metricsOptions);
          },
          onKpis: (kpis, model, ms) => set({ kpis, kpisModel: model, lastTickMs: ms, status: 'ready', progress: null }),
          // The tick's KPIs came just before, in their own message.
          onResult: (scenario, baseline) => set({ metrics: scenario.metrics, baselineMetrics: baseline.metrics }),
          onBaseline: (baselineKpis) => {
            set({ baselineKpis });
            const model = get().model;
            if (model) engine?.evaluate(model, get().metricsOptions);
          },
          onError: (message) => set({ status: 'error', error: message }),
        });
        set({
          dataset: opened.dataset,
          baselineModel: opened.baseline.model,
          model: opened.workingModel,
          history: startHistory({ model: opened.workingModel, scenarioId: null }),
        });
        engine.load(table, opened.baseline.model);
      } catch (error) {
        set({ status: 'error', error: messageOf(error) });
      } finally {
        unsubscribe();
      }
    },
    async openDataset(datasetId) {
      if (!engine) return false;
      try {
        const [opened, table] = await Promise.all([api['dataset:open']({ datasetId }), api['dataset:table']({ datasetId })]);
        switchingTo = opened;
        engine.load(table, opened.baseline.model);
        return true;
      } catch (error) {
        set({ error: messageOf(error) });
        return false;
      }
    },
    setMetricsOptions(change) {
      const metricsOptions = { ...get().metricsOptions, ...change };
      set({ metricsOptions });
      const model = get().model;
      if (model) engine?.evaluate(model, metricsOptions);
    },
    edit(change, gesture) {
      const model = get().model;
      if (model) step(change(model), get().scenarioId, gesture ?? activeGesture);
    },
    loadModel(model, scenarioId) {
      step(model, scenarioId);
    },
    undo() {
      travel(undo);
    },
    redo() {
      travel(redo);
    },
    setBaselineModel(model) {
      set({ baselineModel: model });
      engine?.setBaseline(model);
    },
    showError(message) {
      set({ error: message });
    },
    notice: null,
    showNotice(message) {
      set({ notice: message });
      setTimeout(() => {
        if (get().notice === message) set({ notice: null });
      }, NOTICE_MS);
    },
    dismissError() {
      set({ error: null });
    },
    resetToBaseline() {
      const baseline = get().baselineModel;
      if (baseline) step(baseline, null);
    },
  };
});

/** Long enough to read a file path. */
const NOTICE_MS = 6000;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
