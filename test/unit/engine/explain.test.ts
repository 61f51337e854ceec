import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainLead } from '../../../shared/engine/explain';
import { ScoringSession } from '../../../shared/engine/scoring-session';
import { leadArb, modelArb } from './arbitraries';
import { makeTable } from './make-table';
import { testModel } from './model-fixture';

const DAY = 86_400_000;

describe('"why this score" explanation', () => {
  it('agrees with the engine on every lead: MQL moment, fast-track and best score', () => {
    fc.assert(
      fc.property(fc.array(leadArb, { minLength: 1, maxLength: 12 }), modelArb, (leads, model) => {
        const table = makeTable(leads, ['industry']);
        const { scores } = new ScoringSession(table).score(model);
        for (let lead = 0; lead < table.n; lead++) {
          const explanation = explainLead(table, model, lead);
          expect(Number.isNaN(explanation.mqlAt)).toBe(scores.mql[lead] === 0);
          if (scores.mql[lead]) expect(explanation.mqlAt).toBe(scores.mqlAt[lead]);
          expect(explanation.fastTracked).toBe(scores.fastTracked[lead] === 1);
          expect(explanation.fitTotal).toBe(scores.fit[lead]);
          const best = Math.max(...explanation.timeline.filter((p) => explanation.events.some((e) => e.at === p.at) || p.at === explanation.createdAt).map((p) => p.score));
          expect(best).toBeCloseTo(scores.score[lead], 9);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('lists each activity with what happened to it and each rule’s share', () => {
    const table = makeTable(
      [{ fit: { industry: 'Software' }, worked: 10, events: [['pricing_page', 1], ['pricing_page', 2], ['pricing_page', 3], ['email_open', 4], ['pricing_page', 12]] }],
      ['industry'],
    );
    const model = testModel({ threshold: 50, fit: { industry: { Software: 20 } }, engagement: { pricing_page: [15, 2], email_open: [0, 5] } });
    const explanation = explainLead(table, model, 0);
    expect(explanation.fit).toEqual([{ attribute: 'Industry', kind: 'category', value: 'Software', points: 20 }]);
    expect(explanation.events.map((e) => e.status)).toEqual(['counted', 'counted', 'counted', 'no rule', 'after sales worked it']);
    // The cap keeps the two most recent visits: 30 engagement points, 50 in all, reached on day 2.
    expect(explanation.engagement).toEqual([{ type: 'pricing_page', label: 'Pricing-page visit', counted: 2, points: 30 }]);
    expect(explanation.mqlAt).toBe(2 * DAY);
    expect(explanation.cutoff).toBe(10 * DAY);
  });
});
