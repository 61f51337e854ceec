import { FIT_ATTRIBUTES, type FitAttributeKey } from './catalog';
import { MODEL_VERSION, type EngagementRule, type FitRule, type ScoringModel } from './scoring-model';
import { defaultMatrix } from './validate-model';

/**
 * The value vocabularies of the bundled sample, in display order. Every value is listed in the
 * default model (most at 0 points) so the editor shows a slider for each one.
 */
export const SAMPLE_VALUES: Record<FitAttributeKey, readonly string[]> = {
  industry: [
    'Software',
    'Financial Services',
    'Healthcare',
    'Manufacturing',
    'Retail',
    'Education',
    'Professional Services',
    'Media',
    'Government',
    'Other',
  ],
  companySize: ['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+'],
  country: [
    'United States',
    'United Kingdom',
    'Germany',
    'France',
    'Netherlands',
    'Canada',
    'Australia',
    'India',
    'Brazil',
    'Other',
  ],
  jobRole: ['Marketing', 'Sales', 'IT', 'Engineering', 'Operations', 'Finance', 'HR', 'Student', 'Other'],
  seniority: ['C-level', 'VP', 'Director', 'Manager', 'Individual Contributor', 'Intern'],
  emailDomainType: ['Company', 'Free mail', 'Education'],
  accountTier: ['Tier 1', 'Tier 2', 'Tier 3', 'None'],
};

export const SAMPLE_CHANNELS: readonly string[] = [
  'Organic Search',
  'Paid Search',
  'Paid Social',
  'Display',
  'Email',
  'Events',
  'Referral',
  'Partner',
];

/**
 * The "old" definition, as a typical B2B SaaS team writes it from intuition: bigger and more
 * senior is better, software companies are the ideal customer, free mail and students are
 * penalised, and every touch earns points. It is deliberately plausible rather than optimal
 * (it overrates C-level titles, the largest companies and email opens), because it is the
 * baseline the app helps to improve on.
 */
const FIT_POINTS: Record<FitAttributeKey, Record<string, number>> = {
  industry: {
    Software: 15,
    'Financial Services': 10,
    Healthcare: 5,
    Manufacturing: 5,
    Retail: 0,
    Education: -10,
    'Professional Services': 0,
    Media: 0,
    Government: -5,
    Other: 0,
  },
  companySize: { '1-10': -10, '11-50': 0, '51-200': 5, '201-1000': 10, '1001-5000': 10, '5000+': 15 },
  country: {
    'United States': 5,
    'United Kingdom': 5,
    Germany: 5,
    France: 0,
    Netherlands: 0,
    Canada: 5,
    Australia: 0,
    India: -5,
    Brazil: 0,
    Other: -5,
  },
  jobRole: {
    Marketing: 10,
    Sales: 5,
    IT: 0,
    Engineering: 0,
    Operations: 0,
    Finance: 0,
    HR: -5,
    Student: -30,
    Other: 0,
  },
  seniority: {
    'C-level': 15,
    VP: 15,
    Director: 10,
    Manager: 5,
    'Individual Contributor': 0,
    Intern: -20,
  },
  emailDomainType: { Company: 0, 'Free mail': -20, Education: -15 },
  accountTier: { 'Tier 1': 20, 'Tier 2': 10, 'Tier 3': 5, None: 0 },
};

const ENGAGEMENT: readonly Pick<EngagementRule, 'activity' | 'points' | 'cap'>[] = [
  { activity: 'email_open', points: 2, cap: 10 },
  { activity: 'email_click', points: 5, cap: 5 },
  { activity: 'web_visit', points: 1, cap: 10 },
  { activity: 'pricing_page', points: 15, cap: 3 },
  { activity: 'content_download', points: 8, cap: 3 },
  { activity: 'webinar_registration', points: 5, cap: 2 },
  { activity: 'webinar_attended', points: 15, cap: 2 },
  { activity: 'demo_request', points: 40, cap: 1 },
];

export const DEFAULT_THRESHOLD = 60;

/**
 * A fresh copy each call, so callers may edit the result without touching the baseline. The old
 * definition used plain points with no decay; the knock-outs and fast-track it lacked are listed
 * switched off, ready to try.
 */
export function defaultModel(): ScoringModel {
  const fit: FitRule[] = FIT_ATTRIBUTES.map(({ key: attribute }) => {
    const points: Record<string, number> = {};
    for (const value of SAMPLE_VALUES[attribute]) points[value] = FIT_POINTS[attribute][value] ?? 0;
    return { attribute, points, otherPoints: 0 };
  });
  return {
    version: MODEL_VERSION,
    mode: 'points',
    threshold: DEFAULT_THRESHOLD,
    channelThresholds: {},
    fitWeight: 0.6,
    matrix: defaultMatrix(),
    fit,
    fitBands: [],
    fitBooleans: [],
    engagement: ENGAGEMENT.map((rule) => ({ ...rule, firstTimeOnly: false, windowDays: null, decay: null })),
    decay: { kind: 'none' },
    fitCap: null,
    engagementCap: null,
    knockouts: [
      { id: 'free-mail', label: 'Free-mail address', enabled: false, attribute: 'emailDomainType', values: ['Free mail'] },
      { id: 'students', label: 'Students and interns', enabled: false, attribute: 'jobRole', values: ['Student'] },
    ],
    fastTracks: [{ id: 'demo-good-fit', label: 'Demo request from a good fit', enabled: false, activity: 'demo_request', minGrade: 'B' }],
  };
}
