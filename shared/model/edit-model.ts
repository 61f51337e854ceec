import type { ScoringModel } from './scoring-model';

/**
 * Immutable edits of a scoring model, one per kind of slider. Each returns a new model and leaves
 * the old one untouched, so the previous state can be kept for comparison and undo.
 */
export function withThreshold(model: ScoringModel, threshold: number): ScoringModel {
  return { ...model, threshold };
}

export function withFitPoints(model: ScoringModel, attribute: string, value: string, points: number): ScoringModel {
  const exists = model.fit.some((rule) => rule.attribute === attribute);
  const fit = exists
    ? model.fit.map((rule) => (rule.attribute === attribute ? { ...rule, points: { ...rule.points, [value]: points } } : rule))
    : [...model.fit, { attribute, points: { [value]: points } }];
  return { ...model, fit };
}

export function withActivityRule(
  model: ScoringModel,
  activity: string,
  change: { points?: number; cap?: number },
): ScoringModel {
  const exists = model.engagement.some((rule) => rule.activity === activity);
  const engagement = exists
    ? model.engagement.map((rule) => (rule.activity === activity ? { ...rule, ...change } : rule))
    : [...model.engagement, { activity, points: change.points ?? 0, cap: change.cap ?? 1 }];
  return { ...model, engagement };
}
