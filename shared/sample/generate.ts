import type { FitAttributeKey } from '../model/catalog';
import { defaultModel, SAMPLE_VALUES } from '../model/default-model';
import type { EngagementRule } from '../model/scoring-model';
import { campaignsFor, CHANNEL_SPECS, drawFit, type CampaignSpec, type ChannelSpec } from './audience';
import { drawExtras, type SampleExtras } from './extras';
import { companyFor, emailFor } from './names';
import { hiddenPropensity, trueFitScore } from './propensity';
import { Random, streamSeed, WeightedPicker } from './random';

export { hiddenPropensity } from './propensity';

/** Bump whenever the output changes, so a cached sample on disk is regenerated. */
export const GENERATOR_VERSION = 2;

export interface SampleOptions {
  seed: number;
  leads: number;
  /** First day of lead creation, ISO date (UTC). */
  start: string;
  /** Last day of lead creation, included, ISO date (UTC). */
  end: string;
}

export const SAMPLE_DEFAULTS: SampleOptions = {
  seed: 20261001,
  leads: 20_000,
  start: '2024-10-01',
  end: '2026-09-30',
};

export interface SampleActivity {
  type: string;
  at: number;
}

export interface SampleLead extends SampleExtras {
  id: string;
  email: string;
  company: string;
  createdAt: number;
  channel: string;
  campaign: string;
  fit: Record<FitAttributeKey, string>;
  /** In time order. */
  activities: SampleActivity[];
  mqlAt: number | null;
  workedAt: number | null;
  sqlAt: number | null;
  opportunityAt: number | null;
  won: boolean;
  dealValue: number | null;
}

export const SAMPLE_COLUMNS = {
  leads: [
    'Lead ID',
    'Email',
    'Company',
    'Create Date',
    'Channel',
    'Campaign',
    'Industry',
    'Company Size',
    'Country',
    'Job Role',
    'Seniority',
    'Email Domain Type',
    'Account Tier',
    'Employees',
    'Existing Customer',
    'Became MQL Date',
    'First Sales Touch Date',
    'Became SQL Date',
    'Opportunity Date',
    'Closed Won',
    'Deal Value',
  ],
  activities: ['Lead ID', 'Activity Type', 'Timestamp'],
} as const;

const FIT_KEYS = Object.keys(SAMPLE_VALUES) as FitAttributeKey[];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The export was taken 30 days after the last lead was created: nothing in the sample is dated
 * later, so recent leads have had less time to convert, as in a real CRM export.
 */
export function sampleSnapshotAt(options: SampleOptions): number {
  return parseDay(options.end) + 30 * DAY;
}

function parseDay(iso: string): number {
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`Not an ISO date: ${iso}`);
  return ms;
}

/** Leads arrive in office hours (UTC spans Europe's afternoon and America's morning). */
function timeOfDay(rng: Random): number {
  const hours = rng.chance(0.8) ? rng.normal(14, 3) : rng.uniform(0, 24);
  return Math.min(Math.max(hours, 0), 23.99) * HOUR;
}

/** Relative volume of new leads on a day: growth, weekly rhythm, summer and year-end dips. */
function dayWeight(day: number, startMs: number): number {
  const date = new Date(day);
  const month = date.getUTCMonth();
  const dayOfMonth = date.getUTCDate();
  const growth = Math.pow(1.05, (day - startMs) / (91.31 * DAY));
  const weekday = [0.3, 1.0, 1.1, 1.08, 1.0, 0.86, 0.27][date.getUTCDay()];
  let season = 1;
  if (month === 6 || month === 7) season = 0.8;
  if (month === 11) season = dayOfMonth >= 20 ? 0.45 : 0.9;
  if (month === 0 && dayOfMonth === 1) season = 0.3;
  return growth * weekday * season;
}

interface Context {
  threshold: number;
  fitPoints: Map<string, number>[];
  rules: EngagementRule[];
  ruleIndex: Map<string, number>;
  snapshotAt: number;
  idWidth: number;
  seed: number;
}

/**
 * Streams a realistic lead history, one lead at a time and in creation order, so the same code
 * can produce 20,000 leads for the app or 10,000,000 for a benchmark without holding them.
 */
export function* generateSample(options: SampleOptions = SAMPLE_DEFAULTS): Generator<SampleLead> {
  const startMs = parseDay(options.start);
  const endMs = parseDay(options.end);
  if (endMs < startMs) throw new Error('Sample end is before its start');
  const days = Math.round((endMs - startMs) / DAY) + 1;
  const model = defaultModel();
  const ctx: Context = {
    threshold: model.threshold,
    fitPoints: FIT_KEYS.map((key) => {
      const rule = model.fit.find((r) => r.attribute === key);
      return new Map(Object.entries(rule?.points ?? {}));
    }),
    rules: model.engagement,
    ruleIndex: new Map(model.engagement.map((r, i) => [r.activity, i])),
    snapshotAt: sampleSnapshotAt(options),
    idWidth: Math.max(6, String(options.leads).length),
    seed: options.seed,
  };

  // The daily schedule uses its own stream; a lead's content uses a stream of its own number.
  const schedule = new Random(streamSeed(options.seed, 0xfffffff0));
  const weights = new Float64Array(days);
  let total = 0;
  for (let d = 0; d < days; d++) {
    weights[d] = dayWeight(startMs + d * DAY, startMs) * schedule.lognormal(0, 0.12);
    total += weights[d];
  }

  let index = 0;
  let cumulative = 0;
  let allocated = 0;
  for (let d = 0; d < days; d++) {
    cumulative += weights[d];
    // Rounding the running total (not each day) makes the counts add up to exactly `leads`.
    const upTo = d === days - 1 ? options.leads : Math.round((options.leads * cumulative) / total);
    const count = upTo - allocated;
    allocated = upTo;
    if (count <= 0) continue;
    const dayStart = startMs + d * DAY;
    const times = new Float64Array(count);
    for (let i = 0; i < count; i++) times[i] = Math.floor((dayStart + timeOfDay(schedule)) / 1000) * 1000;
    times.sort();
    const period = periodFor(dayStart);
    for (let i = 0; i < count; i++) {
      index++;
      yield makeLead(ctx, period, index, times[i]);
    }
  }
}

interface Period {
  channels: WeightedPicker<ChannelSpec>;
  campaigns: Map<string, WeightedPicker<CampaignSpec>>;
}

const periods = new Map<string, Period>();

/** Channel mix and live campaigns change by quarter; built once per quarter and reused. */
function periodFor(day: number): Period {
  const date = new Date(day);
  const year = date.getUTCFullYear();
  const quarter = Math.floor(date.getUTCMonth() / 3) + 1;
  const key = `${year}-${quarter}`;
  let period = periods.get(key);
  if (!period) {
    const age = (year - 2024) * 4 + quarter - 4;
    const campaigns = new Map<string, WeightedPicker<CampaignSpec>>();
    for (const channel of CHANNEL_SPECS) {
      const live = campaignsFor(channel.name, year, quarter);
      campaigns.set(channel.name, new WeightedPicker(live, live.map((c) => c.weight)));
    }
    period = {
      channels: new WeightedPicker(
        CHANNEL_SPECS,
        CHANNEL_SPECS.map((c) => c.share * Math.exp(c.trend * age)),
      ),
      campaigns,
    };
    periods.set(key, period);
  }
  return period;
}

function makeLead(ctx: Context, period: Period, index: number, createdAt: number): SampleLead {
  const rng = new Random(streamSeed(ctx.seed, index));
  const channel = period.channels.pick(rng);
  const campaign = period.campaigns.get(channel.name)!.pick(rng);
  const fit = drawFit(rng, channel, campaign);
  const fitTruth = trueFitScore(fit);
  // Intent is what drives behaviour; it leans on fit (good-fit buyers have a real need) and on
  // where the lead came from, but much of it is individual.
  const intent = 0.5 * (fitTruth - 1.5) + channel.quality + campaign.quality + rng.normal(0, 0.9);
  const activities = drawActivities(rng, createdAt, intent, channel.noise, campaign, ctx.snapshotAt);

  const mqlAt = oldMqlMoment(ctx, fit, createdAt, activities);
  const workedAt = salesTouch(rng, fit, createdAt, mqlAt, activities, ctx.snapshotAt);
  let sqlAt: number | null = null;
  let opportunityAt: number | null = null;
  let won = false;
  let dealValue: number | null = null;
  if (workedAt !== null && rng.chance(hiddenPropensity(fit, activities, workedAt))) {
    const sql = workedAt + rng.uniform(1, 14) * DAY;
    if (sql <= ctx.snapshotAt) sqlAt = roundSecond(sql);
  }
  if (sqlAt !== null && rng.chance(0.55 + 0.07 * Math.tanh(fitTruth))) {
    const opportunity = sqlAt + rng.uniform(2, 30) * DAY;
    if (opportunity <= ctx.snapshotAt) opportunityAt = roundSecond(opportunity);
  }
  if (opportunityAt !== null && rng.chance(0.3 + 0.05 * Math.tanh(fitTruth))) {
    won = true;
    dealValue = Math.round(rng.lognormal(Math.log(DEAL_MEDIAN[fit.companySize] ?? 20_000), 0.55));
  }
  const { company, domain } = companyFor(rng, ctx.seed, fit);
  return {
    id: `L${String(index).padStart(ctx.idWidth, '0')}`,
    email: emailFor(rng, fit, domain),
    company,
    createdAt,
    channel: channel.name,
    campaign: campaign.name,
    fit,
    activities,
    mqlAt,
    workedAt,
    sqlAt,
    opportunityAt,
    won,
    dealValue,
    ...drawExtras(ctx.seed, index, fit),
  };
}

const DEAL_MEDIAN: Record<string, number> = {
  '1-10': 3_000,
  '11-50': 8_000,
  '51-200': 18_000,
  '201-1000': 35_000,
  '1001-5000': 70_000,
  '5000+': 120_000,
};

function roundSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** The first moment the old definition's running points total (no decay) reached the threshold. */
function oldMqlMoment(
  ctx: Context,
  fit: Record<FitAttributeKey, string>,
  createdAt: number,
  activities: readonly SampleActivity[],
): number | null {
  let score = 0;
  for (let i = 0; i < FIT_KEYS.length; i++) score += ctx.fitPoints[i].get(fit[FIT_KEYS[i]]) ?? 0;
  if (score >= ctx.threshold) return createdAt;
  const counts = new Uint16Array(ctx.rules.length);
  for (const activity of activities) {
    const r = ctx.ruleIndex.get(activity.type);
    if (r === undefined || ++counts[r] > ctx.rules[r].cap) continue;
    score += ctx.rules[r].points;
    if (score >= ctx.threshold) return activity.at;
  }
  return null;
}

/**
 * When sales first touched the lead: most old-definition MQLs within three days, hand-raisers who
 * asked for a demo without being (or while being an overlooked) MQL, and a little outbound
 * prospecting into Tier 1 accounts.
 */
function salesTouch(
  rng: Random,
  fit: Record<FitAttributeKey, string>,
  createdAt: number,
  mqlAt: number | null,
  activities: readonly SampleActivity[],
  snapshotAt: number,
): number | null {
  let worked: number | null = null;
  if (mqlAt !== null && rng.chance(0.9)) {
    worked = mqlAt + Math.min(Math.max(rng.lognormal(Math.log(14), 1), 1), 72) * HOUR;
  }
  if (worked === null) {
    const demo = firstDemoRequest(activities);
    if (demo !== null && rng.chance(0.7)) worked = Math.max(demo, mqlAt ?? 0) + rng.uniform(1, 8) * HOUR;
  }
  if (worked === null && fit.accountTier === 'Tier 1' && rng.chance(0.01)) {
    worked = Math.max(createdAt, mqlAt ?? 0) + rng.uniform(1, 60) * DAY;
  }
  if (worked === null) return null;
  // Whole seconds, pushed up so the touch stays strictly after what triggered it.
  const rounded = Math.ceil((worked + 1) / 1000) * 1000;
  return rounded <= snapshotAt ? rounded : null;
}

function firstDemoRequest(activities: readonly SampleActivity[]): number | null {
  for (const a of activities) if (a.type === 'demo_request') return a.at;
  return null;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Base rates of each kind of activity for a lead of average intent. */
const R = { opens: 2.2, clicks: 0.35, visits: 5.5, content: 0.15, pricing: 0.1, webinars: 0.08, demo: -4.4 };

/** A session starts in office hours on the day it falls on; most weekend sessions wait for Monday. */
function sessionStart(rng: Random, at: number, createdAt: number): number {
  let day = Math.floor(at / DAY) * DAY;
  // 1970-01-01 was a Thursday (4); cheaper than a Date per session.
  const weekday = (Math.floor(day / DAY) + 4) % 7;
  if ((weekday === 0 || weekday === 6) && rng.chance(0.7)) day += (weekday === 6 ? 2 : 1) * DAY;
  const start = day + timeOfDay(rng);
  return start > createdAt ? start : createdAt + rng.exponential(HOUR);
}

function byTime(a: SampleActivity, b: SampleActivity): number {
  return a.at - b.at;
}

/** One lead's activity being drawn: its sessions and the events so far. */
class ActivityLog {
  readonly events: SampleActivity[] = [];
  readonly sessions: number[];
  private readonly rng: Random;
  private readonly createdAt: number;
  private readonly snapshotAt: number;
  private readonly attendRate: number;

  constructor(rng: Random, createdAt: number, snapshotAt: number, intent: number, horizon: number) {
    this.rng = rng;
    this.createdAt = createdAt;
    this.snapshotAt = snapshotAt;
    this.attendRate = sigmoid(0.6 * intent - 0.1);
    this.sessions = [createdAt];
    const count = 1 + rng.poisson(1.2 + 0.6 * Math.max(0, intent + 1));
    for (let i = 1; i < count; i++) this.sessions.push(sessionStart(rng, createdAt + rng.exponential(horizon), createdAt));
  }

  /** Events the export could not contain (before creation, after the snapshot) are dropped. */
  add(type: string, at: number): void {
    const t = roundSecond(at);
    if (t >= this.createdAt && t < this.snapshotAt) this.events.push({ type, at: t });
  }

  /** A moment within one of the lead's sessions, a few minutes after it began. */
  inSession(): number {
    return this.rng.pick(this.sessions) + this.rng.exponential(12 * MINUTE);
  }

  /** Registers for a webinar held on a later afternoon, and maybe attends it. */
  webinar(at: number): void {
    this.add('webinar_registration', at);
    if (!this.rng.chance(this.attendRate)) return;
    const day = Math.floor(at / DAY + this.rng.uniform(2, 21)) * DAY;
    this.add('webinar_attended', day + 16 * HOUR + this.rng.uniform(0, 10) * MINUTE);
  }
}

/**
 * What a lead did after it was created. Activity comes in sessions (bursts of a few events
 * minutes apart) whose start times thin out exponentially, so interest fades; leads with more
 * intent have more and longer-lasting sessions, visit the pricing page and ask for demos. Email
 * opens arrive with the nurture programme whatever the intent, which is why counting them
 * inflates old-style scores.
 */
function drawActivities(
  rng: Random,
  createdAt: number,
  intent: number,
  noise: number,
  campaign: CampaignSpec,
  snapshotAt: number,
): SampleActivity[] {
  const horizon = rng.lognormal(Math.log(18) + 0.25 * intent, 0.7) * DAY;
  const log = new ActivityLog(rng, createdAt, snapshotAt, intent, horizon);

  // The form fill that created the lead.
  switch (campaign.entry) {
    case 'content':
      log.add('content_download', createdAt);
      break;
    case 'webinar':
      log.webinar(createdAt);
      break;
    case 'visit':
      log.add('web_visit', createdAt);
      break;
    case 'demo':
      if (rng.chance(0.2)) {
        log.add('pricing_page', createdAt);
        log.add('demo_request', createdAt + rng.uniform(1, 6) * MINUTE);
      } else log.add('web_visit', createdAt);
      break;
    case 'list':
      break;
  }

  // How much a person reads email varies a lot and says little about buying.
  const reader = rng.lognormal(-0.32, 0.8) * noise;
  const opens: number[] = [];
  for (let n = rng.poisson(R.opens * reader * Math.exp(0.1 * intent)); n > 0; n--) {
    const at = sessionStart(rng, createdAt + rng.exponential(horizon * 1.8), createdAt);
    opens.push(at);
    log.add('email_open', at);
  }
  for (let n = rng.poisson(R.clicks * reader * Math.exp(0.6 * intent)); n > 0; n--) {
    const fromEmail = opens.length > 0 && rng.chance(0.6);
    log.add('email_click', fromEmail ? rng.pick(opens) + rng.uniform(0.2, 5) * MINUTE : log.inSession());
  }
  for (let n = rng.poisson(R.visits * noise * Math.exp(0.6 * intent)); n > 0; n--) log.add('web_visit', log.inSession());
  for (let n = rng.poisson(R.content * Math.exp(0.6 * intent)); n > 0; n--) log.add('content_download', log.inSession());
  for (let n = rng.poisson(R.pricing * Math.exp(1.1 * intent)); n > 0; n--) log.add('pricing_page', log.inSession());
  for (let n = rng.poisson(R.webinars * Math.exp(0.5 * intent)); n > 0; n--) log.webinar(log.inSession());
  if (rng.chance(sigmoid(R.demo + 1.2 * intent))) {
    // Buyers look at the price before they ask for a demo.
    const at = log.inSession();
    if (rng.chance(0.6)) log.add('pricing_page', at);
    log.add('demo_request', at + rng.uniform(1, 8) * MINUTE);
  }
  return log.events.sort(byTime);
}
