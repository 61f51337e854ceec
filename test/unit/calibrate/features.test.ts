import { describe, expect, it } from 'vitest';
import { activityCountings, buildFeatures, countActivities, DEFAULT_ACTIVITY_CAP, observedLeads } from '../../../shared/calibrate/features';
import { compileModel } from '../../../shared/engine/compile';
import { scoreLeads } from '../../../shared/engine/score';
import { makeTable, type HandLead } from '../engine/make-table';
import { testModel } from '../engine/model-fixture';

function countsOf(lead: HandLead, engagement: Parameters<typeof testModel>[0]['engagement'], extra = {}) {
  const table = makeTable([lead]);
  const countings = activityCountings(table, testModel({ threshold: 50, engagement, extra }));
  const out = new Float64Array(countings.length);
  countActivities(table, 0, countings, out, new Uint16Array(countings.length));
  return Object.fromEntries(table.activityTypes.map((type, t) => [type, out[t]]));
}

describe('point-in-time activity counts', () => {
  const visits: HandLead = { worked: 100, events: [['pricing_page', 0], ['pricing_page', 10], ['pricing_page', 20], ['pricing_page', 30]] };

  it('keeps the most recent occurrences up to the cap', () => {
    expect(countsOf(visits, { pricing_page: [15, 2] }).pricing_page).toBe(2);
    expect(countsOf(visits, { pricing_page: [15, 10] }).pricing_page).toBe(4);
  });

  it('ignores what happened after sales worked the lead or it became SQL', () => {
    expect(countsOf({ ...visits, worked: 15 }, { pricing_page: [15, 10] }).pricing_page).toBe(2);
    expect(countsOf({ ...visits, worked: undefined, sql: 25 }, { pricing_page: [15, 10] }).pricing_page).toBe(3);
  });

  it('decays and expires occurrences as of the last moment before the cutoff', () => {
    // At day 30 with a 10-day half-life and cap 2: day 30 counts 1, day 20 counts 0.5.
    expect(countsOf(visits, { pricing_page: [15, 2] }, { decay: { kind: 'half-life', days: 10 } }).pricing_page).toBeCloseTo(1.5, 12);
    // A 15-day window at day 30 keeps days 20 and 30 only.
    expect(countsOf(visits, { pricing_page: { points: 15, cap: 5, windowDays: 15 } }).pricing_page).toBe(2);
    // First time only: the day-0 visit, 30 days old, linear decay of 50 % per 40 days.
    const first = countsOf(visits, { pricing_page: { points: 15, cap: 3, firstTimeOnly: true, decay: { kind: 'linear', percent: 50, periodDays: 40 } } });
    expect(first.pricing_page).toBeCloseTo(1 - 0.5 * (30 / 40), 12);
  });

  it('counts activities the model has no rule for with the default cap', () => {
    const counts = countsOf({ worked: 100, events: [['chat', 1], ['chat', 2], ['chat', 3], ['chat', 4], ['chat', 5]] }, {});
    expect(counts.chat).toBe(DEFAULT_ACTIVITY_CAP);
  });

  it('agrees with the scoring engine: points × counts is the engagement it scores', () => {
    const leads: HandLead[] = Array.from({ length: 40 }, (_, i) => ({
      worked: 60 + (i % 7),
      events: Array.from({ length: (i * 7) % 13 }, (_, k): [string, number] => [['email_open', 'pricing_page', 'webinar', 'demo'][(i + k) % 4], k * 5 + (i % 3)]),
    }));
    const table = makeTable(leads);
    const model = testModel({ threshold: 500, engagement: { email_open: [2, 3], pricing_page: [15, 2], webinar: { points: 10, cap: 2, firstTimeOnly: true }, demo: [40, 1] } });
    const scores = scoreLeads(table, compileModel(model, table));
    const countings = activityCountings(table, model);
    const out = new Float64Array(countings.length);
    const points = compileModel(model, table).points;
    leads.forEach((_, lead) => {
      countActivities(table, lead, countings, out, new Uint16Array(countings.length));
      const engagement = out.reduce((sum, count, t) => sum + count * points[t], 0);
      expect(engagement).toBeCloseTo(scores.engagement[lead], 10);
    });
  });
});

describe('the design matrix', () => {
  const leads: HandLead[] = [
    ...Array.from({ length: 40 }, (_, i): HandLead => ({ fit: { industry: 'Software', seniority: 'VP' }, worked: 5, sql: i % 2 ? 6 : undefined, events: [['demo', 1]] })),
    ...Array.from({ length: 35 }, (_, i): HandLead => ({ fit: { industry: 'Retail', seniority: 'VP' }, worked: 5, sql: i % 5 ? undefined : 6 })),
    ...Array.from({ length: 5 }, (): HandLead => ({ fit: { industry: 'Mining', seniority: 'Intern' }, worked: 5 })),
    ...Array.from({ length: 3 }, (): HandLead => ({ fit: { industry: 'Farming', seniority: 'VP' }, worked: 5 })),
    // Never worked: no outcome, so not in the design at all.
    ...Array.from({ length: 50 }, (): HandLead => ({ fit: { industry: 'Retail', seniority: 'VP' }, events: [['demo', 1]] })),
  ];
  const table = makeTable(leads);
  const model = testModel({ threshold: 50, engagement: { demo: [40, 1] } });
  const rows = observedLeads(table);
  const features = buildFeatures(table, model, rows, 30);

  it('takes only leads whose outcome is known', () => {
    expect(rows.length).toBe(83);
    expect(features.y.reduce((a, b) => a + b, 0)).toBe(20 + 7);
  });

  it('measures values from the most common one and pools the rare ones', () => {
    const ids = features.columns.map((c) => c.id);
    expect(ids).toEqual(['fit:industry:Retail', 'fit:industry:*rare', 'fit:seniority:*rare', 'activity:demo']);
    const industry = features.attributes[0];
    expect(table.fit[0].values[industry.reference]).toBe('Software');
    expect(industry.rare.map((code) => table.fit[0].values[code]).sort()).toEqual(['Farming', 'Mining']);
    expect(features.columns[1]).toMatchObject({ leads: 8, sqls: 0 });
    expect(Array.from(features.standardize)).toEqual([0, 0, 0, 1]);
  });

  it('lays each row out sparsely with one entry per non-zero feature', () => {
    const { design } = features;
    expect(design.rows).toBe(83);
    expect(design.cols).toBe(4);
    const row = (r: number) => Array.from(design.col.subarray(design.rowStart[r], design.rowStart[r + 1]));
    expect(row(0)).toEqual([3]);
    expect(row(40)).toEqual([0]);
    expect(row(75)).toEqual([1, 2]);
  });
});
