import type { FitAttributeKey } from '../model/catalog';

/**
 * The ground truth of the sample: how likely a lead is to become an SQL when sales works it. The
 * app never sees this; it exists so the sample has a real signal to find and so tests can check
 * that the signal is there. It deliberately disagrees with the old definition in places (C-level
 * titles, the very largest companies and email opens matter less than the old points suggest;
 * operations roles, mid-market companies and pricing-page visits matter more), so that a better
 * definition exists to be found.
 */
const TRUE_FIT: Record<FitAttributeKey, Record<string, number>> = {
  industry: {
    Software: 0.55,
    'Financial Services': 0.35,
    Healthcare: 0.15,
    Manufacturing: 0,
    Retail: -0.1,
    Education: -0.6,
    'Professional Services': 0.35,
    Media: 0.1,
    Government: -0.5,
    Other: -0.3,
  },
  companySize: {
    '1-10': -0.9,
    '11-50': -0.15,
    '51-200': 0.45,
    '201-1000': 0.55,
    '1001-5000': 0.3,
    '5000+': 0.05,
  },
  country: {
    'United States': 0.1,
    'United Kingdom': 0.1,
    Germany: 0,
    France: -0.1,
    Netherlands: 0.1,
    Canada: 0.1,
    Australia: 0,
    India: -0.4,
    Brazil: -0.3,
    Other: -0.3,
  },
  jobRole: {
    Marketing: 0.4,
    Sales: 0.25,
    IT: -0.1,
    Engineering: -0.3,
    Operations: 0.35,
    Finance: -0.2,
    HR: -0.5,
    Student: -2,
    Other: -0.4,
  },
  seniority: {
    'C-level': 0,
    VP: 0.35,
    Director: 0.5,
    Manager: 0.3,
    'Individual Contributor': -0.2,
    Intern: -1.5,
  },
  emailDomainType: { Company: 0, 'Free mail': -0.9, Education: -1.2 },
  accountTier: { 'Tier 1': 0.6, 'Tier 2': 0.35, 'Tier 3': 0.15, None: 0 },
};

/** Weight of one fresh occurrence of each activity in the hidden engagement level. */
const TRUE_ACTIVITY: Record<string, number> = {
  email_open: 0.005,
  email_click: 0.15,
  web_visit: 0.02,
  pricing_page: 0.6,
  content_download: 0.2,
  webinar_registration: 0.1,
  webinar_attended: 0.5,
  demo_request: 1.8,
};

const HALF_LIFE_MS = 30 * 86_400_000;
const BASE_LOGIT = -2.9;
/** Engagement can add at most this much log-odds; SCALE sets how fast it saturates. */
const ENGAGEMENT_CEILING = 3.2;
const ENGAGEMENT_SCALE = 2.2;

const FIT_KEYS = Object.keys(TRUE_FIT) as FitAttributeKey[];

/** Sum of the hidden fit effects, on the log-odds scale. */
export function trueFitScore(fit: Readonly<Record<FitAttributeKey, string>>): number {
  let score = 0;
  for (const key of FIT_KEYS) score += TRUE_FIT[key][fit[key]] ?? 0;
  return score;
}

/**
 * Probability that the lead becomes an SQL if sales works it at `at`. Engagement decays with a
 * 30-day half-life, so a lead that was busy months ago and has gone quiet is a weak call, and
 * only what happened up to `at` counts.
 */
export function hiddenPropensity(
  fit: Readonly<Record<FitAttributeKey, string>>,
  activities: readonly { type: string; at: number }[],
  at: number,
): number {
  let engaged = 0;
  for (const activity of activities) {
    if (activity.at > at) continue;
    const weight = TRUE_ACTIVITY[activity.type] ?? 0;
    if (weight !== 0) engaged += weight * Math.pow(0.5, (at - activity.at) / HALF_LIFE_MS);
  }
  // Saturating: the tenth webinar says less than the first.
  const z = BASE_LOGIT + trueFitScore(fit) + ENGAGEMENT_CEILING * (1 - Math.exp(-engaged / ENGAGEMENT_SCALE));
  return 1 / (1 + Math.exp(-z));
}
