import type { FitColumnKind } from '../engine/fit-columns';
import { bandLabels, BLANK_BAND } from '../model/bands';
import { NO, YES } from '../model/catalog';
import { withBandPoints } from '../model/edit-bands';
import { withBooleanPoints, withFitPoints } from '../model/edit-model';
import type { ScoringModel } from '../model/scoring-model';

/**
 * One scored fit value as the assistant names it (attribute, how it is scored, and the value or
 * band as the engine labels it), read from and written to a model whichever rule type scores it.
 */
export interface FitValueRef {
  fitKind: FitColumnKind;
  key: string;
  /** The value, the band's label, or null for "any other value". */
  value: string | null;
}

function answerOf(value: string | null): 'yes' | 'no' | 'blank' {
  return value === YES ? 'yes' : value === NO ? 'no' : 'blank';
}

/** The band a label names under the rule's current edges (a model with no rule has one band), or 'blank'. */
function bandIndex(model: ScoringModel, key: string, value: string | null): number | 'blank' {
  if (value === null || value === BLANK_BAND) return 'blank';
  return bandLabels(model.fitBands.find((r) => r.attribute === key)?.edges ?? []).indexOf(value);
}

export function fitValuePoints(model: ScoringModel, ref: FitValueRef): number {
  const { key, value } = ref;
  if (ref.fitKind === 'bands') {
    const rule = model.fitBands.find((r) => r.attribute === key);
    const band = bandIndex(model, key, value);
    return rule ? (band === 'blank' ? rule.blankPoints : (rule.points[band] ?? 0)) : 0;
  }
  const rule = model.fit.find((r) => r.attribute === key);
  if (rule) return rule.points[value ?? ''] ?? rule.otherPoints;
  const yesNo = model.fitBooleans.find((r) => r.attribute === key);
  return yesNo && ref.fitKind === 'boolean' ? yesNo[answerOf(value)] : 0;
}

/** The model giving the value `points`, through the rule type the attribute is edited with. */
export function withFitValuePoints(model: ScoringModel, ref: FitValueRef, points: number): ScoringModel {
  const { key, value } = ref;
  if (ref.fitKind === 'bands') {
    const band = bandIndex(model, key, value);
    return band === -1 ? model : withBandPoints(model, key, band, points, []);
  }
  // A yes/no attribute a model (or an older file) scores per value keeps that rule.
  if (ref.fitKind === 'boolean' && !model.fit.some((r) => r.attribute === key)) return withBooleanPoints(model, key, answerOf(value), points);
  return withFitPoints(model, key, value, points);
}
