import { create } from 'zustand';
import { DEFAULT_CALIBRATION_SETTINGS, type CalibrationProgress, type CalibrationSettings } from '../../../../shared/calibrate/calibrate';
import type { ThresholdGoals } from '../../../../shared/calibrate/solve-threshold';
import type { ScoringModel } from '../../../../shared/model/scoring-model';
import { currentEngine, useLab } from '../../state/lab-store';
import type { CalibrationAnswer } from '../../worker/protocol';

export type AssistantSection = 'points' | 'signal' | 'goals' | 'check';

/** Which definition the threshold solver works on: the one being edited, or the suggested one. */
export type GoalTarget = 'current' | 'suggested';

export interface AssistantState {
  status: 'idle' | 'running' | 'done' | 'error';
  progress: CalibrationProgress | null;
  answer: CalibrationAnswer | null;
  /** The model and dataset the answer was computed for, to tell when it no longer describes the working model. */
  answerModel: ScoringModel | null;
  answerDataset: number | null;
  error: string | null;
  settings: CalibrationSettings;
  section: AssistantSection;
  goalTarget: GoalTarget;
  objective: ThresholdGoals['objective'];
  confident: boolean;
  /** Whether the rate and capacity goals (their values live in the view store, shared with the sweep) apply. */
  rateGoal: boolean;
  capacityGoal: boolean;
  run(): void;
  cancel(): void;
  setHoldout(holdout: string | null): void;
  setSection(section: AssistantSection): void;
  setGoalTarget(target: GoalTarget): void;
  setObjective(objective: ThresholdGoals['objective']): void;
  setConfident(confident: boolean): void;
  setGoalsUsed(change: Partial<Pick<AssistantState, 'rateGoal' | 'capacityGoal'>>): void;
}

let running: { cancel(): void } | null = null;

/**
 * The assistant's run and its answer, kept outside the tab so switching views does not lose a
 * fit. Runs go to the engine worker; only the newest run's answer is kept.
 */
export const useAssistant = create<AssistantState>()((set, get) => ({
  status: 'idle',
  progress: null,
  answer: null,
  answerModel: null,
  answerDataset: null,
  error: null,
  settings: DEFAULT_CALIBRATION_SETTINGS,
  section: 'points',
  goalTarget: 'current',
  objective: 'sqls',
  confident: false,
  rateGoal: true,
  capacityGoal: true,
  run() {
    const engine = currentEngine();
    const { model, dataset } = useLab.getState();
    if (!engine || !model) return;
    running?.cancel();
    const handle = engine.calibrate(model, get().settings, (progress) => {
      if (running === handle) set({ progress });
    });
    running = handle;
    set({ status: 'running', progress: null, error: null });
    handle.answer.then(
      (answer) => {
        if (running !== handle) return;
        running = null;
        set({ status: 'done', answer, answerModel: model, answerDataset: dataset?.id ?? null, progress: null });
      },
      (error: unknown) => {
        if (running !== handle) return;
        running = null;
        set({ status: 'error', error: error instanceof Error ? error.message : String(error), progress: null });
      },
    );
  },
  cancel() {
    if (!running) return;
    running.cancel();
    running = null;
    set({ status: get().answer ? 'done' : 'idle', progress: null });
  },
  setHoldout(holdout) {
    set({ settings: { ...get().settings, holdout } });
    get().run();
  },
  setSection: (section) => set({ section }),
  setGoalTarget: (goalTarget) => set({ goalTarget }),
  setObjective: (objective) => set({ objective }),
  setConfident: (confident) => set({ confident }),
  setGoalsUsed: (change) => set(change),
}));
