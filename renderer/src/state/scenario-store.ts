import { create } from 'zustand';
import type { Scenario } from '../../../shared/api';
import { api } from '../api/client';
import { useLab } from './lab-store';

export interface ScenarioState {
  scenarios: Scenario[];
  /** Scenarios picked for side-by-side comparison (2–4); WORKING_MODEL_ID stands for the unsaved working model. */
  compareIds: number[];
  /** The last deleted scenario, until its undo is used or another is deleted. */
  deleted: Scenario | null;
  refresh(): Promise<void>;
  saveAs(name: string, note: string): Promise<void>;
  saveCurrent(): Promise<void>;
  rename(id: number, name: string): Promise<void>;
  duplicate(id: number): Promise<void>;
  remove(id: number): Promise<void>;
  undoDelete(): Promise<void>;
  makeBaseline(id: number): Promise<void>;
  load(id: number): void;
  toggleCompare(id: number): void;
}

export const MAX_COMPARED = 4;

/** The compare list's id for the working model, unsaved; saved scenarios have positive ids. */
export const WORKING_MODEL_ID = 0;

/** Saved scenarios of the open dataset; every change goes through the service and is re-read. */
export const useScenarios = create<ScenarioState>()((set, get) => {
  const datasetId = () => {
    const id = useLab.getState().dataset?.id;
    if (id === undefined) throw new Error('No dataset is open.');
    return id;
  };
  const guarded = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      useLab.getState().showError(error instanceof Error ? error.message : String(error));
    }
  };
  const refreshList = async () => set({ scenarios: await api['scenario:list']({ datasetId: datasetId() }) });

  return {
    scenarios: [],
    compareIds: [],
    deleted: null,
    refresh: () => guarded(refreshList),
    saveAs: (name, note) =>
      guarded(async () => {
        const model = useLab.getState().model;
        if (!model) return;
        const created = await api['scenario:create']({ datasetId: datasetId(), name, note, model });
        useLab.getState().loadModel(model, created.id);
        await refreshList();
      }),
    saveCurrent: () =>
      guarded(async () => {
        const { model, scenarioId } = useLab.getState();
        if (!model || scenarioId === null) return;
        await api['scenario:update']({ id: scenarioId, model });
        await refreshList();
      }),
    rename: (id, name) =>
      guarded(async () => {
        await api['scenario:update']({ id, name });
        await refreshList();
      }),
    duplicate: (id) =>
      guarded(async () => {
        const original = get().scenarios.find((s) => s.id === id);
        if (!original) return;
        await api['scenario:create']({ datasetId: datasetId(), name: `${original.name} (copy)`, note: original.note, model: original.model });
        await refreshList();
      }),
    remove: (id) =>
      guarded(async () => {
        const deleted = await api['scenario:delete']({ id });
        set({ deleted, compareIds: get().compareIds.filter((c) => c !== id) });
        if (useLab.getState().scenarioId === id) useLab.getState().loadModel(useLab.getState().model ?? deleted.model, null);
        await refreshList();
      }),
    undoDelete: () =>
      guarded(async () => {
        const deleted = get().deleted;
        if (!deleted) return;
        await api['scenario:create']({ datasetId: datasetId(), name: deleted.name, note: deleted.note, model: deleted.model });
        set({ deleted: null });
        await refreshList();
      }),
    makeBaseline: (id) =>
      guarded(async () => {
        const scenarios = await api['scenario:set-baseline']({ id });
        set({ scenarios });
        const baseline = scenarios.find((s) => s.isBaseline);
        if (baseline) useLab.getState().setBaselineModel(baseline.model);
      }),
    load: (id) => {
      const scenario = get().scenarios.find((s) => s.id === id);
      if (scenario) useLab.getState().loadModel(scenario.model, id);
    },
    toggleCompare: (id) => {
      const ids = get().compareIds;
      if (ids.includes(id)) set({ compareIds: ids.filter((c) => c !== id) });
      else if (ids.length < MAX_COMPARED) set({ compareIds: [...ids, id] });
    },
  };
});
