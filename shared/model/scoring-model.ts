/**
 * A scoring model: the MQL definition being tried. Plain JSON, so it can be saved, diffed and
 * exported as it is.
 */
export interface FitRule {
  /** Key of a fit attribute, e.g. 'industry'. */
  attribute: string;
  /** Points per attribute value; values not listed score 0. Negative points are allowed. */
  points: Record<string, number>;
}

export interface EngagementRule {
  /** Key of an activity type, e.g. 'pricing_page'. */
  activity: string;
  /** Points per occurrence; negative points are allowed (e.g. an unsubscribe). */
  points: number;
  /** At most this many occurrences count, so ten newsletter opens do not make a lead hot. */
  cap: number;
}

export interface ScoringModel {
  version: 1;
  /** A lead whose fit + engagement score reaches this is an MQL. */
  threshold: number;
  fit: FitRule[];
  engagement: EngagementRule[];
}

/** Slider ranges, shared by the UI and validation so both agree on what is allowed. */
export const LIMITS = {
  threshold: { min: 0, max: 200, step: 1 },
  fitPoints: { min: -50, max: 50, step: 1 },
  activityPoints: { min: -20, max: 50, step: 1 },
  cap: { min: 0, max: 20, step: 1 },
} as const;
