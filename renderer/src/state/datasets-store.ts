import { create } from 'zustand';
import type { DatasetSummary } from '../../../shared/api';
import { api } from '../api/client';
import { useLab } from './lab-store';
import { useScenarios } from './scenario-store';

export interface DatasetsState {
  /** Every dataset of the workspace, oldest first. */
  datasets: DatasetSummary[];
  refresh(): Promise<void>;
  /** Opens another dataset: the engine gets its table, and its scenarios replace the list. */
  switchTo(datasetId: number): Promise<void>;
}

export const useDatasets = create<DatasetsState>()((set) => ({
  datasets: [],
  async refresh() {
    try {
      set({ datasets: (await api['workspace:open'](null)).datasets });
    } catch (error) {
      useLab.getState().showError(error instanceof Error ? error.message : String(error));
    }
  },
  async switchTo(datasetId) {
    // The scenarios shown belong to the dataset; the old list must not be saved over the new one.
    useScenarios.setState({ scenarios: [], compareIds: [], deleted: null });
    if (!(await useLab.getState().openDataset(datasetId))) return;
    await shown(datasetId);
    await useScenarios.getState().refresh();
  },
}));

/** Resolves once the lab shows the dataset, which happens when the engine has loaded its table. */
function shown(datasetId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (id: number | undefined) => {
      if (id !== datasetId) return false;
      unsubscribe();
      resolve();
      return true;
    };
    const unsubscribe = useLab.subscribe((state) => void done(state.dataset?.id));
    done(useLab.getState().dataset?.id);
  });
}
