import type { FitAttributeKey } from '../model/catalog';
import { SAMPLE_VALUES } from '../model/default-model';
import { type Random, WeightedPicker } from './random';

/**
 * Who the sample's leads are: channels, campaigns and the fit attributes they bring. Channel and
 * campaign quality shift intent (and so engagement and conversion); they never enter the hidden
 * propensity directly, just as in reality a channel is good because of who it brings.
 */
export interface ChannelSpec {
  name: string;
  /** Relative lead volume at the start of the sample. */
  share: number;
  /** Change of volume per quarter, on the log scale (Paid Social grows, Display shrinks). */
  trend: number;
  /** Shift of the latent intent of the leads it brings. */
  quality: number;
  /** Multipliers of the base rates of students and free-mail addresses. */
  students: number;
  freeMail: number;
  /** Tilt of company sizes towards larger (positive) or smaller (negative) companies. */
  sizeTilt: number;
  /**
   * Multiplier of intent-free activity (retargeted visits, opens): ad-driven channels inflate
   * engagement that says little about buying, which is what makes their MQLs convert worse.
   */
  noise: number;
  /**
   * -1–1: how far the channel reaches beyond the target audience (more individual contributors,
   * engineers, HR and markets outside the core). Much of that is invisible to points-based
   * fit scoring, which is why broad-reach MQLs disappoint. Negative for channels that
   * bring a narrower, better-matched audience (referrals, partners, events).
   */
  broad: number;
}

export const CHANNEL_SPECS: readonly ChannelSpec[] = [
  { name: 'Organic Search', share: 24, trend: 0.01, quality: 0, students: 1.3, freeMail: 1.1, sizeTilt: 0, noise: 1, broad: 0.3 },
  { name: 'Paid Search', share: 17, trend: 0, quality: -0.1, students: 0.8, freeMail: 1, sizeTilt: 0, noise: 1.1, broad: 0.3 },
  { name: 'Paid Social', share: 15, trend: 0.06, quality: -0.7, students: 1.7, freeMail: 1.5, sizeTilt: -0.4, noise: 2.0, broad: 1 },
  { name: 'Display', share: 9, trend: -0.04, quality: -1.0, students: 1.7, freeMail: 1.6, sizeTilt: -0.4, noise: 2.6, broad: 1 },
  { name: 'Email', share: 12, trend: 0, quality: 0.05, students: 0.8, freeMail: 0.9, sizeTilt: 0.1, noise: 1.1, broad: 0 },
  { name: 'Events', share: 9, trend: 0.02, quality: 0.8, students: 0.5, freeMail: 0.6, sizeTilt: 0.4, noise: 0.9, broad: -0.3 },
  { name: 'Referral', share: 6, trend: 0.03, quality: 1.0, students: 0.3, freeMail: 0.6, sizeTilt: 0.2, noise: 0.8, broad: -0.5 },
  { name: 'Partner', share: 8, trend: 0.04, quality: 0.9, students: 0.3, freeMail: 0.5, sizeTilt: 0.5, noise: 0.9, broad: -0.4 },
];

/** What the form that created the lead was: it decides the lead's first activity. */
export type EntryKind = 'content' | 'webinar' | 'visit' | 'demo' | 'list';

export interface CampaignSpec {
  name: string;
  channel: string;
  weight: number;
  quality: number;
  entry: EntryKind;
  /** Account-based campaigns target large Tier 1 accounts; executive events target seniors. */
  focus?: 'abm' | 'executive' | 'uk' | 'emea';
}

const STATIC_CAMPAIGNS: readonly CampaignSpec[] = [
  { name: 'Organic – Blog', channel: 'Organic Search', weight: 5, quality: -0.1, entry: 'content' },
  { name: 'Organic – Website', channel: 'Organic Search', weight: 4, quality: 0.15, entry: 'visit' },
  { name: 'SEO – Lead Scoring Guide', channel: 'Organic Search', weight: 2, quality: 0, entry: 'content' },
  { name: 'Google Ads – Brand', channel: 'Paid Search', weight: 3, quality: 0.6, entry: 'demo' },
  { name: 'Google Ads – Generic', channel: 'Paid Search', weight: 4, quality: -0.25, entry: 'content' },
  { name: 'Google Ads – Competitor', channel: 'Paid Search', weight: 2, quality: 0.2, entry: 'visit' },
  { name: 'Bing Ads – Generic', channel: 'Paid Search', weight: 1, quality: -0.25, entry: 'content' },
  { name: 'LinkedIn – Lead Gen Forms', channel: 'Paid Social', weight: 4, quality: -0.2, entry: 'content' },
  { name: 'LinkedIn – ABM Tier 1', channel: 'Paid Social', weight: 1.5, quality: 0.4, entry: 'content', focus: 'abm' },
  { name: 'LinkedIn – Ebook: MQL Playbook', channel: 'Paid Social', weight: 3, quality: -0.3, entry: 'content' },
  { name: 'Facebook – Retargeting', channel: 'Paid Social', weight: 2, quality: -0.5, entry: 'visit' },
  { name: 'Display – Programmatic Awareness', channel: 'Display', weight: 4, quality: -0.4, entry: 'content' },
  { name: 'Display – Retargeting', channel: 'Display', weight: 3, quality: 0, entry: 'visit' },
  { name: 'G2 – Category Ads', channel: 'Display', weight: 1.5, quality: 0.3, entry: 'visit' },
  { name: 'Newsletter – Monthly', channel: 'Email', weight: 4, quality: -0.1, entry: 'visit' },
  { name: 'Nurture – Content Series', channel: 'Email', weight: 3, quality: 0, entry: 'content' },
  { name: 'Email – Product Launch', channel: 'Email', weight: 2, quality: 0.2, entry: 'visit' },
  { name: 'Trade Show – RevOps Summit', channel: 'Events', weight: 2, quality: 0.3, entry: 'list' },
  { name: 'Field Event – Executive Dinner', channel: 'Events', weight: 0.7, quality: 0.6, entry: 'list', focus: 'executive' },
  { name: 'Roadshow – London', channel: 'Events', weight: 1, quality: 0.3, entry: 'list', focus: 'uk' },
  { name: 'Customer Referral Program', channel: 'Referral', weight: 3, quality: 0.3, entry: 'demo' },
  { name: 'Review Sites – G2 Profile', channel: 'Referral', weight: 2, quality: 0.1, entry: 'visit' },
  { name: 'Partner – Agency Network', channel: 'Partner', weight: 3, quality: 0, entry: 'list' },
  { name: 'Partner – Reseller EMEA', channel: 'Partner', weight: 2, quality: 0, entry: 'list', focus: 'emea' },
  { name: 'Partner – Integration Marketplace', channel: 'Partner', weight: 2, quality: 0.2, entry: 'visit' },
];

/** Indexed by (year * 4 + quarter - 1) mod 8, so Q2-2025 is the pipeline analytics webinar. */
const WEBINAR_TOPICS = [
  'Lead Scoring 101',
  'Sales & Marketing SLAs',
  'ABM in Practice',
  'Funnel Benchmarks',
  'Attribution Without Tears',
  'Pipeline Analytics',
  'Intent Data Explained',
  'Budget Planning for Next Year',
];

/** The campaigns live in a quarter: the evergreen ones plus that quarter's webinar. */
export function campaignsFor(channel: string, year: number, quarter: number): CampaignSpec[] {
  const live = STATIC_CAMPAIGNS.filter((c) => c.channel === channel);
  if (channel === 'Events') {
    const topic = WEBINAR_TOPICS[(year * 4 + quarter - 1) % WEBINAR_TOPICS.length];
    live.unshift({ name: `Q${quarter}-${year} Webinar: ${topic}`, channel, weight: 6, quality: 0.1, entry: 'webinar' });
  }
  return live;
}

const V = SAMPLE_VALUES;
const SIZE_BASE = [14, 22, 24, 20, 12, 8];
const TIER1_BY_SIZE = [0, 0, 0.005, 0.04, 0.18, 0.32];
const TIER2_BY_SIZE = [0, 0.01, 0.05, 0.15, 0.3, 0.3];
const TIER3_BY_SIZE = [0.01, 0.04, 0.12, 0.2, 0.18, 0.12];
const COUNTRY_BASE = [38, 12, 9, 6, 4, 6, 5, 9, 4, 7];
const COUNTRY_EMEA = [30, 0, 25, 15, 15, 0, 0, 0, 0, 15];
const INDUSTRY_BASE = [22, 12, 9, 10, 8, 5, 11, 6, 4, 13];
const ROLE_BASE = [36, 15, 10, 9, 10, 5, 5, 0, 10];
const SENIORITY_BASE = [7, 9, 17, 27, 36, 4];
/** IT, Engineering, HR and Other: the roles broad-reach channels bring in excess. */
const BROAD_ROLES = new Set([2, 3, 6, 8]);

function tilted(base: readonly number[], tilt: number): number[] {
  const mid = (base.length - 1) / 2;
  return base.map((w, i) => w * Math.exp((tilt * (i - mid)) / mid));
}

const indices = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** The distributions a campaign draws from, built once per campaign: drawFit runs per lead. */
interface Profile {
  studentRate: number;
  size: WeightedPicker<number>;
  country: WeightedPicker<number>;
  role: WeightedPicker<number>;
  industryBySize: WeightedPicker<number>[];
  seniorityBySize: WeightedPicker<number>[];
}

const profiles = new WeakMap<CampaignSpec, Profile>();

function profileFor(channel: ChannelSpec, campaign: CampaignSpec): Profile {
  const cached = profiles.get(campaign);
  if (cached) return cached;
  const abm = campaign.focus === 'abm';
  const executive = campaign.focus === 'executive';
  const reach = 1 + channel.broad;
  const picker = (weights: readonly number[]): WeightedPicker<number> =>
    new WeightedPicker(indices(weights.length), weights);
  const countryWeights =
    campaign.focus === 'emea' || campaign.focus === 'uk'
      ? COUNTRY_EMEA
      : COUNTRY_BASE.map((w, i) => (i >= 7 ? w * reach : w));
  const profile: Profile = {
    studentRate: 0.05 * channel.students * (campaign.entry === 'list' ? 0.3 : 1),
    size: picker(tilted(SIZE_BASE, channel.sizeTilt + (abm ? 1.4 : 0) + (executive ? 0.6 : 0))),
    country: picker(countryWeights),
    role: picker(ROLE_BASE.map((w, i) => (BROAD_ROLES.has(i) ? w * reach : w))),
    industryBySize: SIZE_BASE.map((_, size) =>
      picker(
        INDUSTRY_BASE.map((w, i) => {
          if (V.industry[i] === 'Government') return w * (size >= 4 ? 2.5 : 0.5);
          if (V.industry[i] === 'Software' && size <= 2) return w * 1.4;
          return w;
        }),
      ),
    ),
    seniorityBySize: SIZE_BASE.map((_, size) => {
      const w = [...SENIORITY_BASE];
      w[4] *= reach;
      // Tiny companies are run by founders; huge ones have few C-level people filling in forms.
      if (size === 0) {
        w[0] *= 5;
        w[1] *= 0.5;
      } else if (size === 1) w[0] *= 2;
      else if (size === 5) w[0] *= 0.4;
      if (executive) {
        w[0] *= 3;
        w[1] *= 3;
        w[2] *= 1.5;
      }
      return picker(w);
    }),
  };
  profiles.set(campaign, profile);
  return profile;
}

const STUDENT_SIZES = new WeightedPicker(indices(6), [1, 1, 2, 4, 6, 3]);

/** Fit attributes with the correlations real lead bases show. */
export function drawFit(rng: Random, channel: ChannelSpec, campaign: CampaignSpec): Record<FitAttributeKey, string> {
  const profile = profileFor(channel, campaign);
  const student = rng.chance(profile.studentRate);
  const abm = campaign.focus === 'abm';
  const size = (student ? STUDENT_SIZES : profile.size).pick(rng);

  let tier = 3;
  if (!student) {
    const t1 = Math.min(TIER1_BY_SIZE[size] * (abm ? 2.5 : 1), 0.8);
    const r = rng.next();
    if (r < t1) tier = 0;
    else if (r < t1 + TIER2_BY_SIZE[size]) tier = 1;
    else if (r < t1 + TIER2_BY_SIZE[size] + TIER3_BY_SIZE[size]) tier = 2;
  }

  const country = campaign.focus === 'uk' && rng.chance(0.75) ? 1 : profile.country.pick(rng);
  const industry = student && rng.chance(0.75) ? 5 : profile.industryBySize[size].pick(rng);
  const role = student ? 7 : profile.role.pick(rng);
  const seniority = student ? (rng.chance(0.7) ? 5 : 4) : profile.seniorityBySize[size].pick(rng);

  let domain = 0;
  if (student) domain = rng.chance(0.6) ? 2 : 1;
  else {
    let free = 0.1 * channel.freeMail;
    if (size === 0) free *= 2.5;
    else if (size === 1) free *= 1.3;
    if (country >= 7) free *= 1.6;
    if (tier <= 1) free *= 0.3;
    if (rng.chance(Math.min(free, 0.6))) domain = 1;
    else if (V.industry[industry] === 'Education' && rng.chance(0.5)) domain = 2;
  }

  return {
    industry: V.industry[industry],
    companySize: V.companySize[size],
    country: V.country[country],
    jobRole: V.jobRole[role],
    seniority: V.seniority[seniority],
    emailDomainType: V.emailDomainType[domain],
    accountTier: V.accountTier[tier],
  };
}
