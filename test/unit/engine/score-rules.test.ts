import { describe, expect, it } from 'vitest';
import { ScoringSession } from '../../../shared/engine/scoring-session';
import type { ScoringModel } from '../../../shared/model/scoring-model';
import { makeTable, type HandLead } from './make-table';
import { testModel, type CompactModel } from './model-fixture';

const DAY = 86_400_000;

function run(leads: HandLead[], compact: CompactModel | ScoringModel) {
  const model = 'version' in compact ? compact : testModel(compact);
  const session = new ScoringSession(makeTable(leads, ['industry', 'emailDomainType']));
  const { scores } = session.score(model);
  return { scores, kpis: session.evaluate(model) };
}

describe('each rule type on a hand-made timeline', () => {
  it('scores values the rule does not list with its "any other value" points', () => {
    const model = testModel({ threshold: 100, fit: { industry: { Software: 20 } } });
    model.fit[0].otherPoints = -5;
    const { scores } = run([{ fit: { industry: 'Software' } }, { fit: { industry: 'Mining' } }], model);
    expect(Array.from(scores.fit)).toEqual([20, -5]);
  });

  it('counts only occurrences inside the time window before each moment', () => {
    // Visits on days 0, 20 and 45 with a 30-day window: at day 45 only day 20 and day 45 count.
    const { scores } = run([{ events: [['pricing_page', 0], ['pricing_page', 20], ['pricing_page', 45]] }], {
      threshold: 75,
      engagement: { pricing_page: { points: 25, cap: 5, windowDays: 30 } },
    });
    expect(scores.score[0]).toBe(50);
    expect(scores.mql[0]).toBe(0);
  });

  it('halves points every half-life', () => {
    // 25 at day 0, decayed to 12.5 by day 10, plus 25 then: 37.5.
    const { scores } = run([{ events: [['pricing_page', 0], ['pricing_page', 10]] }], {
      threshold: 100,
      engagement: { pricing_page: [25, 5] },
      extra: { decay: { kind: 'half-life', days: 10 } },
    });
    expect(scores.score[0]).toBeCloseTo(37.5, 10);
  });

  it('takes a share off per period with linear decay, down to nothing', () => {
    // 50 % per 10 days: at day 20 the day-0 visit is worth 0, the day-10 visit 12.5, the new one 25.
    const { scores } = run([{ events: [['pricing_page', 0], ['pricing_page', 10], ['pricing_page', 20]] }], {
      threshold: 100,
      engagement: { pricing_page: { points: 25, cap: 5, decay: { kind: 'linear', percent: 50, periodDays: 10 } } },
    });
    expect(scores.score[0]).toBeCloseTo(37.5, 10);
  });

  it('counts a first-time-only activity once however often it happens', () => {
    const { scores } = run([{ events: [['content_download', 1], ['content_download', 2], ['content_download', 3]] }], {
      threshold: 100,
      engagement: { content_download: { points: 10, cap: 3, firstTimeOnly: true } },
    });
    expect(scores.score[0]).toBe(10);
  });

  it('caps the engagement group and the fit group', () => {
    const { scores } = run([{ fit: { industry: 'Software' }, events: [['pricing_page', 1], ['pricing_page', 2]] }], {
      threshold: 100,
      fit: { industry: { Software: 40 } },
      engagement: { pricing_page: [25, 5] },
      extra: { fitCap: 30, engagementCap: 35 },
    });
    expect(scores.fit[0]).toBe(30);
    expect(scores.engagement[0]).toBe(35);
  });

  it('knocks out a lead whatever its score, and counts what each knock-out removes', () => {
    const leads: HandLead[] = [
      { fit: { industry: 'Software', emailDomainType: 'Free mail' }, events: [['demo_request', 1]] },
      { fit: { industry: 'Software', emailDomainType: 'Company' }, events: [['demo_request', 1]] },
      { fit: { industry: 'Retail', emailDomainType: 'Free mail' } },
    ];
    const model = testModel({
      threshold: 40,
      engagement: { demo_request: [50, 1] },
      extra: { knockouts: [{ id: 'free', label: 'Free mail', enabled: true, attribute: 'emailDomainType', values: ['Free mail'] }] },
    });
    const { scores, kpis } = run(leads, model);
    expect(Array.from(scores.mql)).toEqual([0, 1, 0]);
    expect(Array.from(scores.knockedOut)).toEqual([1, 0, 1]);
    expect(kpis.knockoutRemovals).toEqual({ free: 1 });
  });

  it('fast-tracks a good fit at the moment of the activity, not a poor one', () => {
    const leads: HandLead[] = [
      { fit: { industry: 'Software' }, events: [['email_open', 1], ['demo_request', 3]] }, // grade B
      { fit: { industry: 'Retail' }, events: [['demo_request', 3]] }, // grade D
    ];
    const { scores, kpis } = run(leads, {
      threshold: 100,
      fit: { industry: { Software: 20, Retail: -10 } },
      engagement: { email_open: [1, 5], demo_request: [10, 1] },
      extra: {
        matrix: { gradeCuts: [30, 15, 0], levelCuts: [50, 25, 10], cells: [] },
        fastTracks: [{ id: 'demo', label: 'Demo', enabled: true, activity: 'demo_request', minGrade: 'B' }],
      },
    });
    expect(Array.from(scores.mql)).toEqual([1, 0]);
    expect(scores.mqlAt[0]).toBe(3 * DAY);
    expect(kpis.fastTracked).toBe(1);
  });

  it('blends fit and engagement, each on 0–100, by the fit weight', () => {
    // Fit 40 of at most 40 (100 %), engagement 25 of at most 50 (50 %): 0.6 × 100 + 0.4 × 50 = 80.
    const { scores } = run([{ fit: { industry: 'Software' }, events: [['pricing_page', 1]] }], {
      threshold: 80,
      fit: { industry: { Software: 40, Retail: 0 } },
      engagement: { pricing_page: [25, 2] },
      extra: { mode: 'blend', fitWeight: 0.6 },
    });
    expect(scores.score[0]).toBeCloseTo(80, 10);
    expect(scores.mql[0]).toBe(1);
  });

  it('qualifies by the cells of the fit grade × engagement level matrix', () => {
    // Fit 20 is grade B (cuts 30/15/0); engagement 25 is level 2 (cuts 50/25/10): cell B2.
    const lead: HandLead = { fit: { industry: 'Software' }, events: [['pricing_page', 5]] };
    const matrix = (cells: string[]): CompactModel => ({
      threshold: 0,
      fit: { industry: { Software: 20 } },
      engagement: { pricing_page: [25, 1] },
      extra: { mode: 'matrix', matrix: { gradeCuts: [30, 15, 0], levelCuts: [50, 25, 10], cells } },
    });
    expect(run([lead], matrix(['A1', 'A2', 'B1'])).scores.mql[0]).toBe(0);
    const withB2 = run([lead], matrix(['A1', 'A2', 'B1', 'B2'])).scores;
    expect(withB2.mql[0]).toBe(1);
    expect(withB2.mqlAt[0]).toBe(5 * DAY);
  });

  it('applies a channel’s own threshold to its leads', () => {
    const leads: HandLead[] = [
      { channel: 'Events', events: [['pricing_page', 1]] },
      { channel: 'Display', events: [['pricing_page', 1]] },
    ];
    const { scores } = run(leads, { threshold: 25, engagement: { pricing_page: [25, 1] }, extra: { channelThresholds: { Display: 40 } } });
    expect(Array.from(scores.mql)).toEqual([1, 0]);
  });

  it('dates the MQL at the activity that crossed the threshold, or at creation for fit alone', () => {
    const leads: HandLead[] = [
      { events: [['pricing_page', 2], ['pricing_page', 7], ['pricing_page', 9]] },
      { fit: { industry: 'Software' } },
    ];
    const { scores } = run(leads, { threshold: 50, fit: { industry: { Software: 60 } }, engagement: { pricing_page: [25, 5] } });
    expect(scores.mqlAt[0]).toBe(7 * DAY);
    expect(scores.mqlAt[1]).toBe(0);
  });
});
