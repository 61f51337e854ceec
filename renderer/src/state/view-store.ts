import { create } from 'zustand';

export type ResultTab = 'summary' | 'funnel' | 'sweep' | 'distribution' | 'matrix' | 'channels' | 'time' | 'ranking' | 'leads';

/** Display-only choices of the result views; they never change what the engine computes. */
export interface ViewState {
  tab: ResultTab;
  /** Lowest acceptable MQL→SQL rate, shaded on the sweep. */
  targetRate: number;
  /** MQLs a week sales can work. */
  capacityPerWeek: number;
  setTab(tab: ResultTab): void;
  setTargetRate(rate: number): void;
  setCapacityPerWeek(capacity: number): void;
}

export const useView = create<ViewState>()((set) => ({
  tab: 'summary',
  targetRate: 0.3,
  capacityPerWeek: 40,
  setTab: (tab) => set({ tab }),
  setTargetRate: (targetRate) => set({ targetRate }),
  setCapacityPerWeek: (capacityPerWeek) => set({ capacityPerWeek }),
}));
