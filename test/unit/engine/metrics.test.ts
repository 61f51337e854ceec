import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMetrics, DEFAULT_METRICS_OPTIONS } from '../../../shared/engine/metrics';
import { computeSweep } from '../../../shared/engine/metrics/sweep';
import { computeNearMiss } from '../../../shared/engine/metrics/near-miss';
import { periodOf } from '../../../shared/engine/metrics/time-series';
import { ScoringSession } from '../../../shared/engine/scoring-session';
import { makeTable, type HandLead } from './make-table';
import { testModel } from './model-fixture';

const leadArb: fc.Arbitrary<HandLead> = fc.record({
  fit: fc.record({ industry: fc.constantFrom('Software', 'Retail', 'Media') }),
  channel: fc.constantFrom('Events', 'Display', 'Email'),
  worked: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
  sql: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
  events: fc.array(fc.tuple(fc.constantFrom('email_open', 'pricing_page', 'demo_request'), fc.integer({ min: 0, max: 200 })), { maxLength: 10 }),
});

const model = (threshold: number, knock: boolean, displayOwn: boolean) =>
  testModel({
    threshold,
    fit: { industry: { Software: 20, Retail: -10, Media: 5 } },
    engagement: { email_open: [3, 5], pricing_page: [15, 3], demo_request: [30, 1] },
    extra: {
      channelThresholds: displayOwn ? { Display: 45 } : {},
      knockouts: [{ id: 'retail', label: 'Retail', enabled: knock, attribute: 'industry', values: ['Retail'] }],
      fastTracks: [{ id: 'demo', label: 'Demo', enabled: true, activity: 'demo_request', minGrade: 'C' }],
    },
  });

describe('result views agree with the KPI cards', () => {
  it('on random histories: funnel, sweep at the current threshold, matrix, breakdown and time series', () => {
    fc.assert(
      fc.property(fc.array(leadArb, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 90 }), fc.boolean(), fc.boolean(), (leads, threshold, knock, displayOwn) => {
        const table = makeTable(leads, ['industry']);
        const session = new ScoringSession(table);
        const m = model(threshold, knock, displayOwn);
        const kpis = session.evaluate(m);
        const scores = session.score(m).scores;
        const metrics = computeMetrics(table, m, scores, scores, DEFAULT_METRICS_OPTIONS);
        expect(metrics.funnel.mqls).toBe(kpis.mqls);
        expect(metrics.funnel.sqls).toBe(kpis.mqlSqls);
        const sweep = metrics.sweep;
        expect(sweep).not.toBeNull();
        if (sweep) {
          expect(sweep.mqls[threshold]).toBe(kpis.mqls);
          expect(sweep.observed[threshold]).toBe(kpis.mqlsObserved);
          expect(sweep.sqls[threshold]).toBe(kpis.mqlSqls);
          for (let t = 1; t < sweep.mqls.length; t++) expect(sweep.mqls[t]).toBeLessThanOrEqual(sweep.mqls[t - 1]);
        }
        expect(metrics.matrix.reduce((s, c) => s + c.mqls, 0)).toBe(kpis.mqls);
        expect(metrics.breakdown.reduce((s, r) => s + r.scenario.leads, 0)).toBe(kpis.mqls);
        expect(metrics.breakdown.reduce((s, r) => s + r.scenario.sqls, 0)).toBe(kpis.mqlSqls);
        expect(metrics.timeSeries.scenario.reduce((s, c) => s + c, 0)).toBe(kpis.mqls);
        expect(metrics.histogram.sql.reduce((s, c) => s + c, 0)).toBe(
          leads.filter((l, i) => l.sql !== undefined && !scores.knockedOut[i]).length,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('sweeps a hand-made case: thresholds 0..max with MQLs, rate and captured share', () => {
    const leads: HandLead[] = [
      { events: [['pricing_page', 1]], worked: 2, sql: 3 }, // 15
      { events: [['pricing_page', 1], ['pricing_page', 2]], worked: 3 }, // 30, not SQL
      { events: [['email_open', 1]] }, // 3, unobserved
    ];
    const table = makeTable(leads, ['industry']);
    const m = testModel({ threshold: 15, engagement: { email_open: [3, 5], pricing_page: [15, 3] } });
    const scores = new ScoringSession(table).score(m).scores;
    const sweep = computeSweep(table, scores, m, 40);
    expect(sweep.mqls.slice(0, 4)).toEqual([3, 3, 3, 3]);
    expect(sweep.mqls[4]).toBe(2);
    expect(sweep.mqls[15]).toBe(2);
    expect(sweep.mqls[16]).toBe(1);
    expect(sweep.mqls[31]).toBe(0);
    expect(sweep.rate[15]).toBe(0.5);
    expect(sweep.rate[16]).toBe(0);
    expect(sweep.captured[15]).toBe(1);
    expect(computeNearMiss(table, scores, 15, 12)).toMatchObject({ leads: 1, observed: 0, sqls: 0 });
  });

  it('names periods: weeks from Monday, months and quarters', () => {
    const wednesday = Date.UTC(2025, 2, 12, 15);
    expect(periodOf(wednesday, 'week')).toBe('2025-03-10');
    expect(periodOf(Date.UTC(2025, 2, 9, 23), 'week')).toBe('2025-03-03');
    expect(periodOf(wednesday, 'month')).toBe('2025-03');
    expect(periodOf(wednesday, 'quarter')).toBe('2025-Q1');
  });
});
