import { describe, expect, it } from 'vitest';
import { ScoringSession } from '../../../shared/engine/scoring-session';
import type { ScoringModel } from '../../../shared/model/scoring-model';
import { makeTable } from './make-table';
import { testModel } from './model-fixture';

const model = testModel({
  threshold: 60,
  fit: { industry: { Software: 20, Retail: -10 }, seniority: { Director: 15 } },
  engagement: { email_open: [2, 3], pricing_page: [25, 2] },
});

function scores(leads: Parameters<typeof makeTable>[0], m: ScoringModel = model) {
  return new ScoringSession(makeTable(leads)).score(m).scores;
}

describe('scoring a lead by hand', () => {
  it('adds fit points per value, with values the model does not name scoring 0', () => {
    const s = scores([{ fit: { industry: 'Software', seniority: 'Director' } }, { fit: { industry: 'Retail', seniority: 'Intern' } }]);
    expect(Array.from(s.fit)).toEqual([35, -10]);
  });

  it('caps counted occurrences per activity type', () => {
    // 5 opens count 3 × 2 = 6; 3 pricing visits count 2 × 25 = 50.
    const events: [string, number][] = [
      ...[1, 2, 3, 4, 5].map((d): [string, number] => ['email_open', d]),
      ['pricing_page', 6],
      ['pricing_page', 7],
      ['pricing_page', 8],
    ];
    const s = scores([{ events }]);
    expect(s.engagement[0]).toBe(56);
    expect(s.score[0]).toBe(56);
    expect(s.mql[0]).toBe(0);
  });

  it('makes a lead an MQL when fit + engagement reaches the threshold exactly', () => {
    // 20 (Software) + 15 (Director) + 25 (one pricing visit) = 60.
    const s = scores([{ fit: { industry: 'Software', seniority: 'Director' }, events: [['pricing_page', 3]] }]);
    expect(s.score[0]).toBe(60);
    expect(s.mql[0]).toBe(1);
  });

  it('ignores activities from the moment sales worked the lead or it became SQL (point in time)', () => {
    const s = scores([
      { events: [['pricing_page', 1], ['pricing_page', 5]], worked: 5 }, // the visit on day 5 is not before day 5
      { events: [['pricing_page', 1], ['pricing_page', 4]], sql: 3, worked: 9 }, // SQL on day 3 comes first
      { events: [['pricing_page', 1], ['pricing_page', 4]] }, // never worked: everything counts
    ]);
    expect(Array.from(s.engagement)).toEqual([25, 25, 50]);
  });

  it('counts a lead that crossed the threshold before a negative activity pulled it back', () => {
    const withUnsubscribe: ScoringModel = {
      ...model,
      engagement: [...model.engagement, { activity: 'unsubscribe', points: -20, cap: 1, firstTimeOnly: false, windowDays: null, decay: null }],
    };
    const s = scores(
      [
        { events: [['pricing_page', 1], ['pricing_page', 2], ['unsubscribe', 3]] }, // 25, 50 (crosses 40), then 30
        { events: [['unsubscribe', 1], ['pricing_page', 2], ['pricing_page', 3]] }, // -20, 5, 30: never reaches 40
      ],
      { ...withUnsubscribe, threshold: 40 },
    );
    // The best moment is kept: 50 for the first lead, 30 for the second.
    expect(Array.from(s.score)).toEqual([50, 30]);
    expect(Array.from(s.mql)).toEqual([1, 0]);
  });
});

describe('KPIs of a small hand-made history', () => {
  // Five leads; threshold 60. Expected by hand:
  // A: Software+Director (35) + pricing (25) = 60 → MQL, worked, SQL.
  // B: Software (20) + 2 pricing (50) = 70 → MQL, worked, not SQL.
  // C: Director (15) + 2 pricing (50) = 65 → MQL, never worked (unobserved).
  // D: Retail (-10) + 2 pricing (50) = 40 → not MQL, but became SQL (a hand-raiser).
  // E: nothing → 0, not MQL.
  const table = makeTable([
    { fit: { industry: 'Software', seniority: 'Director' }, events: [['pricing_page', 1]], worked: 2, sql: 4 },
    { fit: { industry: 'Software', seniority: 'Manager' }, events: [['pricing_page', 1], ['pricing_page', 2]], worked: 3 },
    { fit: { industry: 'Media', seniority: 'Director' }, events: [['pricing_page', 1], ['pricing_page', 2]] },
    { fit: { industry: 'Retail', seniority: 'Manager' }, events: [['pricing_page', 1], ['pricing_page', 2]], worked: 3, sql: 5 },
    {},
  ]);

  it('counts MQLs, observed and unobserved, the rate and SQLs captured', () => {
    const kpis = new ScoringSession(table).evaluate(model);
    expect(kpis).toMatchObject({ leads: 5, mqls: 3, mqlsObserved: 2, mqlsUnobserved: 1, mqlSqls: 1, totalSqls: 2 });
    expect(kpis.rate).toBe(0.5);
    expect(kpis.sqlsCapturedShare).toBe(0.5);
    expect(kpis.rateBounds.low).toBeCloseTo(1 / 3, 12);
    expect(kpis.rateBounds.high).toBeCloseTo(2 / 3, 12);
  });

  it('follows the threshold: at 66 only B is left; at 0 every lead, even one with no points, is an MQL', () => {
    const session = new ScoringSession(table);
    expect(session.evaluate({ ...model, threshold: 66 })).toMatchObject({ mqls: 1, mqlsObserved: 1, mqlSqls: 0 });
    expect(session.evaluate({ ...model, threshold: 0 })).toMatchObject({ mqls: 5, mqlsObserved: 3, mqlSqls: 2 });
  });

  it('reports an unknown rate, not 0 %, when no MQL was worked', () => {
    const kpis = new ScoringSession(table).evaluate({ ...model, threshold: 200 });
    expect(kpis.mqls).toBe(0);
    expect(kpis.rate).toBeNaN();
    expect(kpis.rateInterval).toEqual({ low: 0, high: 1 });
  });
});
