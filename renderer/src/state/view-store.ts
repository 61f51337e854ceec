import { create } from 'zustand';

export type RuleSection = 'qualification' | 'eligibility' | 'engagement' | 'fit';

export type ResultTab = 'summary' | 'funnel' | 'sweep' | 'distribution' | 'matrix' | 'channels' | 'time' | 'ranking' | 'leads' | 'scenarios' | 'versions' | 'assistant';

/** Display-only choices of the result views; they never change what the engine computes. */
export interface ViewState {
  tab: ResultTab;
  /** Lowest acceptable MQL→SQL rate, shaded on the sweep. */
  targetRate: number;
  /** MQLs a week sales can work. */
  capacityPerWeek: number;
  /** The decision memo dialog is open (and the memo is what prints). */
  memoOpen: boolean;
  /** The workspaces dialog: open, rename, delete, back up, restore. */
  workspacesOpen: boolean;
  /** Full-screen presentation for workshops: large type, high contrast, chosen views only. */
  workshop: boolean;
  /** Hide lead names, emails and companies, for demos to other clients. */
  anonymise: boolean;
  /** What workshop mode shows: the chosen rule sections and result views. */
  workshopRules: RuleSection[];
  workshopTabs: ResultTab[];
  toggleWorkshopRule(section: RuleSection): void;
  toggleWorkshopTab(tab: ResultTab): void;
  openMemo(): void;
  closeMemo(): void;
  setWorkspacesOpen(open: boolean): void;
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
  workspacesOpen: false,
  workshop: false,
  anonymise: false,
  workshopRules: ['qualification', 'eligibility'],
  workshopTabs: ['summary', 'sweep', 'time', 'channels'],
  toggleWorkshopRule: (section) =>
    set((state) => ({
      workshopRules: state.workshopRules.includes(section) ? state.workshopRules.filter((s) => s !== section) : [...state.workshopRules, section],
    })),
  toggleWorkshopTab: (tab) =>
    set((state) => ({
      workshopTabs: state.workshopTabs.includes(tab) ? state.workshopTabs.filter((t) => t !== tab) : [...state.workshopTabs, tab],
    })),
  openMemo: () => set({ memoOpen: true }),
  closeMemo: () => set({ memoOpen: false }),
  setWorkspacesOpen: (open) => set({ workspacesOpen: open }),
  setWorkshop: (workshop) => set({ workshop }),
  setAnonymise: (anonymise) => set({ anonymise }),
  setTab: (tab) => set({ tab }),
  setTargetRate: (targetRate) => set({ targetRate }),
  setCapacityPerWeek: (capacityPerWeek) => set({ capacityPerWeek }),
}));
