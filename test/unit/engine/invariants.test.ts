import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoringSession } from '../../../shared/engine/scoring-session';
import type { ScoringModel } from '../../../shared/model/scoring-model';
import { makeTable, type HandLead } from './make-table';

const TYPES = ['email_open', 'pricing_page', 'demo_request', 'unsubscribe'];
const INDUSTRIES = ['Software', 'Retail', 'Media'];

const leadArb: fc.Arbitrary<HandLead> = fc.record({
  fit: fc.record({ industry: fc.constantFrom(...INDUSTRIES), seniority: fc.constantFrom('VP', 'Manager') }),
  worked: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  sql: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  events: fc.array(fc.tuple(fc.constantFrom(...TYPES), fc.integer({ min: 0, max: 30 })), { maxLength: 12 }),
});

const modelArb: fc.Arbitrary<ScoringModel> = fc.record({
  version: fc.constant(1 as const),
  threshold: fc.integer({ min: 0, max: 120 }),
  fit: fc.constant([]).chain(() =>
    fc.tuple(...INDUSTRIES.map(() => fc.integer({ min: -30, max: 30 }))).map((points) => [
      { attribute: 'industry', points: Object.fromEntries(INDUSTRIES.map((v, i) => [v, points[i]])) },
    ]),
  ),
  engagement: fc.tuple(...TYPES.map(() => fc.tuple(fc.integer({ min: -20, max: 40 }), fc.integer({ min: 0, max: 5 })))).map(
    (rules) => TYPES.map((activity, i) => ({ activity, points: rules[i][0], cap: rules[i][1] })),
  ),
});

/**
 * The definition of an MQL written as plainly as possible, independent of the engine's counting:
 * replay each lead's events in time order up to its cutoff and see whether the score ever reached
 * the threshold.
 */
function naiveMqls(leads: HandLead[], model: ScoringModel): number {
  let mqls = 0;
  for (const lead of leads) {
    const cutoff = Math.min(lead.worked ?? Infinity, lead.sql ?? Infinity);
    let score = model.fit[0].points[lead.fit?.industry ?? ''] ?? 0;
    let reached = score >= model.threshold;
    const used = new Map<string, number>();
    for (const [type, day] of [...(lead.events ?? [])].sort((a, b) => a[1] - b[1])) {
      if (day >= cutoff) break;
      const rule = model.engagement.find((r) => r.activity === type);
      if (!rule || (used.get(type) ?? 0) >= rule.cap) continue;
      used.set(type, (used.get(type) ?? 0) + 1);
      score += rule.points;
      if (score >= model.threshold) reached = true;
    }
    if (reached) mqls++;
  }
  return mqls;
}

describe('engine invariants on random histories', () => {
  it('agrees with a plain replay of every lead', () => {
    fc.assert(
      fc.property(fc.array(leadArb, { minLength: 1, maxLength: 40 }), modelArb, (leads, model) => {
        const kpis = new ScoringSession(makeTable(leads, ['industry'])).evaluate(model);
        expect(kpis.mqls).toBe(naiveMqls(leads, model));
        expect(kpis.mqlsObserved + kpis.mqlsUnobserved).toBe(kpis.mqls);
        expect(kpis.mqlSqls).toBeLessThanOrEqual(Math.min(kpis.mqlsObserved, kpis.totalSqls));
      }),
      { numRuns: 300 },
    );
  });

  it('never gains MQLs when the threshold rises', () => {
    fc.assert(
      fc.property(fc.array(leadArb, { minLength: 1, maxLength: 40 }), modelArb, fc.integer({ min: 1, max: 50 }), (leads, model, rise) => {
        const session = new ScoringSession(makeTable(leads, ['industry']));
        const lower = session.evaluate(model);
        const higher = session.evaluate({ ...model, threshold: model.threshold + rise });
        expect(higher.mqls).toBeLessThanOrEqual(lower.mqls);
        expect(higher.mqlSqls).toBeLessThanOrEqual(lower.mqlSqls);
      }),
      { numRuns: 200 },
    );
  });
});
