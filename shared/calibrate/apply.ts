import { withActivityRule, withThreshold } from '../model/edit-model';
import type { ScoringModel } from '../model/scoring-model';
import { fitValuePoints, withFitValuePoints } from './fit-value';
import type { PointSuggestion } from './suggest';

/** Whether accepting the suggestion would change anything: values kept for lack of data never do. */
export function isActionable(suggestion: PointSuggestion): boolean {
  return suggestion.status === 'fitted' || suggestion.status === 'reference';
}

/** Whether the model already gives the suggested points (after it was accepted, or by coincidence). */
export function isApplied(model: ScoringModel, suggestion: PointSuggestion): boolean {
  if (suggestion.kind === 'activity') {
    const rule = model.engagement.find((r) => r.activity === suggestion.key);
    return (rule?.points ?? 0) === suggestion.suggested && (suggestion.cap === null || rule?.cap === suggestion.cap);
  }
  return suggestion.fitKind !== null && fitValuePoints(model, { ...suggestion, fitKind: suggestion.fitKind }) === suggestion.suggested;
}

/**
 * The model with the suggested points of the chosen rules (all actionable ones when `ids` is
 * omitted) and, when given, the suggested threshold: one new model, so accepting is one undo step.
 */
export function applySuggestions(model: ScoringModel, suggestions: readonly PointSuggestion[], ids?: ReadonlySet<string>, threshold?: number): ScoringModel {
  let next = model;
  for (const s of suggestions) {
    if (!isActionable(s) || (ids && !ids.has(s.id))) continue;
    if (s.kind === 'activity') next = withActivityRule(next, s.key, s.cap === null ? { points: s.suggested } : { points: s.suggested, cap: s.cap });
    else if (s.fitKind !== null) next = withFitValuePoints(next, { ...s, fitKind: s.fitKind }, s.suggested);
  }
  return threshold === undefined ? next : withThreshold(next, threshold);
}
