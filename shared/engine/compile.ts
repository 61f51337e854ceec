import type { ScoringModel } from '../model/scoring-model';
import type { LeadTable } from './lead-table';

/**
 * A scoring model turned into lookup tables indexed by the lead table's dictionary codes, so the
 * scoring loop does no string work. Values and activity types the model does not name score 0.
 */
export interface CompiledModel {
  threshold: number;
  /** fitPoints[a][code]: points for value `code` of the table's fit attribute `a`. */
  fitPoints: Float64Array[];
  /** Points per occurrence, indexed by the table's activity type code. */
  activityPoints: Float64Array;
  /** Occurrences that count at most, indexed by activity type code. */
  activityCaps: Uint16Array;
  /** True when some activity subtracts points, so a lead's score can fall after it peaked. */
  hasNegativeActivity: boolean;
}

export function compileModel(model: ScoringModel, table: LeadTable): CompiledModel {
  const fitPoints = table.fit.map((column) => {
    const points = new Float64Array(column.values.length);
    const rule = model.fit.find((r) => r.attribute === column.key);
    if (rule) column.values.forEach((value, code) => (points[code] = rule.points[value] ?? 0));
    return points;
  });
  const typeCount = table.activityTypes.length;
  const activityPoints = new Float64Array(typeCount);
  const activityCaps = new Uint16Array(typeCount);
  table.activityTypes.forEach((type, code) => {
    const rule = model.engagement.find((r) => r.activity === type);
    if (!rule) return;
    activityPoints[code] = rule.points;
    activityCaps[code] = rule.cap;
  });
  return {
    threshold: model.threshold,
    fitPoints,
    activityPoints,
    activityCaps,
    hasNegativeActivity: activityPoints.some((p, code) => p < 0 && activityCaps[code] > 0),
  };
}
