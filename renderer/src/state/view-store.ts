import { create } from 'zustand';

export type ResultTab = 'summary' | 'funnel' | 'sweep' | 'distribution' | 'matrix' | 'channels' | 'time' | 'ranking' | 'leads' | 'scenarios';

/** Display-only choices of the result views; they never change what the engine computes. */
export interface ViewState {
  tab: ResultTab;
  /** Lowest acceptable MQL→SQL rate, shaded on the sweep. */
  targetRate: number;
  /** MQLs a week sales can work. */
  capacityPerWeek: number;
  /** The decision memo dialog is open (and the memo is what prints). */
  memoOpen: boolean;
  /** Full-screen presentation for workshops: large type, high contrast, chosen views only. */
  workshop: boolean;
  /** Hide lead names, emails and companies, for demos to other clients. */
  anonymise: boolean;
  openMemo(): void;
  closeMemo(): void;
  setWorkshop(on: boolean): void;
  setAnonymise(on: boolean): void;
  setTab(tab: ResultTab): void;
  setTargetRate(rate: number): void;
  setCapacityPerWeek(capacity: number): void;
}

export const useView = create<ViewState>()((set) => ({
  tab: 'summary',
  targetRate: 0.3,
  capacityPerWeek: 40,
  memoOpen: false,
  workshop: false,
  anonymise: false,
  openMemo: () => set({ memoOpen: true }),
  closeMemo: () => set({ memoOpen: false }),
  setWorkshop: (workshop) => set({ workshop }),
  setAnonymise: (anonymise) => set({ anonymise }),
  setTab: (tab) => set({ tab }),
  setTargetRate: (targetRate) => set({ targetRate }),
  setCapacityPerWeek: (capacityPerWeek) => set({ capacityPerWeek }),
}));
