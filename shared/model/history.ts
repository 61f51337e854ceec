import type { ScoringModel } from './scoring-model';

/**
 * Undo and redo of model changes. Each entry remembers which scenario it belonged to, so
 * switching scenarios is itself a step that can be undone, and the history survives the switch.
 */
export interface HistoryEntry {
  model: ScoringModel;
  /** The scenario being edited, or null for the unsaved working model. */
  scenarioId: number | null;
}

export interface History {
  past: HistoryEntry[];
  present: HistoryEntry;
  future: HistoryEntry[];
}

/** Enough for a long workshop; the oldest steps fall off first. */
export const HISTORY_LIMIT = 200;

export function startHistory(present: HistoryEntry): History {
  return { past: [], present, future: [] };
}

/** Records a new state; a new change after undoing discards the undone steps. */
export function record(history: History, next: HistoryEntry): History {
  if (next.model === history.present.model && next.scenarioId === history.present.scenarioId) return history;
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [] };
}

/**
 * Replaces the present without a new step: for changes that are part of one gesture (a slider
 * drag) and should undo together.
 */
export function amend(history: History, next: HistoryEntry): History {
  return { ...history, present: next };
}

export function undo(history: History): History {
  const previous = history.past[history.past.length - 1];
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: History): History {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
