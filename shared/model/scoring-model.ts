/**
 * A scoring model: the MQL definition being tried. Plain JSON, so it can be saved, diffed and
 * exported as it is; `version` lets a saved file be read by later versions of MQL Lab.
 */
export const MODEL_VERSION = 3;

export interface FitRule {
  /** Key of a fit attribute, e.g. 'industry'. */
  attribute: string;
  /** Points per attribute value. Negative points are allowed. */
  points: Record<string, number>;
  /** Points for any value not listed in `points` (a new industry, a blank cell). */
  otherPoints: number;
}

/**
 * Points per range of a numeric attribute (employees, annual revenue). Band 0 is below edges[0],
 * band i runs from edges[i - 1] up to, not including, edges[i], and the last band is edges[n - 1]
 * and above; so n edges make n + 1 bands, each with its points.
 */
export interface BandRule {
  /** Key of a numeric attribute. */
  attribute: string;
  /** Strictly ascending. */
  edges: number[];
  /** One entry per band: edges.length + 1 of them. */
  points: number[];
  /** Points for a lead whose cell was empty. */
  blankPoints: number;
}

/** Points for a yes/no attribute (existing customer, newsletter opt-in), and for a blank cell. */
export interface BooleanRule {
  attribute: string;
  yes: number;
  no: number;
  blank: number;
}

/**
 * How engagement fades. A half-life halves an activity's points every `days`; linear decay takes
 * `percent` of the points off every `periodDays` until nothing is left.
 */
export type Decay =
  | { kind: 'none' }
  | { kind: 'half-life'; days: number }
  | { kind: 'linear'; percent: number; periodDays: number };

export interface EngagementRule {
  /** Key of an activity type, e.g. 'pricing_page'. */
  activity: string;
  /** Points per occurrence; negative points are allowed (e.g. an unsubscribe). */
  points: number;
  /** At most this many occurrences count (the most recent ones), so ten opens do not make a lead hot. */
  cap: number;
  /** Only the lead's first occurrence of this activity ever counts. */
  firstTimeOnly: boolean;
  /** Only occurrences in the last N days before the scoring moment count; null for no window. */
  windowDays: number | null;
  /** This activity's own decay; null follows the model's decay. */
  decay: Decay | null;
}

/** A condition that makes a lead ineligible whatever its score. */
export interface KnockoutRule {
  id: string;
  label: string;
  enabled: boolean;
  attribute: string;
  values: string[];
}

export type FitGrade = 'A' | 'B' | 'C' | 'D';
export const FIT_GRADES: readonly FitGrade[] = ['A', 'B', 'C', 'D'];
/** Engagement level 1 is the most engaged. */
export const ENGAGEMENT_LEVELS = [1, 2, 3, 4] as const;

/** An activity that makes a lead an MQL at once, if its fit grade is good enough. */
export interface FastTrackRule {
  id: string;
  label: string;
  enabled: boolean;
  activity: string;
  /** The lowest fit grade that is fast-tracked, e.g. 'B' for "A or B". */
  minGrade: FitGrade;
}

/**
 * How a score becomes an MQL: the plain points total against a threshold, a weighted blend of
 * fit and engagement each normalised to 0–100 against a threshold, or a set of cells of the
 * fit grade × engagement level matrix.
 */
export type QualificationMode = 'points' | 'blend' | 'matrix';

export interface MatrixDefinition {
  /** Minimum fit points for grades A, B and C (below C is D); descending. */
  gradeCuts: [number, number, number];
  /** Minimum engagement points for levels 1, 2 and 3 (below 3 is level 4); descending. */
  levelCuts: [number, number, number];
  /** The qualifying cells, e.g. ['A1', 'A2', 'B1']. */
  cells: string[];
}

export interface ScoringModel {
  version: typeof MODEL_VERSION;
  mode: QualificationMode;
  /** Points (or 0–100 blend score) at which a lead becomes an MQL. */
  threshold: number;
  /** Per-channel thresholds that replace `threshold` for leads of that channel. */
  channelThresholds: Record<string, number>;
  /** Weight of fit in the blend, 0–1; engagement gets the rest. */
  fitWeight: number;
  matrix: MatrixDefinition;
  /** Points per value of categorical attributes. */
  fit: FitRule[];
  /** Points per range of numeric attributes. */
  fitBands: BandRule[];
  /** Points for yes, no and blank of yes/no attributes. */
  fitBooleans: BooleanRule[];
  engagement: EngagementRule[];
  /** Decay of every activity whose rule does not set its own. */
  decay: Decay;
  /** Ceiling on all fit points together; null for none. */
  fitCap: number | null;
  /** Ceiling on all engagement points together; null for none. */
  engagementCap: number | null;
  knockouts: KnockoutRule[];
  fastTracks: FastTrackRule[];
}

/** Slider ranges, shared by the UI and validation so both agree on what is allowed. */
export const LIMITS = {
  threshold: { min: 0, max: 200, step: 1 },
  fitPoints: { min: -50, max: 50, step: 1 },
  activityPoints: { min: -20, max: 50, step: 1 },
  cap: { min: 0, max: 20, step: 1 },
  windowDays: { min: 1, max: 730, step: 1 },
  halfLifeDays: { min: 1, max: 365, step: 1 },
  linearPercent: { min: 1, max: 100, step: 1 },
  periodDays: { min: 1, max: 365, step: 1 },
  fitWeight: { min: 0, max: 1, step: 0.05 },
  groupCap: { min: 0, max: 300, step: 1 },
  cut: { min: -100, max: 300, step: 1 },
} as const;

/** At most this many band edges (so one more band) per numeric attribute: enough to follow a curve, few enough to read. */
export const MAX_BAND_EDGES = 9;
