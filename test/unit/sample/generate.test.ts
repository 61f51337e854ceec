import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, FIT_ATTRIBUTES } from '../../../shared/model/catalog';
import { defaultModel, SAMPLE_CHANNELS, SAMPLE_VALUES } from '../../../shared/model/default-model';
import {
  generateSample,
  hiddenPropensity,
  SAMPLE_COLUMNS,
  SAMPLE_DEFAULTS,
  sampleSnapshotAt,
  type SampleLead,
  type SampleOptions,
} from '../../../shared/sample/generate';
import { Random } from '../../../shared/sample/random';

const DAY = 86_400_000;

function hashLeads(options: SampleOptions, count: number): string {
  const hash = createHash('sha256');
  let n = 0;
  for (const lead of generateSample(options)) {
    hash.update(JSON.stringify(lead));
    if (++n === count) break;
  }
  return hash.digest('hex');
}

/** The old definition re-implemented independently: running points total, caps, no decay. */
function expectedMqlAt(lead: SampleLead): number | null {
  const model = defaultModel();
  let score = 0;
  for (const rule of model.fit) score += rule.points[lead.fit[rule.attribute as keyof SampleLead['fit']]] ?? 0;
  if (score >= model.threshold) return lead.createdAt;
  const used: Record<string, number> = {};
  for (const a of lead.activities) {
    const rule = model.engagement.find((r) => r.activity === a.type);
    if (!rule) continue;
    used[a.type] = (used[a.type] ?? 0) + 1;
    if (used[a.type] > rule.cap) continue;
    score += rule.points;
    if (score >= model.threshold) return a.at;
  }
  return null;
}

function share(part: number, whole: number): number {
  return whole === 0 ? NaN : part / whole;
}

// The full default sample, generated once: 20,000 leads take well under a second.
const leads = [...generateSample(SAMPLE_DEFAULTS)];
const snapshotAt = sampleSnapshotAt(SAMPLE_DEFAULTS);
const worked = leads.filter((l) => l.workedAt !== null);
const workedMqls = worked.filter((l) => l.mqlAt !== null);

describe('random', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const seqA = Array.from({ length: 5 }, () => a.uint32());
    expect(Array.from({ length: 5 }, () => b.uint32())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.uint32())).not.toEqual(seqA);
  });

  it('draws from the distributions it claims', () => {
    const rng = new Random(7);
    const n = 50_000;
    let uniform = 0;
    let normal = 0;
    let normalSq = 0;
    let poisson = 0;
    for (let i = 0; i < n; i++) {
      uniform += rng.next();
      const z = rng.normal();
      normal += z;
      normalSq += z * z;
      poisson += rng.poisson(3.5);
    }
    expect(uniform / n).toBeCloseTo(0.5, 2);
    expect(normal / n).toBeCloseTo(0, 1);
    expect(normalSq / n).toBeCloseTo(1, 1);
    expect(poisson / n).toBeCloseTo(3.5, 1);
    const picks = [0, 0, 0];
    for (let i = 0; i < n; i++) picks[rng.pickIndex([1, 2, 7])]++;
    expect(picks[2] / n).toBeCloseTo(0.7, 1);
  });
});

describe('default model', () => {
  it('lists every value of every fit attribute and a rule for every activity type', () => {
    const model = defaultModel();
    expect(model.threshold).toBe(60);
    expect(model.fit.map((r) => r.attribute)).toEqual(FIT_ATTRIBUTES.map((a) => a.key));
    for (const rule of model.fit) {
      expect(Object.keys(rule.points)).toEqual([...SAMPLE_VALUES[rule.attribute as keyof typeof SAMPLE_VALUES]]);
    }
    expect(model.engagement.map((r) => r.activity)).toEqual(ACTIVITY_TYPES.map((t) => t.key));
    expect(SAMPLE_CHANNELS).toHaveLength(8);
  });

  it('hands out a fresh copy each time', () => {
    const a = defaultModel();
    a.threshold = 99;
    a.fit[0].points.Software = -50;
    expect(defaultModel().threshold).toBe(60);
    expect(defaultModel().fit[0].points.Software).toBe(15);
  });
});

describe('generateSample', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const first = hashLeads(SAMPLE_DEFAULTS, 2_000);
    expect(hashLeads(SAMPLE_DEFAULTS, 2_000)).toBe(first);
    expect(hashLeads({ ...SAMPLE_DEFAULTS, seed: SAMPLE_DEFAULTS.seed + 1 }, 2_000)).not.toBe(first);
  });

  it('streams: the first leads of a ten-million-lead sample arrive at once', () => {
    const started = performance.now();
    const iterator = generateSample({ ...SAMPLE_DEFAULTS, leads: 10_000_000 });
    const firstIds: string[] = [];
    for (const lead of iterator) {
      firstIds.push(lead.id);
      if (firstIds.length === 3) break;
    }
    expect(firstIds).toEqual(['L00000001', 'L00000002', 'L00000003']);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('makes exactly the leads asked for, with sequential ids, in creation order, inside the period', () => {
    expect(leads).toHaveLength(SAMPLE_DEFAULTS.leads);
    expect(leads[0].id).toBe('L000001');
    expect(leads[leads.length - 1].id).toBe('L020000');
    const start = Date.parse(`${SAMPLE_DEFAULTS.start}T00:00:00Z`);
    const endExclusive = Date.parse(`${SAMPLE_DEFAULTS.end}T00:00:00Z`) + DAY;
    const wrong = leads.filter(
      (lead, i) =>
        lead.id !== `L${String(i + 1).padStart(6, '0')}` ||
        (i > 0 && lead.createdAt < leads[i - 1].createdAt) ||
        lead.createdAt < start ||
        lead.createdAt >= endExclusive,
    );
    expect(wrong.map((l) => l.id)).toEqual([]);
  });

  it('grows over the period and is quieter at weekends', () => {
    const byYearHalf = [0, 0];
    const middle = Date.parse('2025-10-01T00:00:00Z');
    let weekend = 0;
    for (const lead of leads) {
      byYearHalf[lead.createdAt < middle ? 0 : 1]++;
      const weekday = new Date(lead.createdAt).getUTCDay();
      if (weekday === 0 || weekday === 6) weekend++;
    }
    expect(byYearHalf[1] / byYearHalf[0]).toBeGreaterThan(1.1);
    // Two days in seven would be 28.6 % with no weekly rhythm.
    expect(share(weekend, leads.length)).toBeLessThan(0.15);
  });

  it('uses the shared vocabularies, all eight channels and about thirty campaigns', () => {
    const campaigns = new Set<string>();
    const channels = new Set<string>();
    const unknown: string[] = [];
    for (const lead of leads) {
      channels.add(lead.channel);
      campaigns.add(lead.campaign);
      for (const { key } of FIT_ATTRIBUTES) if (!SAMPLE_VALUES[key].includes(lead.fit[key])) unknown.push(lead.fit[key]);
    }
    expect(unknown).toEqual([]);
    expect([...channels].sort()).toEqual([...SAMPLE_CHANNELS].sort());
    expect(campaigns.size).toBeGreaterThanOrEqual(25);
    expect(campaigns.size).toBeLessThanOrEqual(40);
    expect(campaigns).toContain('Q2-2025 Webinar: Pipeline Analytics');
  });

  it('correlates fit attributes and keeps email addresses consistent with them', () => {
    const students = leads.filter((l) => l.fit.jobRole === 'Student');
    expect(students.length).toBeGreaterThan(200);
    expect(students.every((l) => l.fit.emailDomainType !== 'Company')).toBe(true);
    const tier1 = leads.filter((l) => l.fit.accountTier === 'Tier 1');
    const large = tier1.filter((l) => ['1001-5000', '5000+'].includes(l.fit.companySize));
    expect(share(large.length, tier1.length)).toBeGreaterThan(0.75);
    const freeMail = /@(gmail\.com|outlook\.com|yahoo\.com|hotmail\.com|icloud\.com|gmx\.de|orange\.fr|uol\.com\.br)$/;
    const education = /\.(edu|ac)(\.[a-z]+)?$|\.(de|fr|nl|ca)$/;
    const inconsistent = leads.filter(
      (lead) =>
        !/^[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+$/.test(lead.email) ||
        freeMail.test(lead.email) !== (lead.fit.emailDomainType === 'Free mail') ||
        (lead.fit.emailDomainType === 'Education' && !education.test(lead.email)) ||
        lead.company.length <= 3,
    );
    expect(inconsistent.map((l) => `${l.email} ${l.company} ${l.fit.emailDomainType}`)).toEqual([]);
  });

  it('has realistic activity volumes, in time order, inside the export window', () => {
    const known = new Set<string>(ACTIVITY_TYPES.map((t) => t.key));
    let total = 0;
    let demoLeads = 0;
    const wrong: string[] = [];
    for (const lead of leads) {
      total += lead.activities.length;
      if (lead.activities.some((a) => a.type === 'demo_request')) demoLeads++;
      lead.activities.forEach((a, i) => {
        const ordered = i === 0 || a.at >= lead.activities[i - 1].at;
        if (!known.has(a.type) || a.at < lead.createdAt || a.at >= snapshotAt || !ordered) wrong.push(lead.id);
      });
    }
    expect(wrong).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(150_000);
    expect(total).toBeLessThanOrEqual(250_000);
    expect(share(demoLeads, leads.length)).toBeGreaterThanOrEqual(0.03);
    expect(share(demoLeads, leads.length)).toBeLessThanOrEqual(0.05);
  });

  it('marks MQLs exactly where the default model first crosses its threshold', () => {
    expect(leads.filter((l) => l.mqlAt !== expectedMqlAt(l)).map((l) => l.id)).toEqual([]);
    const mqls = leads.filter((l) => l.mqlAt !== null).length;
    expect(share(mqls, leads.length)).toBeGreaterThanOrEqual(0.15);
    expect(share(mqls, leads.length)).toBeLessThanOrEqual(0.25);
  });

  it('works leads only after what triggered it, and mostly the MQLs', () => {
    for (const lead of worked) {
      const touch = lead.workedAt!;
      expect(touch).toBeGreaterThan(lead.createdAt);
      expect(touch).toBeLessThanOrEqual(snapshotAt);
      if (lead.mqlAt !== null) expect(touch).toBeGreaterThan(lead.mqlAt);
      else {
        // Not an MQL: a hand-raiser (worked after the demo request) or Tier 1 prospecting.
        const demo = lead.activities.find((a) => a.type === 'demo_request');
        if (demo) expect(touch).toBeGreaterThan(demo.at);
        else expect(lead.fit.accountTier).toBe('Tier 1');
      }
    }
    const mqls = leads.filter((l) => l.mqlAt !== null).length;
    expect(share(workedMqls.length, mqls)).toBeGreaterThan(0.85);
    expect(share(workedMqls.length, mqls)).toBeLessThan(0.95);
    expect(worked.length - workedMqls.length).toBeGreaterThan(0);
  });

  it('keeps activities after the sales touch, which a backtest must ignore', () => {
    const later = worked.filter((l) => l.activities.some((a) => a.at > l.workedAt!));
    expect(share(later.length, worked.length)).toBeGreaterThan(0.3);
  });

  it('leaves never-worked leads without outcomes and orders the funnel dates', () => {
    for (const lead of leads) {
      if (lead.workedAt === null) {
        expect(lead.sqlAt).toBeNull();
        expect(lead.opportunityAt).toBeNull();
        expect(lead.won).toBe(false);
        expect(lead.dealValue).toBeNull();
        continue;
      }
      if (lead.sqlAt !== null) {
        expect(lead.sqlAt).toBeGreaterThan(lead.workedAt);
        expect(lead.sqlAt - lead.workedAt).toBeLessThanOrEqual(14 * DAY);
      }
      if (lead.opportunityAt !== null) expect(lead.opportunityAt).toBeGreaterThan(lead.sqlAt!);
      else expect(lead.won).toBe(false);
      if (lead.won) {
        expect(Number.isInteger(lead.dealValue)).toBe(true);
        expect(lead.dealValue!).toBeGreaterThan(0);
      } else expect(lead.dealValue).toBeNull();
    }
  });

  it('converts like a real funnel', () => {
    const sqlFromMql = workedMqls.filter((l) => l.sqlAt !== null).length;
    expect(share(sqlFromMql, workedMqls.length)).toBeGreaterThanOrEqual(0.25);
    expect(share(sqlFromMql, workedMqls.length)).toBeLessThanOrEqual(0.35);
    const sqls = leads.filter((l) => l.sqlAt !== null);
    const opportunities = sqls.filter((l) => l.opportunityAt !== null);
    const won = opportunities.filter((l) => l.won);
    expect(share(opportunities.length, sqls.length)).toBeGreaterThan(0.45);
    expect(share(opportunities.length, sqls.length)).toBeLessThan(0.65);
    expect(share(won.length, opportunities.length)).toBeGreaterThan(0.2);
    expect(share(won.length, opportunities.length)).toBeLessThan(0.4);
    // Bigger companies sign bigger deals.
    const median = (size: string): number => {
      const values = won.filter((l) => l.fit.companySize === size).map((l) => l.dealValue!).sort((a, b) => a - b);
      return values[Math.floor(values.length / 2)];
    };
    expect(median('1001-5000')).toBeGreaterThan(2 * median('11-50'));
  });

  it('gives referral, event and partner MQLs better conversion than display and paid social', () => {
    const rate = (channels: string[]): number => {
      const group = workedMqls.filter((l) => channels.includes(l.channel));
      return share(group.filter((l) => l.sqlAt !== null).length, group.length);
    };
    expect(rate(['Referral', 'Events', 'Partner'])).toBeGreaterThan(rate(['Display', 'Paid Social']) + 0.05);
  });
});

describe('hiddenPropensity', () => {
  it('carries the signal: the top quintile of worked leads converts at least twice the bottom', () => {
    const scored = worked
      .map((l) => ({ p: hiddenPropensity(l.fit, l.activities, l.workedAt!), sql: l.sqlAt !== null }))
      .sort((a, b) => a.p - b.p);
    const fifth = Math.floor(scored.length / 5);
    const rate = (part: typeof scored): number => share(part.filter((s) => s.sql).length, part.length);
    const bottom = rate(scored.slice(0, fifth));
    const top = rate(scored.slice(scored.length - fifth));
    expect(bottom).toBeGreaterThan(0);
    expect(top).toBeGreaterThanOrEqual(2 * bottom);
  });

  it('counts only what happened before the moment, with decaying weight', () => {
    const lead = leads.find((l) => l.activities.some((a) => a.type === 'pricing_page') && l.activities.length > 5)!;
    const at = lead.activities[lead.activities.length - 1].at;
    const past = lead.activities.slice(0, 3);
    const atThird = past[past.length - 1].at;
    expect(hiddenPropensity(lead.fit, lead.activities, atThird)).toBe(hiddenPropensity(lead.fit, past, atThird));
    const now = hiddenPropensity(lead.fit, lead.activities, at);
    expect(hiddenPropensity(lead.fit, lead.activities, at + 120 * DAY)).toBeLessThan(now);
    expect(now).toBeGreaterThan(hiddenPropensity(lead.fit, [], at));
  });
});

describe('the columns kept as extra attributes', () => {
  const bands: Record<string, [number, number]> = {
    '1-10': [1, 10], '11-50': [11, 50], '51-200': [51, 200], '201-1000': [201, 1000], '1001-5000': [1001, 5000], '5000+': [5001, 60_000],
  };

  it('give an employee count inside the lead’s size band, with a few blanks', () => {
    const counted = leads.filter((l) => l.employees !== null);
    expect(counted.length / leads.length).toBeGreaterThan(0.94);
    expect(counted.length).toBeLessThan(leads.length);
    for (const lead of counted) {
      const [low, high] = bands[lead.fit.companySize];
      expect(Number.isInteger(lead.employees)).toBe(true);
      expect(lead.employees).toBeGreaterThanOrEqual(low);
      expect(lead.employees).toBeLessThanOrEqual(high);
    }
  });

  it('make existing customers common among named accounts and rare in the long tail, with some unknown', () => {
    const customers = (tier: string) => {
      const known = leads.filter((l) => l.fit.accountTier === tier && l.existingCustomer !== null);
      return share(known.filter((l) => l.existingCustomer).length, known.length);
    };
    expect(customers('Tier 1')).toBeGreaterThan(0.2);
    expect(customers('None')).toBeLessThan(0.06);
    expect(leads.some((l) => l.existingCustomer === null)).toBe(true);
  });
});

describe('SAMPLE_COLUMNS', () => {
  it('names the CRM export columns', () => {
    expect(SAMPLE_COLUMNS.leads).toHaveLength(21);
    expect(SAMPLE_COLUMNS.leads[0]).toBe('Lead ID');
    expect(SAMPLE_COLUMNS.activities).toEqual(['Lead ID', 'Activity Type', 'Timestamp']);
  });
});
