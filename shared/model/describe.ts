import type { Decay, EngagementRule, FitGrade, ScoringModel } from './scoring-model';

/** Plain-language descriptions of model parts, shared by diffs, exports and the memo. */
export function describeDecay(decay: Decay | null): string {
  if (decay === null) return 'as all activities';
  if (decay.kind === 'half-life') return `half-life ${decay.days} days`;
  if (decay.kind === 'linear') return `−${decay.percent} % every ${decay.periodDays} days`;
  return 'no decay';
}

export function describeQualification(model: ScoringModel): string {
  if (model.mode === 'matrix') return `fit grade × engagement level, cells ${model.matrix.cells.join(', ') || 'none'}`;
  const channels = Object.entries(model.channelThresholds).map(([c, t]) => `${c} ${t}`);
  const own = channels.length > 0 ? ` (own thresholds: ${channels.join(', ')})` : '';
  if (model.mode === 'blend') {
    return `blend of ${Math.round(model.fitWeight * 100)} % fit and ${Math.round((1 - model.fitWeight) * 100)} % engagement (each 0–100) ≥ ${model.threshold}${own}`;
  }
  return `fit + engagement points ≥ ${model.threshold}${own}`;
}

export function describeEngagementLimits(rule: EngagementRule): string {
  const parts = [rule.firstTimeOnly ? 'first time only' : `at most ${rule.cap}×`];
  if (rule.windowDays !== null) parts.push(`last ${rule.windowDays} days`);
  if (rule.decay !== null) parts.push(describeDecay(rule.decay));
  return parts.join(', ');
}

/** The fit grades a fast-track accepts, from its lowest: "A only", "B or better", "any". */
export function describeMinGrade(grade: FitGrade): string {
  return grade === 'A' ? 'A only' : grade === 'D' ? 'any' : `${grade} or better`;
}
