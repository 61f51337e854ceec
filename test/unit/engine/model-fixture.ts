import { defaultMatrix } from '../../../shared/model/validate-model';
import { MODEL_VERSION, type EngagementRule, type ScoringModel } from '../../../shared/model/scoring-model';

/** A model written compactly: fit points per attribute value, [points, cap] per activity. */
export interface CompactModel {
  threshold: number;
  fit?: Record<string, Record<string, number>>;
  engagement?: Record<string, [points: number, cap: number] | (Partial<EngagementRule> & { points: number })>;
  extra?: Partial<ScoringModel>;
}

export function testModel({ threshold, fit = {}, engagement = {}, extra = {} }: CompactModel): ScoringModel {
  return {
    version: MODEL_VERSION,
    mode: 'points',
    threshold,
    channelThresholds: {},
    fitWeight: 0.5,
    matrix: defaultMatrix(),
    fit: Object.entries(fit).map(([attribute, points]) => ({ attribute, points, otherPoints: 0 })),
    fitBands: [],
    fitBooleans: [],
    engagement: Object.entries(engagement).map(([activity, rule]) => ({
      activity,
      cap: 1,
      firstTimeOnly: false,
      windowDays: null,
      decay: null,
      ...(Array.isArray(rule) ? { points: rule[0], cap: rule[1] } : rule),
    })),
    decay: { kind: 'none' },
    fitCap: null,
    engagementCap: null,
    knockouts: [],
    fastTracks: [],
    ...extra,
  };
}
