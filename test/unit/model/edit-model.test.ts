import { describe, expect, it } from 'vitest';
import { withActivityRule, withFitPoints, withThreshold } from '../../../shared/model/edit-model';
import { testModel } from '../engine/model-fixture';

const model = testModel({ threshold: 60, fit: { industry: { Software: 10 } }, engagement: { email_open: [2, 5] } });
const rule = { firstTimeOnly: false, windowDays: null, decay: null };

describe('model edits', () => {
  it('change one thing and leave the original model untouched', () => {
    const before = structuredClone(model);
    expect(withThreshold(model, 70).threshold).toBe(70);
    expect(withFitPoints(model, 'industry', 'Software', -5).fit[0].points).toEqual({ Software: -5 });
    expect(withActivityRule(model, 'email_open', { cap: 3 }).engagement[0]).toEqual({ activity: 'email_open', points: 2, cap: 3, ...rule });
    expect(model).toEqual(before);
  });

  it('add a rule for an attribute or activity the model did not name yet', () => {
    expect(withFitPoints(model, 'seniority', 'VP', 15).fit[1]).toEqual({ attribute: 'seniority', points: { VP: 15 }, otherPoints: 0 });
    expect(withActivityRule(model, 'demo_request', { points: 40 }).engagement[1]).toEqual({ activity: 'demo_request', points: 40, cap: 1, ...rule });
  });
});
